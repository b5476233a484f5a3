"""Atomic pieces of the French temporal grammar (edsnlp style): day, month, year, weekday,
part of day, direction, clock time, numerals — each a small regex built from the lexicon — and the
helpers that read their values. :mod:`sikyx.dates.grammar` composes them into rules."""

from __future__ import annotations

import functools
from decimal import Decimal

import regex

from .lexicon import (LEXICON, NUMBER_WORD_PATTERN, alternation, lookup, normalize, number_words, read_number_word,
                      trie_pattern)

__all__ = ["PIECES", "day", "month", "year4", "year_after_month", "weekday", "direction", "part_of_day", "clock",
           "MONTH_FULL_FORMS", "NUMERAL"]


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int = 0):
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        # a left-context test ("...\s*$"): search backwards from the end, not from every position
        flags |= regex.REVERSE
    return regex.compile(pattern, flags)


def _search(pattern, string, flags=0):
    return _compiled(pattern, flags).search(string)


def _match(pattern, string, flags=0):
    return _compiled(pattern, flags).match(string)


def _sub(pattern, repl, string, flags=0):
    return _compiled(pattern, flags).sub(repl, string)


# --------------------------------------------------------------------------- atomic pieces
L = r"(?<![\w])"                 # left word boundary
R = r"(?![\w])"                  # right word boundary
S = r"\s+"
AP = r"['’]"
NUMW = NUMBER_WORD_PATTERN

MONTH_FULL_FORMS = ["janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
                    "septembre", "octobre", "novembre", "décembre", "decembre"]
"""Full month names: the only forms allowed without a day or a year ("en mars"); "sept" alone is seven."""
MONTH = alternation("month")
_MONTH_FULL_SET = {normalize(f) for f in MONTH_FULL_FORMS}
MONTH_FULL = alternation(forms=MONTH_FULL_FORMS)
WEEKDAY = alternation("weekday")
PART = alternation("part_of_day")
SEASON = alternation("season")
DIRECTION = alternation("direction")
RELDAY = alternation("relative_day")
PRESENT = alternation("present")
QUALIFIER = alternation("qualifier")
ZONE = alternation("zone")
ORDINAL = alternation("ordinal")
UNIT_WORDS = alternation(forms=[f for f in LEXICON["unit"] if len(f) > 3 or f in ("an", "ans", "mois", "jour")])
UNIT_ABBR = r"(?:h|(?-i:hrs?)|min|mn|sec|s|\"|')"
VAGUE = alternation("vague")


def day(n: str = "") -> str:
    """Day of the month: "1er", "premier", "03", "17", "17e", a number word ("quinze")."""
    return (rf"(?P<day{n}>1er|1re|premier|(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:e|ème|eme)?|{NUMW})"
            + R)


def month(n: str = "", full: bool = False) -> str:
    """Month name or abbreviation ("janv.", "févr.", "sept." = September)."""
    alt = MONTH_FULL if full else MONTH
    return rf"(?P<month{n}>{alt})(?!\w)"


def year4(n: str = "") -> str:
    """A four-digit year 1000..2099, not part of a longer number."""
    return rf"(?P<year{n}>1\d\d\d|20\d\d|2100)(?!\d)(?![.,]\d)"


def year_after_month(n: str = "") -> str:
    """A year after a month, with its separator: " 2020", ", 2020" (not followed by a word: "en janvier,
    2000 personnes"), or two digits " 98" ("juillet 98") not followed by a word."""
    return (rf"(?:\s+{year4(n)}|,\s*{year4(n)}(?!\s*[^\W\d_])"
            rf"|\s+{AP}?(?P<yy{n}>\d\d)(?!\d)(?![.,]\d)(?!\s*(?:%|(?!(?:à|au|aux|en|et|dans|sur|pour|avec|chez|lors|puis)(?!\w))[^\W\d_])))")


def weekday(n: str = "") -> str:
    """Weekday name, "lun." abbreviations, plural "lundis"."""
    return rf"(?P<wd{n}>{WEEKDAY})s?(?!\w)"


def direction(n: str = "") -> str:
    """dernier/prochain/passé/suivant... (agreeing forms)."""
    return rf"(?P<dir{n}>{DIRECTION})(?!\w)"


def part_of_day(n: str = "") -> str:
    """matin, après-midi, soir(ée), nuit, journée."""
    return rf"(?P<part{n}>{PART})(?!\w)"


def clock(n: str = "") -> str:
    """A clock time with digits: "16h", "16 h 30", "16H00", "16:30", "16 heures 30"; with am/pm: "9pm",
    "9pm et demie", "10 h 10 pm", "340pm" (3:40 pm: hour and minutes glued, only before am/pm)."""
    return (rf"(?:(?P<hh{n}>[01]?\d|2[0-4])\s*(?:h|H|heures?)(?:\s*(?P<mm{n}>[0-5]\d)(?!\d)"
            rf"(?:\s*(?:min|minutes))?(?:\s*(?P<ampm{n}>[ap](?:\.\s?m\.?|\s?m))(?!\w))?|\s+(?P<hq{n}>et\s+quart|et\s+demie|moins\s+le\s+quart|et\s+{NUMW}\s+minutes?))?(?!\w)"
            rf"|(?P<hh{n}>[01]?\d|2[0-3]):(?P<mm{n}>[0-5]\d)(?::(?P<ss{n}>[0-5]\d))?(?!\d)(?!:\d)"
            rf"(?:\s*(?P<ampm{n}>[ap](?:\.\s?m\.?|\s?m))(?!\w))?"
            rf"|(?P<hh{n}>[01]?\d)\s*(?P<ampm{n}>[ap](?:\.\s?m\.?|\s?m))(?!\w)"
            rf"(?:\s+(?P<hq{n}>et\s+quart|et\s+demie|et\s+trois\s+quarts|moins\s+le\s+quart)(?!\w))?"
            rf"|(?P<hh{n}>1[0-2]|0?[1-9])(?P<mm{n}>[0-5]\d)\s*(?P<ampm{n}>[ap](?:\.\s?m\.?|\s?m))(?!\w)"
            rf"|(?P<noon{n}>midi|minuit)(?!\w)(?:\s+(?P<noonmm{n}>et\s+demie?|et\s+quart|moins\s+le\s+quart|moins\s+(?:cinq|dix|vingt)|{NUMW})(?!\w))?)")


NUMERAL = rf"(?:\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?!\w))"
ROMAN = r"(?-i:(?P<roman>[IVXL]{1,6}))"

PIECES = {
    "month": month(), "weekday": weekday(), "day": day(), "year": year4(), "part_of_day": part_of_day(),
    "direction": direction(), "clock": clock(), "numeral": NUMERAL, "season": SEASON,
}
"""The atomic pieces, exposed so each can be tested alone."""

# words that let a bare month or year be a date ("en mars", "depuis 1998")
_LEFT_CONTEXT = regex.compile(  # searched backwards (REVERSE): it is anchored at the end
    r"(?:\b(?:en|de|d|dès|depuis|jusqu['’]en|avant|après|pour|et|à|a|fin|début|mi|courant|ou|mois|"
    r"l['’]an|l['’]année|année|saison|exercice|budget|bilan|été|hiver|printemps|automne|vers|entre|"
    r"dans|au|ni|avril|mai|juin|juillet|août|janvier|février|mars|septembre|octobre|novembre|"
    r"décembre|premier|second|dernier|de\s+l['’]an|courant|milieu|le|la|cette|ce|ici|édition)['’]?\s*[-\s(]*$)|[(,/]\s*$",
    regex.IGNORECASE | regex.REVERSE)


def _left_word_ok(text: str, start: int) -> bool:
    return bool(_LEFT_CONTEXT.search(text, max(0, start - 25), start))


_NUM_BEFORE = regex.compile(rf"\s+(?:\d|{trie_pattern(sorted(w[::-1] for w in number_words()))}(?!\w))", regex.IGNORECASE)
r"""A digit or a number word then spaces, READ BACKWARDS (matched on the reversed text: the number
words hold no apostrophe, so each one reversed is a plain trie entry). The number word must begin
its word (``(?!\w)`` after it, read backwards): "commencent", "famille", "chacun" hold no number
word. A ``regex.REVERSE`` search of ``(?:\d|{NUMW})\s+$`` accepts the same windows but cost ~7 µs a call (the trie tried at each position)."""
assert not any("'" in w or "’" in w for w in number_words()), "_NUM_BEFORE reverses the number words"


def _number_before(text: str, start: int) -> bool:
    """Is ``text[:start]`` a digit or a number word then spaces, within its last 25 characters?"""
    return _NUM_BEFORE.match(text[max(0, start - 25):start][::-1]) is not None


def _g(m, name: str) -> str | None:
    return m.group(name)


def _day_value(s: str) -> int | None:
    s = s.lower()
    if s in ("1er", "1re", "premier"):
        return 1
    digits = _match(r"\d+", s)
    if digits:
        v = int(digits.group())
    else:
        try:
            v = read_number_word(s)
        except KeyError:
            return None
    return v if 1 <= v <= 31 else None


_GROUPINDEX: dict = {}


def _groupindex(rx) -> dict[str, int]:
    """``rx.groupindex`` (group name -> number), read once per pattern: the regex module copies it at
    each access, and reads a group by name only after failing to read the name as a number (a
    TypeError raised and cleared): the hot helpers read their groups by number."""
    gi = _GROUPINDEX.get(rx)
    if gi is None:
        gi = _GROUPINDEX[rx] = rx.groupindex
    return gi


def _year(m, n: str = "") -> tuple[int | None, int | None]:
    gi = _groupindex(m.re)
    iy, iyy = gi.get(f"year{n}"), gi.get(f"yy{n}")
    y = m.group(iy) if iy is not None else None
    yy = m.group(iyy) if iyy is not None else None
    return (int(y) if y else None), (int(yy) if yy else None)


def _dir(m, n: str = "") -> int | None:
    i = _groupindex(m.re).get(f"dir{n}")
    if i is not None:
        d = m.group(i)
        if d:
            try:
                return int(lookup("direction", d))
            except KeyError:  # "d'après" after a weekday: handled by the weekday rule
                return None
    return None


def _num(s: str) -> Decimal | None:
    s = s.strip()
    if _match(r"\d", s):
        return Decimal(_sub(r"[\s\u00a0\u202f]", "", s).replace(",", "."))
    try:
        return Decimal(read_number_word(s))
    except KeyError:
        return None


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
