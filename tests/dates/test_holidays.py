"""Holidays, fixed and moveable (days from Easter Sunday, dateutil.easter): "le lundi de Pentecôte",
"l'Ascension", "Pâques 2024", "la Saint-Valentin"."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2023, 11, 2)


def _dates(text, ref=REF):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref)]


@pytest.mark.parametrize("text, dates", [
    ("le lundi de Pentecôte", [("le lundi de Pentecôte", "DATE", "2023-05-29")]),
    ("le jeudi de l'Ascension", [("le jeudi de l'Ascension", "DATE", "2023-05-18")]),
    ("le pont de l'Ascension", [("l'Ascension", "DATE", "2023-05-18")]),
    ("Pâques 2024", [("Pâques 2024", "DATE", "2024-03-31")]),
    ("Il est venu à Pâques.", [("Pâques", "DATE", "2023-04-09")]),
    ("Il viendra à Pâques.", [("Pâques", "DATE", "2024-03-31")]),  # future tense: the next one
    ("le dimanche des Rameaux", [("le dimanche des Rameaux", "DATE", "2023-04-02")]),
    ("le Vendredi saint", [("le Vendredi saint", "DATE", "2023-04-07")]),
    ("pour la Saint-Valentin", [("la Saint-Valentin", "DATE", "2024-02-14")]),
    ("le réveillon de Noël", [("le réveillon de Noël", "DATE", "2023-12-24")]),
    ("la fête du Travail", [("la fête du Travail", "DATE", "2023-05-01")]),
    ("C'est en cette fête de Pentecôte que se déroulera la fête.", [("cette fête de Pentecôte", "DATE", "2024-05-19")]),
    ("le week-end de Pâques", [("le week-end de Pâques", "DATE", "2023-W14-WE")]),
    ("les vacances de Pâques", [("Pâques", "DATE", "2023-04-09")]),
    ("la veille de Noël", [("la veille de Noël", "DATE", "2023-12-24")]),
])
def test_holidays(text, dates):
    assert _dates(text) == dates


@pytest.mark.parametrize("text", [
    "l'ascension du Mont-Blanc",  # the common nouns, in lower case
    "les rameaux d'olivier",
    "l'accord du Vendredi saint serait caduc",  # events named after a holiday
    "l'insurrection de Pâques",
    "le marché de Noël",  # the feast names a thing (guideline 2.5)
    "les œufs de Pâques",
    "Le Père Noël est passé.",  # a character, a greeting (fresh-user review)
    "Joyeux Noël !",
    "L'Ascension du mont Blanc est difficile.",  # the climb, even with a capital
    "la Pentecôte juive",  # another calendar's feast: another date
])
def test_not_holidays(text):
    assert _dates(text) == []


def test_a_moveable_feast_without_reference_date():
    assert _dates("le lundi de Pentecôte", None) == [("le lundi de Pentecôte", "DATE", "XXXX-XX-XX")]
    assert _dates("le lundi de Pentecôte 2021", None) == [("le lundi de Pentecôte 2021", "DATE", "2021-05-24")]
