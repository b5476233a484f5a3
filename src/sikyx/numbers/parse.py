"""Values of French numerals: :func:`parse_number`, :func:`find_numbers`, :class:`NumberReading`.

Number words are evaluated with text2num (``text_to_num.text2num``) for every group below a
million, where it is right (all of French incl. "soixante et onze", "quatre-vingt-dix-neuf",
Belgian/Swiss "septante/huitante/octante/nonante", 1990 hyphenation "deux-cent-mille").
Where it is not, sikyx does the work itself (measured in tests/numbers/test_text2num.py):

- digits with a scale word: ``alpha2digit("1,382 milliard")`` gives "1,382 1000000000";
- "billion" (French long scale, 10^12) is rejected by ``text2num``;
- "un virgule huit", "deux et demi", fractions ("trois quarts"), collectives ("une dizaine").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
import unicodedata

import regex
from text_to_num import text2num

from ..spans import Match
from ..textnorm import normalise
from .lexicon import WORDS
from .patterns import CANDIDATE, NUMBER, VAGUE_AT, NUMBER_ANCHORED, SEP, TOKEN_RE

__all__ = ["NumberReading", "parse_number", "find_numbers", "iter_readings", "read_at", "words_value", "normalize_decimal"]



@dataclass(frozen=True, slots=True)
class NumberReading:
    """The reading of one numeral phrase.

    Attributes:
        value: exact value as :class:`~decimal.Decimal`; ``None`` for a vague amount
            ("des dizaines", "plusieurs milliers").
        flags: repairs and doubts: ``decimal_comma_lost`` ("27 64"), ``english_digits``
            ("1,234,567", "3.5"), ``english_digits_doubt`` ("309.381": a dot before exactly three
            digits, read as French thousands; "1,500": a comma before exactly three digits, read
            as French 1.5; "1,000", three zeros, is read as English 1000 and flagged
            ``english_digits``), ``rounded`` (a fraction like 1/3 cut to 28
            significant digits).
        approx: the phrase itself is approximate (a collective: "une dizaine", "des milliers").
        is_word: written (at least partly) in words.
        determiner: a bare "un"/"une" (or "demi") — a figure only before a unit.
        scaled: a scale word or abbreviation ends the number ("1,2 million", "3M").
        collective: the collective or vague scale noun, lower-cased ("dizaine", "milliers").
        scale: the factor of that final scale word (10^6 for "12 millions"), else 1.
    """

    value: Decimal | None
    flags: tuple[str, ...] = ()
    approx: bool = False
    is_word: bool = False
    determiner: bool = False
    scaled: bool = False
    collective: str | None = None
    scale: Decimal = Decimal(1)


_G = {name: i - 1 for name, i in NUMBER.groupindex.items()}
"""Index of every named group of :data:`NUMBER` in ``m.groups()`` (the same in
:data:`NUMBER_ANCHORED`): the regex module reads a group by name several times slower than a
tuple by index, and reading a number looks at some twenty groups."""
assert _G == {name: i - 1 for name, i in NUMBER_ANCHORED.groupindex.items()}
_ABBR = {"k": 3, "K": 3, "M": 6, "MM": 6, "Mio": 6, "mio": 6, "Md": 9, "Mds": 9, "mds": 9, "Mrd": 9, "mrd": 9,
         "Mrds": 9, "mrds": 9, "bn": 9, "G": 9}
_HALF_SCALE = regex.compile(r"[-\s\u00a0]{1,3}(millions?|milliards?)(?!\w)", regex.IGNORECASE)
"""The scale word after "demi" ("un demi-million": 500 000)."""
_SPACES = regex.compile(r"[\s\u00a0\u202f\u2009'’.]")
_SEP_RE = regex.compile(SEP)
_BIG = {w for w, (_, c) in WORDS.items() if c == "scale"}
_CARDINAL = {w for w, (_, c) in WORDS.items() if c in ("zero", "one", "unit", "teen", "tens", "eighty", "hundred", "thousand", "scale")}
_SIGN_CHARS = frozenset("-−‑–+,")
_SIGN_CHARS_SP = frozenset("-−‑–+, ")
_MAX_TOKENS = 24
"""The longest number in words has fewer tokens ("neuf cent quatre-vingt-dix-neuf milliards ...")."""
_ET_OK_AFTER = {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante"}


def normalize_decimal(value: Decimal) -> Decimal:
    """Drop an exponent or trailing zeros of an integral value (``1.382E+9`` -> ``1382000000``)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def _frac_to_decimal(fr: Fraction) -> tuple[Decimal, bool]:
    d = Decimal(fr.numerator) / Decimal(fr.denominator)
    return d, Fraction(d) != fr


def words_value(text: str) -> Decimal:
    """Value of a whole number written in words ("deux milliards trois cent mille").

    Groups below a million go to text2num; scale words (million ... trillion, French long scale)
    are applied here. Raises :class:`ValueError` when the words are not a number.
    """
    tokens = [t for t in _SEP_RE.split(text.strip().lower()) if t]
    tokens = ["zéro" if t == "zero" else t for t in tokens]
    total = Decimal(0)
    group: list[str] = []
    last_scale = None
    for tok in tokens:
        if tok in _BIG:
            if last_scale is not None and WORDS[tok][0] >= last_scale and group:
                raise ValueError(f"scale words out of order in {text!r}")
            n = Decimal(text2num(" ".join(group), "fr")) if group else Decimal(1)
            if n >= 1000 and group and WORDS[tok][0] >= 10**9 and "mille" not in group:
                raise ValueError(text)
            total += n * WORDS[tok][0]
            last_scale = WORDS[tok][0]
            group = []
        else:
            group.append(tok)
    if group:
        total += Decimal(text2num(" ".join(group), "fr"))
    return total


def digits_value(m) -> tuple[Decimal, tuple[str, ...]]:
    """Value and flags of the digit groups of a :data:`NUMBER` match (see patterns.py)."""
    return _digits_value(m.groups())


def _digits_value(g: tuple) -> tuple[Decimal, tuple[str, ...]]:
    """:func:`digits_value` of the groups (``m.groups()``) of a :data:`NUMBER` match."""
    flags: list[str] = []
    if g[_G["en"]]:
        value = Decimal(g[_G["en"]].replace(",", ""))
        flags.append("english_digits")
    elif g[_G["lost_int"]]:
        value = Decimal(f"{g[_G['lost_int']]}.{g[_G['lost_dec']]}")
        flags.append("decimal_comma_lost")
    elif g[_G["dlead"]]:
        value = Decimal("0." + g[_G["dlead"]][1:])
        if g[_G["dexp2"]]:
            value = value.scaleb(int(g[_G["dexp2"]][1:]))
    else:
        raw = g[_G["dint"]]
        if "." in raw:
            groups = raw.split(".")
            if any(grp != "000" for grp in groups[1:]) and len(groups) == 2 and not g[_G["dfrac"]]:
                flags.append("english_digits_doubt")
        value = Decimal(_SPACES.sub("", raw))
        if g[_G["dfrac"]]:
            value += Decimal("0." + g[_G["dfrac"]][1:])
        elif g[_G["denfrac"]]:
            value += Decimal("0." + g[_G["denfrac"]][1:])
            flags.append("english_digits")
        if g[_G["dexp"]]:
            value = value.scaleb(int(g[_G["dexp"]][1:]))
        elif g[_G["dpow"]]:
            raw_exp = g[_G["dpow"]][1:]
            minus = raw_exp.count("-") + raw_exp.count("−")
            exponent = int(raw_exp.lstrip("-−"))
            exact = Fraction(value) ** (-exponent if minus % 2 else exponent)
            value, rounded = _frac_to_decimal(exact)
            if rounded:
                flags.append("rounded")
    return value, tuple(flags)


def _negative(g: tuple) -> bool:
    """Whether the sign of a :data:`NUMBER` match (its groups, ``m.groups()``) is a minus."""
    sign = g[_G["sign"]]
    return bool(sign) and (sign.strip() in ("-", "−", "‑", "–") or sign.lower().startswith("moins"))


def _read_digits(g: tuple) -> NumberReading | None:
    """The reading of the digit branch of a :data:`NUMBER` match (its groups, ``m.groups()``);
    ``None`` for "4G"."""
    flags: tuple[str, ...] = ()
    if g[_G["vulgar"]]:
        fr = Fraction(unicodedata.numeric(g[_G["vulgar"]])).limit_denominator(10)
        value, rounded = _frac_to_decimal(fr)
        return NumberReading(-value if _negative(g) else value, ("rounded",) if rounded else ())
    if g[_G["fnum"]]:
        fr = Fraction(int(g[_G["fnum"]]), int(g[_G["fden"]]))
        if g[_G["fmix"]]:
            fr += int(g[_G["fmix"]])
        value, rounded = _frac_to_decimal(fr)
        return NumberReading(-value if _negative(g) else value, ("rounded",) if rounded else ())
    value, flags = _digits_value(g)
    scaled, is_word, last_scale = False, False, Decimal(1)
    scale = g[_G["scale"]]
    abbr = g[_G["abbr"]] or g[_G["abbr2"]]
    if scale:
        scaled = is_word = True
        last_scale = WORDS[scale.lower()][0]
        value *= last_scale
    elif abbr:
        if abbr == "G" and value == value.to_integral_value() and value < 10:
            return None
        scaled = True
        last_scale = Decimal(10) ** _ABBR[abbr]
        value *= last_scale
    elif g[_G["dfw"]]:
        value, rounded = _frac_to_decimal(Fraction(str(value)) / int(WORDS[g[_G["dfw"]].lower()][0]))
        flags += ("rounded",) if rounded else ()
        is_word = True
    approx, collective = False, None
    if g[_G["coll"]]:
        collective = g[_G["coll"]].lower()
        value *= WORDS[collective][0]
        approx = is_word = True
    if g[_G["half"]]:
        value += Decimal("0.5") * last_scale
        is_word = True
    if _negative(g):
        value = -value
    dint, dfrac = g[_G["dint"]], g[_G["dfrac"]]
    if dfrac and len(dfrac) == 4 and dfrac[0] == "," and dint and len(dint) <= 3 and dint[0] != "0" \
            and dint.isdigit() and not (scaled or is_word):
        if dfrac == ",000":
            # "520,000 francs", "8,000 francs": no French text writes 520 with three decimal
            # zeros; English thousands, as in old Swiss and translated texts
            value *= 1000
            flags = tuple(flags) + ("english_digits",)
        else:
            # "1,500": French 1.5, or English 1500 in a text that mixes conventions: flagged, read
            # the French way ("1,382 milliard" is no doubt: the scale word settles it)
            flags = tuple(flags) + ("english_digits_doubt",)
    return NumberReading(normalize_decimal(value), flags, approx, is_word, False, scaled, collective, last_scale)


_SMALL = {w for w, (_, c) in WORDS.items() if c in ("zero", "one", "unit", "teen", "tens", "eighty")}
_TENS_LIKE = {w for w, (_, c) in WORDS.items() if c in ("tens", "eighty")}


def _may_follow(prev: str, tok: str, et: bool) -> bool:
    """Whether ``tok`` can continue a French cardinal after ``prev`` (a cheap pre-check that
    keeps text2num from being tried on long runs such as "vingt et un vingt et un ...")."""
    if et:
        return prev in _ET_OK_AFTER and tok in ("un", "une", "onze")
    if prev not in _SMALL or tok not in _SMALL:
        return True
    if prev in _TENS_LIKE:
        return WORDS[tok][1] in ("one", "unit") or (prev in ("soixante", "vingt", "quatre-vingt", "quatre-vingts") and WORDS[tok][1] == "teen")
    if prev == "quatre":
        return tok in ("vingt", "vingts")
    if prev == "dix":
        return tok in ("sept", "huit", "neuf")
    return False


def _int_prefix(toks: list[tuple[str, int, int, bool]], i: int, scales: bool = True) -> tuple[int, Decimal] | None:
    """Longest run of cardinal tokens from ``i`` that text2num accepts: (end index, value).
    With ``scales=False`` the run stops before a scale word (the decimals of "un virgule huit
    milliard")."""
    j = i
    while j < len(toks) and j - i < _MAX_TOKENS and toks[j][0] in _CARDINAL and (scales or toks[j][0] not in _BIG):
        if j > i and not _may_follow(toks[j - 1][0], toks[j][0], toks[j][3]):
            break
        j += 1
    while j > i:
        try:
            return j, words_value(_phrase(toks, i, j))
        except ValueError:
            j -= 1
    return None


def _phrase(toks: list[tuple[str, int, int, bool]], i: int, j: int) -> str:
    """The number words ``toks[i:j]`` as one phrase for text2num, with the "et" that joined them
    ("vingt et un")."""
    words = []
    for k in range(i, j):
        if k > i and toks[k][3]:
            words.append("et")
        words.append(toks[k][0])
    return " ".join(words)


_ORDINAL_END = regex.compile(r"i[eè]me\Z")


def _compound_denominator(toks, j: int) -> tuple[int, Decimal] | None:
    """ "un vingt-cinquième" (1/25), "une vingt et unième" (1/21): cardinal tokens ending in an
    ordinal denominator after a numerator "un/une". Returns (end index, denominator)."""
    if j >= len(toks) or toks[j][3] or toks[j][0] not in _CARDINAL:
        return None
    k = j
    while k < len(toks) and k - j < _MAX_TOKENS and toks[k][0] in _CARDINAL:
        k += 1
    if k >= len(toks) or WORDS.get(toks[k][0], (0, ""))[1] != "fraction" or toks[k][0].startswith(("demi", "tiers", "quart")):
        return None
    try:
        base = words_value(_phrase(toks, j, k))
    except ValueError:
        return None
    ordinal = WORDS[toks[k][0]][0]
    if ordinal >= 10 or base < 20:
        return None
    return k + 1, base + ordinal


_SCALE_OF = regex.compile(
    rf"{SEP}(?:de{SEP}|d['’][ \t\u00a0\u202f\u2009]*)(?P<scale>millions|milliards|milliers|billions)(?![\w'’-])",
    regex.IGNORECASE | regex.VERSION0,
)
"""The scale of a collective: "une quarantaine de millions", "des dizaines de milliers"."""


def _scale_of(text: str, end: int) -> tuple[int, Decimal] | None:
    """(end, factor) of "de millions/milliards/milliers" right after a collective at ``end``."""
    m = _SCALE_OF.match(text, end, end + 40)
    if m is None:
        return None
    return m.end(), WORDS[m.group("scale").lower()][0]


def _read_run(text: str, m) -> list[tuple[int, int, NumberReading]]:
    """Split a run of number words into numbers: [(start, end, reading)]."""
    run_start, run_end = m.span("run")
    toks = []
    for t in TOKEN_RE.finditer(text, run_start, run_end):
        word = " ".join(_SEP_RE.split(t.group("tok").lower()))
        if word not in WORDS and word.replace(" ", "-") in WORDS:
            word = word.replace(" ", "-")
        gap = text[t.start():t.start("tok")].lower()
        toks.append((word, t.start("tok"), t.end("tok"), "et" in _SEP_RE.split(gap), "-" in gap))
    out: list[tuple[int, int, NumberReading]] = []
    g = m.groups()
    negative = _negative(g)
    sign_start = m.start("sign") if g[_G["sign"]] else None
    if g[_G["vague"]]:
        coll = toks[0][0]
        end, scaled, factor = toks[0][2], coll in ("millions", "milliards"), Decimal(1)
        got = _scale_of(text, end) if len(toks) == 1 and WORDS[coll][1] == "collective" else None
        if got is not None:  # "des dizaines de millions"
            end, factor = got
            scaled = True
        out.append((m.start("vague"), end, NumberReading(None, (), True, True, False, scaled, coll, factor)))
        i = 1
    else:
        i = 0
    while i < len(toks):
        word, start = toks[i][0], toks[i][1]
        if word in ("la moitié", "la moitie", "moitié", "moitie"):
            out.append((start, toks[i][2], NumberReading(Decimal("0.5"), is_word=True)))
            i += 1
            continue
        got = _int_prefix(toks, i)
        if got is None:
            i += 1
            continue
        j, value = got
        end = toks[j - 1][2]
        last = toks[j - 1][0]
        scaled = last in _BIG
        last_scale = WORDS[last][0] if scaled or last == "mille" else Decimal(1)
        flags: tuple[str, ...] = ()
        approx, collective, consumed_more = False, None, False
        if j + 1 < len(toks) and toks[j][0] == "virgule" and not toks[j + 1][3]:
            k = j + 1
            zeros = 0
            while k < len(toks) - 1 and toks[k][0] in ("zéro", "zero"):
                zeros += 1
                k += 1
            dec = _int_prefix(toks, k, scales=False)
            if dec is not None:
                k2, dv = dec
                value = value + Decimal("0." + "0" * zeros + str(dv))
                end, j, consumed_more = toks[k2 - 1][2], k2, True
                if j < len(toks) and toks[j][0] in _BIG and not toks[j][3]:
                    last_scale = WORDS[toks[j][0]][0]
                    value *= last_scale
                    end, j = toks[j][2], j + 1
                    scaled, consumed_more = True, False
        if j < len(toks) and _ORDINAL_END.search(toks[j][0]) and (toks[j][3] or toks[j][4]):
            i = j + 1  # "vingt et unième", "vingt-cinquième": an ordinal (a rank), not a figure
            continue
        den = _compound_denominator(toks, j) if word in ("un", "une") and j == i + 1 else None
        if den is not None:
            value, rounded = _frac_to_decimal(Fraction(1, int(den[1])))
            flags += ("rounded",) if rounded else ()
            end, j, consumed_more = toks[den[0] - 1][2], den[0], True
        elif j < len(toks) and not toks[j][3] and WORDS.get(toks[j][0], (0, ""))[1] == "fraction" and WORDS[toks[j][0]][0] > 1:
            den_word = toks[j][0]
            if j - 1 > i and last in ("un", "une") and not den_word.endswith(("s", "x")) and value == int(value):
                # "vingt et un cinquième" (singular): twenty and one fifth, 20.2 — the plural
                # "vingt et un cinquièmes" is twenty-one fifths, 4.2
                fr = Fraction(int(value) - 1) + Fraction(1, int(WORDS[den_word][0]))
            else:
                fr = Fraction(int(value)) / int(WORDS[den_word][0])
            value, rounded = _frac_to_decimal(fr)
            flags += ("rounded",) if rounded else ()
            end, j, consumed_more = toks[j][2], j + 1, True
        elif j < len(toks) and not toks[j][3] and WORDS.get(toks[j][0], (0, ""))[1] == "collective":
            collective = toks[j][0]
            value *= WORDS[collective][0]
            approx = True
            end, j, consumed_more = toks[j][2], j + 1, True
        if j < len(toks) and toks[j][3]:
            tail = toks[j][0]
            if tail in ("demi", "demie"):
                value += Decimal("0.5") * last_scale
                end, j, consumed_more = toks[j][2], j + 1, not scaled
            elif tail in _CARDINAL:
                num = _int_prefix(toks, j)
                if num is not None and num[0] < len(toks) and not toks[num[0]][3] and WORDS.get(toks[num[0]][0], (0, ""))[1] == "fraction":
                    fr = Fraction(int(num[1])) / int(WORDS[toks[num[0]][0]][0]) * int(last_scale)
                    part, rounded = _frac_to_decimal(fr)
                    value += part
                    flags += ("rounded",) if rounded else ()
                    end, j, consumed_more = toks[num[0]][2], num[0] + 1, not scaled
        if collective is not None and j == len(toks):
            got = _scale_of(text, end)
            if got is not None:  # "une quarantaine de millions" -> 40 000 000
                end, last_scale = got
                value *= last_scale
                scaled, consumed_more = True, False
        determiner = not consumed_more and j == i + 1 and word in ("un", "une")
        s0 = start
        if i == 0 and sign_start is not None:
            s0 = sign_start
            if negative:
                value = -value
        out.append((s0, end, NumberReading(
            normalize_decimal(value), flags, approx, True, determiner, scaled and not consumed_more, collective, last_scale)))
        i = j
    return out


_PLAIN_AFTER = frozenset("\n\r\"»«)(]);:!?")
_SPACE_CHARS = frozenset(" \u00a0\u202f\u2009")


def _PLAIN_BEFORE(ch: str) -> bool:
    return ch == " " or ch == "\n" or ch == "("


_GRAMMAR_SPACES = frozenset(" \t\u00a0\u202f\u2009")
"""The characters of :data:`sikyx.numbers.patterns.SPACE`."""
_CONTINUING_WORDS = frozenset(
    regex.match(r"[^\W\d_]*", w).group() for w, (_, c) in WORDS.items() if c in ("scale", "fraction", "collective")
) | {"mille", "et", "sur"}
"""The first letters-only part of every word that may continue digits after a space in
:data:`NUMBER` ("12 millions", "3 quarts", "2 dizaines", "2 et demi", the proportion "1 sur 3")."""
_PLAIN_WORD = regex.compile(r"[a-zà-öø-ÿœæ]+(?![^\W\d_])")
"""A lower-case French word (its letters have no case-insensitive twin outside the set)."""


_ASCII_DIGITS = frozenset("0123456789")


def _grouped_digits_end(text: str, q: int) -> int | None:
    """The end of the thousands groups after one to three digits ending at ``q`` ("1 000",
    "148\u00a0000 000": a space of :data:`SPACE` then exactly three digits, each time), or
    ``None`` when no group follows or a digit run does not stop after the last group ("1 0000":
    the full grammar decides)."""
    n = len(text)
    end = None
    while q + 3 < n and text[q] in _GRAMMAR_SPACES and text[q + 1] in _ASCII_DIGITS \
            and text[q + 2] in _ASCII_DIGITS and text[q + 3] in _ASCII_DIGITS:
        q += 4
        end = q
    if end is None or (end < n and text[end].isdigit()):
        return None
    return end


def _word_stops_digits(text: str, k: int) -> bool:
    """Whether digits followed by spaces and then ``text[k:]`` end there: a lower-case word that
    no number continues with ("12 euros"), or a sign or punctuation ("12 %", "5 €"). Scale words,
    fraction words, collectives, "et", "mille", "sur" and the case-sensitive scale abbreviations ("3 k€",
    "2 bn", "15 mds") may continue the number: the full grammar decides those."""
    c = text[k]
    if c == "-" or c.isdigit():
        return False  # "12 - 15", "1 200"
    if not c.isalpha():
        return True  # "12 %", "5 €", "3 (", "7 ,"
    if c == "k" or c == "b" or (c == "m" and text.startswith(("mds", "mrd", "mio"), k)):
        return False  # "3 k€", "2 bn$", "15 mds d'euros", "2,5 mio de francs"
    w = _PLAIN_WORD.match(text, k)
    return w is not None and w.group() not in _CONTINUING_WORDS


def _plain_digits_end(text: str, q: int, words: bool = True) -> bool:
    """Whether the digits ending at ``q`` are a whole plain integer, decided without the full
    grammar: nothing that could continue a number follows (a fast path for long digit lists and,
    with ``words``, for digits before a word that is not part of a number: "12 euros")."""
    if q >= len(text):
        return True
    nxt = text[q]
    if nxt in _PLAIN_AFTER:
        return True
    if nxt == "," or nxt == ".":
        # "en 2022, la", "en 2019.": a comma or a dot continues a number only before a digit
        # (decimals "2,5", "3.5", thousands "1.000", English "1,234,567")
        return q + 1 >= len(text) or not text[q + 1].isdigit()
    if nxt not in _GRAMMAR_SPACES:
        return False
    k = q + 1
    n = len(text)
    while k < n and text[k].isdigit():
        k += 1
    group = k - q - 1
    if group == 0:
        if not words:
            return False
        while k < n and text[k] in _GRAMMAR_SPACES:
            k += 1
        return k >= n or _word_stops_digits(text, k)
    if group == 3:
        return False
    if group >= 4:
        return k >= n or text[k] != "/"  # "0 1000/3": a mixed fraction
    # one or two digits: a lost decimal comma only if a word or a symbol follows
    while k < n and text[k] in _GRAMMAR_SPACES:
        k += 1
    return k >= n or text[k].isdigit() or text[k] in _PLAIN_AFTER


_VAGUE_WORDS = frozenset({"des", "quelques", "plusieurs", "de nombreux", "de nombreuses"})
_NEXT_WORD = regex.compile(r"(?:[ \t\u00a0\u202f\u2009]*-[ \t\u00a0\u202f\u2009]*|[ \t\u00a0\u202f\u2009]+)([^\W\d_]+)")
_AFTER_UN = frozenset(WORDS) | {"virgule", "sur", "et", "demi", "demie"}
_DETERMINER = NumberReading(Decimal(1), (), False, True, True)
"""The reading of "un"/"une" not followed by a number word: a determiner (a figure only before
a unit: "un euro")."""


@lru_cache(maxsize=8192)
def _plain(digits: str) -> NumberReading:
    """The (immutable, shared) reading of a plain run of digits."""
    return NumberReading(Decimal(digits))


def _readings_of(text: str, m) -> list[tuple[int, int, NumberReading]]:
    whole = m.group()
    if whole.isdigit():  # the common case, read without looking at the groups
        return [(m.start(), m.end(), _plain(whole))]
    g = m.groups()
    if g[_G["sur"]] is not None:
        den = read_at(text, m.end(), proportion=False)  # "un sur un sur ...": one level only
        if den is None or den[2].value is None or den[2].value <= 1 or den[2].value != int(den[2].value):
            return []
        value, rounded = _frac_to_decimal(Fraction(1, int(den[2].value)))
        return [(m.start(), den[1], NumberReading(value, ("rounded",) if rounded else (), is_word=True))]
    if g[_G["run"]] is not None:
        return _read_run(text, m)
    if g[_G["demi"]] is not None:
        half_scale = _HALF_SCALE.match(text, m.end(), m.end() + 24)  # bounded: linear time
        if half_scale is not None:  # "un demi-million", "un demi milliard": half the scale, a number
            scale = WORDS[half_scale.group(1).lower()][0]
            return [(m.start(), half_scale.end(), NumberReading(Decimal(scale) / 2, (), False, True, scaled=True,
                                                                scale=Decimal(scale)))]
        return [(m.start(), m.end(), NumberReading(Decimal("0.5"), (), False, True, determiner=True))]
    r = _read_digits(g)
    return [] if r is None else [(m.start(), m.end(), r)]


def iter_readings(text: str, exhaustive: bool = False):
    """Yield ``(start, end, NumberReading)`` for every numeral candidate of ``text``, left to
    right, without the figure filters of :func:`find_numbers` (used by the quantities grammar).

    A cheap scanner (:data:`CANDIDATE`: a digit or a word that can start a number) finds where to
    try the full grammar, which is then matched at that position only: this keeps the scan at
    several MB/s (the full pattern tried at every position runs at about 1 MB/s). Plain digits
    that nothing can continue ("2021 ", "12 euros") are read without the full grammar;
    ``exhaustive=True`` matches the full grammar at every candidate (the reference the fast paths
    are tested against: same output)."""
    pos = 0
    for c in CANDIDATE.finditer(text):
        p = c.start()
        if p < pos:
            continue
        m = None
        digits = c.group()
        low = digits.lower()
        if low in _VAGUE_WORDS:
            if VAGUE_AT.match(text, p) is None:
                continue
        elif low == "un" or low == "une":
            nxt = _NEXT_WORD.match(text, c.end())
            if nxt is None or nxt.group(1).lower() not in _AFTER_UN:
                pos = c.end()
                yield p, pos, _DETERMINER
                continue
        elif digits[0].isdigit():
            if p and (text[p - 1] in _SIGN_CHARS or (text[p - 1] == " " and p >= 2 and text[p - 2] in _SIGN_CHARS)):
                # a sign or a leading comma may stand before the digits: "-4", "- 1 200", "-,0012"
                # try each sign or comma within three characters, the farthest that reads wins
                # (", +9 %": the comma is punctuation, the "+" a sign)
                lim = p - 3 if p - 3 > pos else pos
                q = p
                while q > lim and text[q - 1] in _SIGN_CHARS_SP:
                    q -= 1
                    if text[q] != " ":
                        m2 = NUMBER.match(text, q)
                        if m2 is not None and m2.end() > p:
                            m = m2
            if m is None and not exhaustive and (not p or _PLAIN_BEFORE(text[p - 1])):
                if _plain_digits_end(text, c.end()):
                    pos = c.end()
                    yield p, pos, _plain(digits)
                    continue
                # thousands groups that nothing continues ("1 000 euros", "148 000."): the
                # reading of the full grammar (no flag; the value of the digits without spaces)
                q = _grouped_digits_end(text, c.end()) if len(digits) <= 3 else None
                if q is not None and _plain_digits_end(text, q):
                    pos = q
                    yield p, pos, _plain(digits + "".join(text[k + 1:k + 4] for k in range(c.end(), q, 4)))
                    continue
        if m is None:
            m = NUMBER.match(text, p)
        if m is None:
            continue
        pos = m.end()
        try:
            readings = _readings_of(text, m)
        except (ValueError, InvalidOperation, ArithmeticError):
            continue
        if readings:
            pos = max(pos, readings[-1][1])
        yield from readings


def read_at(text: str, pos: int, proportion: bool = True) -> tuple[int, int, NumberReading] | None:
    """The first number starting exactly at ``pos`` (no left-boundary check), or ``None``.
    ``proportion=False``: not a proportion "un sur trois" (the denominator of one)."""
    m = NUMBER_ANCHORED.match(text, pos, pos + 400)
    if m is None or (not proportion and m.group("sur") is not None):
        return None
    try:
        readings = _readings_of(text, m)
    except (ValueError, InvalidOperation, ArithmeticError):
        return None
    return readings[0] if readings and readings[0][0] == pos else None


def parse_number(text: str) -> Decimal:
    """The value of a whole French numeral phrase.

    Accepts digits with French separators ("12 345,67", "1'000", "3.000.000", ",89", "-4/5"),
    number words ("quatre-vingt-dix-neuf", "soixante et onze", "septante", "deux-cent-mille"),
    "un virgule huit", "deux et demi", fractions ("trois quarts", "la moitié"), digits with a
    scale word or abbreviation ("1,382 milliard" -> 1382000000, "3M", "100k").

    Returns a :class:`~decimal.Decimal` (fractions that do not terminate are cut to 28
    significant digits). Raises :class:`ValueError` when the whole text is not one number or
    names no definite number ("des dizaines"). NFD text, invisible characters and case variants
    are read in their normal form (:func:`sikyx.textnorm.normalise`).
    """
    norm = normalise(text)
    stripped = (norm.text if norm is not None else text).strip()
    got = read_at(stripped, 0) if stripped else None
    if got is None or got[1] != len(stripped):
        raise ValueError(f"not a French number: {text!r}")
    if got[2].value is None:
        raise ValueError(f"no definite number in {text!r}")
    return got[2].value


_GLUED_AFTER = regex.compile(r"[^\W\d_]")
_DOTTED_AFTER = regex.compile(r"\.\d")
"""Digits before a dot and a digit that no number grammar read: part of a code ("192.168.1.2",
"version 10.5.3")."""
_HYPHEN_WORD = regex.compile(r"-[^\W\d_]")


def find_numbers(text: str) -> list[Match[NumberReading]]:
    """All numeral phrases of ``text`` (digits, words, scale words, fractions, collectives).

    Returns ``Match`` objects (char offsets, end exclusive) whose ``value`` is a
    :class:`NumberReading`. Not returned: the determiner "un/une" standing alone ("une enquête"),
    digits glued to letters ("A320", "16e", "180ml", "skyecc2") — a unit glued to digits is the
    quantities grammar's business —, digits of a dotted code (an IP address "192.168.1.2", a
    version "10.5.3") and a G suffix on a one-digit integer ("4G"). NFD text, invisible
    characters and case variants are read in their normal form (:func:`sikyx.textnorm.normalise`),
    with the offsets of ``text``.
    """
    norm = normalise(text)
    if norm is not None:
        return norm.restore(text, find_numbers(norm.text))
    out: list[Match[NumberReading]] = []
    for start, end, r in iter_readings(text):
        if r.determiner or _HYPHEN_WORD.match(text, end):
            continue
        if not r.is_word or text[start:end][-1:].isdigit():
            if end < len(text) and (_GLUED_AFTER.match(text, end) or _DOTTED_AFTER.match(text, end, end + 2)):
                continue
            if start and text[start - 1].isalnum():
                continue
        out.append(Match(start, end, text[start:end], r))
    return out
