"""Dates in NFD text, with invisible characters or typeset superscripts, read like their normal
form; offsets and texts stay those of the input."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from sikyx.dates import find_dates

REF = dt.date(2021, 4, 5)


@pytest.mark.parametrize("text, expected", [
    (unicodedata.normalize("NFD", "Le 3 février, à 16 h, il était déjà là. Hier matin, rien."),
     [("2021-02-03"), ("2021-02-03T16:00"), ("2021-04-04TMO")]),
    ("le 3 fé\u00advrier 2021", ["2021-02-03"]),
    ("le 3 f\u200bévrier", ["2021-02-03"]),
    ("le 1ᵉʳ mars", ["2021-03-01"]),
    ("au XIXᵉ siècle", ["18"]),
])
def test_dates_in_normal_form(text, expected):
    got = find_dates(text, REF)
    assert [m.value.value for m in got] == expected
    for m in got:
        assert m.text == text[m.start:m.end]


def test_offsets_are_the_input_ones():
    text = unicodedata.normalize("NFD", "Créé le 3 février.")
    (m,) = find_dates(text, REF)
    assert text[m.start:m.end] == m.text == unicodedata.normalize("NFD", "le 3 février")
