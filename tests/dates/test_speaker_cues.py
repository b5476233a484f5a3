"""When the speaker will be away or back: a bare month, season, numeric date or pair of hours right
after a first/second-person verb of being away, leaving or coming back ("je serai dehors Septembre",
"je partirai été", "je reviens 9-18-15", "je serai là de 14 à 16"); a capitalised month after a
preposition of time ("en Septembre"); "la fin de dimanche"; "pour 15h le dimanche" — constructions of
Recognizers-Text's French specs (issue #4) — and the look-alikes each rule must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2016, 11, 7)  # a Monday


def _found(text: str, ref=REF) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(m.text, m.value.type, m.value.value, m.value.flags) for m in find_dates(text, ref)]


# ---- a bare month or season after a verb of being away, leaving or coming back (its future tense points
#      forward: guideline 2.3)
@pytest.mark.parametrize("text,span,value", [
    ("Je serai Janvier", "Janvier", "2017-01"),
    ("Je serai dehors Septembre", "Septembre", "2017-09"),
    ("Je serai dans Mai", "Mai", "2017-05"),
    ("Je serai dans déc", "déc", "2016-12"),
    ("Je serai dans Sep", "Sep", "2017-09"),
    ("je serai absente en Juillet.", "Juillet", "2017-07"),
    ("Je serai Mars", "Mars", "2017-03"),
    ("je partirai été", "été", "2017-SU"),
    ("Je vais partir été", "été", "2017-SU"),
])
def test_bare_period_after_a_cue(text, span, value):
    assert [(s, v) for s, _, v, _ in _found(text)] == [(span, value)]


@pytest.mark.parametrize("text", [
    "je serai sept",             # seven, not "sept." (September)
    "je serai mar",              # mardi or mars: no reading
    "Je serai Président",
    "la mission sera Mars",      # no first/second-person cue: the planet
    "je serai mai 68 à la main",  # a word after it: something else
    "il a été élu",
    "Je serai dehors Septembre et Octobre",
])
def test_no_bare_period_without_the_cue_or_clause_end(text):
    assert [s for s, *_ in _found(text) if s.lower() in ("sept", "mar", "mars", "mai", "été", "septembre")] == []


def test_a_month_then_a_day_is_not_cut_at_the_dot():
    assert [(s, v) for s, _, v, _ in _found("Je reviendrai Oct. 2")] == [("Oct. 2", "2017-10-02")]


# ---- a numeric date after the cue: day first as French writes it, month first only when it must be
@pytest.mark.parametrize("text,span,value,flags", [
    ("Je reviendrai 3-7-27", "3-7-27", "2027-07-03", ("two_digit_year",)),
    ("Je reviens 9-18-15", "9-18-15", "2015-09-18", ("two_digit_year", "month_first")),
    ("Je reviens sur 4/22", "4/22", "2016-04-22", ("year_inferred", "month_first")),
    ("Je reviens sur 4-22", "4-22", "2016-04-22", ("year_inferred", "month_first")),
    ("je reviendrai le 3/7.", "le 3/7", "2017-07-03", ("year_inferred",)),
])
def test_numeric_date_after_a_cue(text, span, value, flags):
    assert [(s, v, f) for s, _, v, f in _found(text)] == [(span, value, flags)]


@pytest.mark.parametrize("text", [
    "le score est de 9-18-15",    # no cue
    "je reviens sur 4/22 points",  # a word after it
    "Je reviens 13-14-15",        # no order makes a date
])
def test_no_numeric_date_without_the_cue(text):
    assert [s for s, *_ in _found(text) if "-" in s or "/" in s] == []


# ---- two bare hours after a verb of coming or going
@pytest.mark.parametrize("text,span,value", [
    ("Je reviendrai 16 jusqu'a 17", "16 jusqu'a 17", "PT1H"),
    ("je serai là de 14 à 16", "de 14 à 16", "PT2H"),
    ("je serai là entre 14 et 16.", "entre 14 et 16", "PT2H"),
])
def test_hour_range_after_a_cue(text, span, value):
    assert [(s, t, v) for s, t, v, _ in _found(text)] == [(span, "DURATION", value)]


@pytest.mark.parametrize("text", [
    "je reviendrai 14 et 16",       # a list
    "je reviendrai de 2 à 3 fois",  # counts
    "je reviendrai de 17 à 16",     # backwards
    "réveil 7-8",                   # an alarm is no stay
])
def test_no_hour_range(text):
    assert [s for s, t, *_ in _found(text) if t == "DURATION"] == []


# ---- a capitalised bare month is a month after a preposition of time only
@pytest.mark.parametrize("text,span,value", [
    ("il viendra en Septembre", "Septembre", "2017-09"),
    ("depuis Janvier, les prix montent", "Janvier", "2016-01"),
    ("Je serai dans Février", "Février", "2017-02"),
])
def test_capitalised_month_after_preposition(text, span, value):
    assert [(s, v) for s, _, v, _ in _found(text)] == [(span, value)]


@pytest.mark.parametrize("text", [
    "la planète Mars", "la surface de Mars", "Septembre a été chaud", "Les ventes de Septembre",
    "Mai Nguyen est arrivée", "il parle des Mai",
])
def test_capitalised_month_elsewhere_is_no_date(text):
    assert _found(text) == []


# ---- "la fin de dimanche", "début de lundi": a weekday with a TIMEX3 mod
@pytest.mark.parametrize("text,span,value,mod", [
    ("Je reviendrai fin de dimanche", "fin de dimanche", "2016-11-13", "END"),
    ("Je reviendrai la fin de dimanche", "la fin de dimanche", "2016-11-13", "END"),
    ("en fin de lundi prochain", "fin de lundi prochain", "2016-11-14", "END"),
    ("début de lundi", "début de lundi", "2016-11-07", "START"),
])
def test_weekday_with_mod(text, span, value, mod):
    assert [(m.text, m.value.value, m.value.mod) for m in find_dates(text, REF)] == [(span, value, mod)]


def test_clock_then_le_weekday_after_pour():
    assert [(s, t, v) for s, t, v, _ in _found("voir si je suis disponible pour 15h le dimanche")] == [
        ("15h le dimanche", "TIME", "2016-11-06T15:00")]
    # habitual Sundays stay a set, and the hour a length
    assert _found("pour 15h les dimanches") == [("15h", "DURATION", "PT15H", ()), ("les dimanches", "SET", "XXXX-WXX-7", ())]
