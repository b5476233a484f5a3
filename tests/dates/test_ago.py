"""A qualified "il y a" is one DATE span, N units back at the grain of the unit, with its TIMEX3 mod."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2021, 4, 5)


@pytest.mark.parametrize("text, span, value, mod", [
    ("Il y a plus de deux ans, il est parti.", "Il y a plus de deux ans", "2019", "BEFORE"),
    ("il y a un peu plus d'un an", "il y a un peu plus d'un an", "2020", "BEFORE"),
    ("il y a moins d'un an", "il y a moins d'un an", "2020", "AFTER"),
    ("il y a près de deux ans", "il y a près de deux ans", "2019", "APPROX"),
    ("il y a environ trois mois", "il y a environ trois mois", "2021-01", "APPROX"),
    ("il y a une dizaine d'années", "il y a une dizaine d'années", "2011", "APPROX"),
    ("il y a deux ans", "il y a deux ans", "2019", None),
])
def test_qualified_ago(text, span, value, mod):
    assert [(m.text, m.value.type, m.value.value, m.value.mod) for m in find_dates(text, REF)] == \
        [(span, "DATE", value, mod)]


@pytest.mark.parametrize("text, span, value, mod", [
    ("il y a quelques jours", "quelques jours", "PXD", None),  # vague: the duration alone (French TimeBank)
    ("il y a jusqu'à deux ans d'attente", "jusqu'à deux ans", "P2Y", "EQUAL_OR_LESS"),
    ("pendant un peu plus de deux heures", "un peu plus de deux heures", "PT2H", "MORE_THAN"),
    ("une dizaine d'années", "une dizaine d'années", "P10Y", "APPROX"),
])
def test_not_ago(text, span, value, mod):
    assert [(m.text, m.value.type, m.value.value, m.value.mod) for m in find_dates(text, REF)] == \
        [(span, "DURATION", value, mod)]
