"""Cases found by the adversarial review of the session's date rules (each was wrong)."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2021, 4, 5)


def got(text):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, REF)]


@pytest.mark.parametrize("text, expected", [
    # durations read as clock times
    ("Il a dormi 3 heures.", [("3 heures", "DURATION", "PT3H")]),
    ("La réunion a duré 3 heures.", [("3 heures", "DURATION", "PT3H")]),
    ("Il est arrivé 3 heures plus tard.", [("3 heures", "DURATION", "PT3H")]),
    ("Il a passé 3h30 en garde à vue.", [("3h30", "DURATION", "PT3H30M")]),
    ("Il est arrivé à 3 h.", [("3 h", "TIME", "2021-04-05T03:00")]),
    # "passé" before the number is the verb
    ("Il a passé 20 ans en prison.", [("20 ans", "DURATION", "P20Y")]),
    # existential "il y a"
    ("Il y a deux ans de travaux.", [("deux ans", "DURATION", "P2Y")]),
    ("Il y a plus de 2 ans d'attente pour un logement.", [("plus de 2 ans", "DURATION", "P2Y")]),
    ("Il y a deux ans de cela, il partait.", [("Il y a deux ans", "DATE", "2019")]),
    # a maturity or a horizon after "À N ans," is no age
    ("À 10 ans, le taux français dépasse celui de l'Allemagne.", [("10 ans", "DURATION", "P10Y")]),
    ("A 30 ans, la dette sera remboursée.", [("30 ans", "DURATION", "P30Y")]),
    ("Pour ses 10 ans à la tête du club, il a reçu un trophée.", [("10 ans", "DURATION", "P10Y")]),
    # ages followed by a date
    ("Il a eu 64 ans mardi.", [("mardi", "DATE", "2021-04-06")]),
    ("Il aura 18 ans en mai.", [("mai", "DATE", "2021-05")]),
    ("A 64 ans, il prend sa retraite.", []),
    # a score is no date
    ("Le Stade Toulousain s'impose 24/12 face à Clermont.", []),
])
def test_review_case(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text, span", [("vers 2015", "2015"), ("Vers 21 h 45, il part.", "21 h 45"),
                                        ("aux alentours de 2015", "2015"), ("autour de midi", "midi")])
def test_vers_is_approx_outside_the_span(text, span):
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.mod) == (span, "APPROX")


@pytest.mark.parametrize("text, span, start, end", [
    ("Du lundi 13/04 au jeudi 15/04, grève.", "Du lundi 13/04 au jeudi 15/04", "2021-04-13", "2021-04-15"),
    ("du 13 au 15/04, grève", "du 13 au 15/04", "2021-04-13", "2021-04-15"),
])
def test_numeric_intervals_with_weekdays_or_a_bare_first_day(text, span, start, end):
    """The two ends were two dates, in two different years when a weekday fitted only one."""
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.type, m.value.start.isoformat(), m.value.end.isoformat()) == (span, "DURATION", start, end)


def test_clock_offsets_need_a_reference_time():
    """A reference day has no clock: "il y a deux heures" was 22:00 the day before (from midnight)."""
    (m,) = find_dates("il y a moins d'une heure", REF)
    assert (m.value.type, m.value.value, m.value.mod, m.value.flags) == \
        ("TIME", "2021-04-05TXX:XX", "AFTER", ("clock_unknown",))
    (m,) = find_dates("il y a moins d'une heure", dt.datetime(2021, 4, 5, 14, 30))
    assert (m.value.value, m.value.mod, m.value.flags) == ("2021-04-05T13:30", "AFTER", ())


@pytest.mark.parametrize("text", ["Le 31/04/2021, rien.", "Le marché du 29/02/2022."])
def test_an_impossible_numeric_date_is_not_read_as_its_month(text):
    assert got(text) == []
