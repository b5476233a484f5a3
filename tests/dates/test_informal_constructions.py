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


# ---- a range of hours with a part of the day or am/pm: "5 au 6 ce soir", "de 3 du matin jusqu'à 5 pm"
@pytest.mark.parametrize("text,span,value", [
    ("Permanence de 5 au 6 ce soir.", "de 5 au 6 ce soir", "PT1H"),
    ("Ouvert 3 du matin jusqu'à 5pm.", "3 du matin jusqu'à 5pm", "PT14H"),
    ("Atelier de 2pm à quatre trente.", "de 2pm à quatre trente", "PT2H30M"),
    ("Fermé entre 1 et 3 dans la nuit.", "entre 1 et 3 dans la nuit", "PT2H"),
])
def test_hour_range_with_a_part_of_day(text, span, value):
    assert (span, "DURATION", value) in _found(text)


@pytest.mark.parametrize("hw,mw,cue,expected", [
    ("5", None, "pm", (17, 0)),
    ("12", None, "a.m.", (0, 0)),
    ("sept", "trente", "du soir", (19, 30)),
    ("3", None, "du matin", (3, 0)),
    ("2", None, "dans la nuit", (2, 0)),
    ("15", None, "am", None),
    ("30", None, "du soir", None),
])
def test_hour_with_cue(hw, mw, cue, expected):
    from sikyx.dates.grammar import hour_with_cue
    assert hour_with_cue(hw, mw, cue) == expected


@pytest.mark.parametrize("text,forbidden", [
    ("L'OM l'a emporté 3 à 1 ce soir.", "1 ce soir"),   # a score
    ("L'OM l'a emporté 3 à 1 ce soir.", "3 à 1 ce soir"),
    ("Ils passent de 5 à 6 ce soir.", "5 à 6 ce soir"),  # "à" without a cue on the first number
    ("Entre 3 et 5 du soir ou 2 et 4 du matin.", "2 et 4 du matin"),  # "et" without "entre"
])
def test_hour_range_look_alikes(text, forbidden):
    assert forbidden not in [t for t, _, _ in _found(text)]


# ---- a set with its time, before or after it: "chaque soir à 9", "à 15 h tous les jours", "9am chaque lundi"
@pytest.mark.parametrize("text,span,value", [
    ("La navette passe chaque soir à 9.", "chaque soir à 9", "XXXX-XX-XXT21:00"),
    ("Le marché ouvre chaque lundi à 16.", "chaque lundi à 16", "XXXX-WXX-1T16:00"),
    ("Le point presse a lieu à 15 h tous les jours.", "15 h tous les jours", "XXXX-XX-XXT15:00"),
    ("Il court à 7 chaque matin.", "7 chaque matin", "XXXX-XX-XXT07:00"),
    ("Réunion 9am chaque lundi.", "9am chaque lundi", "XXXX-WXX-1T09:00"),
    ("Messe à 10 h 30 dimanches et fêtes.", "10 h 30 dimanches", "XXXX-WXX-7T10:30"),
    ("Les gardes commencent chaque nuit à 23 h.", "chaque nuit à 23 h", "XXXX-XX-XXT23:00"),
])
def test_set_with_its_time(text, span, value):
    assert (span, "SET", value) in _found(text)


@pytest.mark.parametrize("text,expected", [
    ("Ils sont 15 tous les jours à manifester.", [("tous les jours", "SET", "P1D")]),   # a count, not an hour
    ("Il parcourt tous les jours à 15 km/h.", [("tous les jours", "SET", "P1D")]),
    ("Toutes les semaines à 9 euros.", [("Toutes les semaines", "SET", "P1W")]),
])
def test_set_with_time_look_alikes(text, expected):
    assert _found(text) == expected


# ---- clock times with am/pm written the English way, "à peu près", "il est sept heures"
@pytest.mark.parametrize("text,span,value", [
    ("Le vol part à 340pm.", "340pm", "2019-03-13T15:40"),
    ("Ouverture demain 1140 a.m.", "1140 a.m.", "2019-03-14T11:40"),  # on the day just named
    ("Rendez-vous à 10 h 10 pm.", "10 h 10 pm", "2019-03-13T22:10"),
    ("Le concert commence à 8pm et demie.", "8pm et demie", "2019-03-13T20:30"),
    ("Fin prévue à 9pm et trois quarts", "9pm et trois quarts", "2019-03-13T21:45"),
    ("Ils arrivent à peu près midi.", "à peu près midi", "2019-03-13T12:00"),
    ("Il est sept heures, Paris s'éveille.", "sept heures", "2019-03-13T07:00"),
])
def test_clock_informal(text, span, value):
    assert (span, "TIME", value) in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("Il a parcouru 1140 km.", "1140"),
    ("En 2015 am, rien.", "2015 am"),           # a year is no hour with its minutes
    ("Les 1350 pm ont été livrés", "1350 pm"),   # 13:50 pm is no time
    ("C'est deux heures de route.", "deux heures de route"),
])
def test_clock_informal_look_alikes(text, absent):
    assert absent not in [t for t, typ, _ in _found(text) if typ == "TIME"]


# ---- a part of the day and its clock time: "l'après-midi 7:00", "apres midi 7:00", "l'après-midi à 7"
@pytest.mark.parametrize("text,span,value", [
    ("Il revient l'après-midi 3:15.", "l'après-midi 3:15", "2019-03-13T15:15"),
    ("Retour apres midi 7:00", "apres midi 7:00", "2019-03-13T19:00"),
    ("Séance l'après-midi à 4.", "l'après-midi à 4", "2019-03-13T16:00"),
    ("Le matin 10:30 on part", "Le matin 10:30", "2019-03-13T10:30"),
])
def test_part_of_day_then_clock(text, span, value):
    assert (span, "TIME", value) in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("Ils ont passé la nuit à 2 dans une tente.", "la nuit à 2"),
    ("Dans l'après-midi sept personnes ont été arrêtées.", "l'après-midi sept"),
])
def test_part_of_day_then_clock_look_alikes(text, absent):
    assert absent not in [t for t, _, _ in _found(text)]


# ---- days of a month named relatively: "le 20 de ce mois", "du 4 au 22 ce mois", "4 au 23 du mois prochain"
@pytest.mark.parametrize("text,span,typ,value,start,end", [
    ("Inscriptions du 4 au 22 ce mois.", "du 4 au 22 ce mois", "DURATION", "P19D", "2019-03-04", "2019-03-22"),
    ("Travaux 4 au 23 du mois prochain", "4 au 23 du mois prochain", "DURATION", "P20D", "2019-04-04", "2019-04-23"),
    ("Soldes entre le 3 et le 9 du mois dernier.", "entre le 3 et le 9 du mois dernier", "DURATION", "P7D",
     "2019-02-03", "2019-02-09"),
    ("Il revient le 20 de ce mois.", "le 20 de ce mois", "DATE", "2019-03-20", "2019-03-20", "2019-03-20"),
    ("Vote le 2 du mois prochain", "le 2 du mois prochain", "DATE", "2019-04-02", "2019-04-02", "2019-04-02"),
])
def test_days_of_a_relative_month(text, span, typ, value, start, end):
    found = {m.text: m.value for m in find_dates(text, REF)}
    t = found[span]
    assert (t.type, t.value, str(t.start), str(t.end)) == (typ, value, start, end)


@pytest.mark.parametrize("text,absent", [
    ("Le nombre de cas est passé de 4 à 22 ce mois-ci.", "de 4 à 22 ce mois-ci"),  # counts, not days
    ("On compte 4 et 22 ce mois-ci.", "4 et 22 ce mois-ci"),
    ("Il reste 3 mois.", "3 mois"),
    ("Le 31 du mois prochain", "Le 31 du mois prochain"),  # April has no 31st
])
def test_days_of_a_relative_month_look_alikes(text, absent):
    assert absent not in [m.text for m in find_dates(text, REF) if m.value.type in ("DATE", "DURATION") and m.value.start]


# ---- an ordinal weekday without its month: "le troisième mardi", "1er dimanche" (of the current month)
@pytest.mark.parametrize("text,span,value", [
    ("La foire a lieu le troisième mardi.", "le troisième mardi", "2019-03-19"),
    ("Marché le 1er dimanche.", "le 1er dimanche", "2019-03-03"),
    ("Collecte seconde Dimanche", "seconde Dimanche", "2019-03-10"),
])
def test_ordinal_weekday_of_this_month(text, span, value):
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("Il a attendu une seconde dimanche soir.", "seconde dimanche"),   # a second (of time)
    ("C'était le dernier dimanche avant l'élection.", "le dernier dimanche"),
    ("Le cinquième mardi n'existe pas ce mois-ci.", "Le cinquième mardi"),  # March 2019 has four
])
def test_ordinal_weekday_look_alikes(text, absent):
    assert absent not in [t for t, _, _ in _found(text)]


@pytest.mark.parametrize("text,absent", [
    ("Elles ont lieu les deuxième et quatrième jeudis de chaque mois.", "quatrième jeudis"),
    ("Prévu le premier dimanche du printemps.", "le premier dimanche"),
])
def test_ordinal_weekday_with_another_anchor(text, absent):
    assert absent not in [t for t, _, _ in _found(text)]


# ---- durations written loosely: "demi heure" (no hyphen, no article), "3 hrs", "tout le mois"
@pytest.mark.parametrize("text,span,value", [
    ("Pause pendant demi heure.", "demi heure", "PT30M"),
    ("Il a attendu une demi heure.", "une demi heure", "PT30M"),
    ("Vol de 3 hrs", "3 hrs", "PT3H"),
    ("Fermé pendant tout le mois.", "tout le mois", "P1M"),
])
def test_loose_durations(text, span, value):
    assert (span, "DURATION", value) in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("La demi-journée de solidarité est maintenue.", "demi-journée"),   # a name, not a length
    ("Il recrute 3 HR managers.", "3 HR"),
    ("Tout le mois de mai sera chaud.", "Tout le mois"),                  # the month itself
])
def test_loose_durations_look_alikes(text, absent):
    assert absent not in [t for t, typ, _ in _found(text) if typ == "DURATION"]


# ---- numeric dates with a comma before the year ("11/12,2016"), year-first with dots ("2015.5.13")
@pytest.mark.parametrize("text,span,value", [
    ("Livraison le 12/08,2015 au siège", "le 12/08,2015", "2015-08-12"),
    ("Rendez-vous 3/04,19", "3/04,19", "2019-04-03"),
    ("Libre le 2015.5.13 ?", "2015.5.13", "2015-05-13"),
])
def test_numeric_date_variants(text, span, value):
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Le ratio passe à 1.5,16 points.",   # decimals
    "Mise à jour en version 2015.5.13.",
])
def test_numeric_date_variants_look_alikes(text):
    assert [t for t, typ, _ in _found(text) if typ == "DATE" and ("." in t or "," in t)] == []


# ---- "pour le 27.": a lone day of the month closing the sentence after "pour"
@pytest.mark.parametrize("text,value", [
    ("Le rendu est reporté pour le 27.", "2019-02-27"),
    ("Tout est prévu pour le 12 !", "2019-03-12"),
    ("Rendez-vous pour le vingt-deux.", "2019-03-22"),  # the nearest 22nd
])
def test_lone_day_after_pour(text, value):
    assert [(t, v) for t, _, v in _found(text)] == [(text.split("pour ")[1].rstrip(" .!"), value)]


@pytest.mark.parametrize("text", [
    "Il a voté pour le 27e candidat.",
    "Un pour le 27 mars, un autre pour le 12 avril.",
    "Le 27 est parti.",
    "Ils sont partis pour le 27 septembre 2018 contre 12.",
])
def test_lone_day_look_alikes(text):
    assert all(t != "le 27" and t != "Le 27" for t, _, _ in _found(text))


# ---- "le troisième quart de 2016": a quarter named "quart" before a year
def test_quart_of_a_year_is_a_quarter():
    assert ("le troisième quart de 2016", "DATE", "2016-Q3") in _found("Croissance forte le troisième quart de 2016.")


@pytest.mark.parametrize("text", [
    "Le premier quart de 2016 habitants a voté.",
    "Le dernier quart d'heure fut long.",
    "Le troisième quart de la population.",
])
def test_quart_look_alikes(text):
    assert not any(v.endswith(("Q1", "Q3", "Q4")) for _, _, v in _found(text))


# ---- a month and a one-digit day joined by punctuation ("Oct. 2", "oct-2"), a day and a month by a hyphen ("28-nov")
@pytest.mark.parametrize("text,span,value", [
    ("Clôture des votes Oct. 2", "Oct. 2", "2018-10-02"),
    ("Publié juin-4", "juin-4", "2019-06-04"),  # the nearest 4 June
    ("Échéance : 28-nov", "28-nov", "2018-11-28"),
])
def test_month_day_joined(text, span, value):
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("La sonde Mars-3 s'est posée.", "Mars-3"),
    ("Il est revenu en octobre. 3 blessés sont signalés.", "octobre. 3"),
    ("La gare de Mai-2.", "Mai-2"),
])
def test_month_day_joined_look_alikes(text, absent):
    assert absent not in [t for t, _, _ in _found(text)]


# ---- an interval of relative days: "d'aujourd'hui à demain", "aujourd'hui jusqu'au lendemain"
@pytest.mark.parametrize("text,span,start,end", [
    ("Fermé d'aujourd'hui à demain.", "d'aujourd'hui à demain", "2019-03-13", "2019-03-14"),
    ("Alerte orange de hier jusqu'au lendemain.", "de hier jusqu'au lendemain", "2019-03-12", "2019-03-13"),
    ("Soldes aujourd'hui jusqu'a après-demain", "aujourd'hui jusqu'a après-demain", "2019-03-13", "2019-03-15"),
])
def test_relative_day_interval(text, span, start, end):
    found = {m.text: m.value for m in find_dates(text, REF)}
    assert (found[span].type, str(found[span].start), str(found[span].end)) == ("DURATION", start, end)


def test_relative_day_interval_split_and_backwards():
    split = [(m.text, m.value.value) for m in find_dates("Fermé d'aujourd'hui au lendemain.", REF, intervals="split")]
    assert split == [("aujourd'hui", "2019-03-13"), ("lendemain", "2019-03-14")]
    # backwards is no interval: two days
    assert [t for t, _, _ in _found("De demain à aujourd'hui.")] == ["demain", "aujourd'hui"]


# ---- an hour in words and the day of the month after it: "à sept heures le 15"
def test_word_hour_with_day_of_month():
    assert ("sept heures le 20", "TIME", "2019-03-20T07:00") in _found("Départ à sept heures le 20.")


@pytest.mark.parametrize("text,span", [("Départ à sept heures le 15 mai.", "sept heures le 15 mai"),
                                       ("Départ à 7 h le 15 mai.", "7 h le 15 mai"),
                                       ("après 16h le 1er mai 2018", "16h le 1er mai 2018")])
def test_hour_then_full_date_is_one_time(text, span):
    # a time joined to its day is one span (guideline 2.1), the time on that day; the day number is
    # never cut ("le 1" of "le 15 mai", of "le 1er mai")
    (got,) = _found(text)
    assert got[0] == span and got[1] == "TIME"
    assert got[2].endswith("-05-15T07:00") or got[2] == "2018-05-01T16:00"


# ---- decades with their century in words: "les années dix-neuf soixante-dix", "dix-huit cent quatre-vingts"
@pytest.mark.parametrize("text,span,value", [
    ("Dans les années dix-neuf soixante-dix, tout change.", "les années dix-neuf soixante-dix", "197"),
    ("les années dix-huit cent quatre-vingts", "les années dix-huit cent quatre-vingts", "188"),
    ("les années mille neuf cent soixante", "les années mille neuf cent soixante", "196"),
    ("Dans les années mille quatre cent vingt", "les années mille quatre cent vingt", "142"),
])
def test_decade_with_century_in_words(text, span, value):
    assert (span, "DATE", value) in _found(text)


def test_decade_words_alone_unchanged():
    assert _found("les années dix-neuf") == []   # not a decade: no decade word follows


# ---- "8 h et vingt minutes": a time after "à" or with a part of the day, a duration otherwise
@pytest.mark.parametrize("text,span,typ,value", [
    ("Rendez-vous à 8 h et vingt minutes.", "8 h et vingt minutes", "TIME", "2019-03-13T08:20"),
    ("Il est 8 h et vingt minute dans la soiree", "8 h et vingt minute dans la soiree", "TIME", "2019-03-13T20:20"),
    ("Le trajet dure 1 heure et dix minutes.", "1 heure et dix minutes", "DURATION", "PT1H10M"),
    ("Il a mis 2 h et vingt minutes pour finir.", "2 h et vingt minutes", "DURATION", "PT2H20M"),
])
def test_hours_and_minutes_in_words(text, span, typ, value):
    assert (span, typ, value) in _found(text)


def test_lone_day_small_number_word_is_no_day():
    assert _found("Il a voté pour le deux.") == []


# ---- a weekday abbreviation and a comma before the second day of an interval: "1 jan jusqu'à mer, 22 janv"
def test_day_interval_with_abbreviated_weekday():
    found = {m.text: m.value for m in find_dates("Absent 1 Jan jusqu'a Mer, 22 Janv", REF)}
    t = found["1 Jan jusqu'a Mer, 22 Janv"]
    assert (t.type, str(t.start), str(t.end)) == ("DURATION", "2019-01-01", "2019-01-22")


# ---- "la troisième semaine de 2027": the ISO week of that year
def test_nth_week_of_a_year():
    assert ("la troisième semaine de 2027", "DATE", "2027-W03") in _found("Livraison la troisième semaine de 2027.")
    # the last week or the first day of a year are not read that way
    assert ("la dernière semaine de 2020", "DATE", "2020-W-1") not in _found("la dernière semaine de 2020")
    assert [v for _, _, v in _found("le premier jour de 2020")] == ["2020"]


# ---- two named weekdays: "de ce mercredi à dimanche prochain", "cette mercredi jusqu'à dimanche prochain"
def test_weekday_interval():
    found = {m.text: m.value for m in find_dates("Soldes de ce mercredi à dimanche prochain.", REF)}
    t = found["de ce mercredi à dimanche prochain"]
    assert (t.type, t.value, str(t.start), str(t.end)) == ("DURATION", "P5D", "2019-03-13", "2019-03-17")
    split = [m.text for m in find_dates("cette mercredi jusqu'à dimanche prochain", REF, intervals="split")]
    assert split == ["cette mercredi", "dimanche prochain"]


@pytest.mark.parametrize("text", ["de ce vendredi à ce lundi", "de ce mercredi à lundi dernier", "du lundi au vendredi"])
def test_weekday_interval_look_alikes(text):
    assert all(typ != "DURATION" for _, typ, _ in _found(text))
