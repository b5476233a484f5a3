"""Anaphoric "-là" expressions take the date just mentioned, not the reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2021, 4, 5)


@pytest.mark.parametrize("text, span, value", [
    ("Le 12 mars 2020, un incendie éclate. Ce jour-là, les pompiers interviennent.", "Ce jour-là", "2020-03-12"),
    ("Le 12 mars 2020. Ce soir-là, il pleut.", "Ce soir-là", "2020-03-12TEV"),
    ("Le 12 mars 2020, un incendie. Cette année-là, il a plu.", "Cette année-là", "2020"),
    ("En 2015, il part. Cette année-là, il pleut.", "Cette année-là", "2015"),
    ("Le 12 mars 2020. Cette semaine-là, il pleut.", "Cette semaine-là", "2020-W11"),
    ("Le 12 mars 2020. Ce mois-là aussi.", "Ce mois-là", "2020-03"),
])
def test_la_takes_the_date_just_mentioned(text, span, value):
    got = dict((m.text, m.value.value) for m in find_dates(text, REF))
    assert got[span] == value


def test_ci_is_the_reference_period():
    assert [(m.text, m.value.value) for m in find_dates("En 2015, il part. Cette année-ci est dure.", REF)] == \
        [("2015", "2015"), ("Cette année-ci", "2021")]
