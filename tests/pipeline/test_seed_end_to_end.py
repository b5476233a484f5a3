"""The seed article through the whole pipeline (issue 2's acceptance checks)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import sikyx
from sikyx.units import ureg


@pytest.fixture(scope="module")
def seed(nlp, seed_text):
    return sikyx.extract(seed_text, reference_date="2021-04-05", nlp=nlp)


def _quantity(result, phrase):
    found = [m for m in result.quantities if phrase in m.text]
    assert found, f"no quantity covering {phrase!r}; got {[m.text for m in result.quantities]}"
    return found[0].value


def test_money_with_decimal_scale(seed):
    q = _quantity(seed, "1,382 milliard d'euros")
    assert q.kind == "money"
    assert q.value == Decimal("1382000000")
    assert q.unit == ureg.Unit("EUR")
    assert q.to_dict()["unit"] == "EUR"


def test_count_with_at_least(seed):
    q = _quantity(seed, "70 000 téléphones")
    assert (q.kind, q.value, q.noun, q.qualifier) == ("count", Decimal(70000), "téléphone", "at_least")
    assert q.to_dict()["unit"] == "téléphone"


def test_lost_decimal_comma(seed):
    q = _quantity(seed, "27 64 tonnes")
    assert q.value == Decimal("27.64")
    assert q.unit == ureg.Unit("metric_ton")
    assert "decimal_comma_lost" in q.flags
    assert q.to_dict()["value"] == 27.64


def test_le_9_mars_is_a_date_not_a_number(seed):
    dates = [m for m in seed.dates if "9 mars" in m.text]
    assert dates and dates[0].value.value == "2021-03-09"
    assert dates[0].value.type == "DATE"
    start = seed.text.index("9 mars")
    assert not [m for m in seed.quantities if m.start <= start < m.end]
    assert any(e.label == "DATE" and "9 mars" in e.text for e in seed.entities)


def test_europol_is_org(seed):
    assert any(e.text == "Europol" and e.label == "ORG" for e in seed.entities)


def test_offsets_index_the_text(seed):
    data = seed.to_dict()
    for layer in ("entities", "quantities", "dates"):
        for item in data[layer]:
            assert data["text"][item["start"]:item["end"]] == item["text"]
