"""Cases found by the adversarial review of the session's date rules (each was wrong)."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2021, 4, 5)


def got(text):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, REF)]


@pytest.mark.parametrize("text, expected", [
    # durations read as clock times
    ("Il a dormi 3 heures.", [("3 heures", "DURATION", "PT3H")]),
    ("La réunion a duré 3 heures.", [("3 heures", "DURATION", "PT3H")]),
    ("Il est arrivé 3 heures plus tard.", [("3 heures", "DURATION", "PT3H")]),
    ("Il a passé 3h30 en garde à vue.", [("3h30", "DURATION", "PT3H30M")]),
    ("Il est arrivé à 3 h.", [("3 h", "TIME", "2021-04-05T03:00")]),
    # "passé" before the number is the verb
    ("Il a passé 20 ans en prison.", [("20 ans", "DURATION", "P20Y")]),
    # existential "il y a"
    ("Il y a deux ans de travaux.", [("deux ans", "DURATION", "P2Y")]),
    ("Il y a plus de 2 ans d'attente pour un logement.", [("plus de 2 ans", "DURATION", "P2Y")]),
    ("Il y a deux ans de cela, il partait.", [("Il y a deux ans", "DATE", "2019")]),
    # a maturity or a horizon after "À N ans," is no age
    ("À 10 ans, le taux français dépasse celui de l'Allemagne.", [("10 ans", "DURATION", "P10Y")]),
    ("A 30 ans, la dette sera remboursée.", [("30 ans", "DURATION", "P30Y")]),
    ("Pour ses 10 ans à la tête du club, il a reçu un trophée.", [("10 ans", "DURATION", "P10Y")]),
    # ages followed by a date
    ("Il a eu 64 ans mardi.", [("mardi", "DATE", "2021-03-30")]),  # past tense: the Tuesday before
    ("Il aura 18 ans en mai.", [("mai", "DATE", "2021-05")]),
    ("A 64 ans, il prend sa retraite.", []),
    # a score is no date
    ("Le Stade Toulousain s'impose 24/12 face à Clermont.", []),
])
def test_review_case(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text, span", [("vers 2015", "2015"), ("Vers 21 h 45, il part.", "21 h 45"),
                                        ("aux alentours de 2015", "2015"), ("autour de midi", "midi")])
def test_vers_is_approx_outside_the_span(text, span):
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.mod) == (span, "APPROX")


@pytest.mark.parametrize("text, span, start, end", [
    ("Du lundi 13/04 au jeudi 15/04, grève.", "Du lundi 13/04 au jeudi 15/04", "2021-04-13", "2021-04-15"),
    ("du 13 au 15/04, grève", "du 13 au 15/04", "2021-04-13", "2021-04-15"),
])
def test_numeric_intervals_with_weekdays_or_a_bare_first_day(text, span, start, end):
    """The two ends were two dates, in two different years when a weekday fitted only one."""
    (m,) = find_dates(text, REF)
    assert (m.text, m.value.type, m.value.start.isoformat(), m.value.end.isoformat()) == (span, "DURATION", start, end)


def test_clock_offsets_need_a_reference_time():
    """A reference day has no clock: "il y a deux heures" was 22:00 the day before (from midnight)."""
    (m,) = find_dates("il y a moins d'une heure", REF)
    assert (m.value.type, m.value.value, m.value.mod, m.value.flags) == \
        ("TIME", "2021-04-05TXX:XX", "AFTER", ("clock_unknown",))
    (m,) = find_dates("il y a moins d'une heure", dt.datetime(2021, 4, 5, 14, 30))
    assert (m.value.value, m.value.mod, m.value.flags) == ("2021-04-05T13:30", "AFTER", ())


@pytest.mark.parametrize("text", ["Le 31/04/2021, rien.", "Le marché du 29/02/2022."])
def test_an_impossible_numeric_date_is_not_read_as_its_month(text):
    assert got(text) == []


# ---- second review (session 4): the rules for speaker cues, "la veille du ...", clock + day, ages
REF4 = dt.date(2024, 3, 15)  # a Friday


def got4(text):
    return [(m.text, m.value.type, m.value.value) for m in find_dates(text, REF4)]


@pytest.mark.parametrize("text, expected", [
    # the direction or two-digit year after "le 15 mai" belongs to the clock time's day
    ("Il a été interpellé à 18h le 15 mai dernier.", ("18h le 15 mai dernier", "TIME", "2023-05-15T18:00")),
    ("à 14h le 2 mai 68", ("14h le 2 mai 68", "TIME", "1968-05-02T14:00")),
    # "au lendemain du 13 novembre 2015": "au" outside, the day after the date said with it
    ("Au lendemain du 13 novembre 2015, la France était sous le choc.",
     ("lendemain du 13 novembre 2015", "DATE", "2015-11-14")),
    ("la veille de Noël", ("la veille de Noël", "DATE", "2023-12-24")),
    ("la veille du vendredi 14 juillet 2023", ("la veille du vendredi 14 juillet 2023", "DATE", "2023-07-13")),
    ("entre midi et deux heures trente", ("entre midi et deux heures trente", "DURATION", "PT2H30M")),
])
def test_second_review_values(text, expected):
    assert expected in got4(text)


@pytest.mark.parametrize("text", [
    "Depuis Mars, le rover Perseverance a envoyé des images.",
    "La Nasa veut envoyer des astronautes en Mars.",
    "Le fonds a investi dans Avril, le géant des oléagineux.",
    "Les salariés travaillent dans Mars Petcare à Saint-Denis-de-l'Hôtel.",
    "Il a passé son enfance dans Octobre Rouge, le roman de Tom Clancy.",
    "Pour le carnaval, je serai Mars, le dieu de la guerre.",
])
def test_second_review_capitalised_names_are_no_dates(text):
    assert [t for t, *_ in got4(text) if t in ("Mars", "Avril", "Octobre")] == []


@pytest.mark.parametrize("text", ["je pars 8.30", "j'arrive 10.30", "Je rentre 12.30, je mange et je repars.",
                                  "Je reviens 4-4, puis je craque."])
def test_second_review_no_numeric_date_after_a_cue(text):
    assert [t for _, t, _ in got4(text) if t == "DATE"] == []


@pytest.mark.parametrize("text, value", [
    ("je serai absent en août.", "2024-08"),   # a first-person future points forward (guideline 2.3)
    ("je reviendrai en octobre.", "2024-10"),
    ("il était absent en août.", "2023-08"),
])
def test_second_review_first_person_future(text, value):
    assert [v for *_, v in got4(text)] == [value]


@pytest.mark.parametrize("text, values", [
    ("Outre l'âge, la durée de cotisation passe de 42 à 43 ans.", ["P42Y", "P43Y"]),
    ("Malgré son jeune âge, sa peine a été portée à 15 ans de réclusion.", ["P15Y"]),
])
def test_second_review_durations_near_the_word_age(text, values):
    assert [v for _, t, v in got4(text) if t == "DURATION"] == values


def test_second_review_month_list_in_capitals():
    assert [v for *_, v in got4("en Mai et Juin 2020")] == ["2020-05", "2020-06"]
    assert [v for *_, v in got4("en mars et en juin 2021")] == ["2021-03", "2021-06"]


def test_second_review_direction_after_weekday_is_kept():
    assert ("le dimanche suivant", "DATE", "2024-03-24") in got4("prévu pour 15h le dimanche suivant")


def test_second_review_end_of_weekday_keeps_the_date():
    assert got4("la fin de dimanche 17 mars") == [("dimanche 17 mars", "DATE", "2024-03-17")]


@pytest.mark.parametrize("text", ["Je serai dehors le 3 semaine cette mois", "le 24 heures du Mans"])
def test_singular_article_before_a_length_is_no_duration(text):
    assert [t for _, t, _ in got4(text) if t == "DURATION"] == []


@pytest.mark.parametrize("text, expected", [
    # "du soir" was read inside "du soiree"/"du soirée", "du matin" inside "du matinal"
    ("à 7:00 du soiree", ("7:00 du soiree", "TIME", "2024-03-15T19:00")),
    ("à 7 h du matinal", ("7 h", "TIME", "2024-03-15T07:00")),
])
def test_part_of_day_after_a_clock_is_a_whole_word(text, expected):
    assert got4(text) == [expected]
