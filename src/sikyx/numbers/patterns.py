"""Named regex pieces of the French numeral grammar, composed into :data:`NUMBER`.

Each piece is a small pattern string; the composed patterns are compiled once at import with the
``regex`` module (case-insensitive; abbreviations such as ``M``/``k``/``Md`` are case-sensitive
through scoped ``(?-i:...)`` groups). Every repetition is bounded by a literal separator or a
lexicon word, so no pattern backtracks catastrophically (a 1 MB run of digits and spaces is
scanned in linear time; see tests/numbers/test_performance.py).

Conventions (French typography, Imprimerie nationale / SI brochure):
- the decimal separator is the comma; thousands are grouped by threes with a space (any of
  U+0020, U+00A0, U+202F, U+2009), a dot, or an apostrophe (Swiss ``1'000``);
- a space followed by a group of one or two digits ("27 64 tonnes") is a *lost decimal comma*;
- English-style digits ("1,234,567", "3.5") are read only where unambiguous (see parse.py).
"""

from __future__ import annotations

import regex

from .lexicon import words_of_class

__all__ = ["CANDIDATE", "NUMBER", "NUMBER_ANCHORED", "TOKEN_RE", "SEP", "SPACE", "ET", "alt"]


def trie(words, piece=regex.escape, end=lambda word: "") -> str:
    """A regex matching exactly ``words``, factored by common prefixes (much faster than a flat
    alternation: the engine tests each first letter once). ``piece(ch)`` is the pattern of one
    character; ``end(word)`` a zero-width assertion after a whole word (a boundary). Longer words
    are tried before their prefixes."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = end(w)

    def build(node: dict) -> str:
        alts = [piece(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(root)


def alt(words) -> str:
    """A non-capturing alternation of literal words, longest first, written as a :func:`trie`
    (the same matches as a flat longest-first alternation: the words that match at a position are
    prefixes of one another, and both forms try them longest first; the trie tests each letter
    once instead of once per word)."""
    words = set(words)
    return "(?:" + trie(words) + ")" if words else "(?:(?!))"


# --- separators ------------------------------------------------------------------------------
SPACE = r"[ \t\u00a0\u202f\u2009]"
"""One horizontal space of any kind (no newline: a figure never spans lines)."""
SEP = rf"(?:{SPACE}*-{SPACE}*|{SPACE}+)"
"""Between number words: spaces or a hyphen (1990 spelling "deux-cent-mille")."""
ET = rf"(?:{SEP}et{SEP})"
"""The "et" of "vingt et un", "deux et demi"."""
WB_END = r"(?![\w]|-\w)"
"""End of a word: not glued to letters or to a hyphenated compound ("deux-roues")."""

# --- number words ----------------------------------------------------------------------------
# Words are found as *runs* of lexicon tokens joined by spaces, hyphens or "et"; the run is then
# split into numbers in Python (parse.py), each group validated and evaluated by text2num. A run
# is a plain alternation of literals: fast, and it cannot backtrack catastrophically.
CARDINAL = alt(words_of_class("zero", "one", "unit", "teen", "tens", "eighty", "hundred", "thousand", "scale"))
BIG_SCALE = alt(words_of_class("scale"))
FRACTION_WORD = alt(words_of_class("fraction"))
COLLECTIVE = alt(words_of_class("collective"))
TOKEN = (
    rf"(?:la{SEP}moiti[ée]|moiti[ée](?<=\bpour{SPACE}+moiti[ée])|virgule|{FRACTION_WORD}|{COLLECTIVE}|{CARDINAL})(?![\w])"
)
"""One number-word token (a cardinal, a fraction or collective noun, "virgule", "la moitié", the
"moitié" of "pour moitié")."""
VAGUE = r"(?:des|quelques|plusieurs|de\s+nombreux|de\s+nombreuses)"
"""Determiners that make a collective or scale noun a vague amount ("des dizaines")."""
VAGUE_SCALE = r"(?:millions|milliards|milliers)"
VAGUE_AT = regex.compile(rf"{VAGUE}{SEP}(?:{COLLECTIVE}|{VAGUE_SCALE})(?![\w])", regex.IGNORECASE | regex.VERSION0)
"""A cheap pre-check at a "des"/"quelques"/"plusieurs" candidate."""
WORD_RUN = (
    rf"(?P<vague>{VAGUE}{SEP}(?=(?:{COLLECTIVE}|{VAGUE_SCALE})(?![\w])))?"
    rf"(?!(?:cent|mille)(?![\w])(?<=\bpour{SPACE}+(?:cent|mille)))(?P<run>{TOKEN}(?:(?:{ET}|{SEP}){TOKEN})*)"
)
"""A run of number words; ``vague`` holds "des"/"quelques"/"plusieurs" before a collective. A run
glued by a hyphen to another word ("deux-roues", "trois-tonnes") is kept here and judged by the
callers (a figure only before a unit)."""

# --- digits ----------------------------------------------------------------------------------
D_EN_COMMA = r"(?:\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?!,?\d)|\d{1,3},\d{3}\.\d+)"
"""English grouping with commas, unambiguous because of two groups or a dot decimal; a comma
after it that no digit follows is punctuation ("valant fr. 9,563,830, inférieure")."""
D_SPACE = rf"(?:\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d))"
D_DOT = r"(?:\d{1,3}(?:\.\d{3})+(?![\d]|\.\d))"
D_APOS = r"(?:\d{1,3}(?:['’]\d{3})+(?!\d))"
D_PLAIN = r"(?:\d+)"
D_INT = rf"(?:{D_SPACE}|{D_DOT}|{D_APOS}|{D_PLAIN})"
D_FRAC = r"(?:,\d+(?!,?\d))"
"""A decimal comma and its digits; a comma after them that no digit follows is punctuation ("2,5,
3,5 et 4,5 litres"), one before a digit makes a list or a code ("1,5,6"), no decimal."""
D_EN_FRAC = r"(?:\.\d+(?!\.?\d))"
D_EXP = r"(?:[eE][-+]?\d+(?!\w))"
D_POW = r"(?:\^[-−]{0,2}\d{1,3}(?!\d))"
"""A power written with a caret ("1,1^23", "2,5^-1"); the exponent has at most three digits."""
D_LOST = rf"(?:(?P<lost_int>\d{{1,3}}){SPACE}(?P<lost_dec>\d{{1,2}})(?={SPACE}*(?:[^\W\d_]|[%€$£°]))(?!{SPACE}*\d))"
"""A lost decimal comma: "27 64 tonnes" (the next thing is a word or a symbol, not a digit)."""
DIGITS = (
    rf"(?:(?P<en>{D_EN_COMMA})"
    rf"|{D_LOST}"
    rf"|(?P<dint>{D_INT})(?:(?P<dfrac>{D_FRAC})|(?P<denfrac>{D_EN_FRAC}))?(?:(?P<dexp>{D_EXP})|(?P<dpow>{D_POW}))?"
    rf"|(?P<dlead>,\d+)(?P<dexp2>{D_EXP})?)"
)
D_FRACTION = rf"(?:(?:(?P<fmix>\d+){SPACE}+)?(?P<fnum>\d+)/(?P<fden>[1-9]\d*)(?![/\d]))"
"""Digit fractions "3/4", mixed "1 4/5" (dates like "12/03/2020" never match: no leading zero,
no second slash)."""
VULGAR = r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"

# --- scale after digits -----------------------------------------------------------------------
SCALE_WORD = rf"(?:{BIG_SCALE}|mille(?!s))"
SCALE_ABBR = r"(?-i:Mds|mds|Mrds|mrds|Mrd|mrd|Md|Mio|mio|MM|bn|M|[kK]|G)"
"""Abbreviated scales after digits; case-sensitive (M = 10^6, Md/Mds/Mrd = 10^9, k/K = 10^3; the
lower-case "mds", "mrd", "mio" of Swiss and Belgian papers too)."""
CURRENCY_SIGN = r"(?:[€$£¥]|(?-i:EUR|USD|CHF|GBP)\b)"
DIGIT_SCALE = (
    rf"(?:{SEP}?(?P<scale>{SCALE_WORD})(?!\w)"
    rf"|(?P<abbr>{SCALE_ABBR})(?=[€$£¥]|{SPACE}?{CURRENCY_SIGN}|(?![\w.]))"
    rf"|{SPACE}(?P<abbr2>{SCALE_ABBR})(?={SPACE}?{CURRENCY_SIGN}|(?-i:(?<=k|K)(?![\w.]))|(?-i:(?<=Mio|mio|Mrd|mrd|Mrds|mrds|Mds|mds|Md)(?![\w'’-]))))"
)

# --- signs -----------------------------------------------------------------------------------
SIGN = (
    r"(?P<sign>(?<![\w\d.,)\]]|\d[ ]|\d)[-−‑](?:[ ]?(?=\d|,\d))"
    # the en dash, French typesetting's minus, only glued to the digits ("–5 °C"; "Paris – 5 morts" is punctuation)
    r"|(?<![\w\d.,)\]]|\d[ ]|\d)–(?=\d|,\d)"
    r"|(?<![\w\d.,])\+(?=\d|,\d)"
    r"|(?<!(?:au|pas|le|du|peu|en|ou|plus|et|ni)\s)\bmoins\s+(?=\d|[^\W\d_])(?!d['e’\s]|plus|que))"
)

# --- composition -----------------------------------------------------------------------------
DIGIT_NUMBER = (
    rf"(?:(?P<vulgar>{VULGAR})"
    rf"|{D_FRACTION}"
    rf"|{DIGITS}(?:{DIGIT_SCALE}|{SEP}(?P<dfw>{FRACTION_WORD})(?![\w]))?)"
    rf"(?:{SEP}(?P<coll>{COLLECTIVE}){WB_END})?"
    rf"(?:{ET}(?P<half>demie?){WB_END})?"
)
"""A number written with digits, with its scale word, collective or "et demi"."""
DEMI = rf"(?P<demi>(?:(?:un|une){SEP})?demie?)(?=[-\s\u00a0])"
""""demi litre", "un demi-litre": one half, a figure only before a unit."""
SUR = rf"(?P<sur>(?:1|une?){SEP}sur{SEP})(?=\d|[^\W\d_])"
""""un sur trois", "1 sur 3": one over a denominator read after it (parse.py)."""
CORE = rf"(?:{SUR}|{DIGIT_NUMBER}|{DEMI}|{WORD_RUN})"
LEFT_BOUNDARY = r"(?<![\w.,/@#&_\-−'’=%])|(?<=[\w][’'])|(?<=\b(?-i:EUR|USD|GBP|CHF|CAD|JPY|CNY|AUD|NZD))"
"""A number starts after a non-word character; "d'1,2" (elision) and "EUR29,99" are allowed."""
GUARD = r"(?=[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞+\-−‑–]|,\d|[^\W\d_])"

NUMBER = regex.compile(rf"(?:{LEFT_BOUNDARY}){GUARD}(?:{SIGN})?{CORE}", regex.IGNORECASE | regex.VERSION0)
"""A numeral at a position found by :data:`CANDIDATE` (``NUMBER.match(text, pos)``; word runs are
split into numbers by parse.py)."""
NUMBER_ANCHORED = regex.compile(rf"(?:{SIGN})?{CORE}", regex.IGNORECASE | regex.VERSION0)
"""The same grammar without the left boundary, for ``match(text, pos)`` after a connector."""
TOKEN_RE = regex.compile(rf"(?:{ET}|{SEP})?(?P<tok>{TOKEN})", regex.IGNORECASE | regex.VERSION0)
"""Tokens of a word run (with the "et" before them, if any)."""

_STARTS = sorted(
    set(words_of_class("zero", "one", "unit", "teen", "tens", "eighty", "hundred", "thousand", "fraction"))
    | {"des", "quelques", "plusieurs", "de nombreux", "de nombreuses", "demi", "demie", "moins"},
    key=len, reverse=True,
)


CANDIDATE = regex.compile(
    r"\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?i:\b(?:la\s+moiti|moiti(?<=\bpour\smoiti)|" + trie(_STARTS) + r"\b))",
    regex.VERSION0,
)
"""Where a number may start: digits, a vulgar fraction, or a word that can open a numeral. The
word alternatives share one leading word boundary (the "moitié" of "pour moitié" follows a space:
the boundary holds there too), which the engine then tests once per position instead of three
times."""
