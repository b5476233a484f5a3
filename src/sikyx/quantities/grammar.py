"""The figures grammar: :func:`find_quantities`.

Span convention (the corpus guideline follows the same)
-------------------------------------------------------
A figure's span covers, left to right: the qualifier ("plus de", "au moins", "près de",
"quelque", "jusqu'à", "entre" ... "et", "de" ... "à"), a currency written before the number
("$10", "EUR 20"), the number itself with its scale word ("1,382 milliard", "3M"), the unit or
the counted noun with the "de/d'" that links it ("milliard d'euros", "millions de messages"),
and a rate ("par an", "/h"). Examples:

- "plus de 27 tonnes", "au moins 70 000 téléphones", "1,382 milliard d'euros",
  "plus d'un milliard d'euros", "entre 10 et 12 millions d'euros", "des dizaines de saisies";
- "d'1,2 million d'euros": the span starts at "1" — an elided "d'" that only links the figure
  to the sentence stays outside (the spaCy token "d'1,2" is split by the component);
- no span starts or ends inside an excluded span (dates, times, durations found by the dates
  component); a figure that overlaps one is dropped.

How a figure is read
--------------------
1. :func:`sikyx.numbers.parse.iter_readings` finds the numeral phrases (digits, words, scale).
2. References are dropped: a number after "article", "page", "n°", "version", "CAC" ...
   (``not_figures.tsv``), inside a phone number, a time of day ("16h30"), a version or IP
   number, a postal code; digits glued to letters that are not a unit ("A320", "16e", "1er") or
   to the dots and slashes of URLs and e-mail addresses; a score "3-1" (two numbers joined by a
   hyphen without a unit); ordinals in words ("vingt-cinquième").
3. On the right: a unit from ``units.tsv``/``currencies.tsv`` (glued or after spaces; after a
   scale word or a collective also after "de/d'"), or else a counted noun; then a rate.
4. On the left: a currency symbol or code, a qualifier from ``qualifiers.tsv``, "entre"/"de"
   opening a range.
5. A range "entre X et Y", "de X à Y", "X à Y", "X-Y" shares the unit and the scale of Y with X
   ("entre 10 et 12 millions d'euros" -> low 10000000, high 12000000, EUR).

Counted nouns (kind ``count``) without POS tags: the first word after the number (after "de/d'"
only when a scale word or a collective precedes: "500 millions de messages") that is written in
lower case, is at least two letters long, is not a number word, is not in ``not_nouns.txt``
(determiners, prepositions, pronouns, auxiliaries, "derniers"...) and does not end like a
conjugated verb (-ait, -aient, -èrent, -eront, -ez). One adjective of ``adjectives.txt`` may come
between ("48 nouvelles interpellations"). The noun's lemma comes from ``lemmatize`` when given,
else from :func:`sikyx.quantities.nouns.singular`.

Approximate collectives: "une dizaine" -> value 10, qualifier approx; "des dizaines de saisies",
"plusieurs milliers", "des millions de" -> value None (no definite number), qualifier approx.

The determiner "un/une" alone is a figure only before a unit ("un euro", "une tasse"): "une
enquête", "un message" give nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from decimal import Decimal

import regex

from ..numbers.lexicon import WORDS
from ..numbers.parse import NumberReading, iter_readings, normalize_decimal, read_at, words_value
from ..numbers.patterns import ET, SEP, SPACE, alt, trie
from ..spans import Match
from ..units import unit_from_string
from .lexicon import ADJECTIVES, NOT_FIGURES, NOT_NOUNS, QUALIFIERS, RATES, UNITS, UnitEntry, is_case_insensitive, norm_surface
from .nouns import singular
from .types import Quantity

__all__ = ["find_quantities"]

_FLAGS = regex.VERSION0


def _surface_pattern(surface: str, insensitive: bool) -> str:
    parts = []
    for ch in surface:
        if ch == " ":
            parts.append(f"{SPACE}*" if not surface.replace(" ", "").isalpha() else f"{SPACE}+")
        elif ch in "'’":
            parts.append("['’]")
        else:
            parts.append(regex.escape(ch))
    body = "".join(parts)
    if surface[-1].isalnum():
        body += r"(?![\w'’])"
    return f"(?i:{body})" if insensitive else body


def _unit_piece(ch: str) -> str:
    if ch == " ":
        return f"{SPACE}*"
    if ch in "'’":
        return "['’]"
    return regex.escape(ch)


def _unit_end(surface: str) -> str:
    return r"(?![\w'’])" if surface[-1].isalnum() else ""


def _unit_alternation() -> str:
    """Two tries: the case-insensitive surfaces (words), then the exact ones (symbols,
    abbreviations). An exact surface that extends a case-insensitive one ("degrés C" after
    "degrés") joins the case-insensitive trie, so that the longest surface always wins."""
    insensitive = {s for s, e in UNITS.items() if is_case_insensitive(s, money=e.kind == "money")}
    exact = set(UNITS) - insensitive
    for s in sorted(exact):
        if any(s.lower().startswith(w) and s.lower() != w for w in insensitive):
            exact.discard(s)
            insensitive.add(s.lower())
    lower = {s.lower() for s in insensitive}
    return (
        f"(?:(?i:{trie(lower, _unit_piece, _unit_end)})"
        f"|{trie(exact, _unit_piece, _unit_end)})"
    )


UNIT_ALT = _unit_alternation()
"""Every unit and currency surface, longest first."""
UNIT_AFTER = regex.compile(
    rf"(?P<gap>{SPACE}*|-)(?:(?P<de>de{SPACE}+|d['’]{SPACE}*))?(?P<unit>{UNIT_ALT})", _FLAGS
)
"""A unit right after a number: "tonnes", "€", "d'euros" (the "de" is checked by the caller)."""

_PREFIX_CODES = sorted({e.unit for e in UNITS.values() if e.kind == "money"}, key=len, reverse=True)
_PREFIX_SIGNS = sorted({s for s, e in UNITS.items() if e.kind == "money" and "$" in s and len(s) > 1}, key=len, reverse=True)
PREFIX_CURRENCY = regex.compile(
    rf"(?<![\w])(?P<cur>(?i:{'|'.join(regex.escape(s) for s in _PREFIX_SIGNS)})"
    rf"|{'|'.join(_PREFIX_CODES)}|[€$£¥])({SPACE}?)\Z",
    _FLAGS | regex.REVERSE,
)
"""A currency written before the number: "$10", "EUR 20", "£ 50 millions", "cad$ 15"."""


def _apostrophes(pattern: str) -> str:
    """Let an apostrophe of a lexicon entry match both ' and ’."""
    return "".join("['’]" if ch in "'’" else ch for ch in pattern)


def _qualifier_alternation() -> str:
    pats = []
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        words = phrase.split(" ")
        body = f"{SPACE}+".join(_apostrophes(regex.escape(w)) for w in words)
        if words[-1] == "de":
            body = body[: -len("de")] + f"(?:de{SPACE}+|d['’]{SPACE}*)"
        elif body.endswith("['’]"):
            body += f"{SPACE}*"
        else:
            body += f"{SPACE}+"
        pats.append(body)
    return "(?:" + "|".join(pats) + ")"


QUALIFIER_BEFORE = regex.compile(rf"(?<![\w])(?P<q>(?i:{_qualifier_alternation()}))\Z", _FLAGS | regex.REVERSE)
"""A qualifier ending right before the number (searched in a short window)."""
RANGE_OPEN = regex.compile(rf"(?<![\w])(?P<open>(?i:entre|de|d['’]|du|des)){SPACE}*\Z", _FLAGS | regex.REVERSE)
RANGE_CONN = regex.compile(
    rf"{SPACE}*(?:(?P<et>et)(?![\w])|(?P<a>à|a)(?![\w])|(?P<dash>[-–—]))(?![-–—]){SPACE}*", regex.IGNORECASE | _FLAGS
)
_SUB_WORD = alt(w for w, (_, c) in WORDS.items() if c in ("one", "unit", "teen", "tens", "eighty"))
SUBUNIT_AFTER = regex.compile(
    rf"{SPACE}+(?:(?i:et){SPACE}+)?(?:(?P<sub>\d{{1,2}})|(?P<subw>(?i:{_SUB_WORD}(?:(?:{ET}|{SEP}){_SUB_WORD})*)))"
    rf"(?:{SPACE}*(?P<subunit>(?i:centimes?|cents?|pence))(?![\w])|(?={SPACE}*(?:[.,;:!?)]|\Z)))",
    _FLAGS,
)
""""1 USD et 23 centimes", "1 USD 23 cents"."""

_RATE_DEN = "|".join(
    _surface_pattern(s, is_case_insensitive(s) or s.isalpha() and len(s) > 2) for s in sorted(RATES, key=len, reverse=True)
)
RATE_AFTER = regex.compile(
    rf"{SPACE}*(?:(?i:par){SPACE}+|/{SPACE}*)(?P<den>{_RATE_DEN})", _FLAGS
)
"""A rate: "par an", "/h", "par habitant"."""

_NOUN_CHARS = r"[a-zà-öø-ÿœæ]"
NOUN_AFTER = regex.compile(
    rf"{SPACE}+(?:(?P<de>de{SPACE}+|d['’]{SPACE}*))?(?:(?P<adj>{alt(ADJECTIVES)}){SPACE}+)?"
    rf"(?P<noun>{_NOUN_CHARS}(?:{_NOUN_CHARS}|['’-](?={_NOUN_CHARS}))*)(?![\w'’])",
    _FLAGS,
)
"""A counted noun after the number (checked by :func:`_is_counted_noun`)."""
_VERBISH = regex.compile(r"(?:ait|aient|èrent|eront|erait|eraient|ez)\Z")

MAGNITUDE_BEFORE = regex.compile(rf"(?<![\w])(?P<mag>(?i:magnitude)){SPACE}+(?:(?i:de){SPACE}+)?\Z", _FLAGS | regex.REVERSE)

NOT_BEFORE = regex.compile(rf"(?<![\w])(?i:{NOT_FIGURES['before']}){SPACE}*\Z", _FLAGS | regex.REVERSE)
NOT_AFTER = regex.compile(rf"{SPACE}+(?i:{NOT_FIGURES['after']})(?![\w])", _FLAGS)
BLOCKERS = regex.compile(
    r"(?P<phone>(?<![\d+])(?:\+\d{2,3}[ .]?\(?0?\)?[ .]?[1-9]|0[1-9])(?:[ .\-]?\d{2}){4}(?!\d))"
    r"|(?P<time>(?<![\d,])\d{1,2}[ ]?[hH][ ]?\d{2}(?!\d)|(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?(?!\d))"
    r"|(?P<version>(?<![\d.])(?!\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d]))\d+(?:\.\d+){2,}(?![\d]))"
    r"|(?P<postal>(?<![\d\w])\d{5}(?=[ ]+(?:[A-ZÉÈ][\w'-]+|cedex)))",
    _FLAGS,
)
"""Phone numbers, times of day, versions/IP addresses, postal codes. (Digits inside URLs and
e-mail addresses are glued to letters, dots or slashes, which the number boundaries reject.)"""
SCORE = regex.compile(rf"{SPACE}?[-–]{SPACE}?\d", _FLAGS)
GLUED_LETTER = regex.compile(r"[^\W\d_]")
HYPHEN_WORD = regex.compile(r"-[^\W\d_]")
_DIGIT_START = regex.compile(r"[-−+]?\s?[\d,]")

_WINDOW = 48


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in BLOCKERS.finditer(text)]


class _Spans:
    """Sorted, merged char spans with an O(log n) overlap test."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted((int(s), int(e)) for s, e in spans if e > s):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def _lookup_unit(surface: str) -> UnitEntry | None:
    key = norm_surface(surface)
    return UNITS.get(key) or UNITS.get(key.lower())


def _ambiguous(entry: UnitEntry) -> bool:
    return any(f.startswith("ambiguous") for f in entry.flags)


def _determiner_unit_ok(text: str, start: int, end: int) -> bool:
    """"un euro", "une tasse", "un demi-litre", "un $" are figures; "Une t." is not."""
    surface = text[start:end].strip(" -\u00a0")
    letters = sum(c.isalpha() for c in surface)
    return letters >= 3 or (letters == 0 and bool(surface))


def _looks_like_year(text: str, s: int, e: int, reading: NumberReading) -> bool:
    """A plain four-digit integer 1800-2100 ("en 2020 marque") is probably a year: it takes no
    counted noun (a count that large is written with a thousands space: "2 000 manifestants")."""
    return e - s == 4 and reading.value is not None and 1800 <= reading.value <= 2100 and text[s:e].isdigit()


def _is_counted_noun(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if len(w) < 2 or w in NOT_NOUNS or w in WORDS or _VERBISH.search(w):
        return False
    return word[0].islower()


class _Figure:
    __slots__ = ("start", "end", "value", "low", "high", "unit", "kind", "noun", "qualifier", "flags")

    def __init__(self, start, end):
        self.start, self.end = start, end
        self.value = self.low = self.high = None
        self.unit = None
        self.kind = "number"
        self.noun = None
        self.qualifier = "exact"
        self.flags: list[str] = []


def _unit_at(text: str, pos: int, reading: NumberReading, glued_ok: bool = True):
    """(entry, end) of a unit right after ``pos``, or None."""
    um = UNIT_AFTER.match(text, pos)
    if um is None:
        return None
    if um.group("de") and not (reading.scaled or reading.collective):
        return None
    if um.group("gap") == "-" and not (reading.determiner or um.group("unit").isalpha()):
        return None
    entry = _lookup_unit(um.group("unit"))
    if entry is None:
        return None
    if entry.kind == "money" and um.group("de") is None and um.group("unit").lower() in ("livre", "livres"):
        return None
    return entry, um.end()


def find_quantities(
    text: str,
    *,
    exclude: Sequence[tuple[int, int]] = (),
    lemmatize: Callable[[str], str] | None = None,
) -> list[Match[Quantity]]:
    """Every figure of a French ``text``, left to right, as ``Match[Quantity]``.

    Args:
        text: any text (a document).
        exclude: char spans (start, end exclusive) of temporal expressions; no figure overlaps one.
        lemmatize: turns a counted noun's surface ("téléphones") into its lemma ("téléphone");
            default: :func:`sikyx.quantities.nouns.singular`.

    Returns ``Match`` objects whose ``value`` is a :class:`~sikyx.quantities.Quantity` (span
    convention in this module's docstring). Never raises on any ``str``.
    """
    excluded = _Spans(exclude)
    blocked = _Spans(_blocked_spans(text))
    lemma = lemmatize or singular
    out: list[Match[Quantity]] = []
    last_end = 0
    for s, e, reading in iter_readings(text):
        if s < last_end or excluded.overlaps(s, e) or blocked.overlaps(s, e):
            continue
        try:
            fig = _read_figure(text, s, e, reading, lemma)
        except (ValueError, ArithmeticError):  # a malformed sub-phrase: not a figure
            continue
        if fig is None or fig.start < last_end or excluded.overlaps(fig.start, fig.end):
            continue
        try:
            q = Quantity(
                kind=fig.kind, value=fig.value, unit=fig.unit, qualifier=fig.qualifier,
                low=fig.low, high=fig.high, noun=fig.noun, flags=tuple(dict.fromkeys(fig.flags)),
            )
        except ValueError:  # pragma: no cover - defensive: a lexicon typo
            continue
        out.append(Match(fig.start, fig.end, text[fig.start:fig.end], q))
        last_end = fig.end
    return out


def _neighbours(text: str, s: int, e: int) -> tuple[str, str]:
    """The nearest non-space characters before ``s`` and after ``e`` (within two characters),
    "" at the text's ends; used to skip the context patterns that cannot match."""
    before = text[max(0, s - 2):s].rstrip(" \u00a0\u202f\u2009")[-1:]
    after = text[e:e + 2].lstrip(" \u00a0\u202f\u2009")[:1]
    return before, after


def _read_figure(text: str, s: int, e: int, reading: NumberReading, lemma) -> _Figure | None:
    if reading.determiner and _unit_at(text, e, reading) is None:
        return None  # "une enquête": a determiner, not a figure
    lo = max(0, s - _WINDOW)
    is_digits = not reading.is_word or bool(_DIGIT_START.match(text, s))
    before, after = _neighbours(text, s, e)
    left_context = bool(before) and not before.isdigit()
    right_context = not after.isdigit()
    # digits glued to a word on the left ("A320", "COVID-19"), unless a currency code
    prefix = PREFIX_CURRENCY.search(text, lo, s) if left_context else None
    if s and text[s - 1].isalnum() and is_digits and not prefix:
        return None
    if left_context and NOT_BEFORE.search(text, lo, s):
        return None
    if right_context and NOT_AFTER.match(text, e):
        return None
    fig = _Figure(s, e)
    fig.value = reading.value
    fig.flags.extend(reading.flags)
    if not right_context and not left_context:
        if reading.determiner:
            return None
        if reading.approx:
            fig.qualifier = "approx"
        return fig
    entry = None
    unit_end = e
    u = _unit_at(text, e, reading) if right_context else None
    if u is not None:
        entry, unit_end = u
    elif is_digits and e < len(text) and GLUED_LETTER.match(text, e):
        return None  # "16e", "1er", "A320x": a reference or an ordinal, not a figure
    elif HYPHEN_WORD.match(text, e):
        return None  # "deux-roues", "quatre-quatre": a compound word, not a figure
    if entry is None and prefix is not None:
        entry = _lookup_unit(prefix.group("cur"))
        if entry is not None:
            fig.start = prefix.start()
    if reading.determiner and (entry is None or _ambiguous(entry) or not _determiner_unit_ok(text, e, unit_end)):
        return None  # "une enquête"; "un point de vue" (an ambiguous unit needs digits)
    # a range: "entre X et Y", "de X à Y", "X à Y", "X-Y"
    rng = _range(text, s, e, reading, entry, unit_end, lo, lemma)
    if rng is not None:
        return rng
    if is_digits and entry is None and SCORE.match(text, e) and not reading.scaled:
        return None  # "3-1", "222-37": a score or a reference
    fig.end = unit_end
    if entry is not None:
        _apply_unit(fig, entry)
        if entry.kind == "money":
            sub = SUBUNIT_AFTER.match(text, fig.end)
            if sub and fig.value is not None and fig.value == fig.value.to_integral_value():
                cents = Decimal(sub.group("sub")) if sub.group("sub") else words_value(sub.group("subw"))
                if cents < 100:
                    fig.value = normalize_decimal(fig.value + cents / 100)
                    fig.end = sub.end()
        _rate(text, fig)
    else:
        nm = NOUN_AFTER.match(text, e)
        if (
            nm is not None
            and (not nm.group("de") or reading.scaled or reading.collective)
            and not _looks_like_year(text, s, e, reading)
            and _is_counted_noun(nm.group("noun"))
        ):
            fig.kind = "count"
            fig.unit = unit_from_string("count")
            fig.noun = lemma(nm.group("noun"))
            fig.end = nm.end()
        elif s and text[s - 1] in "([" and text[e:e + 1] in ")]":
            return None  # "(1)", "[12]": a note or a reference
        else:
            mag = MAGNITUDE_BEFORE.search(text, lo, s)
            if mag is not None:
                fig.kind = "other"
                fig.flags.append("richter_magnitude")
                fig.start = mag.start()
    if reading.approx:
        fig.qualifier = "approx"
    q = QUALIFIER_BEFORE.search(text, lo, s) if left_context else None
    if q is not None and fig.start == s:
        fig.qualifier = _qualifier_of(q.group("q"))
        fig.start = q.start()
    if fig.value is None and fig.qualifier == "exact":
        fig.qualifier = "approx"
    return fig


def _qualifier_of(phrase: str) -> str:
    p = " ".join(phrase.replace("’", "'").lower().split())
    if p.endswith("d'"):
        p = p[:-2].rstrip() + " de"
    return QUALIFIERS.get(p, "exact")


def _apply_unit(fig: _Figure, entry: UnitEntry) -> None:
    fig.kind = entry.kind
    fig.unit = unit_from_string(entry.unit)
    if entry.factor != 1:
        if fig.value is not None:
            fig.value = normalize_decimal(fig.value * entry.factor)
        if fig.low is not None:
            fig.low = normalize_decimal(fig.low * entry.factor)
            fig.high = normalize_decimal(fig.high * entry.factor)
    fig.flags.extend(entry.flags)


def _rate(text: str, fig: _Figure) -> None:
    rm = RATE_AFTER.match(text, fig.end)
    if rm is None:
        return
    den = norm_surface(rm.group("den"))
    unit = RATES.get(den, RATES.get(den.lower()))
    if unit is None:
        return
    if unit:
        fig.unit = fig.unit / unit_from_string(unit)
        if fig.kind not in ("money", "speed"):
            fig.kind = "other"  # "7 tonnes par hectare", "2,5 mg/kg": a rate
    else:
        fig.flags.append(f"per_{den.lower()}")
    fig.end = rm.end()


def _range(text, s, e, reading, entry, unit_end, lo, lemma) -> _Figure | None:
    cm = RANGE_CONN.match(text, unit_end)
    if cm is None:
        return None
    opener = RANGE_OPEN.search(text, lo, s)
    op = opener.group("open").lower() if opener else ""
    if cm.group("et") and op != "entre":
        return None
    if cm.group("a") and op == "entre":
        return None
    got = read_at(text, cm.end())
    if got is None:
        return None
    _, m2_end, r2 = got
    if r2.value is None or reading.value is None:
        return None
    u2 = _unit_at(text, m2_end, r2)
    if r2.determiner and not u2:
        return None
    if GLUED_LETTER.match(text, m2_end) and not u2:
        return None
    entry2, end2 = (u2 if u2 else (None, m2_end))
    if entry is not None and entry2 is not None and (entry.unit != entry2.unit):
        return None
    unit_entry = entry2 or entry
    if cm.group("dash") and unit_entry is None:
        return None
    low, high = reading.value, r2.value
    if reading.scale == 1 and r2.scale > 1 and entry is None:
        scale = r2.scale
        if scale > 1 and low * scale <= high:
            low = low * scale
    if low > high:
        return None  # "1990 à 1015 francs": not a range
    fig = _Figure(s, end2)
    fig.low, fig.high = normalize_decimal(low), normalize_decimal(high)
    fig.qualifier = "range"
    fig.flags = list(reading.flags) + list(r2.flags)
    if op in ("entre", "de", "d'", "d’", "du") and opener is not None:
        fig.start = opener.start()
    if unit_entry is not None:
        _apply_unit(fig, unit_entry)
        _rate(text, fig)
    else:
        nm = NOUN_AFTER.match(text, m2_end)
        if nm is not None and (not nm.group("de") or r2.scaled) and _is_counted_noun(nm.group("noun")):
            fig.kind = "count"
            fig.unit = unit_from_string("count")
            fig.noun = lemma(nm.group("noun"))
            fig.end = nm.end()
    return fig
