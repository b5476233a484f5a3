"""parse_number: whole French numeral phrases -> exact Decimal."""

from decimal import Decimal

import pytest

from sikyx.numbers import parse_number

CASES = [
    # digits with French separators
    ("12 345,67", "12345.67"),
    ("12\u00a0345,67", "12345.67"),
    ("12\u202f345", "12345"),
    ("12\u2009345", "12345"),
    ("1'000", "1000"),
    ("1’250’000", "1250000"),
    ("3.000.000", "3000000"),
    (",89", "0.89"),
    ("-4", "-4"),
    ("−4,5", "-4.5"),
    ("+3,5", "3.5"),
    ("moins 1200000", "-1200000"),
    ("- 1.200.000", "-1200000"),
    ("1,234,567", "1234567"),
    ("3.5", "3.5"),
    ("1e10", "10000000000"),
    # words
    ("zéro", "0"),
    ("vingt-sept", "27"),
    ("quatre-vingt-dix-neuf", "99"),
    ("quatre vingt dix neuf", "99"),
    ("soixante et onze", "71"),
    ("soixante onze", "71"),
    ("vingt et un", "21"),
    ("vingt-et-un", "21"),
    ("deux cent mille", "200000"),
    ("deux-cent-mille", "200000"),
    ("mille cent", "1100"),
    ("septante", "70"),
    ("septante-sept", "77"),
    ("huitante", "80"),
    ("octante", "80"),
    ("nonante", "90"),
    ("nonante-neuf", "99"),
    ("quatre-vingts", "80"),
    ("neuf mille neuf cent quatre-vingt-dix neuf", "9999"),
    ("un million deux cent mille", "1200000"),
    ("deux milliards trois millions", "2003000000"),
    ("un billion", "1000000000000"),
    ("trois million sept", "3000007"),
    ("Cinq", "5"),
    # decimals, halves, fractions
    ("un virgule huit", "1.8"),
    ("deux cent virgule cinquante deux", "200.52"),
    ("trois virgule zéro cinq", "3.05"),
    ("deux et demi", "2.5"),
    ("un milliard et demi", "1500000000"),
    ("cinq milliards et trois quarts", "5750000000"),
    ("cent et trois quarts", "100.75"),
    ("un tiers", str(Decimal(1) / Decimal(3))),
    ("trois quarts", "0.75"),
    ("la moitié", "0.5"),
    ("cinq huitièmes", "0.625"),
    ("3/4", "0.75"),
    ("1 4/5", "1.8"),
    ("½", "0.5"),
    # scale words and abbreviations
    ("1,382 milliard", "1382000000"),
    ("1,2 million", "1200000"),
    ("500 millions", "500000000"),
    ("1 billion", "1000000000000"),
    ("10 mille", "10000"),
    ("100K", "100000"),
    ("100k", "100000"),
    ("3M", "3000000"),
    ("1,2M", "1200000"),
    (",0012G", "1200000"),
    ("2,33 k", "2330"),
    # collectives
    ("une dizaine", "10"),
    ("trois douzaines", "36"),
    ("deux centaines", "200"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "bonjour", "une enquête", "des dizaines", "27 64 55", "4G", "12/03/2020"])
def test_not_a_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_exactness_of_decimals():
    value = parse_number("1,382 milliard")
    assert value == Decimal(1382000000)
    assert str(value) == "1382000000"
    assert str(parse_number("27,64")) == "27.64"
