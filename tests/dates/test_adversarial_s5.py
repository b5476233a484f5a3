"""Adversarial review of session 5's date rules: faults found and fixed, each as a kind."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2023, 9, 13)  # a Wednesday


def _dates(text, ref=REF):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref)]


# A word ENDING like a number word ("commencent" -> "cent", "chacun" -> "un", "famille" -> "mille") is no
# number before a date: "à partir du 8" after "commencent" was no date at all.
@pytest.mark.parametrize("text, expected", [
    ("Les soldes commencent à partir du 8.", [("8", "DATE", "2023-10-08")]),
    ("Ils commencent à partir du 18.", [("18", "DATE", "2023-09-18")]),
    ("Chacun 3 heures plus tard est reparti.", [("3 heures", "DURATION", "PT3H")]),
    ("Un accident récent 2 jours avant le match.", [("2 jours", "DURATION", "P2D")]),
])
def test_word_ending_like_a_number_word_is_no_number(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "Il a gagné vingt 3 jours plus tard.",   # a real number word before: no duration read after it
])
def test_a_number_word_before_still_blocks(text):
    assert ("3 jours", "DURATION", "P3D") not in _dates(text)


# A weekday right after an irregular past participle ("est mort", "a ouvert", "a atteint", "sont
# morts") is the last one, like after "a annoncé" (was the next one: a death tomorrow).
@pytest.mark.parametrize("text, value", [
    ("Il est mort jeudi.", "2023-09-07"),
    ("Ils sont morts jeudi.", "2023-09-07"),
    ("Le magasin a ouvert jeudi.", "2023-09-07"),
    ("La police a découvert jeudi un corps.", "2023-09-07"),
    ("Le musée a rouvert jeudi ses portes.", "2023-09-07"),
    ("L'eau a atteint jeudi un record.", "2023-09-07"),
    ("La banque a craint jeudi une crise.", "2023-09-07"),
    ("Il a offert jeudi un cadeau.", "2023-09-07"),
])
def test_weekday_after_irregular_participle_is_the_last(text, value):
    assert _dates(text) == [("jeudi", "DATE", value)]


@pytest.mark.parametrize("text, value", [
    ("Il est fort probable que le vote ait lieu jeudi.", "2023-09-14"),  # "que" between
    ("Le ministre sera mort de fatigue jeudi.", "2023-09-14"),          # a future tense
    ("Les vacances commencent jeudi.", "2023-09-14"),                    # no past verb
])
def test_weekday_not_after_a_past_verb_keeps_its_choice(text, value):
    assert _dates(text) == [("jeudi", "DATE", value)]


# "le week-end de la Pentecôte" / "de l'Ascension" is one DATE, the week-end of that feast (was "Le
# week-end" of the current week plus the feast's Sunday).
@pytest.mark.parametrize("text, expected", [
    ("Le week-end de la Pentecôte a été meurtrier.", ("Le week-end de la Pentecôte", "DATE", "2023-W21-WE")),
    ("Le week-end de la Pentecôte sera chargé sur les routes.",
     ("Le week-end de la Pentecôte", "DATE", "2024-W20-WE")),
    ("Ce week-end de Pentecôte a été chaud.", ("Ce week-end de Pentecôte", "DATE", "2023-W21-WE")),
    ("Le week-end de l'Ascension a été ensoleillé.", ("Le week-end de l'Ascension", "DATE", "2023-W20-WE")),
    ("Le week-end de la Pentecôte 2024 sera chargé.",
     ("Le week-end de la Pentecôte 2024", "DATE", "2024-W20-WE")),
    ("Le week-end de Pâques a été pluvieux.", ("Le week-end de Pâques", "DATE", "2023-W14-WE")),
])
def test_weekend_of_a_moveable_feast(text, expected):
    assert _dates(text) == [expected]


def test_weekend_of_the_common_noun_ascension_is_no_feast():
    assert _dates("Le week-end de l'ascension du Mont-Blanc.") == [("Le week-end", "DATE", "2023-W37-WE")]


def test_weekend_of_a_feast_without_reference_date():
    [m] = find_dates("Le week-end de la Pentecôte a été meurtrier.")
    assert (m.text, m.value.value) == ("Le week-end de la Pentecôte", "XXXX-WXX-WE")
