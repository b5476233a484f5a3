"""Property tests: any text gives no exception, spans lie within the text and do not overlap."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sikyx.numbers import find_numbers
from sikyx.quantities import find_quantities

PIECES = st.sampled_from([
    "1", "27", " ", "64", "000", ",", ".", "-", "'", "de ", "d'", "plus ", "entre ", " et ", " à ", "un ", "une ",
    "vingt", "-et-", "quatre", "cent", "mille", "millions", "milliard", "dizaines", "demi", "tonnes", "€", "$",
    "%", "°C", "euros", "km/h", "par an", "personnes", "le ", "\n", "M", "k", "/", "h", "1er", "e", "sur ",
])
TEXT = st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=25).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_quantities_total(text):
    last = 0
    for m in find_quantities(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last
        last = m.end


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=3))
def test_exclude_is_respected(text, spans):
    exclude = [(a, b) for a, b in spans if a < b]
    for m in find_quantities(text, exclude=exclude):
        assert not any(m.start < b and a < m.end for a, b in exclude)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_numbers_total(text):
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
