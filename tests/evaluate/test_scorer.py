"""The span scorer: strict/relaxed matching, value accuracy, confusion, errors."""

from __future__ import annotations

from sikyx.evaluate.scorer import match_spans, prf, score_documents

TEXT = "Le parquet d'Anvers a saisi 27 tonnes le 9 mars à Anvers."


def ent(start, end, label):
    return {"start": start, "end": end, "text": TEXT[start:end], "label": label}


def test_prf_counts():
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_match_spans_strict_and_relaxed():
    gold = [ent(3, 19, "ORG"), ent(50, 56, "LOC")]
    pred = [ent(13, 19, "LOC"), ent(3, 10, "ORG"), ent(50, 56, "LOC")]
    assert match_spans(gold, pred, strict=True) == [(1, 2)]
    assert sorted(match_spans(gold, pred)) == [(0, 1), (1, 2)]
    # without labels, the largest overlap wins: "parquet" (7 chars) over "Anvers" (6)
    assert sorted(match_spans(gold, pred, label_key=None)) == [(0, 1), (1, 2)]


def test_entity_scores_and_confusion():
    gold = {"id": "d", "text": TEXT, "entities": [ent(3, 19, "ORG"), ent(50, 56, "LOC")]}
    pred = {"id": "d", "text": TEXT, "entities": [ent(13, 19, "LOC"), ent(50, 56, "LOC")]}
    r = score_documents([(gold, pred)])["entities"]
    assert r["strict"]["LOC"] == prf(1, 1, 0)
    assert r["strict"]["ORG"] == prf(0, 0, 1)
    assert r["strict"]["ALL"] == prf(1, 1, 1)
    assert r["confusion"] == {"ORG -> LOC": 1}
    assert [e["error"] for e in r["errors"]] == ["wrong_label"]


def test_quantity_value_accuracy_uses_relaxed_pairs():
    q = {"start": 28, "end": 37, "text": "27 tonnes", "kind": "mass", "value": 27, "low": None, "high": None,
         "unit": "metric_ton", "qualifier": "exact", "flags": []}
    wrong = dict(q, start=31, text="tonnes", value=27.0, unit="kilogram")
    gold = {"id": "d", "text": TEXT, "quantities": [q]}
    r = score_documents([(gold, {"quantities": [dict(q, value=27.0)]})])["quantities"]
    assert r["strict"]["ALL"]["f1"] == 1.0 and r["value_accuracy"] == 1.0
    r = score_documents([(gold, {"quantities": [wrong]})])["quantities"]
    assert r["strict"]["ALL"]["f1"] == 0.0 and r["relaxed"]["ALL"]["f1"] == 1.0
    assert r["value_accuracy"] == 0.0 and r["field_accuracy"]["unit"] == 0.0 and r["field_accuracy"]["value"] == 1.0
    assert {e["error"] for e in r["errors"]} == {"wrong_value", "boundary"}
