"""Proportions "N (nom) sur D" (guideline 1.1): "sept Français sur dix" is the number 0.7, one span;
"81 départements sur 96" stays two counts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, m.value.unit, m.value.qualifier, m.value.flags)
            for m in find_quantities(text)]


THIRD = Decimal(2) / Decimal(3)


@pytest.mark.parametrize("text, figs", [
    ("Sept Français sur dix approuvent la mesure.", [("Sept Français sur dix", "number", Decimal("0.7"), None, "exact", ())]),
    ("six sur dix ont voté", [("six sur dix", "number", Decimal("0.6"), None, "exact", ())]),
    ("3 salariés sur 4", [("3 salariés sur 4", "number", Decimal("0.75"), None, "exact", ())]),
    ("trois jeunes hommes sur quatre", [("trois jeunes hommes sur quatre", "number", Decimal("0.75"), None, "exact", ())]),
    ("près de deux jeunes sur trois", [("près de deux jeunes sur trois", "number", THIRD, None, "approx", ("rounded",))]),
    ("deux TGV sur trois circuleront", [("deux TGV sur trois", "number", THIRD, None, "exact", ("rounded",))]),
    ("avec un TGV sur trois", [("un TGV sur trois", "number", Decimal(1) / Decimal(3), None, "exact", ("rounded",))]),
    ("un cas sur dix", [("un cas sur dix", "number", Decimal("0.1"), None, "exact", ())]),
    ("près d'un élève sur cinq", [("près d'un élève sur cinq", "number", Decimal("0.2"), None, "approx", ())]),
    ("Un malade sur cent environ", [("Un malade sur cent environ", "number", Decimal("0.01"), None, "approx", ())]),
])
def test_proportions(text, figs):
    assert _figs(text) == figs


@pytest.mark.parametrize("text, figs", [
    ("installé dans 81 départements sur 96 en métropole",
     [("81 départements", "count", Decimal(81), "count", "exact", ()), ("96", "count", Decimal(96), "count", "exact", ())]),
    ("ne disposent que de 210 sièges sur 577.",
     [("210 sièges", "count", Decimal(210), "count", "exact", ()), ("577", "count", Decimal(577), "count", "exact", ())]),
    ("trois buts sur cinq tirs",
     [("trois buts", "count", Decimal(3), "count", "exact", ()), ("cinq tirs", "count", Decimal(5), "count", "exact", ())]),
    ("un bateau sur 2 kilomètres", [("2 kilomètres", "length", Decimal(2), "kilometer", "exact", ())]),
    ("il a obtenu 12 sur 20", [("12", "number", Decimal(12), None, "exact", ()), ("20", "number", Decimal(20), None, "exact", ())]),
    ("cinq sur cinq", [("cinq", "number", Decimal(5), None, "exact", ()), ("cinq", "number", Decimal(5), None, "exact", ())]),
])
def test_not_proportions(text, figs):
    assert _figs(text) == figs


def test_the_counted_noun_of_a_proportion_is_not_kept():
    [fig] = find_quantities("neuf médecins sur dix")
    assert (fig.value.noun, fig.value.unit) == (None, None)
