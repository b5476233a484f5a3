"""A quarter or half-year without a year ("au premier semestre") takes the tense of its sentence, and
the last one counts from its end: said in September, "au premier semestre" is the one just ended."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates


def _value(text, ref):
    [m] = find_dates(text, ref)
    return m.value.value, m.value.flags


@pytest.mark.parametrize("text, ref, value", [
    # past tense: the last one begun
    ("Au premier semestre, les ventes ont bondi de 47 %.", dt.date(2023, 9, 14), "2023-H1"),
    ("Au premier semestre, les ventes ont bondi de 47 %.", dt.date(2023, 12, 20), "2023-H1"),
    ("Au quatrième trimestre, le PIB a reculé.", dt.date(2023, 9, 14), "2022-Q4"),
    ("Au premier trimestre, le PIB a reculé.", dt.date(2023, 12, 20), "2023-Q1"),
    # future tense: the next one
    ("Au premier semestre, les ventes bondiront.", dt.date(2023, 9, 14), "2024-H1"),
    ("Au quatrième trimestre, le PIB reculera.", dt.date(2023, 9, 14), "2023-Q4"),
    # no tense: the nearer one, the past one measured from its end (twice as close rule)
    ("Au premier semestre", dt.date(2023, 9, 14), "2023-H1"),
    ("Au premier semestre", dt.date(2023, 12, 20), "2024-H1"),
    ("Au troisième trimestre", dt.date(2023, 9, 14), "2023-Q3"),
])
def test_quarter_year(text, ref, value):
    assert _value(text, ref) == (value, ("year_inferred",))


def test_a_year_written_is_kept():
    assert _value("Au premier semestre 2021, les ventes bondiront.", dt.date(2023, 9, 14)) == ("2021-H1", ())
