"""A four-digit number after a weak preposition ("pour") is a year unless a counted noun follows it:
"la loi de finances pour 2024 par 289 voix" names 2024, "1 pour 1000 patients" names none."""

from __future__ import annotations

import datetime as dt

import pytest

from sikyx.dates import find_dates

REF = dt.date(2023, 10, 28)


@pytest.mark.parametrize("text, dates", [
    ("le projet de loi de finances pour 2024 par 289 voix", [("2024", "DATE", "2024")]),
    ("les objectifs pour 2030 sont ambitieux", [("2030", "DATE", "2030")]),
    ("prévu pour 2025 selon le ministre", [("2025", "DATE", "2025")]),
    ("1 pour 1000 patients", []),
    ("pour 1000 habitants", []),
    ("il reste 2000 places", []),
])
def test_year_or_count(text, dates):
    assert [(m.text, m.value.type, m.value.value) for m in find_dates(text, REF)] == dates
