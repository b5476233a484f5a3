"""A fraction in words takes its unit after "de" ("un quart de point", "trois quarts de litre"), and
"un demi-point" of a rate is half a percentage point."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, m.value.unit) for m in find_quantities(text)]


@pytest.mark.parametrize("text, fig", [
    ("La BCE a relevé ses taux directeurs d'un quart de point, à 4,5 %.",
     ("un quart de point", "percent", Decimal("0.25"), "percentage_point")),
    ("une hausse de trois quarts de point du taux", ("trois quarts de point", "percent", Decimal("0.75"), "percentage_point")),
    ("le taux a baissé d'un demi-point", ("un demi-point", "percent", Decimal("0.5"), "percentage_point")),
    ("trois quarts de litre", ("trois quarts de litre", "volume", Decimal("0.75"), "liter")),
    ("quatre centièmes de seconde", ("quatre centièmes de seconde", "duration", Decimal("0.04"), "second")),
])
def test_fraction_with_its_unit(text, fig):
    assert fig in _figs(text)


@pytest.mark.parametrize("text, figs", [
    ("un point de vue", []),
    ("la moitié des salariés", [("la moitié", "number", Decimal("0.5"), None)]),
    ("un tiers de la population", [("un tiers", "number", Decimal(1) / Decimal(3), None)]),
])
def test_fraction_without_unit(text, figs):
    assert _figs(text) == figs
