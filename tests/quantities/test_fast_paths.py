"""The fast paths of the figures grammar give the same output as the exhaustive reading.

``find_quantities(text)`` skips the full number grammar where it cannot change the result (plain
digits before a word that no number continues, blockers in a text without digits, a number
between two numbers); ``exhaustive=True`` reads every candidate with the full grammar. A trigger
or a continuation word forgotten by a fast path makes these tests fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sikyx.numbers.lexicon import WORDS
from sikyx.numbers.parse import iter_readings
from sikyx.quantities import find_quantities
from sikyx.quantities.lexicon import QUALIFIERS, UNITS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"


def _describe(matches) -> list[tuple]:
    return [(m.start, m.end, m.text, m.value.kind, str(m.value.value), str(m.value.low), str(m.value.high),
             str(m.value.unit), m.value.noun, m.value.qualifier, m.value.flags) for m in matches]


def _readings(text: str, exhaustive: bool) -> list[tuple]:
    return [(s, e, r.value if r.value is None else str(r.value), r.flags, r.approx, r.is_word, r.determiner,
             r.scaled, r.collective, str(r.scale)) for s, e, r in iter_readings(text, exhaustive)]


def _corpus_texts() -> list[str]:
    texts = [SEED.read_text("utf-8")]
    gold = ROOT / "corpus" / "gold.jsonl"
    texts += [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines() if line.strip()]
    return texts + [p for t in texts for p in t.split("\n") if p.strip()]


def test_fast_equals_exhaustive_on_corpus_texts():
    texts = _corpus_texts()
    assert len(texts) > 80
    n_figures = 0
    for text in texts:
        fast = _describe(find_quantities(text))
        assert fast == _describe(find_quantities(text, exhaustive=True)), text[:80]
        assert _readings(text, False) == _readings(text, True), text[:80]
        n_figures += len(fast)
    assert n_figures > 1000  # the corpus is full of figures: the comparison is not vacuous


@pytest.mark.parametrize("text, expected", [
    ("Il a payé 12 euros hier.", [(10, 18, "money", "12", "EUR")]),
    ("un bonus de 3 millions d'euros", [(12, 30, "money", "3000000", "EUR")]),
    ("soit 2 et demi kilos", [(5, 20, "mass", "2.5", "kilogram")]),
    ("un budget de 3 k€", [(13, 17, "money", "3000", "EUR")]),
    ("les 3 quarts des élèves", [(4, 12, "number", "0.75", "None")]),
    ("une hausse de 12 %", [(14, 18, "percent", "12", "percent")]),
    ("1 sur 4 en a", [(0, 7, "number", "0.25", "None")]),
])
def test_digits_before_a_word_fast_path(text, expected):
    """Digits followed by a word: the fast path reads "12 euros" as 12, the full grammar still
    reads the words that continue a number ("3 millions", "2 et demi", "3 k€", "3 quarts", "1 sur 4")."""
    got = [(m.start, m.end, m.value.kind, str(m.value.value), str(m.value.unit)) for m in find_quantities(text)]
    assert got == expected
    assert _describe(find_quantities(text)) == _describe(find_quantities(text, exhaustive=True))


_CONTINUERS = ["sur", "millions", "milliard", "mille", "et", "demi", "tiers", "quarts", "dizaines", "cinquièmes", "k", "K",
               "M", "Md", "Mds", "Mio", "bn", "G", "MM", "kEUR", "MEUR", "M€", "k€", "bnUSD"]
_NUMBER_WORDS = sorted(WORDS)
_UNITS = sorted(UNITS)
_QUALIFIERS = sorted(QUALIFIERS)
_OTHER = ["de", "d'", "par", "le", "la", "les", "des", "un", "une", "sur", "entre", "à", "ou", "Paris", "km/h",
          "habitants", "personnes", "an", "heure", "environ", "Peugeot", "article", "A", "É", "ſix", "Kelvin",
          "KM", "Millions", "ET", "é", "œufs", "x", "h", "e", "er"]
_DIGITS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(0, 12).map(str),
    st.integers(1, 999).map(lambda n: f"{n} {n:03d}"),
    st.integers(1, 99).map(lambda n: f"{n},{n}"),
    st.integers(1, 99).map(lambda n: f"{n}.{n:03d}"),
    st.integers(1, 99).map(lambda n: f"{n}\u00a0{n:03d}"),
    st.integers(1, 99).map(lambda n: f"{n} {n % 100}"),
)
_PIECE = st.one_of(
    _DIGITS, _DIGITS, st.sampled_from(_CONTINUERS), st.sampled_from(_NUMBER_WORDS), st.sampled_from(_UNITS),
    st.sampled_from(_QUALIFIERS), st.sampled_from(_OTHER),
)
_GAP = st.sampled_from(["", " ", " ", " ", "  ", "\u00a0", "\u202f", "\t", "-", " - ", "\n", ", ", ". ", " (", ") ",
                        "/", "'", " %", " €", "$", "+", "−"])


@st.composite
def _lexicon_text(draw) -> str:
    pieces = draw(st.lists(st.tuples(_PIECE, _GAP), min_size=1, max_size=14))
    return "".join(p + g for p, g in pieces)


@settings(max_examples=600, deadline=None)
@given(_lexicon_text())
def test_fast_equals_exhaustive_on_random_lexicon_text(text):
    assert _readings(text, False) == _readings(text, True)
    assert _describe(find_quantities(text)) == _describe(find_quantities(text, exhaustive=True))


def test_component_writes_figures_readable_as_spans(blank_nlp):
    """The component stores figures straight in ``doc.user_data`` in the usual case; the spaCy
    extensions must read them back (offsets and ``span._.quantity``), and a figure cut inside a
    token ("d'1,2 million") still goes through token splitting."""
    doc = blank_nlp("Le club a versé 12 euros, puis d'1,2 million d'euros le 3 mars 2021.")
    got = [(s.text, s._.quantity.kind, str(s._.quantity.value), str(s._.quantity.unit)) for s in doc._.quantities]
    assert got == [("12 euros", "money", "12", "EUR"), ("1,2 million d'euros", "money", "1200000", "EUR")]
    assert [s.text for s in doc._.dates] == ["le 3 mars 2021"] or [s.text for s in doc._.dates] == ["3 mars 2021"]


def test_case_insensitive_gates_cover_every_code_point():
    """The one-character tests run before some patterns (``_case_variants``, ``_may_have_shape``,
    ``_RANGE_CONN_FIRST``) must accept every character the regex module matches case-insensitively
    with their letters, or they would skip a match."""
    import regex

    from sikyx.quantities import grammar

    letters = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæå'’-–—"
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    matched = regex.findall(rf"(?i:[{regex.escape(letters)}])", chars)
    for c in matched:
        for lt in letters:
            if regex.fullmatch(rf"(?i:{regex.escape(lt)})", c):
                assert c in grammar._case_variants([lt]), (lt, hex(ord(c)))
                if lt in "tz'’":
                    assert c in "tzTZ'’", (lt, hex(ord(c)))
                if lt in "eaào-–—":
                    assert c in grammar._RANGE_CONN_FIRST, (lt, hex(ord(c)))
