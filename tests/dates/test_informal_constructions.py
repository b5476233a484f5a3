"""Informal, telegraphic or slightly ungrammatical French date and time constructions that a reader
still understands as dates (met in Recognizers-Text's French specs), and the look-alikes that must
stay non-dates. Each construction gets positive cases with their TIMEX3 values and negative cases."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2019, 3, 13)  # a Wednesday


def _found(text: str, ref=REF) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref)]


# ---- a part of the day qualified without "de": "fin matinée", "tard soirée", "début nuit"
@pytest.mark.parametrize("text,span,value", [
    ("Réunion prévue fin matinée.", "fin matinée", "2019-03-13TMO"),
    ("Le vote aura lieu tard soirée.", "tard soirée", "2019-03-13TEV"),
    ("Les secours sont arrivés tôt apres midi.", "tôt apres midi", "2019-03-13TAF"),
    ("Ils se retrouvent debut nuit.", "debut nuit", "2019-03-13TNI"),
    ("Point presse en fin de matinee.", "fin de matinee", "2019-03-13TMO"),
    ("Le soleil est au zénith au milieu du jour.", "milieu du jour", "2019-03-13TMI"),
])
def test_part_of_day_with_bare_modifier(text, span, value):
    assert (span, "TIME", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Une fin semaine agitée.",           # only parts of the day go without "de"
    "Il est tard.",
    "C'est le début de la fin.",
    "La fin du jour férié.",
])
def test_part_of_day_modifier_look_alikes(text):
    assert _found(text) == []


# ---- an hour and its minutes in words, or an hour with a part of the day: "sept trente du soir", "10 de matinée"
@pytest.mark.parametrize("text,span,value", [
    ("On se voit huit quarante ce matin.", "huit quarante ce matin", "2019-03-13T08:40"),
    ("Départ prévu sept trente du soir.", "sept trente du soir", "2019-03-13T19:30"),
    ("Le train part dix cinquante cinq p. m.", "dix cinquante cinq p. m.", "2019-03-13T22:55"),
    ("Rendez-vous onze vingt am", "onze vingt am", "2019-03-13T11:20"),
    ("L'alarme sonne à 10 de matinée", "10 de matinée", "2019-03-13T10:00"),
    ("Il rentre vers 8 de soir", "8 de soir", "2019-03-13T20:00"),
])
def test_hour_in_words_with_a_part_of_day(text, span, value):
    assert (span, "TIME", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Trois P.M. ont été blessés.",        # the municipal police, not post meridiem
    "Il a gagné sept trente fois.",        # two numbers, no clock cue
    "Ils étaient deux trois au plus.",
    "Une robe de soir.",
])
def test_hour_in_words_look_alikes(text):
    assert _found(text) == []
