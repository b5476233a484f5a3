"""Ages in a list or a range after people ("deux hommes de 24 et 31 ans", "des jeunes de 18 à 25 ans")
are figures (guideline 1.1), not two durations; plural duration nouns keep their durations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.dates import find_dates
from sikyx.quantities import find_quantities


def _dates(text):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text)]


def _ages(text):
    excluded = [(m.start, m.end) for m in find_dates(text) if m.value.type != "SET"]
    return [(m.text, m.value.value, m.value.low, m.value.high, m.value.unit)
            for m in find_quantities(text, exclude=excluded) if m.value.unit in ("year", "month")]


@pytest.mark.parametrize("text, ages", [
    ("Le tribunal a condamné deux hommes de 24 et 31 ans à quatre ans de prison.",
     [("24", Decimal(24), None, None, "year"), ("31 ans", Decimal(31), None, None, "year")]),
    ("deux frères de 12 et 14 ans.", [("12", Decimal(12), None, None, "year"), ("14 ans", Decimal(14), None, None, "year")]),
    ("des jeunes de 18 à 25 ans", [("de 18 à 25 ans", None, Decimal(18), Decimal(25), "year")]),
    ("un groupe d'enfants de 8 à 16 ans", [("de 8 à 16 ans", None, Decimal(8), Decimal(16), "year")]),
    ("des bébés de 6 à 9 mois", [("de 6 à 9 mois", None, Decimal(6), Decimal(9), "month")]),
    ("des nourrissons de 3 et 5 mois", [("3", Decimal(3), None, None, "month"), ("5 mois", Decimal(5), None, None, "month")]),
])
def test_ages_after_people_are_figures(text, ages):
    assert _ages(text) == ages
    assert not [d for d in _dates(text) if d[0] in {a[0] for a in ages}]


def test_the_sentence_keeps_its_duration():
    assert _dates("Le tribunal a condamné deux hommes de 24 et 31 ans à quatre ans de prison.") == [
        ("quatre ans", "DURATION", "P4Y")]


@pytest.mark.parametrize("text, dates", [
    ("Les travaux dureront de 2 à 3 ans.", [("2", "DURATION", "P2Y"), ("3 ans", "DURATION", "P3Y")]),
    ("des peines de 2 à 5 ans", [("2", "DURATION", "P2Y"), ("5 ans", "DURATION", "P5Y")]),
    ("des contrats de 6 à 9 mois", [("6", "DURATION", "P6M"), ("9 mois", "DURATION", "P9M")]),
    ("des victimes de dix ans de guerre", [("dix ans", "DURATION", "P10Y")]),
    # plural nouns of a duration: "des peines de 10 ans" was read as an age
    ("Ils purgent des peines de 10 ans.", [("10 ans", "DURATION", "P10Y")]),
    ("des contrats de 3 ans", [("3 ans", "DURATION", "P3Y")]),
])
def test_durations_stay_durations(text, dates):
    assert _dates(text) == dates
