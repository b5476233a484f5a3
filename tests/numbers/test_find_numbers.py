"""find_numbers: every numeral phrase of a text, with offsets and readings."""

from decimal import Decimal

import pytest

from sikyx.numbers import NumberReading, find_numbers


def _found(text):
    return [(m.text, m.value.value) for m in find_numbers(text)]


def test_offsets_and_readings():
    text = "Il y avait 27 64 tonnes et quatre-vingt-dix-neuf caisses."
    matches = find_numbers(text)
    assert [m.text for m in matches] == ["27 64", "quatre-vingt-dix-neuf"]
    for m in matches:
        assert text[m.start:m.end] == m.text
    first, second = (m.value for m in matches)
    assert isinstance(first, NumberReading)
    assert first.value == Decimal("27.64") and "decimal_comma_lost" in first.flags and not first.is_word
    assert second.value == 99 and second.is_word


def test_thousands_groups_and_lost_comma():
    assert _found("au moins 70 000 téléphones") == [("70 000", Decimal(70000))]
    assert _found("1 414 021 100 habitants") == [("1 414 021 100", Decimal(1414021100))]
    # a space before a group that is not three digits is a lost decimal comma, never 2764
    assert _found("27 64 tonnes") == [("27 64", Decimal("27.64"))]
    # a list of digits stays a list of numbers
    assert _found("1 2 3") == [("1", 1), ("2", 2), ("3", 3)]


def test_determiner_is_not_a_number():
    assert _found("une enquête sur un réseau, l'une des saisies") == []
    assert _found("vingt et un") == [("vingt et un", 21)]
    assert _found("un milliard") == [("un milliard", Decimal(10) ** 9)]


def test_vague_collectives():
    (m,) = find_numbers("des dizaines de saisies")
    assert m.text == "des dizaines"
    assert m.value.value is None and m.value.approx and m.value.collective == "dizaines"
    (m,) = find_numbers("une centaine de personnes")
    assert m.value.value == 100 and m.value.approx


@pytest.mark.parametrize(
    "text",
    ["A320", "la 16e victoire", "le 1er mai", "skyecc.com", "COVID-19", "un réseau 4G", "les deux-roues", "180ml"],
)
def test_not_numbers(text):
    assert _found(text) == []


def test_english_digits_flags():
    (m,) = find_numbers("1,234,567")
    assert m.value.value == 1234567 and "english_digits" in m.value.flags
    (m,) = find_numbers("309.381 yens")
    assert m.value.value == 309381 and "english_digits_doubt" in m.value.flags
    (m,) = find_numbers("94.000 $")
    assert m.value.value == 94000 and m.value.flags == ()


def test_signs():
    assert _found("il fait moins 5") == [("moins 5", -5)]
    assert _found("au moins 5") == [("5", 5)]
    assert _found("une hausse de +3,5") == [("+3,5", Decimal("3.5"))]
    assert _found("de 10 - 20") == [("10", 10), ("20", 20)]


def test_ordinals_in_words_are_ranks_not_numbers():
    assert _found("le vingt-cinquième anniversaire") == []
    assert _found("le vingt et unième siècle") == []
    assert _found("un unième") == []


def test_fractions_in_words():
    assert _found("les deux tiers") == [("deux tiers", Decimal(2) / Decimal(3))]
    assert _found("un vingt-cinquième") == [("un vingt-cinquième", Decimal("0.04"))]
    assert _found("un sur trois") == [("un sur trois", Decimal(1) / Decimal(3))]
    assert _found("1 sur 4") == [("1 sur 4", Decimal("0.25"))]
