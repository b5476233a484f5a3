"""The Duckling-style corpus (corpus.tsv beside this file), run by one parametrised test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sikyx.dates import find_dates

CORPUS = Path(__file__).with_name("corpus.tsv")


def _rows():
    for lineno, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        yield pytest.param(lineno, cols, id=f"{lineno}:{cols[1][:40]}")


def _date(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("lineno,cols", list(_rows()))
def test_corpus_row(lineno, cols):
    ref = None if cols[0] == "-" else dt.date.fromisoformat(cols[0])
    text, span = cols[1], cols[2]
    matches = find_dates(text, ref)
    if span == "-":
        assert matches == [], f"line {lineno}: expected no date in {text!r}, got {matches}"
        return
    typ, value = cols[3], cols[4]
    start = _date(cols[5]) if len(cols) > 5 else None
    end = _date(cols[6]) if len(cols) > 6 else None
    found = [m for m in matches if m.text == span]
    assert found, f"line {lineno}: no match {span!r} in {text!r}; got {[(m.text, m.value.value) for m in matches]}"
    t = found[0].value
    assert (t.type, t.value, t.start, t.end) == (typ, value, start, end), f"line {lineno}: {t}"
    assert text[found[0].start:found[0].end] == span
