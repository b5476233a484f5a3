"""The French temporal lexicon (``lexicon.tsv`` beside this file), loaded once at import.

``lexicon.tsv`` has one ``kind<TAB>form<TAB>value`` row per surface form (``#`` lines are comments).
Kinds: month (1..12), weekday (1..7, ISO: Monday = 1), part_of_day (TIMEX3 MO/AF/EV/NI/DT),
season (TIMEX3 SP/SU/FA/WI), unit (S, MIN, H, D, W, FN, M, Q, HY, Y, DE, CE, ML), direction (-1/+1),
modifier (TIMEX3 mod START/END/MID), relative_day (day offset), present (PRESENT_REF, PAST_REF,
FUTURE_REF), number (0..16), tens (20..100), ordinal, vague (X), qualifier (TIMEX3 mod),
holiday (MM-DD), zone (UTC, an IANA zone name, or LOCAL), clock_cue (V/N: a verb or an alarm noun after which a
bare number is a clock hour, "je reviendrai à 7"), period_cue (V: a verb after which a bare month,
season or numeric date says when, "je serai dehors septembre").

This module also holds the small number-word reader (1..100) used for days and durations.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources


import regex

__all__ = ["LEXICON", "lookup", "alternation", "trie_pattern", "number_words", "read_number_word", "normalize"]


_DASHES = regex.compile(r"[\s-]+")
"""Runs of spaces and hyphens, folded to one "-" when lexicon keys are compared."""



def normalize(form: str) -> str:
    """Lower-case a surface form, unify apostrophes (’ → ') and collapse spaces/hyphens runs."""
    out = _NORMALIZED.get(form)
    if out is None:
        out = " ".join(form.lower().replace("’", "'").split())
        if len(_NORMALIZED) >= _LOOKED_UP_MAX:
            _NORMALIZED.clear()
        _NORMALIZED[form] = out
    return out


_NORMALIZED: dict[str, str] = {}
"""form -> :func:`normalize` of it: the builders normalise the same few words ("le", "ce", "les",
"plus de") over and over. At most :data:`_LOOKED_UP_MAX` forms are kept."""
_LOOKED_UP_MAX = 10_000
"""Entries kept in each look-up cache of this module (a full cache is emptied)."""


def _load() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    text = resources.files(__package__).joinpath("lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, form, value = line.split("\t")
        table[kind][normalize(form)] = value
    return dict(table)


LEXICON: dict[str, dict[str, str]] = _load()
"""kind -> {normalised form -> value (str)}."""


_LOOKED_UP: dict[tuple[str, str], str] = {}
"""(kind, surface form as in the text) -> its value: the builders look up the same few forms
("janvier", "lundi", "ans") all the time; normalising each costs more than the rest of the look-up.
Only found forms are kept (an absent one still raises), and at most :data:`_LOOKED_UP_MAX` of them."""


def lookup(kind: str, form: str) -> str:
    """The lexicon value of ``form`` (any case/apostrophe) for ``kind``; KeyError if absent."""
    key = (kind, form)
    value = _LOOKED_UP.get(key)
    if value is None:
        value = _find(LEXICON[kind], form, f"a {kind}")
        if len(_LOOKED_UP) >= _LOOKED_UP_MAX:
            _LOOKED_UP.clear()
        _LOOKED_UP[key] = value
    return value


def _find(table: dict, form: str, what: str):
    """``table[normalize(form)]``, spaces and hyphens interchangeable; KeyError naming ``what``."""
    key = normalize(form)
    if key in table:
        return table[key]
    key = _DASHES.sub("-", key)
    for k, v in table.items():
        if _DASHES.sub("-", k) == key:
            return v
    raise KeyError(f"{form!r} is not {what}")


def _symbols(form: str) -> list[str]:
    return ["['’]\\s*" if ch == "'" else r"\s+" if ch == " " else r"[-\s]?" if ch == "-" else regex.escape(ch)
            for ch in form]


def trie_pattern(forms) -> str:
    """A non-capturing regex matching exactly ``forms``, built as a prefix trie so that the engine
    never tries hundreds of branches at one position. Longer forms win over their prefixes
    (greedy, with backtracking to shorter ones). Apostrophes match ' and ’, spaces any whitespace,
    hyphens an optional hyphen or space."""
    trie: dict = {}
    for form in forms:
        node = trie
        for sym in _symbols(form):
            node = node.setdefault(sym, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        end = "" in node
        for sym, child in sorted(node.items(), key=lambda kv: kv[0]):
            if sym == "":
                continue
            branches.append(sym + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


def alternation(*kinds: str, forms: list[str] | None = None, exclude: tuple[str, ...] = ()) -> str:
    """A non-capturing regex (prefix trie) of the forms of ``kinds`` plus ``forms`` (no boundaries)."""
    all_forms = set(forms or [])
    for kind in kinds:
        all_forms.update(LEXICON[kind])
    all_forms.difference_update(exclude)
    return trie_pattern(sorted(all_forms))


def _build_number_words() -> dict[str, int]:
    units = {normalize(k): int(v) for k, v in LEXICON["number"].items()}
    tens = {normalize(k): int(v) for k, v in LEXICON["tens"].items()}
    words: dict[str, int] = {k: v for k, v in units.items()}
    base_units = {k: v for k, v in units.items() if 1 <= v <= 9 and k != "une"}
    for k, v in list(units.items()):
        if 17 <= v:
            continue
    for u, v in base_units.items():
        if v >= 7:
            words[f"dix-{u}"] = 10 + v
    teens = {k: v for k, v in words.items() if 10 <= v <= 19}

    def add(form: str, value: int) -> None:
        words[form] = value

    for t, tv in tens.items():
        if tv == 100:
            add(t, 100)
            continue
        add(t, tv)
        for u, uv in base_units.items():
            if uv == 1:
                add(f"{t} et un", tv + 1)
                add(f"{t}-et-un", tv + 1)
            else:
                add(f"{t}-{u}", tv + uv)
    # 70..79 and 90..99 the French way; 80 "quatre-vingts"
    for base, bv in (("soixante", 60), ("quatre-vingt", 80)):
        for teen, tv in teens.items():
            if base == "soixante" and tv == 11:
                add("soixante et onze", 71)
                add("soixante-et-onze", 71)
            add(f"{base}-{teen}", bv + tv)
        if base == "quatre-vingt":
            add("quatre-vingts", 80)
            add("quatre-vingt", 80)
            for u, uv in base_units.items():
                add(f"quatre-vingt-{u}", 80 + uv)
    return words


_NUMBER_WORDS = _build_number_words()


def number_words() -> dict[str, int]:
    """Every French number word 0..100 this reader knows (hyphenated forms) -> int."""
    return dict(_NUMBER_WORDS)


def read_number_word(text: str) -> int:
    """Read a French number word 0..100 ("quarante-deux", "soixante et onze", "une") -> int.

    Spaces and hyphens are interchangeable. Raises KeyError when the words are not a number 0..100.
    """
    return _find(_NUMBER_WORDS, text, "a French number word in 0..100")


NUMBER_WORD_PATTERN = trie_pattern(sorted(_NUMBER_WORDS))
"""Regex alternation of the number words 0..100 (no boundaries)."""
