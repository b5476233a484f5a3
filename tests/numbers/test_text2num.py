"""Where text2num is right (sikyx uses it for word groups) and where it is not (measured)."""

from decimal import Decimal

import pytest
from text_to_num import alpha2digit, text2num

from sikyx.numbers import parse_number

RIGHT = ["quatre-vingt-dix-neuf", "soixante et onze", "septante", "nonante-neuf", "deux-cent-mille",
         "mille cent", "un million deux cent mille", "dix-neuf cent quatre-vingt"]


@pytest.mark.parametrize("text", RIGHT)
def test_text2num_agrees_with_parse_number(text):
    assert Decimal(text2num(text, "fr")) == parse_number(text)


def test_text2num_wrong_where_sikyx_is_right():
    # alpha2digit mangles a decimal with a scale word; sikyx keeps it exact
    assert alpha2digit("1,382 milliard", "fr") == "1,382 1000000000"
    assert parse_number("1,382 milliard") == Decimal(1382000000)
    # the French long-scale billion (10^12) is rejected by text2num
    with pytest.raises(ValueError):
        text2num("un billion", "fr")
    assert parse_number("un billion") == Decimal(10) ** 12
    # "et demi" is not read by alpha2digit
    assert alpha2digit("deux et demi", "fr") == "deux et demi"
    assert parse_number("deux et demi") == Decimal("2.5")
