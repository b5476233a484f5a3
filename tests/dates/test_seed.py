"""The seed article (reference date 2021-04-05, a Monday): every date and duration right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sikyx.dates import find_dates

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"
REF = dt.date(2021, 4, 5)
D = dt.date


@pytest.fixture(scope="module")
def found():
    if not SEED.exists():
        pytest.skip(f"seed article missing at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    return text, find_dates(text, REF)


def _get(found, span, nth=0):
    text, matches = found
    hits = [m for m in matches if m.text == span]
    assert len(hits) > nth, f"{span!r} not found; got {[m.text for m in matches]}"
    return hits[nth].value


@pytest.mark.parametrize("span,nth,typ,value,start,end,mod", [
    ("le 23 mars 2020", 0, "DATE", "2020-03-23", D(2020, 3, 23), D(2020, 3, 23), None),
    ("le 23 mars 2020", 1, "DATE", "2020-03-23", D(2020, 3, 23), D(2020, 3, 23), None),
    # "depuis le 20 février": the bounds are the day's own (guideline 2.4), "since" is only a flag
    ("le 20 février", 0, "DATE", "2021-02-20", D(2021, 2, 20), D(2021, 2, 20), None),
    ("le 20 février", 1, "DATE", "2021-02-20", D(2021, 2, 20), D(2021, 2, 20), None),
    # an unmarked weekday on the same weekday as the reference is the reference day
    ("lundi", 0, "DATE", "2021-04-05", D(2021, 4, 5), D(2021, 4, 5), None),
    ("la nuit de vendredi à samedi", 0, "TIME", "2021-04-02TNI", D(2021, 4, 2), D(2021, 4, 3), None),
    # the 42 days ending on the reference day (guideline 2.4)
    ("42 derniers jours", 0, "DURATION", "P42D", D(2021, 2, 23), D(2021, 4, 5), None),
    ("le 9 mars", 0, "DATE", "2021-03-09", D(2021, 3, 9), D(2021, 3, 9), None),
    ("plus de deux ans", 0, "DURATION", "P2Y", None, None, "MORE_THAN"),
    ("mars dernier", 0, "DATE", "2021-03", D(2021, 3, 1), D(2021, 3, 31), None),
    ("mars dernier", 1, "DATE", "2021-03", D(2021, 3, 1), D(2021, 3, 31), None),
    ("le 17 mars", 0, "DATE", "2021-03-17", D(2021, 3, 17), D(2021, 3, 17), None),
    ("fin mars", 0, "DATE", "2021-03", D(2021, 3, 21), D(2021, 3, 31), "END"),
    # "(à) ce jour": the preposition stays out; PRESENT_REF has no bounds (guideline 2.1, 2.4)
    ("ce jour", 0, "DATE", "PRESENT_REF", None, None, None),
    ("dorénavant", 0, "DATE", "PRESENT_REF", None, None, None),
    ("2020", 0, "DATE", "2020", D(2020, 1, 1), D(2020, 12, 31), None),
])
def test_seed_dates(found, span, nth, typ, value, start, end, mod):
    t = _get(found, span, nth)
    assert (t.type, t.value, t.start, t.end, t.mod) == (typ, value, start, end, mod)


def test_seed_no_false_dates(found):
    text, matches = found
    spans = [m.text for m in matches]
    allowed = {"le 23 mars 2020", "le 20 février", "lundi", "la nuit de vendredi à samedi", "42 derniers jours",
               "le 9 mars", "plus de deux ans", "mars dernier", "le 17 mars", "fin mars", "ce jour", "2020",
               "dorénavant"}
    assert set(spans) <= allowed, set(spans) - allowed
    for bad in ("27 64", "27 tonnes", "été", "Sky", "un total", "1,382", "70 000"):
        assert not any(bad in s for s in spans)
    assert len(spans) == 16
    # "2020" in "en 2020" only, not inside "le 23 mars 2020"
    assert spans.count("2020") == 1


def test_seed_offsets_exact(found):
    text, matches = found
    for m in matches:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
