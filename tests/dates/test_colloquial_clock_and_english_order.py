"""Colloquial clock hours ("je reviendrai à 7", "une alarme pour huit quarante"), English month-first
dates ("Novembre 19 au 20", "Octobre 14 8:00am"), "22/4", "le 15, 20h", "rendez-vous pour 15h" and a
part of the day standing alone — constructions met in Recognizers-Text's French specs (issue #4) — and
the news look-alikes each rule must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.datetime(2016, 11, 7)  # a Monday


def _found(text: str, ref=REF) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref)]


# ---- a bare hour after a first/second-person singular verb of coming or going, or an alarm noun
@pytest.mark.parametrize("text,span,value", [
    ("je retournerai à 7", "7", "2016-11-07T07:00"),
    ("Je retournerai a 19", "19", "2016-11-07T19:00"),
    ("Je retournerai a sept", "sept", "2016-11-07T07:00"),
    ("Je reviendrai vers 23.", "23", "2016-11-07T23:00"),
    ("Je retournerai a sept trente", "sept trente", "2016-11-07T07:30"),
    ("Je retournerai dix-neuf trente", "dix-neuf trente", "2016-11-07T19:30"),
    ("Je retournerai vingt-trois vingt", "vingt-trois vingt", "2016-11-07T23:20"),
    ("Je retournerai a onze cinq", "onze cinq", "2016-11-07T11:05"),
    ("Tu rentres à 18 ?", "18", "2016-11-07T18:00"),
    ("Je serai de retour à 8 demain", "8 demain", "2016-11-08T08:00"),
    ("régler une alarme pour huit quarante", "huit quarante", "2016-11-07T08:40"),
    ("régler une alarm pour huit quarante a.m.", "huit quarante a.m.", "2016-11-07T08:40"),
    ("régler une alarme pour dix dix", "dix dix", "2016-11-07T10:10"),
    ("mets le réveil à 6", "6", "2016-11-07T06:00"),
    ("Je reviendrai 10, ce soir", "10, ce soir", "2016-11-07T22:00"),
    ("Je reviendrai 11, du soir", "11, du soir", "2016-11-07T23:00"),
    ("Je reviendrai 7, ce matin", "7, ce matin", "2016-11-07T07:00"),
    ("je retournerai apres-midi sept", "apres-midi sept", "2016-11-07T19:00"),
    ("Je retournerai l'après midi sept", "l'après midi sept", "2016-11-07T19:00"),
])
def test_bare_hour_after_a_clock_cue(text, span, value):
    assert _found(text) == [(span, "TIME", value)]


@pytest.mark.parametrize("text,span,value", [
    ("je retournerai peu près à 11 ", "peu près à 11", "2016-11-07T11:00"),
    ("Je retournerai à peu près à 5.", "peu près à 5", "2016-11-07T05:00"),
])
def test_bare_hour_after_a_clock_cue_approx(text, span, value):
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.type, m.value.value, m.value.mod) == (span, "TIME", value, "APPROX")


@pytest.mark.parametrize("text", [
    "Je reviendrai à 2 reprises sur ce point.",     # a count of times
    "« Je reviendrai à 100 % », a-t-il promis.",
    "Je rentre à 5 contre 1 dans ce dossier.",
    "Le réveil à 6, c'est dur.",                   # not followed by the end of the clause or a day
    "Le niveau d'alarme à 3 a été déclenché.",
    "Nous partirons à sept.",                      # plural subject: seven of us
    "On se retrouve à dix après l'expulsion.",     # a team down to ten players
    "Je viens à 20 % de mes capacités.",
    "Je passerai à 3, puis à 4 voies.",            # an elided noun
    "L'alarme pour 2 000 foyers.",
    "Je reviendrai à une.",
    "Il reviendra à 7.",                           # third person: not a cue
])
def test_bare_hour_look_alikes(text):
    assert [m for m in _found(text) if m[1] == "TIME"] == []


def test_clock_cue_leaves_real_clock_times_to_the_time_rule():
    assert _found("je reviendrai à 7 heures") == [("7 heures", "TIME", "2016-11-07T07:00")]
    assert _found("je reviendrai à 7:30") == [("7:30", "TIME", "2016-11-07T07:30")]
    assert _found("Je partirai pour deux et demi heures") == [("deux et demi heures", "DURATION", "PT150M")]


# ---- English order, month first
@pytest.mark.parametrize("text,span,start,end", [
    ("Je vais partir Novembre 19 a 20", "Novembre 19 a 20", "2016-11-19", "2016-11-20"),
    ("Je serais dehors Novembre 19-20", "Novembre 19-20", "2016-11-19", "2016-11-20"),
    ("Je vais partir de Oct. 2 au Octobre 22", "de Oct. 2 au Octobre 22", "2017-10-02", "2017-10-22"),
    ("Je serais dehors depuis Oct. 2 au Octobre 22", "Oct. 2 au Octobre 22", "2016-10-02", "2016-10-22"),
    ("Je serai dehors entre septembre 4 à septembre 8", "septembre 4 à septembre 8", "2017-09-04", "2017-09-08"),
    ("entre novembre 19 et 20", "entre novembre 19 et 20", "2016-11-19", "2016-11-20"),
])
def test_month_first_day_interval(text, span, start, end):
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.type, str(m.value.start), str(m.value.end)) == (span, "DURATION", start, end)


@pytest.mark.parametrize("text,span,value", [
    ("Je reviendrai Octobre 14 8:00am", "Octobre 14 8:00am", "2017-10-14T08:00"),
    ("Je reviendrai Octobre 14 8:00:13am", "Octobre 14 8:00:13am", "2017-10-14T08:00:13"),
    ("Je reviendrai Octobre 14, 8:00am", "Octobre 14, 8:00am", "2017-10-14T08:00"),
    ("octobre 14 à 8 h 30", "octobre 14 à 8 h 30", "2016-10-14T08:30"),
])
def test_month_first_day_with_time(text, span, value):
    assert _found(text) == [(span, "TIME", value)]


@pytest.mark.parametrize("text,expected", [
    ("octobre 14", [("octobre 14", "DATE", "2014-10")]),             # "juillet 98": a two-digit year
    ("de septembre 14 à juin 15", [("septembre 14", "DATE", "2014-09"), ("juin 15", "DATE", "2015-06")]),
    ("en novembre 19-20", [("novembre 19", "DATE", "2019-11")]),       # a season 2019-2020 as well
    ("Octobre 14, 15 h de retard", [("Octobre 14", "DATE", "2014-10"), ("15 h", "TIME", "2016-11-07T15:00")]),
    ("en sept 4 à 6", []),                                            # "sept" is seven
    ("de janvier 3 à 5 fois par mois", [("janvier", "DATE", "2017-01"), ("5 fois par mois", "SET", "P1M")]),
    ("Mai 2-3", []),
])
def test_month_first_look_alikes(text, expected):
    assert _found(text) == expected


# ---- "22/4": a day 13..31 and a one-digit month
@pytest.mark.parametrize("text,span,value", [
    ("Je reviendrai     22/4", "22/4", "2017-04-22"),
    ("le match du 22/4 a été reporté", "22/4", "2016-04-22"),
    ("Je reviendrai 22/4 à 10 h", "22/4", "2017-04-22"),
])
def test_day_slash_short_month(text, span, value):
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Le bus 22/4 dessert la gare.", "La ligne 13/5 est fermée.", "Il a obtenu 14/5 au test.", "un score de 17/4 au premier tour",
    "Le PIB a progressé de 15/4 %.", "trois quarts, 3/4",
])
def test_day_slash_short_month_look_alikes(text):
    assert [m for m in _found(text) if m[1] == "DATE"] == []


# ---- "le 15, 20h": a day of the month and its time joined by a comma
def test_day_comma_time():
    assert _found("Je vais rentrer le 15, 20h") == [("le 15, 20h", "TIME", "2016-11-15T20:00")]
    assert _found("le 1er, 18 h 30 : concert") == [("le 1er, 18 h 30", "TIME", "2016-11-01T18:30")]
    assert _found("le 15, 20 ans après") == [("20 ans", "DURATION", "P20Y")]


# ---- after "pour", a glued "15h" is a clock time when an appointment or a day goes with it
@pytest.mark.parametrize("text,expected", [
    ("voir si je suis disponible pour 15h le dimanche", [("15h le dimanche", "TIME", "2016-11-06T15:00")]),
    ("rendez-vous pour 15h", [("15h", "TIME", "2016-11-07T15:00")]),
    ("rendez-vous pour 15h demain", [("15h demain", "TIME", "2016-11-08T15:00")]),
    ("il sera convoqué pour 15 h jeudi", [("15 h jeudi", "TIME", "2016-11-10T15:00")]),
])
def test_clock_after_pour(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("je partirai pour 3h", [("3h", "DURATION", "PT3H")]),
    ("une enquête pour 20 h de vol", [("20 h", "DURATION", "PT20H")]),
    ("rendez-vous pour 15 heures", [("15 heures", "DURATION", "PT15H")]),   # ambiguous: left as it was
])
def test_duration_after_pour(text, expected):
    assert _found(text) == expected


# ---- a part of the day standing alone as the whole text, like a month alone
@pytest.mark.parametrize("text,span", [("après-midi", "après-midi"), ("apres midi", "apres midi"),
                                       ("Après-midi.", "Après-midi"), ("soirée", "soirée")])
def test_part_of_day_alone(text, span):
    assert _found(text) == [(span, "TIME", "2016-11-07T" + {"a": "AF", "s": "EV"}[span[0].lower()])]


@pytest.mark.parametrize("text", ["Un après-midi au musée.", "Bonne soirée à tous", "Il a passé la journée dehors.",
                                  "journée"])
def test_part_of_day_alone_look_alikes(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["Le magasin est ouvert 24/7.", "Il a eu 15/8 au bac."])
def test_short_day_slash_month_needs_a_time_context(text):
    assert find_dates(text, dt.date(2021, 4, 5)) == []
