"""Figures found wrong in session 5 (stock indices, basis-point abbreviations, and the faults met
reading the shared gold texts); each case was wrong before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def read(text):
    """(span text, kind, value or (low, high), unit name, qualifier, noun) of every figure."""
    out = []
    for m in find_quantities(text):
        q = m.value
        value = (q.low, q.high) if q.value is None and q.low is not None else q.value
        out.append((m.text, q.kind, value, q.unit_name, q.qualifier, q.noun))
    return out


# --- stock-index points (GUIDELINES 1.4, section 4) -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le CAC 40 a clôturé à 6 100 points.",
     [("6 100 points", "other", Decimal(6100), "index_point", "exact", "CAC 40")]),
    ("Le Dow Jones a perdu 300 points mardi.",
     [("300 points", "other", Decimal(300), "index_point", "exact", "Dow Jones")]),
    ("Le CAC 40 a perdu 1,2 %, soit 75 points.",
     [("1,2 %", "percent", Decimal("1.2"), "percent", "exact", None),
      ("75 points", "other", Decimal(75), "index_point", "exact", "CAC 40")]),
    # a change and the level reached: two figures, and no figure in the index's name
    ("Le S&P 500 a gagné 40 points à 4 200 points.",
     [("40 points", "other", Decimal(40), "index_point", "exact", "S&P 500"),
      ("4 200 points", "other", Decimal(4200), "index_point", "exact", "S&P 500")]),
    ("L'Ibex 35 a pris près de 10 points.",
     [("près de 10 points", "other", Decimal(10), "index_point", "approx", "Ibex 35")]),
    # a market word without an index: index points without a name
    ("L'indice phare de la Bourse de Paris a clôturé à 7 000,5 points.",
     [("7 000,5 points", "other", Decimal("7000.5"), "index_point", "exact", None)]),
])
def test_index_points(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Il reste trois points de l'accord à régler.", [("trois points", "count", Decimal(3), "point", "exact", "point")]),
    ("Il a marqué 17 points.", [("17 points", "count", Decimal(17), "point", "exact", "point")]),
    ("Le chômage a baissé de 0,3 point.",
     [("0,3 point", "percent", Decimal("0.3"), "percentage_point", "exact", None)]),
    ("La BCE relève ses taux de 25 points de base.",
     [("25 points de base", "percent", Decimal(25), "basis_point", "exact", None)]),
])
def test_points_outside_stock_markets_unchanged(text, expected):
    assert read(text) == expected


def test_index_point_is_its_own_dimension():
    from sikyx.units import ureg

    (m,) = find_quantities("Le Nikkei a cédé 450,3 points.")
    assert m.value.to_pint() == ureg.Quantity(Decimal("450.3"), "index_point")
    assert m.value.to_dict()["unit"] == "index_point"
    assert not m.value.unit.is_compatible_with(ureg.percentage_point)


# --- "pb", basis points of the finance press ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le spread s'est creusé de 100 pb.", [("100 pb", "percent", Decimal(100), "basis_point", "exact", None)]),
    ("Le rendement de l'OAT a reculé de 12pb.", [("12pb", "percent", Decimal(12), "basis_point", "exact", None)]),
    ("La BCE a relevé ses taux de 50 pb, contre 25 pb attendus.",
     [("50 pb", "percent", Decimal(50), "basis_point", "exact", None),
      ("25 pb", "percent", Decimal(25), "basis_point", "exact", None)]),
    ("Un écart de taux compris entre 50 et 100 pb.",
     [("entre 50 et 100 pb", "percent", (Decimal(50), Decimal(100)), "basis_point", "range", None)]),
])
def test_pb_about_rates(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Il a 100 pb de retard.", [("100", "number", Decimal(100), None, "exact", None)]),
    ("Un pb de plus.", []),
])
def test_pb_elsewhere_is_no_unit(text, expected):
    assert read(text) == expected
