"""Span hygiene on token texts: what may begin, end or lie inside an entity span.

- No whitespace or newline token inside a span, and no line break: a span is cut at the first
  line break and the first part with a letter is kept ("AFP\\nPartager" → "AFP").
- No punctuation at either end, no guillemets, quotes, brackets, commas, colons or dashes inside
  (the span is cut there: "Alliance des ports » européens" → "Alliance des ports").
- No leading title ("M. Jean Martin", "Me Nadia Ferhat" → the name alone).
- No leading determiner ("le parquet d'Anvers" → "parquet d'Anvers"); a capitalised article is
  kept inside a name when it is not sentence-initial ("Le Monde" mid-sentence).
- An acronym followed only by lower-case words is a whole name ("B.C.E. des missions" →
  "B.C.E."; "CHU de Grenoble" stays).
- Interface words and role nouns are not entities (:func:`is_noise`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .lexicon import word_set

__all__ = ["clean_span", "is_noise", "is_sentence_start", "is_unnamelike", "CUT_TOKENS"]

DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’",
                         "au", "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})
CUT_TOKENS = frozenset({"«", "»", '"', "“", "”", "„", "‹", "›", "(", ")", "[", "]", "{", "}", ",",
                        ";", ":", "—", "–", "|", "•", "…", "?", "!"})
_EDGE_PUNCT = CUT_TOKENS | frozenset({".", "-", "/", "\\", "*", "_"})
TITLES = frozenset({"M.", "M", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Maître", "Dr", "Dr.", "Docteur",
                    "Pr", "Pr.", "Professeur", "Mgr"})
"""Titles before a name, outside the span (GUIDELINES 3.1: "M. Martin" → "Martin")."""
_PARTICLES = frozenset({"de", "d'", "d’", "du", "des"})
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", "«", "»", '"', "“", "”", "—", "–", "-", "•", "|"})


def is_sentence_start(words: Sequence[str], spaces: Sequence[str], i: int) -> bool:
    """True when token ``i`` opens a sentence or a line: first token, after a line break, or after
    sentence punctuation (the pipeline has no parser, so this is a surface test)."""
    j = i - 1
    while j >= 0 and not words[j].strip():
        if "\n" in words[j]:
            return True
        j -= 1
    if j < 0:
        return True
    return "\n" in spaces[j] or words[j] in _SENTENCE_END


def _has_letter(words: Sequence[str], start: int, end: int) -> bool:
    return any(ch.isalpha() for w in words[start:end] for ch in w)


def clean_span(words: Sequence[str], spaces: Sequence[str], start: int, end: int,
               person: bool = False, strip_titles: bool = True) -> tuple[int, int] | None:
    """The cleaned token span ``(start, end)`` of ``words[start:end]``, or ``None`` when nothing
    with a letter is left. ``spaces[i]`` is the whitespace after token ``i`` (``token.whitespace_``).
    With ``person``, name particles and capitalised articles stay ("de Gaulle", "La Fontaine");
    with ``strip_titles``, a leading title of :data:`TITLES` goes ("M. Martin" → "Martin")."""
    # cut at line breaks and inner punctuation: keep the first part that has a letter
    parts, part_start = [], start
    for i in range(start, end):
        word = words[i]
        if not word.strip() or "\n" in word or word in CUT_TOKENS or _unbalanced(word):
            parts.append((part_start, i))
            part_start = i + 1
        elif "\n" in spaces[i] and i + 1 < end:
            parts.append((part_start, i + 1))
            part_start = i + 1
    parts.append((part_start, end))
    for s, e in parts:
        while s < e and (words[s] in _EDGE_PUNCT or not words[s].strip() or words[s] in ("'", "’")
                         or _is_loose_determiner(words, spaces, s, person)
                         or (strip_titles and words[s] in TITLES and s + 1 < e and words[s + 1][:1].isupper())):
            s += 1
        while e > s and (words[e - 1] in _EDGE_PUNCT or not words[e - 1].strip()
                         or words[e - 1] in DETERMINERS):  # "département du" → "département"
            e -= 1
        if s < e and _has_letter(words, s, e) and not all(w.lower() in DETERMINERS for w in words[s:e]):
            if e - s > 1 and _is_acronym(words[s]) and not any(w[:1].isupper() for w in words[s + 1:e]):
                e = s + 1  # "B.C.E. des missions" (but "CHU de Grenoble"): an acronym is a whole name
            return s, e
    return None


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _unbalanced(word: str) -> bool:
    return word.count("(") != word.count(")") or word.count("[") != word.count("]")


def _is_loose_determiner(words: Sequence[str], spaces: Sequence[str], i: int, person: bool) -> bool:
    low = words[i].lower()
    if low not in DETERMINERS:
        return False
    if person:
        return words[i][0].islower() and low not in _PARTICLES
    return words[i][0].islower() or is_sentence_start(words, spaces, i)


_ROMAN_ORDINAL = regex.compile(r"[IVXLC]+(?:e|er|ème)s?|[IVX]{2,}")


def is_unnamelike(words: Sequence[str]) -> bool:
    """True for model spans that cannot be names: no capital letter at all ("chantier", "dune",
    "bourgogne" of a wine), a single letter without a digit ("C" of "°C", "h." of "km/h"; "A7"
    is a road), a lower-case noun with a one-character designator ("ligne F", "bras B"), or a
    Roman ordinal or numeral alone ("IIe" of "IIe siècle"; "II", often an OCR misreading of "Il")."""
    text = "".join(words)
    if text == text.lower():
        return True
    if len(text) <= 3 and sum(ch.isalnum() for ch in text) <= 1:
        return True
    if len(words) == 2 and words[0].isalpha() and words[0].islower() and len(words[1]) == 1:
        return True  # "ligne F", "bras B", "groupe A": a designator, not a name
    return len(words) == 1 and _ROMAN_ORDINAL.fullmatch(words[0]) is not None


def is_noise(text: str) -> bool:
    """True for interface words ("Partager", "Archives", "PUBLICITÉ", "Close Button"), forms of
    address without a name ("Monsieur le Président") and role
    nouns alone or with a complement ("Député", "ministre de l'Intérieur"): never entities
    (case-insensitive). A role before a name stays ("président Wilson")."""
    low = text.lower()
    if low in word_set("interface_words.txt"):
        return True
    parts = text.split(" ", 2)
    if parts[0] in word_set("address_words.txt", lower=False) and (len(parts) == 1 or parts[1] in _ADDRESS_ARTICLES):
        return True  # "Monsieur le Président", "Messieurs": an address, not a name
    return low in word_set("role_nouns.txt") or low.startswith(_role_prefixes())


_ADDRESS_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


@lru_cache(maxsize=1)
def _role_prefixes() -> tuple[str, ...]:
    """Every role noun followed by "de", "d'", "du" or "des" ("ministre de ")."""
    return tuple(r + p for r in sorted(word_set("role_nouns.txt")) for p in (" de ", " d'", " du ", " des "))
