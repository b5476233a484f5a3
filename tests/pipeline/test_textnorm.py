"""sikyx.textnorm: NFC without invisible characters, offsets mapped back to the original."""

from __future__ import annotations

import unicodedata

from hypothesis import given, strategies as st

from sikyx.textnorm import INVISIBLE, normalise


def test_clean_text_needs_no_work():
    assert normalise("Le 23 février 2021, 3 000 €.") is None


def test_nfd_is_composed_and_mapped_back():
    text = unicodedata.normalize("NFD", "le 3 février")
    n = normalise(text)
    assert n.text == "le 3 février"
    a = n.text.index("février")
    s, e = n.to_original(a, a + len("février"))
    assert text[s:e] == unicodedata.normalize("NFD", "février")


def test_invisible_characters_are_dropped():
    text = "fé\u00adv\u200brier 2\u2060021"
    n = normalise(text)
    assert n.text == "février 2021"
    assert n.to_original(0, len(n.text)) == (0, len(text))
    assert n.from_original(0, len(text)) == (0, len(n.text))


@given(st.text(alphabet=st.sampled_from(list("ae 1,\u0301\u0300" + INVISIBLE[:4] + "é")), max_size=40))
def test_map_is_monotonic_and_covers_the_original(text):
    n = normalise(text)
    if n is None:
        return
    assert n.text == unicodedata.normalize("NFC", "".join(c for c in text if c not in INVISIBLE))
    assert list(n.starts) == sorted(n.starts)
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert unicodedata.normalize("NFC", "".join(c for c in text[s:e] if c not in INVISIBLE)).find(n.text[i]) >= 0


def test_idempotent_on_marks_that_compose_with_nothing():
    """"x\\u0301" stays two characters in NFC: normalise must say "nothing to do", not loop."""
    assert normalise("x\u0301") is None
    n = normalise("e\u0301\u0301")
    assert n.text == "é\u0301" and normalise(n.text) is None
    from sikyx.quantities import find_quantities
    # raised RecursionError: the finder called itself on a text that normalise kept flagging
    assert [m.text for m in find_quantities("3\u0301 x\u0301 12 tonnes")] == ["12 tonnes"]


def test_bidi_marks_and_variation_selectors_are_invisible():
    from sikyx.dates import find_dates
    import datetime as dt

    text = "Le 12 fé\u200evrier 2021, \u2066le 3 mars\u2069 \ufe0f"
    got = [(m.text, m.value.value) for m in find_dates(text, dt.date(2021, 4, 5))]
    # the span stops at the last letter, not on the bidi isolate after it
    assert got == [("Le 12 fé\u200evrier 2021", "2021-02-12"), ("le 3 mars", "2021-03-03")]
