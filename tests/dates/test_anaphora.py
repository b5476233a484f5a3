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


@pytest.mark.parametrize("text, span, value, flags", [
    ("jeudi 22/04/2021", "jeudi 22/04/2021", "2021-04-22", ()),
    ("Ce jeudi, 22/04/2021, il pleut", "Ce jeudi, 22/04/2021", "2021-04-22", ()),
    ("le mardi 22/04", "le mardi 22/04", "2021-04-22", ("year_inferred", "weekday_mismatch")),
    ("mardi 4 mars 2024", "mardi 4 mars 2024", "2024-03-04", ("weekday_mismatch",)),
    ("lundi 4 mars 2024", "lundi 4 mars 2024", "2024-03-04", ()),
])
def test_a_weekday_before_a_date_is_part_of_it(text, span, value, flags):
    """One span, the date's value; a weekday that does not fit the date is flagged, not obeyed."""
    assert [(m.text, m.value.value, m.value.flags) for m in find_dates(text, REF)] == [(span, value, flags)]


def test_a_repeated_weekday_stays_apart_from_a_numeric_date():
    assert [(m.text, m.value.value) for m in find_dates("Les lundis 12/04", REF)] == \
        [("lundis", "XXXX-WXX-1"), ("12/04", "2021-04-12")]


@pytest.mark.parametrize("text, start, end, value", [
    ("du 13/04 au 15/04", "2021-04-13", "2021-04-15", "P3D"),
    ("Du 28/12/2020 au 3/01/2021", "2020-12-28", "2021-01-03", "P7D"),
    ("du 28/12 au 3/01/2021", "2020-12-28", "2021-01-03", "P7D"),
    ("entre le 2/3 et le 5/3", "2021-03-02", "2021-03-05", "P4D"),
])
def test_numeric_day_intervals(text, start, end, value):
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.type, m.value.value, m.value.start.isoformat(), m.value.end.isoformat()) == \
        (text, "DURATION", value, start, end)


@pytest.mark.parametrize("text, span, value", [
    ("L'hiver 2010 fut rude. Cet hiver-là, il a neigé.", "Cet hiver-là", "2010-WI"),
    ("En 2015, il part. Cet été-là, il pleut.", "Cet été-là", "2015-SU"),
])
def test_season_la_takes_the_year_just_mentioned(text, span, value):
    got = dict((m.text, m.value.value) for m in find_dates(text, REF))
    assert got[span] == value


@pytest.mark.parametrize("text, value", [
    ("Ce jour-là, il pleuvait.", "2021-04-05"),
    ("Cette année-là, il a plu.", "2021"),
    ("Cet hiver-là fut rude.", "2021-WI"),
    ("Ce soir-là, rien.", "2021-04-05TEV"),
])
def test_la_without_antecedent_is_flagged(text, value):
    (m,) = find_dates(text, REF)
    assert (m.value.value, m.value.flags) == (value, ("no_antecedent",))


def test_la_with_antecedent_is_not_flagged():
    got = {m.text: m.value.flags for m in find_dates("Le 12 mars 2020, un incendie. Ce jour-là, il pleut.", REF)}
    assert got["Ce jour-là"] == ()
