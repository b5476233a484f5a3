"""Figures found wrong by the adversarial review of 2026-11-29 (each case was wrong before)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def read(text):
    return [(m.text, m.value.kind, None if m.value.value is None else m.value.value.normalize(), str(m.value.unit),
             m.value.noun) for m in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # the en dash is French typesetting's minus sign when glued to the digits
    ("Il faisait –5 °C à Mouthe.", [("–5 °C", "temperature", Decimal(-5), "degree_Celsius", None)]),
    ("Le résultat net ressort à –120 millions d'euros.",
     [("–120 millions d'euros", "money", Decimal("-1.2E+8"), "EUR", None)]),
    ("Paris – 5 morts", [("5 morts", "count", Decimal(5), "count", "mort")]),
    # lower-case scale abbreviations
    ("Les dégâts atteignent 15 mds d'euros.", [("15 mds d'euros", "money", Decimal("1.5E+10"), "EUR", None)]),
    # horses unless the sentence is about engines
    ("Trois chevaux ont été retrouvés morts.", [("Trois chevaux", "count", Decimal(3), "count", "cheval")]),
    ("Un moteur de 150 chevaux.", [("150 chevaux", "power", Decimal(150), "metric_horsepower", None)]),
    # percentage points are kind percent (guideline 1.2 table); per mille
    ("Le chômage a baissé de 1,5 point de pourcentage.",
     [("1,5 point de pourcentage", "percent", Decimal("1.5"), "percentage_point", None)]),
    ("Le taux d'alcool était de 1,8 pour mille.", [("1,8 pour mille", "percent", Decimal("1.8"), "permille", None)]),
    # a capitalised name of inhabitants is invariable
    ("Ils étaient six Français.", [("six Français", "count", Decimal(6), "count", "français")]),
])
def test_review_case(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, low, high, flags", [
    ("Entre 3 et 4 000 personnes ont manifesté à Nantes.", 3000, 4000, ("bound_scaled",)),
    ("Le concert a réuni 10 à 15 000 spectateurs.", 10000, 15000, ("bound_scaled",)),
    ("de 5 à 1 000 euros", 5, 1000, ()),            # 5 000 would pass the high bound: literal
    ("entre 3 et 4000 personnes", 3, 4000, ()),     # no thousands group written: literal
])
def test_first_bound_shares_the_thousands(text, low, high, flags):
    (m,) = find_quantities(text)
    assert (m.value.low, m.value.high, m.value.flags) == (low, high, flags)


# ---- found while reviewing the faults left alone last session
@pytest.mark.parametrize("text, expected", [
    # basis points are a hundredth of a percentage point, not percentage points (was 25 percentage_point)
    ("La BCE relève ses taux de 25 points de base.",
     [("25 points de base", "percent", Decimal(25), "basis_point", None)]),
    # half a scale word
    ("Un demi-million de personnes ont manifesté.",
     [("Un demi-million de personnes", "count", Decimal("5E+5"), "count", "personne")]),
    ("un demi milliard de dollars", [("un demi milliard de dollars", "money", Decimal("5E+8"), "USD", None)]),
    ("un demi-litre", [("un demi-litre", "volume", Decimal("0.5"), "liter", None)]),
    # "à N mètres d'altitude" says where, it is no upper bound of a range
    ("Il est tombé 1,20 m à 1 800 mètres d'altitude.",
     [("1,20 m", "length", Decimal("1.2"), "meter", None), ("1 800 mètres", "length", Decimal(1800), "meter", None)]),
])
def test_left_alone_last_session(text, expected):
    assert read(text) == expected


def test_altitude_range_stays_a_range():
    (m,) = find_quantities("entre 1 000 et 1 800 mètres d'altitude")
    assert (m.value.low, m.value.high, m.value.qualifier) == (Decimal(1000), Decimal(1800), "range")


def test_basis_point_converts_in_the_registry():
    from sikyx.units import ureg
    assert (25 * ureg.basis_point).to(ureg.percentage_point).magnitude == Decimal("0.25")


@pytest.mark.parametrize("text, low, high", [("1 500 à 1 800 mètres d'altitude", 1500, 1800),
                                             ("10 à 20 m de profondeur", 10, 20)])
def test_range_before_altitude_without_first_unit_stays_a_range(text, low, high):
    (m,) = find_quantities(text)
    assert (m.value.low, m.value.high) == (Decimal(low), Decimal(high))


def test_basic_points_of_an_agreement_are_a_count():
    assert read("L'accord repose sur trois points de base.") == [
        ("trois points de base", "count", Decimal(3), "count", "point")]


def test_basis_points_in_digits_without_context():
    assert read("25 points de base") == [("25 points de base", "percent", Decimal(25), "basis_point", None)]


@pytest.mark.parametrize("text, flags", [("tourner à 90 degrés", ["angle"]), ("il fait 90°", ["degree_unspecified"])])
def test_an_angle_is_not_also_unspecified(text, flags):
    (m,) = find_quantities(text)
    assert list(m.value.flags) == flags
