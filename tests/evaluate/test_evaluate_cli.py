"""`sikyx evaluate`: scores on a small gold file, and clear errors on bad gold files."""

from __future__ import annotations

import json

import pytest

from sikyx.cli import main

TEXT = "Le parquet d'Anvers a saisi 27 tonnes le 9 mars."
GOLD = {
    "id": "g1", "text": TEXT, "reference_date": "2021-04-05",
    "entities": [{"start": 3, "end": 19, "text": "parquet d'Anvers", "label": "ORG"},
                 {"start": 38, "end": 47, "text": "le 9 mars", "label": "DATE"}],
    "quantities": [{"start": 28, "end": 37, "text": "27 tonnes", "kind": "mass", "value": 27, "low": None,
                    "high": None, "unit": "metric_ton", "qualifier": "exact", "flags": []}],
    "dates": [{"start": 38, "end": 47, "text": "le 9 mars", "type": "DATE", "value": "2021-03-09",
               "start_date": "2021-03-09", "end_date": "2021-03-09"}],
}


def test_scores_a_gold_file(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    assert main(["evaluate", str(gold), "--format", "json", "--errors", str(errors)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert result["quantities"]["strict"]["ALL"]["f1"] == 1.0 and result["quantities"]["value_accuracy"] == 1.0
    assert result["dates"]["value_accuracy"] == 1.0
    assert result["entities"]["strict"]["ORG"]["f1"] == 1.0 and result["entities"]["strict"]["DATE"]["f1"] == 1.0
    assert errors.exists()


@pytest.mark.parametrize("line, message", [
    ('{"id":1,"text":"hier","entities":"x"}', "must be a list of objects"),
    ('{"text":"hier","entities":[{"start":0,"end":99,"label":"ORG"}]}', "not inside the text"),
    ('{"text":5}', "string 'text'"),
    ('{"text":"hier","reference_date":"bad"}', "reference date"),
    ("not json", "not a gold record"),
    ("", "no gold record"),
])
def test_bad_gold_file_is_a_one_line_error(tmp_path, capsys, line, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
