"""Text that is not in NFC, or with invisible characters or case variants inside words, reads like
its normal form; offsets and texts stay those of the input."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from sikyx.numbers import find_numbers, parse_number
from sikyx.quantities import find_quantities


@pytest.mark.parametrize("text, expected", [
    (unicodedata.normalize("NFD", "Deux hectares et vingt-sept degrés, 3 000 €."),
     [("2", "hectare"), ("27", "degree"), ("3000", "EUR")]),
    ("trente\u200b-deux kilomètres", [("32", "kilometer")]),
    ("1\u00ad000 tonnes", [("1000", "metric_ton")]),
    ("12 millionſ d'euros", [("12000000", "EUR")]),   # raised KeyError: 'millionſ'
    ("12 MİLLİON d'euros", [("12000000", "EUR")]),    # raised KeyError
])
def test_read_in_normal_form_reported_on_the_input(text, expected):
    got = find_quantities(text)
    assert [(str(m.value.value), str(m.value.unit)) for m in got] == expected
    for m in got:
        assert m.text == text[m.start:m.end]


def test_exclusions_are_given_in_input_offsets():
    text = unicodedata.normalize("NFD", "Le 12 février, 3 000 €.")
    start = text.index("12")
    end = text.index(",")
    assert [m.text for m in find_quantities(text, exclude=[(start, end)])] == ["3 000 €"]


def test_numbers_api():
    assert parse_number("vingt-ſept") == 27
    assert parse_number(unicodedata.normalize("NFD", "dix-sept mille")) == 17000
    (m,) = find_numbers("x MİLLE")
    assert (m.start, m.end, m.text, m.value.value) == (2, 7, "MİLLE", 1000)


@pytest.mark.parametrize("text, value, flags", [
    ("1,500 voitures", "1.5", ("english_digits_doubt",)),       # French 1.5 or English 1500: flagged
    ("Il a payé 1,500 dollars.", "1.5", ("english_digits_doubt",)),
    ("1,382 milliard d'euros", "1382000000", ()),               # the scale word settles it
    ("0,125 litre", "0.125", ()),                               # "0,125" cannot be English thousands
    ("1 234,567 tonnes", "1234.567", ()),                       # French thousands group: French
    ("3,5 %", "3.5", ()),
])
def test_a_comma_before_three_digits_is_a_doubt(text, value, flags):
    (m,) = find_quantities(text)
    assert (m.value.value.normalize(), m.value.flags) == (Decimal(value).normalize(), flags)
