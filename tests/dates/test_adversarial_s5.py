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


# "N ans d'âge" is an age in a list or range too ("des vins de 10 et 20 ans d'âge" were two DURATIONs),
# like "un whisky de 12 ans d'âge" (guideline 1.1: the age of things is an age, a figure).
@pytest.mark.parametrize("text", [
    "Des vins de 10 et 20 ans d'âge.",
    "Des whiskies de 12 à 18 ans d'âge sont vendus.",
    "Un whisky de 12 ans d'âge.",
    "Ce cognac a 30 ans d'âge.",
])
def test_years_of_age_are_no_durations(text):
    assert _dates(text) == []


def test_duration_ranges_stay_durations():
    assert _dates("Des peines de 10 à 20 ans.") == [("10", "DURATION", "P10Y"), ("20 ans", "DURATION", "P20Y")]


# "la veille de / le lendemain de" + any feast is the day next to that feast ("Le lendemain de la
# Pentecôte" was "Le lendemain" of the reference date plus the feast's Sunday).
@pytest.mark.parametrize("text, expected", [
    ("Le lendemain de la Pentecôte, il est reparti.", ("Le lendemain de la Pentecôte", "DATE", "2023-05-29")),
    ("La veille de l'Ascension, les routes étaient bouchées.",
     ("La veille de l'Ascension", "DATE", "2023-05-17")),
    ("La veille du Nouvel An, la fête a dégénéré.", ("La veille du Nouvel An", "DATE", "2023-12-31")),
    ("Le lendemain de Pâques 2024, il a plu.", ("Le lendemain de Pâques 2024", "DATE", "2024-04-01")),
    ("Le lendemain de la Toussaint, les élèves sont rentrés.",
     ("Le lendemain de la Toussaint", "DATE", "2023-11-02")),
    ("Le lendemain du lundi de Pâques.", ("Le lendemain du lundi de Pâques", "DATE", "2023-04-11")),
    ("La veille de Noël, il neigeait.", ("La veille de Noël", "DATE", "2023-12-24")),
    ("La veille du 14 juillet, un feu d'artifice.", ("La veille du 14 juillet", "DATE", "2023-07-13")),
])
def test_day_next_to_a_feast(text, expected):
    assert _dates(text) == [expected]


def test_day_next_to_the_common_noun_ascension():
    assert _dates("Le lendemain de l'ascension du mont Blanc, il s'est reposé.") == [
        ("Le lendemain", "DATE", "2023-09-14")]


# Feast names that are no feast day: "le Père Noël" (a person), "le Nouvel An chinois" (another
# calendar), and the weekday or last word left of a feast naming a thing ("le carnaval du Mardi gras"
# gave 'Mardi' of this week; "les œufs du lundi de Pâques" gave 'lundi').
@pytest.mark.parametrize("text, expected", [
    ("Le Père Noël a distribué des cadeaux.", []),
    ("Le père Noël est passé.", []),
    ("Le Nouvel An chinois tombe le 10 février.", [("le 10 février", "DATE", "2023-02-10")]),
    ("Le Nouvel An lunaire a été fêté.", []),
    ("Le carnaval du Mardi gras attire du monde.", []),
    ("Les crêpes du mardi gras.", []),
    ("Les œufs du lundi de Pâques.", []),
])
def test_feast_words_that_are_no_day(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Mardi gras est fêté dans les écoles.", [("Le Mardi gras", "DATE", "2023-02-21")]),
    ("Le lundi de Pâques est férié.", [("Le lundi de Pâques", "DATE", "2023-04-10")]),
    ("Le Nouvel An approche.", [("Le Nouvel An", "DATE", "2024-01-01")]),
    ("Noël approche.", [("Noël", "DATE", "2023-12-25")]),
    ("Il est venu mardi, gras et heureux.", [("mardi", "DATE", "2023-09-12")]),
])
def test_feasts_still_read(text, expected):
    assert _dates(text) == expected


# A lone day closing an interval, "jusqu'au 31", points forward unless the sentence tells the past,
# like "à partir du 8" ("Jusqu'au 31, les soldes continuent" written on 13 September was 31 August).
@pytest.mark.parametrize("text, value", [
    ("Jusqu'au 31, les soldes continuent.", "2023-10-31"),
    ("Les travaux dureront jusqu'au 5.", "2023-10-05"),
    ("Les soldes continuent jusqu'au 15.", "2023-09-15"),
    ("Les soldes ont duré jusqu'au 31.", "2023-08-31"),
    ("Il est resté jusqu'au 8.", "2023-09-08"),
])
def test_lone_day_after_jusqu_au(text, value):
    [(_, typ, v)] = _dates(text)
    assert (typ, v) == ("DATE", value)


# Ages in a list of three after people, and after the nouns of an age group ("trentenaires"), are
# ages, not DURATIONs ("Des femmes de 20, 25 et 30 ans" left '30 ans' a DURATION).
@pytest.mark.parametrize("text", [
    "Des femmes de 20, 25 et 30 ans ont témoigné.",
    "Trois hommes de 20, 22 et 25 ans ont été arrêtés.",
    "Les trentenaires de 30 à 39 ans.",
    "Les octogénaires de 80 à 89 ans.",
])
def test_ages_in_longer_lists(text):
    assert _dates(text) == []


def test_durations_in_lists_stay():
    assert ("10 ans", "DURATION", "P10Y") in _dates("Des contrats de 3, 5 et 10 ans.")


# A year after "pour" followed by a verb is a year ("Le budget pour 2025 prévoit ..." was no date: any
# lower-case word after it made it a count); a count needs a plural noun ("pour 1000 patients").
@pytest.mark.parametrize("text, expected", [
    ("Le budget pour 2025 prévoit 3 % de hausse.", [("2025", "DATE", "2025")]),
    ("Les objectifs pour 2030 restent ambitieux.", [("2030", "DATE", "2030")]),
    ("La feuille de route pour 2030 doit être adoptée.", [("2030", "DATE", "2030")]),
    ("Un médecin pour 1000 patients.", []),
    ("Un lit pour 1000 habitants.", []),
])
def test_year_after_pour(text, expected):
    assert _dates(text) == expected
