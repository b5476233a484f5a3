"""Session 5: constructions of news French that the date grammar missed or misread (found through the
peers' suites, fixed as a kind): the week named by its day, "dans la semaine" (and "dans la journée"), a day of the month as the
bound of an interval, meals as parts of the day, a part of the day after a verb of meeting, a dotted
day-month after "sur"/"le", the start of the current month pointing forward."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2013, 2, 12)  # a Tuesday


def got(text, ref=REF, **kw):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, ref, **kw)]


def bounds(text, ref=REF, **kw):
    return [(m.start, m.end, m.value.value, str(m.value.start), str(m.value.end), m.value.mod, m.value.flags)
            for m in find_dates(text, ref, **kw)]


# ---- "la semaine du 6 octobre": the ISO week named by its day
@pytest.mark.parametrize("text, expected", [
    ("la semaine du lundi 7 octobre 2013", [(0, 34, "2013-W41", "2013-10-07", "2013-10-13", None, ())]),
    # a Sunday names the week it opens
    ("la semaine du 6 octobre 2013", [(0, 28, "2013-W41", "2013-10-07", "2013-10-13", None, ())]),
    # a Wednesday: the week that contains it
    ("Les soldes auront lieu la semaine du 9 octobre 2013.", [(23, 51, "2013-W41", "2013-10-07", "2013-10-13", None, ())]),
    ("Semaine du 14 janvier : réunions.", [(0, 21, "2013-W03", "2013-01-14", "2013-01-20", None, ("year_inferred",))]),
])
def test_week_named_by_its_day(text, expected):
    assert bounds(text) == expected


def test_week_of_day_keeps_its_year_choice():
    # without a year, the day is chosen as any day-month (past in news, future under prefer="future")
    assert got("la semaine du 6 octobre") == [("la semaine du 6 octobre", "DATE", "2012-W40")]
    assert got("la semaine du 6 octobre", prefer="future") == [("la semaine du 6 octobre", "DATE", "2013-W41")]
    assert got("la semaine du 6 octobre", None) == [("la semaine du 6 octobre", "DATE", "XXXX-WXX")]


@pytest.mark.parametrize("text, expected", [
    ("la semaine dernière", [("la semaine dernière", "DATE", "2013-W06")]),
    ("la semaine prochaine", [("la semaine prochaine", "DATE", "2013-W08")]),
    # an interval of days stays one
    ("la semaine du 6 au 12 octobre", [("du 6 au 12 octobre", "DURATION", "P7D")]),
    ("plus tôt dans la semaine", [("la semaine", "DATE", "2013-W07")]),
    # "du" without a day: no week of a day
    ("la semaine du goût", []),
])
def test_week_of_day_leaves_other_weeks(text, expected):
    assert got(text) == expected


# ---- "dans la semaine", "dans le mois", "dans l'année": the current one
@pytest.mark.parametrize("text, expected", [
    ("Le verdict sera rendu dans la semaine.", [(27, 37, "2013-W07", "2013-02-11", "2013-02-17", None, ())]),
    ("dans la semaine", [(5, 15, "2013-W07", "2013-02-11", "2013-02-17", None, ())]),
    ("Une décision est attendue dans le mois, selon la mairie.", [(31, 38, "2013-02", "2013-02-01", "2013-02-28", None, ())]),
    ("La loi sera votée dans l'année, a-t-il dit.", [(23, 30, "2013", "2013-01-01", "2013-12-31", None, ())]),
])
def test_within_the_current_unit(text, expected):
    assert bounds(text) == expected


def test_within_the_day_is_the_day_spoken_of():
    assert bounds("Une décision est attendue dans la journée.") == [
        (31, 41, "2013-02-12", "2013-02-12", "2013-02-12", None, ())]
    assert got("Le 15 février, il a été relâché dans la journée.") == [
        ("Le 15 février", "DATE", "2013-02-15"), ("la journée", "DATE", "2013-02-15")]
    assert got("Il travaille en journée.") == []  # generic (guideline)
    assert got("toute la journée") == [("toute la journée", "DURATION", "P1D")]


@pytest.mark.parametrize("text", [
    "dans la semaine qui a suivi l'accident",
    "dans la semaine de la mode",
    "dans l'année écoulée",
    "dans la semaine même",
    "Il vit dans l'an de grâce.",  # "l'an" is no current year
    "la semaine",  # no "dans": a week, not this one
])
def test_within_needs_dans_and_nothing_attached(text):
    assert got(text) == []


# ---- a day of the month alone as the bound of an interval
@pytest.mark.parametrize("text, expected", [
    ("à partir du 8", [(12, 13, "2013-03-08", "2013-03-08", "2013-03-08", None, ())]),
    ("Le musée est fermé jusqu'au 15.", [(28, 30, "2013-02-15", "2013-02-15", "2013-02-15", None, ("until",))]),
    ("jusqu'au 15 inclus", [(9, 11, "2013-02-15", "2013-02-15", "2013-02-15", None, ("until",))]),
    ("Depuis le 3, le site est fermé.", [(7, 11, "2013-02-03", "2013-02-03", "2013-02-03", None, ("since",))]),
    ("Dès le 1er, les prix augmenteront.", [(4, 10, "2013-03-01", "2013-03-01", "2013-03-01", None, ())]),
    # a past sentence keeps "à partir du 8" in the past
    ("Les cours ont repris à partir du 8, a-t-il dit.", [(33, 34, "2013-02-08", "2013-02-08", "2013-02-08", None, ("since",))]),
])
def test_day_of_month_as_a_bound(text, expected):
    assert bounds(text) == expected


def test_bound_day_with_its_month_keeps_month_and_year():
    assert bounds("à partir du 8 mai 2021") == [(12, 22, "2021-05-08", "2021-05-08", "2021-05-08", None, ())]
    assert got("jusqu'au 15 juin") == [("15 juin", "DATE", "2012-06-15")]


@pytest.mark.parametrize("text", [
    "à partir du 8e étage",
    "à partir du 8 %",
    "jusqu'au 15 rue Royale",
    "Il habite au 12, place Bellecour.",  # "au" alone is no bound
    "le 2",  # a bare "le 2" is a number (a pair of numbers is no date either)
    "Il a marqué le 2, puis le 3.",
    "de 1 jusqu'au 3.",  # a number before: a count
])
def test_bare_numbers_stay_numbers(text):
    assert got(text) == []


# ---- "entre midi et 2" is the lunch break, like "entre midi et deux"
def test_noon_to_two_digit_and_word():
    for text in ("entre midi et 2", "entre midi et deux"):
        (m,) = find_dates(text, REF)
        assert (m.start, m.end, m.value.type, m.value.value, m.value.start) == (0, len(text), "DURATION", "PT2H", None)
    # with its day stated before, the interval has its bounds
    (day, lunch) = find_dates("Le 15 février, entre midi et 2, la boutique ferme.", REF)
    assert (lunch.text, lunch.value.value, str(lunch.value.start)) == ("entre midi et 2", "PT2H", "2013-02-15")


# ---- meals as parts of the day
@pytest.mark.parametrize("text, expected", [
    ("après déjeuner", [(0, 14, "2013-02-12TAF", "2013-02-12", "2013-02-12", None, ())]),
    ("aujourd'hui pendant le déjeuner", [(0, 31, "2013-02-12TMI", "2013-02-12", "2013-02-12", None, ())]),
    ("L'incendie s'est déclaré hier à l'heure du déjeuner.", [(25, 51, "2013-02-11TMI", "2013-02-11", "2013-02-11", None, ())]),
    ("Il est rentré à l'heure du dîner.", [(16, 32, "2013-02-12TEV", "2013-02-12", "2013-02-12", None, ())]),
    ("On en a parlé pendant le déjeuner.", [(22, 33, "2013-02-12TMI", "2013-02-12", "2013-02-12", None, ())]),
    ("avant le déjeuner", [(0, 17, "2013-02-12TMO", "2013-02-12", "2013-02-12", None, ())]),
    ("à la pause déjeuner", [(2, 19, "2013-02-12TMI", "2013-02-12", "2013-02-12", None, ())]),
])
def test_meals_are_parts_of_the_day(text, expected):
    assert bounds(text) == expected


def test_meal_takes_the_day_spoken_of():
    assert got("Le 15 février, il a quitté la réunion après le déjeuner.") == [
        ("Le 15 février", "DATE", "2013-02-15"), ("après le déjeuner", "TIME", "2013-02-15TAF")]


@pytest.mark.parametrize("text", [
    "lors du dîner du Crif",
    "pendant le déjeuner avec les syndicats",
    "après le déjeuner de travail",
    "après le déjeuner-débat",
    "Le déjeuner a réuni les chefs d'État.",  # a meal as an event
    "Il a pris son petit-déjeuner.",
    "avant le dîner",  # late afternoon or evening: no part of the day
])
def test_meals_as_events_are_not_times(text):
    assert got(text) == []


# ---- a part of the day after a verb of meeting or coming
@pytest.mark.parametrize("text, expected", [
    ("retrouvons nous l'apres-midi", [("l'apres-midi", "TIME", "2013-02-12TAF")]),
    ("Retrouvons-nous l'après-midi.", [("l'après-midi", "TIME", "2013-02-12TAF")]),
    ("Je reviendrai le matin.", [("le matin", "TIME", "2013-02-12TMO")]),
    ("rencontrons-nous la nuit, dit-il", [("la nuit", "TIME", "2013-02-12TNI")]),
    ("retrouvons-nous l'après-midi du 3 mai", [("l'après-midi du 3 mai", "TIME", "2013-05-03TAF")]),
])
def test_part_of_day_after_a_verb_of_meeting(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text", [
    "Selon lui, l'après-midi a été consacré aux débats.",  # a subject: no cue
    "Nous nous voyons le soir des élections",  # no imperative, a complement after
    "Il travaille le matin",  # no verb of meeting or coming: may be habitual
])
def test_part_of_day_without_cue(text):
    assert got(text) == []


# ---- a dotted day-month after "sur" / "le" (a verb of coming before it)
@pytest.mark.parametrize("text, expected", [
    ("Je reviens sur 4.22", [(15, 19, "2013-04-22", "2013-04-22", "2013-04-22", None, ("year_inferred", "month_first"))]),
    ("je reviens le 12.05", [(14, 19, "2013-05-12", "2013-05-12", "2013-05-12", None, ("year_inferred",))]),
])
def test_dotted_day_month_after_sur_or_le(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize("text", ["je pars 8.30", "je reviens pour 8.30", "Le taux est passé à 4.22."])
def test_dotted_pair_without_sur_is_no_date(text):
    assert got(text) == []


# ---- "au début du mois" pointing forward once the start of this month is over
@pytest.mark.parametrize("text, prefer, expected", [
    ("Le texte sera examiné au début du mois.", "past", [(25, 38, "2013-03", "2013-03-01", "2013-03-10", "START", ())]),
    ("au début du mois", "future", [(3, 16, "2013-03", "2013-03-01", "2013-03-10", "START", ())]),
    # the past and the unmarked stay in this month
    ("Au début du mois, il a démissionné.", "past", [(3, 16, "2013-02", "2013-02-01", "2013-02-10", "START", ())]),
    ("au début du mois", "past", [(3, 16, "2013-02", "2013-02-01", "2013-02-10", "START", ())]),
    # a start not yet over, an end still ahead: this week's, this year's
    ("en début de semaine", "future", [(3, 19, "2013-W07", "2013-02-11", "2013-02-12", "START", ())]),
    ("Les ventes chuteront en fin d'année.", "past", [(24, 35, "2013", "2013-10-01", "2013-12-31", "END", ())]),
    # "depuis" points back, whatever the preference or the tense
    ("depuis le début de l'année", "future", [(7, 26, "2013", "2013-01-01", "2013-03-31", "START", ("since",))]),
    ("Depuis le début du mois, les prix seront gelés.", "past",
     [(7, 23, "2013-02", "2013-02-01", "2013-02-10", "START", ("since",))]),
    # "d'ici le début du mois" written on the 12th: the next one
    ("Le chantier sera fini d'ici le début du mois.", "past",
     [(28, 44, "2013-03", "2013-03-01", "2013-03-10", "START", ("until",))]),
    # a stated direction is kept
    ("Il sera jugé à la fin de la semaine prochaine.", "past",
     [(15, 45, "2013-W08", "2013-02-21", "2013-02-24", "END", ())]),
])
def test_start_of_current_period_points_forward(text, prefer, expected):
    assert bounds(text, prefer=prefer) == expected
