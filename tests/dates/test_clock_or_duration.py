""""N heures" after "à partir de" is a clock time, before "de <nom>" a duration; a weekday under a past
tense is the one before the reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

SUNDAY = dt.date(2025, 3, 2)


def _dates(text, ref=SUNDAY):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref)]


@pytest.mark.parametrize("text, dates", [
    ("Vigilance orange à partir de 16 heures ce dimanche.",
     [("16 heures", "TIME", "2025-03-02T16:00"), ("ce dimanche", "DATE", "2025-03-02")]),
    ("à compter de 8 heures", [("8 heures", "TIME", "2025-03-02T08:00")]),
    ("à partir de 10 heures du matin", [("10 heures du matin", "TIME", "2025-03-02T10:00")]),
    ("la séance de 10 heures du matin", [("10 heures du matin", "TIME", "2025-03-02T10:00")]),
    ("à partir de 16 heures 30", [("16 heures 30", "TIME", "2025-03-02T16:30")]),
])
def test_clock_times(text, dates):
    assert _dates(text) == dates


@pytest.mark.parametrize("text, dates", [
    ("à partir de 2 heures de route", [("2 heures", "DURATION", "PT2H")]),
    ("à 3 heures de marche", [("3 heures", "DURATION", "PT3H")]),
    ("un trajet de 10 heures", [("10 heures", "DURATION", "PT10H")]),
    ("un vol de 12 heures", [("12 heures", "DURATION", "PT12H")]),
    ("Il a travaillé plus de 16 heures.", [("plus de 16 heures", "DURATION", "PT16H")]),
    # a verb of exceeding before "N h"; the weekday after it is its own date (the Monday before)
    ("Le temps d'attente moyen dépassait 6 h lundi.", [("6 h", "DURATION", "PT6H"), ("lundi", "DATE", "2025-02-24")]),
    ("Il a dormi 3 heures lundi.", [("3 heures", "DURATION", "PT3H"), ("lundi", "DATE", "2025-02-24")]),
])
def test_durations(text, dates):
    assert _dates(text) == dates


@pytest.mark.parametrize("text, value", [
    # a past verb just before the weekday: the day before the reference date (a Sunday)
    ("Le conseil s'est réuni mardi soir.", "2025-02-25TEV"),
    ("Il travaillait encore lundi.", "2025-02-24"),
    ("Le ministre a annoncé lundi sa démission.", "2025-02-24"),
    ("Il a été arrêté lundi.", "2025-02-24"),
    # future tense: the next one; no tense: the nearer one (twice as close)
    ("Le conseil se réunira lundi.", "2025-03-03"),
    ("Le conseil, lundi.", "2025-03-03"),
    # a past verb of announcing, then a preposition, a conjunction or an infinitive: the weekday
    # may point forward (twice as close, or the tense of the subordinate clause)
    ("Les syndicats ont appelé à manifester lundi.", "2025-03-03"),
    ("Il a été convoqué pour lundi.", "2025-03-03"),
    ("Il a indiqué que le vote aurait lieu lundi.", "2025-03-03"),
    ("Le ministre a annoncé que les écoles rouvriraient mardi.", "2025-03-04"),
])
def test_weekday_and_tense(text, value):
    assert [v for _, _, v in _dates(text)] == [value]
