"""Units added in session 5: cubic centimetres, megatonnes (of CO2), troy ounces, parts per million."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, m.value.unit) for m in find_quantities(text)]


@pytest.mark.parametrize("text, figs", [
    ("un moteur de 1 600 cm³", [("1 600 cm³", "volume", Decimal(1600), "centimeter ** 3")]),  # was "1 600 cm", a length
    ("une 1 600 cm3", [("1 600 cm3", "volume", Decimal(1600), "centimeter ** 3")]),
    ("3,5 MtCO2", [("3,5 MtCO2", "mass", Decimal("3.5"), "megametric_ton")]),
    ("3,5 Mt de CO2", [("3,5 Mt", "mass", Decimal("3.5"), "megametric_ton")]),
    ("40 Gt", [("40 Gt", "mass", Decimal(40), "gigametric_ton")]),
    ("5 onces d'or", [("5 onces", "mass", Decimal(5), "troy_ounce")]),
    ("420 ppm de CO2", [("420 ppm", "other", Decimal(420), "ppm")]),
    ("il n'y a pas une once de vérité", []),
])
def test_units(text, figs):
    assert _figs(text) == figs


@pytest.mark.parametrize("text, figs", [
    # a generic index closing or trading: index points, not percentage points (fresh-user review)
    ("L'indice a clôturé à 7 345,23 points.", [("7 345,23 points", "other", Decimal("7345.23"), "index_point")]),
    ("Il a perdu 300 points en séance.", [("300 points", "other", Decimal(300), "index_point")]),
    ("L'indice des prix a progressé de 0,3 point sur un an.", [("0,3 point", "percent", Decimal("0.3"), "percentage_point")]),
    ("Lors de la séance, il a obtenu 12 points.", [("12 points", "count", Decimal(12), "count")]),
])
def test_index_points_without_a_named_index(text, figs):
    assert _figs(text) == figs
