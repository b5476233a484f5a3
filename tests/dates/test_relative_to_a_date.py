"""A day said relative to a date said with it ("la veille du 14 juillet"), anaphoric days without an
antecedent ("la veille" alone: flagged), "entre midi et deux", and a clock time joined to the day
after it ("après 16h le 1er novembre") — found in Duckling's French corpus (issue #4)."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2016, 11, 7)


def _found(text, ref=REF):
    return [(m.text, m.value.type, m.value.value, m.value.flags) for m in find_dates(text, ref)]


@pytest.mark.parametrize("text,span,value", [
    ("la veille du 14 juillet", "la veille du 14 juillet", "2016-07-13"),
    ("le lendemain du 13 février 2020", "le lendemain du 13 février 2020", "2020-02-14"),
    ("le surlendemain du 28 février 2020", "le surlendemain du 28 février 2020", "2020-03-01"),
    ("l'avant-veille du 1er mars 2021", "l'avant-veille du 1er mars 2021", "2021-02-27"),
])
def test_day_relative_to_the_date_said_with_it(text, span, value):
    assert [(s, v) for s, _, v, _ in _found(text)] == [(span, value)]


def test_day_relative_to_a_date_without_reference_is_unknown():
    assert [(m.text, m.value.value) for m in find_dates("la veille du 14 juillet", None)] == [
        ("la veille du 14 juillet", "XXXX-XX-XX")]


def test_veille_takes_the_date_just_mentioned():
    got = _found("Le 3 mars 2020, rien. La veille, il pleuvait.")
    assert got[1] == ("La veille", "DATE", "2020-03-02", ())


@pytest.mark.parametrize("text,span", [("La veille, il pleuvait.", "La veille"),
                                       ("au lendemain des élections", "lendemain"),
                                       ("le jour suivant", "le jour suivant")])
def test_anaphoric_day_without_antecedent_is_flagged(text, span):
    (got,) = _found(text)
    assert got[0] == span and got[3] == ("no_antecedent",)


@pytest.mark.parametrize("text,span", [("entre midi et deux", "entre midi et deux"),
                                       ("on se voit entre midi et 2, au café", "entre midi et 2"),
                                       ("entre midi et deux heures de pause", "entre midi et deux heures")])
def test_noon_to_two(text, span):
    (got,) = find_dates(text, REF)
    assert (got.text, got.value.type, got.value.value) == (span, "DURATION", "PT2H")
    assert (got.value.start, got.value.end) == (None, None)  # a time interval with no day (guideline 2.2)


@pytest.mark.parametrize("text", ["entre midi et deux cents personnes", "entre midi et deux personnes"])
def test_noon_and_a_count(text):
    assert [m.text for m in find_dates(text, REF)] == ["midi"]


def test_clock_then_first_of_month_is_not_cut():
    assert _found("après 16h le 1er novembre") == [("16h le 1er novembre", "TIME", "2016-11-01T16:00", ("year_inferred",))]
    # the day of this month, alone, stays as it was
    assert _found("à 20h le 15, puis") == [("20h le 15", "TIME", "2016-11-15T20:00", ())]


def test_agenda_is_no_day():
    assert find_dates("Le comité a publié l'ordre du jour suivant ;", REF) == []


# ---- a list of months says its year or direction once, after the last month
@pytest.mark.parametrize("text,ref,values", [
    ("il a été sanctionné en mai et juin derniers.", dt.date(2003, 2, 23), ["2002-05", "2002-06"]),
    ("en janvier et février prochains", dt.date(2003, 2, 23), ["2004-01", "2004-02"]),
    ("en mai et juin 2020", REF, ["2020-05", "2020-06"]),
    ("en avril, mai ou juin 2019", REF, ["2019-04", "2019-05", "2019-06"]),
])
def test_month_list_shares_its_year_or_direction(text, ref, values):
    got = find_dates(text, ref)
    assert [m.value.value for m in got] == values
    assert "year_inferred" not in got[0].value.flags or "derniers" in text or "prochains" in text


def test_month_list_without_year_keeps_inferring():
    assert [m.value.flags for m in find_dates("en mai et juin", REF)] == [("year_inferred",), ("year_inferred",)]
