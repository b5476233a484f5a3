"""An elided figure takes the scale word of its parallel figure (guideline 1.3, flag
``scale_shared``): "5,5 milliards d'euros, contre 4,8" is 4 800 000 000 EUR, not 4.80 EUR."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, m.value.unit, m.value.noun, m.value.flags)
            for m in find_quantities(text)]


@pytest.mark.parametrize("text, figure", [
    ("Le déficit atteint 5,5 milliards d'euros, contre 4,8 en 2022.",
     ("4,8", "money", Decimal("4800000000"), "EUR", None, ("scale_shared",))),
    ("Le chiffre d'affaires est de 12 millions d'euros, contre 9 l'an dernier.",
     ("9", "money", Decimal("9000000"), "EUR", None, ("scale_shared",))),
    ("Le coût est passé de 3,3 à 13,2 milliards d'euros.",
     ("3,3", "money", Decimal("3300000000"), "EUR", None, ("scale_shared",))),
    ("La population est passée de 1,2 à 1,5 million d'habitants.",
     ("1,2", "count", Decimal("1200000"), "count", "habitant", ("scale_shared",))),
    ("Les ventes ont atteint 3,2 millions de véhicules, contre 2,9 un an plus tôt.",
     ("2,9", "count", Decimal("2900000"), "count", "véhicule", ("scale_shared",))),
    ("La région compte 5,9 millions d'habitants, dont 2,1 dans la métropole.",
     ("2,1", "count", Decimal("2100000"), "count", "habitant", ("scale_shared",))),
    ("Il a reçu 2 millions d'euros en 2019 et 3 en 2020.",
     ("3", "money", Decimal("3000000"), "EUR", None, ("scale_shared",))),
])
def test_the_elided_figure_takes_the_scale(text, figure):
    assert figure in _figs(text)


def test_the_scale_passes_on_to_the_next_elided_figure():
    figs = _figs("Celle-ci a été de 7 millions de dollars (5 à prélever sur un compte et 2 sur un autre).")
    assert [(t, v, f) for t, _, v, _, _, f in figs] == [
        ("7 millions de dollars", Decimal("7000000"), ()),
        ("5", Decimal("5000000"), ("scale_shared",)),
        ("2", Decimal("2000000"), ("scale_shared",)),
    ]


@pytest.mark.parametrize("text, figure", [
    # a value of its own: thousands, or a scale word of its own
    ("Il a été porté de 500 000 à 2 millions d'euros.", ("500 000", "money", Decimal("500000"), "EUR", None, ())),
    ("640 millions d'euros pour l'Europe, 420 millions par l'État",
     ("420 millions", "money", Decimal("420000000"), "EUR", None, ())),
    # a part larger than the whole, or a value too far from the parallel one: not shortened
    ("La ville compte 1,5 million d'habitants, dont 300 à la périphérie.",
     ("300", "count", Decimal("300"), "count", "habitant", ())),
    ("Il a reçu 2 millions d'euros, contre 500 l'an dernier.", ("500", "money", Decimal("500"), "EUR", None, ())),
    # no scale word in the parallel figure
    ("Le texte a été adopté par 49 voix contre 31.", ("31", "count", Decimal("31"), "count", "voix", ())),
])
def test_no_scale_is_shared(text, figure):
    assert figure in _figs(text)


def test_a_range_keeps_reading_its_scale():
    [fig] = find_quantities("entre 3 et 4 milliards d'euros")
    assert (fig.value.low, fig.value.high, fig.value.flags) == (Decimal("3000000000"), Decimal("4000000000"), ())
