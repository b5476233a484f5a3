"""Adversarial review of session 5's figure rules: faults found and fixed, each as a kind."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, str(m.value.unit) if m.value.unit else None, m.value.noun)
            for m in find_quantities(text)]


# An elided figure after index points takes them, with the index (guideline 1.3: "contre 45 en année
# normale" -> the unit of the first figure); it was a bare number.
@pytest.mark.parametrize("text, expected", [
    ("L'indice Nikkei a perdu 300 points, contre 250 la veille.",
     [("300 points", "other", Decimal("300"), "index_point", "Nikkei"),
      ("250", "other", Decimal("250"), "index_point", "Nikkei")]),
    ("Le CAC 40 a gagné 45 points, contre 30 la veille.",
     [("45 points", "other", Decimal("45"), "index_point", "CAC 40"),
      ("30", "other", Decimal("30"), "index_point", "CAC 40")]),
])
def test_elided_figure_takes_index_points(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # other units of kind "other" still lend nothing (an unspecified degree, decibels)
    ("Il fait 20°, contre 18 hier.", "18"),
    ("Le bruit atteint 90 dB, contre 80 avant les travaux.", "80"),
])
def test_elided_figure_takes_no_other_unit(text, expected):
    figs = {f[0]: f for f in _figs(text)}
    assert figs[expected][1] == "number" and figs[expected][3] is None


def test_index_points_lend_nothing_to_a_count():
    assert _figs("Le CAC 40 a gagné 45 points, et 12 valeurs ont progressé.")[1] == (
        "12 valeurs", "count", Decimal("12"), "count", "valeur")


# "de 3 à 3,2 millions" where the noun comes from "le nombre de ..." or where neither figure has a
# unit: the first figure takes the scale word too (was 3 chômeurs, 3).
@pytest.mark.parametrize("text, first", [
    ("Le nombre de chômeurs est passé de 3 à 3,2 millions.",
     ("3", "count", Decimal("3000000"), "count", "chômeur")),
    ("Le chômage est passé de 3 à 3,2 millions.", ("3", "number", Decimal("3000000"), None, None)),
    ("La dette passe de 2 à 2,5 milliards.", ("2", "number", Decimal("2000000000"), None, None)),
])
def test_figure_before_a_scaled_figure_shares_its_scale(text, first):
    figs = _figs(text)
    assert figs[0] == first
    assert "scale_shared" in find_quantities(text)[0].value.flags


@pytest.mark.parametrize("text, first", [
    ("Le nombre de morts est passé de 3 à 5.", ("3", "count", Decimal("3"), "count", "mort")),
    ("Le nombre de visiteurs est passé de 800 000 à 1,2 million.",
     ("800 000", "count", Decimal("800000"), "count", "visiteur")),
])
def test_no_scale_to_share(text, first):
    assert _figs(text)[0] == first


# "2 m 50" followed by a conjunction or a preposition is 2.5 m ("Il a sauté 2 m 50 et 2 m 45" was
# '2 m' and a length of 50 m); a noun after the two digits still makes them a figure of their own.
@pytest.mark.parametrize("text, expected", [
    ("Il a sauté 2 m 50 et 2 m 45.",
     [("2 m 50", "length", Decimal("2.5"), "meter", None), ("2 m 45", "length", Decimal("2.45"), "meter", None)]),
    ("Puis 2 m 50 plus loin, il s'est arrêté.", [("2 m 50", "length", Decimal("2.5"), "meter", None)]),
    ("Le mur fait 2 m 50 sur 3 m.",
     [("2 m 50", "length", Decimal("2.5"), "meter", None), ("3 m", "length", Decimal("3"), "meter", None)]),
    ("La salle de 10 m 50 places.",
     [("10 m", "length", Decimal("10"), "meter", None), ("50 places", "count", Decimal("50"), "count", "place")]),
])
def test_metres_and_centimetres(text, expected):
    assert _figs(text) == expected


# The first items of a list of three or more share the unit of its last one ("Trois hommes de 20, 22 et
# 25 ans": '20' was a count of 'homme'; "12, 15 et 20 points": '12' was a bare number).
@pytest.mark.parametrize("text, expected", [
    ("Trois hommes de 20, 22 et 25 ans ont été arrêtés.",
     [("Trois hommes", "count", Decimal("3"), "count", "homme"), ("20", "duration", Decimal("20"), "year", None),
      ("22", "duration", Decimal("22"), "year", None), ("25 ans", "duration", Decimal("25"), "year", None)]),
    ("Il a marqué 12, 15 et 20 points.",
     [("12", "count", Decimal("12"), "count", "point"), ("15", "count", Decimal("15"), "count", "point"),
      ("20 points", "count", Decimal("20"), "count", "point")]),
    ("Les lots pèsent 1, 2 et 3 kg.",
     [("1", "mass", Decimal("1"), "kilogram", None), ("2", "mass", Decimal("2"), "kilogram", None),
      ("3 kg", "mass", Decimal("3"), "kilogram", None)]),
])
def test_list_items_share_the_last_unit(text, expected):
    assert _figs(text) == expected


def test_dates_of_a_list_stay_numbers():
    assert [f[1] for f in _figs("Les 12, 13 et 14 mai.")] == ["number", "number", "number"]


# The troy ounce weighs precious metals only ("10 onces de cannabis" was troy_ounce).
@pytest.mark.parametrize("text, unit", [
    ("Il a vendu 10 onces de cannabis.", "ounce"),
    ("La recette demande 8 onces de beurre.", "ounce"),
    ("Il a acheté 5 onces d'or.", "troy_ounce"),
    ("Le lingot d'or de 400 onces vaut 800 000 dollars.", "troy_ounce"),
    ("Il a acheté 3 onces d'argent.", "troy_ounce"),
])
def test_ounces(text, unit):
    assert _figs(text)[0][1:4:2] == ("mass", unit)


@pytest.mark.parametrize("text, unit", [
    ("Le cannabis se vend 200 dollars l'once.", "USD / ounce"),
    ("L'or se vend 1 900 dollars l'once.", "USD / troy_ounce"),
])
def test_ounce_rates(text, unit):
    assert _figs(text)[0][3] == unit


# "points de vente", "points de contrôle" are places counted, never index points (the index of the
# sentence, or of the sentence before after "Il", made them index_point).
@pytest.mark.parametrize("text, expected", [
    ("Le groupe du CAC 40 compte 3 000 points de vente.", ("3 000 points", "count", Decimal("3000"), "count", "point")),
    ("Le Nasdaq a chuté. Il a ouvert 12 points de contrôle.", ("12 points", "count", Decimal("12"), "count", "point")),
    ("Le CAC 40 a cédé 2 %. Il compte 3 points d'accueil.", ("3 points", "count", Decimal("3"), "count", "point")),
])
def test_points_of_places(text, expected):
    assert _figs(text)[-1] == expected


def test_index_points_still_read():
    assert _figs("Le CAC 40 a gagné 45 points.") == [("45 points", "other", Decimal("45"), "index_point", "CAC 40")]


# "1 euro 20" before "de plus" or a conjunction is 1.20 EUR (was '1 euro' and a money figure of 20 EUR),
# like "2 m 50 et ..."; "et 20 pour le pot" after a money figure stays a figure of its own.
@pytest.mark.parametrize("text, expected", [
    ("Le pain coûte 1 euro 20 de plus.", [("1 euro 20", "money", Decimal("1.2"), "EUR", None)]),
    ("Un café coûte 1 euro 20 et un croissant 1 euro 10.",
     [("1 euro 20", "money", Decimal("1.2"), "EUR", None), ("1 euro 10", "money", Decimal("1.1"), "EUR", None)]),
    ("Il a donné 10 euros et 20 pour le pot.",
     [("10 euros", "money", Decimal("10"), "EUR", None), ("20", "money", Decimal("20"), "EUR", None)]),
])
def test_cents_after_money(text, expected):
    assert _figs(text) == expected
