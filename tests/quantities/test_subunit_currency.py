"""A money sub-unit followed by its currency ("3 centimes d'euro", "10 centimes de dollar") takes that
currency: no ``currency_assumed`` flag, the currency inside the span."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, m.value.unit, m.value.flags) for m in find_quantities(text)]


@pytest.mark.parametrize("text, figure", [
    ("Le gazole a baissé de 3 centimes d'euro.", ("3 centimes d'euro", "money", Decimal("0.03"), "EUR", ())),
    ("un centime d'euro", ("un centime d'euro", "money", Decimal("0.01"), "EUR", ())),
    ("10 centimes de dollar", ("10 centimes de dollar", "money", Decimal("0.10"), "USD", ())),
    ("10 centimes de dollar canadien", ("10 centimes de dollar canadien", "money", Decimal("0.10"), "CAD", ())),
    ("50 centimes de francs suisses", ("50 centimes de francs suisses", "money", Decimal("0.50"), "CHF", ())),
    ("une hausse de 5 centimes d'euros par litre",
     ("5 centimes d'euros par litre", "money", Decimal("0.05"), "EUR / liter", ())),
    ("entre 10 et 20 centimes d'euro", ("entre 10 et 20 centimes d'euro", "money", None, "EUR", ())),
])
def test_the_named_currency_is_taken(text, figure):
    assert figure in _figs(text)


@pytest.mark.parametrize("text, figure", [
    ("il coûte 50 centimes", ("50 centimes", "money", Decimal("0.50"), "EUR", ("currency_assumed",))),
    ("soit 10 centimes de plus", ("10 centimes", "money", Decimal("0.10"), "EUR", ("currency_assumed",))),
    ("3 centimes d'écart", ("3 centimes", "money", Decimal("0.03"), "EUR", ("currency_assumed",))),
    ("80 cents", ("80 cents", "money", Decimal("0.80"), "USD", ("currency_assumed",))),
])
def test_without_a_currency_it_stays_assumed(text, figure):
    assert figure in _figs(text)


def test_a_range_of_sub_units_takes_the_currency_and_the_factor():
    [fig] = find_quantities("entre 10 et 20 centimes de dollar")
    assert (fig.value.low, fig.value.high, fig.value.unit) == (Decimal("0.10"), Decimal("0.20"), "USD")
