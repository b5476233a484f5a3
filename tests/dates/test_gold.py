"""find_dates against the project's gold corpus (corpus/gold.jsonl, the ``dates`` layer, annotated
with corpus/GUIDELINES.md): strict span F1 and value accuracy.

* strict span F1: a predicted span counts when its (start, end) equals a gold one;
* value accuracy: among those strict matches, the share with the gold TIMEX3 type and value;
* bounds accuracy: among those, the share that also has the gold start_date/end_date.

Reached (2026-11-29): F1 1.000, value accuracy 0.990, bounds 0.990 on 593 gold spans, once the
gold followed guideline 2.1 (a weekday and its time are one span: "lundi à 5 h 18").
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sikyx.dates import find_dates

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "gold.jsonl"


@pytest.fixture(scope="module")
def scores():
    if not GOLD.exists():
        pytest.skip(f"gold corpus missing at {GOLD}")
    n_gold = n_pred = tp = value_ok = bounds_ok = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        ref = dt.date.fromisoformat(doc["reference_date"][:10])
        gold = {(g["start"], g["end"]): g for g in doc["dates"]}
        pred = {(m.start, m.end): m.value.to_dict() for m in find_dates(doc["text"], ref)}
        n_gold += len(gold)
        n_pred += len(pred)
        for key, g in gold.items():
            p = pred.get(key)
            if p is None:
                continue
            tp += 1
            if (p["type"], p["value"]) == (g["type"], g["value"]):
                value_ok += 1
                if (p["start_date"], p["end_date"]) == (g["start_date"], g["end_date"]):
                    bounds_ok += 1
    precision, recall = tp / n_pred, tp / n_gold
    return {"gold": n_gold, "f1": 2 * precision * recall / (precision + recall), "value": value_ok / tp,
            "bounds": bounds_ok / tp}


def test_gold_strict_span_f1(scores):
    assert scores["gold"] > 550  # the corpus is read whole
    assert scores["f1"] >= 0.97  # target 0.92


def test_gold_value_accuracy(scores):
    assert scores["value"] >= 0.98  # target 0.92


def test_gold_bounds(scores):
    assert scores["bounds"] >= 0.98
