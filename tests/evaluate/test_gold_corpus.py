"""The project's gold corpus (corpus/gold.jsonl) and its validator (sikyx.evaluate.gold)."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from sikyx.evaluate.gold import TIMEX3_VALUE, load_gold, validate_file, validate_record

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "gold.jsonl"
BUILD = ROOT / "corpus" / "build.py"
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"
HELDOUT = ROOT / "corpus" / "heldout.jsonl"
HELDOUT_SRC = ROOT / "corpus" / "src_heldout"


def _load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the corpus itself -------------------------------------------------------------------------

def test_gold_corpus_has_no_problem():
    assert validate_file(GOLD) == []


def test_gold_corpus_size_and_topics():
    records = load_gold(GOLD)
    assert len(records) >= 61
    topics = Counter(r["topic"] for r in records)
    assert len(topics) >= 9, topics


def test_gold_corpus_is_what_build_py_gives():
    build = _load_build_module()
    assert build.build() == GOLD.read_text(encoding="utf-8"), \
        "corpus/gold.jsonl is stale: run python corpus/build.py"


def test_readme_counts_are_current():
    build = _load_build_module()
    headline = build.stats(GOLD.read_text(encoding="utf-8")).splitlines()[0]
    readme = (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")
    assert headline in readme, "corpus/README.md counts are stale: python corpus/build.py --stats"


def test_seed_article_is_in_the_corpus_verbatim():
    records = {r["id"]: r for r in load_gold(GOLD)}
    seed = records["000_seed_sky_ecc"]
    assert seed["text"] == SEED.read_text(encoding="utf-8")
    assert seed["reference_date"] == "2021-04-05"
    by_text = {q["text"]: q for q in seed["quantities"]}
    assert by_text["27 64 tonnes"]["value"] == 27.64
    assert by_text["27 64 tonnes"]["flags"] == ["decimal_comma_lost"]
    assert by_text["1,382 milliard d'euros"]["value"] == 1382000000
    assert by_text["au moins 70 000 téléphones"]["qualifier"] == "at_least"


def test_written_documents_have_licence_and_length():
    for record in load_gold(GOLD):
        if record["id"].startswith("000_"):
            continue
        assert record["source"] == "written for sikyx"
        assert record["licence"] == "CC0-1.0"
        words = len(record["text"].split())
        assert 150 <= words <= 350, (record["id"], words)


def test_physical_units_parse_with_the_sikyx_registry():
    from sikyx.units import ureg

    skip = {"money", "count", "number", "other"}
    for record in load_gold(GOLD):
        for q in record["quantities"]:
            if q["kind"] in skip or q["unit"] is None:
                continue
            ureg.parse_units(q["unit"])  # raises on an unknown unit name


def test_numbers_are_written_exactly():
    # every non-integral value survives a round trip through its JSON text unchanged
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert json.loads(json.dumps(record, ensure_ascii=False)) == record


# --- the held-out set (corpus/heldout.jsonl): measured on, never tuned on ---------------------

def test_heldout_set_has_no_problem_and_enough_documents():
    assert validate_file(HELDOUT) == []
    records = load_gold(HELDOUT)
    assert len(records) >= 15
    topics = Counter(r["topic"] for r in records)
    assert len(topics) >= 8, topics
    for record in records:
        assert record["source"] == "written for sikyx (held-out)"
        assert record["licence"] == "CC0-1.0"
        assert 150 <= len(record["text"].split()) <= 300, record["id"]
    # no document is shared with the development corpus
    assert not {r["id"] for r in records} & {r["id"] for r in load_gold(GOLD)}
    assert not {r["text"] for r in records} & {r["text"] for r in load_gold(GOLD)}


def test_heldout_set_is_what_build_py_gives():
    build = _load_build_module()
    assert build.build(HELDOUT_SRC) == HELDOUT.read_text(encoding="utf-8"), \
        "corpus/heldout.jsonl is stale: run " \
        "python corpus/build.py --src corpus/src_heldout --out corpus/heldout.jsonl"


# --- the validator catches each kind of problem ------------------------------------------------

def _good() -> dict:
    text = "Le parquet d'Anvers a saisi plus de 27 tonnes le 9 mars, en 42 jours."
    def span(surface: str) -> dict:
        start = text.index(surface)
        return {"start": start, "end": start + len(surface), "text": surface}
    return {
        "id": "t1", "text": text, "reference_date": "2021-04-05", "source": "test",
        "licence": "CC0-1.0", "topic": "crime",
        "entities": [{**span("parquet d'Anvers"), "label": "ORG"},
                     {**span("le 9 mars"), "label": "DATE"}],
        "quantities": [{**span("plus de 27 tonnes"), "kind": "mass", "value": 27, "low": None,
                        "high": None, "unit": "metric_ton", "qualifier": "more_than",
                        "flags": []}],
        "dates": [{**span("le 9 mars"), "type": "DATE", "value": "2021-03-09",
                   "start_date": "2021-03-09", "end_date": "2021-03-09"},
                  {**span("42 jours"), "type": "DURATION", "value": "P42D",
                   "start_date": None, "end_date": None}],
    }


def test_valid_record_has_no_problem():
    assert validate_record(_good()) == []


def _problems_after(change) -> list[str]:
    record = copy.deepcopy(_good())
    change(record)
    return validate_record(record)


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda r: r["entities"][0].update(end=999), "out of range"),
        (lambda r: r["entities"][0].update(start=-1), "out of range"),
        (lambda r: r["entities"][0].update(start="3"), "integers"),
        (lambda r: r["entities"][0].update(text="parquet"), "!= text["),
        (lambda r: r["entities"][0].update(start=r["entities"][0]["start"] - 1,
                                           text=r["text"][2:19]), "whitespace"),
        (lambda r: r["entities"][0].update(label="MISC"), "unknown label"),
        (lambda r: r["quantities"][0].update(kind="weight"), "unknown kind"),
        (lambda r: r["quantities"][0].update(qualifier="about"), "unknown qualifier"),
        (lambda r: r["quantities"][0].update(value="27"), "must be a number"),
        (lambda r: r["quantities"][0].update(value=True), "must be a number"),
        (lambda r: r["quantities"][0].update(qualifier="range", low=20, high=30),
         "a range has value null"),
        (lambda r: r["quantities"][0].update(qualifier="range", value=None, low=30, high=20),
         "low 30 > high 20"),
        (lambda r: r["quantities"][0].update(low=20), "only for qualifier 'range'"),
        (lambda r: r["quantities"][0].update(kind="money", unit="euro"), "ISO 4217"),
        (lambda r: r["quantities"][0].update(kind="number"), "bare number"),
        (lambda r: r["quantities"][0].update(unit=None), "needs a unit"),
        (lambda r: r["quantities"][0].update(value=None), "value null"),
        (lambda r: r["quantities"][0].update(flags="decimal_comma_lost"), "flags"),
        (lambda r: r["quantities"][0].pop("flags"), "missing key 'flags'"),
        (lambda r: r["dates"][0].update(type="PERIOD"), "unknown type"),
        (lambda r: r["dates"][0].update(value="9 mars"), "not a TIMEX3 value"),
        (lambda r: r["dates"][0].update(value="P1D"), "cannot be a period"),
        (lambda r: r["dates"][1].update(value="2021-03-09"), "starts with 'P'"),
        (lambda r: r["dates"][0].update(type="TIME"), "needs a time part"),
        (lambda r: r["dates"][0].update(start_date="2021-03-10"), "> end_date"),
        (lambda r: r["dates"][0].update(end_date="2021-02-30"), "not YYYY-MM-DD"),
        (lambda r: r["dates"][0].update(end_date=None), "both set or both null"),
        (lambda r: r["dates"].append(dict(r["dates"][0], start=r["dates"][0]["start"] + 3,
                                          text=r["text"][r["dates"][0]["start"] + 3:
                                                         r["dates"][0]["end"]])),
         "overlap"),
        (lambda r: r["entities"].pop(1), "has no DATE entity"),
        (lambda r: r.update(reference_date="05/04/2021"), "reference_date"),
        (lambda r: r.update(reference_date="2021-02-30"), "reference_date"),
        (lambda r: r.pop("licence"), "missing key 'licence'"),
        (lambda r: r.update(entities={}), "must be a list"),
    ],
)
def test_validator_catches(change, expected):
    problems = _problems_after(change)
    assert any(expected in p for p in problems), problems


def test_validate_file_reports_bad_json_and_duplicate_ids(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"\n', encoding="utf-8")
    problems = validate_file(bad)
    assert len(problems) == 1 and "bad.jsonl:1" in problems[0]
    dup = tmp_path / "dup.jsonl"
    line = json.dumps(_good(), ensure_ascii=False)
    dup.write_text(line + "\n" + line + "\n", encoding="utf-8")
    assert any("duplicate id" in p for p in validate_file(dup))


@pytest.mark.parametrize(
    "value",
    ["2021-03-09", "2021-03", "2021", "2021-W14", "2021-W14-WE", "2021-Q1", "2021-H2", "2017-SU",
     "2021-04-02TNI", "2021-04-05T16:30", "2021-04-05T05:18Z", "XXXX-03-17", "XXXX-WXX-1",
     "199", "19", "P42D", "PT30.4S", "P1Y", "PT1H30M", "PXY", "PRESENT_REF", "PAST_REF"],
)
def test_timex3_values_accepted(value):
    assert TIMEX3_VALUE.fullmatch(value)


@pytest.mark.parametrize("value", ["9 mars", "2021-13", "2021-3-9", "P", "T25:00", "2021-W1",
                                   "P1.5", "NOW"])
def test_timex3_values_rejected(value):
    assert not TIMEX3_VALUE.fullmatch(value)


# --- build.py refuses malformed marks -----------------------------------------------------------

@pytest.mark.parametrize(
    "body, message",
    [
        ("Il a payé [3 000 €|money] hier.", "entity label"),
        ("Il a payé {3 000 €|money|3000|EUR hier.", "unclosed"),
        ("Il a payé {3 000 €|money|3000|EUR hier [Paris|LOC]}.", "another mark"),
        ("Il a payé 3 000 €} hier.", "stray"),
        ("Il a payé {3 000 €|money|300|EUR} hier.", "digits spell 3000"),
        ("Il a payé {plus de 3 000 €|money|3000|EUR} hier.", "starts with 'plus de'"),
        ("Il a payé {3 000 €|money|3000..4000|EUR} hier.", "needs qualifier 'range'"),
        ("Il est venu <hier|DAY|2021-04-04>.", "unknown date type"),
        ("Il est venu <hier |DATE|2021-04-04>.", "whitespace"),
    ],
)
def test_build_rejects_malformed_marks(tmp_path, body, message):
    build = _load_build_module()
    source = tmp_path / "999_test.txt"
    source.write_text("id: x\nreference_date: 2021-04-05\ntopic: t\nsource: s\nlicence: l\n---\n"
                      + body + "\n", encoding="utf-8")
    with pytest.raises(build.MarkupError, match=message):
        build.read_source(source)


def test_build_derives_date_bounds():
    build = _load_build_module()
    import datetime as dt
    d = dt.date.fromisoformat
    assert build.bounds_from_value("2021-03") == (d("2021-03-01"), d("2021-03-31"))
    assert build.bounds_from_value("2021-W14") == (d("2021-04-05"), d("2021-04-11"))
    assert build.bounds_from_value("2021-Q1") == (d("2021-01-01"), d("2021-03-31"))
    assert build.bounds_from_value("2021-04-02TNI") == (d("2021-04-02"), d("2021-04-03"))
    assert build.bounds_from_value("2021-04-05T16:30") == (d("2021-04-05"), d("2021-04-05"))
    assert build.bounds_from_value("199") == (d("1990-01-01"), d("1999-12-31"))
    assert build.bounds_from_value("PRESENT_REF") is None
    assert build.bounds_from_value("XXXX-03-17") is None
