"""Ages are figures, not temporal expressions (guideline 1.1); durations of change are not ages."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates
from sikyx.quantities import find_quantities

REF = dt.date(2021, 4, 5)

AGES = [
    ("Elle a 64 ans.", "64 ans"),
    ("Ils ont deux ans et vivent à Lyon.", "deux ans"),
    ("il avait 17 ans au moment des faits", "17 ans"),
    ("À 64 ans, il prend sa retraite.", "64 ans"),
    ("Elle est morte à 87 ans, entourée des siens.", "87 ans"),
    ("pour ses 18 ans", "18 ans"),
    ("un homme de 29 ans a été arrêté", "29 ans"),
    ("Un élu de 52 ans, ", "52 ans"),
    ("l'âge légal de départ passe de 62 à 64 ans", "64 ans"),
    ("l'âge de la retraite sera porté à 64 ans", "64 ans"),
]


@pytest.mark.parametrize("text, age", AGES)
def test_an_age_is_no_duration(text, age):
    assert find_dates(text, REF) == []
    figures = find_quantities(text)
    assert age in [m.text for m in figures]
    got = next(m.value for m in figures if m.text == age)
    assert got.kind == "duration" and str(got.unit) == "year"


DURATIONS = [
    ("Le contrat a été prolongé de deux ans.", "deux ans", "P2Y"),
    ("Le chantier est repoussé de 2 ans.", "2 ans", "P2Y"),
    ("il y a 64 ans.", "il y a 64 ans", "1957"),
    ("Il a trois ans pour rembourser.", "trois ans", "P3Y"),
    ("condamné à 10 ans de prison", "10 ans", "P10Y"),
    ("La ville a mis 10 ans, et elle a réussi.", "10 ans", "P10Y"),
    ("une hausse de deux ans, et", "deux ans", "P2Y"),
    ("Il a 6 mois pour payer.", "6 mois", "P6M"),
    ("il a eu 6 mois de prison", "6 mois", "P6M"),
]


@pytest.mark.parametrize("text, span, value", DURATIONS)
def test_a_duration_is_no_age(text, span, value):
    assert [(m.text, m.value.value) for m in find_dates(text, REF)] == [(span, value)]


def test_an_average_age_is_an_age():
    text = "l'âge moyen des généralistes dépasse 58 ans."
    assert find_dates(text, REF) == []
    assert [m.text for m in find_quantities(text)] == ["58 ans"]


def test_a_sentence_after_a_comma_is_no_age():
    text = "Il a condamné le quinquagénaire, domicilié à Vénissieux, à trois ans d'emprisonnement."
    assert [(m.text, m.value.value) for m in find_dates(text, REF)] == [("trois ans", "P3Y")]


def test_an_approximate_age_is_no_duration():
    assert find_dates("une femme d'une trentaine d'années est tombée", REF) == []
    assert [(m.text, m.value.value) for m in find_dates("pendant une dizaine d'années", REF)] == \
        [("une dizaine d'années", "P10Y")]


@pytest.mark.parametrize("text", ["Le bébé a 6 mois.", "Elle a 18 mois et marche déjà.", "un nourrisson de 7 mois"])
def test_an_age_in_months_is_no_duration(text):
    assert find_dates(text, REF) == []
    (got,) = [m.value for m in find_quantities(text)]
    assert got.kind == "duration" and str(got.unit) == "month"


def test_a_change_of_the_age_itself_gives_no_durations():
    assert find_dates("l'âge légal de départ passe de 62 à 64 ans", REF) == []
    # the length of contributions is a duration
    assert [m.value.value for m in find_dates("la durée de cotisation passe de 42 à 43 ans", REF)] == ["P42Y", "P43Y"]
