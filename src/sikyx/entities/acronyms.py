"""Acronyms in brackets after an organisation's name: "Office anti-stupéfiants (Ofast)".

- :func:`acronym_after` finds "( ACRONYM )" right after a span.
- :func:`expansion_end` lets a name the model cut short run on to its acronym when the acronym
  spells the name's initials ("Bureau de recherches géologiques et minières (BRGM)": the model's
  "Bureau de recherches géologiques" becomes the whole name).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["acronym_after", "expansion_end", "spells"]

_FUNCTION_WORDS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour",
                             "sur", "en", "à", "au", "aux", "dans", "par"})
_STOP = frozenset({".", ",", ";", ":", "!", "?", "«", "»", '"', "(", ")", "\n"})
MAX_EXTENSION = 10


def acronym_after(words: Sequence[str], end: int) -> int | None:
    """Index of the acronym when ``words[end:end+3]`` is "(", an acronym, ")"; else None."""
    if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")":
        acro = words[end + 1]
        if acro[:1].isupper() and acro.replace(".", "").replace("-", "").isalnum() and len(acro) <= 10:
            return end + 1
    return None


def spells(acronym: str, name_words: Sequence[str]) -> bool:
    """True when the acronym's letters are, in order, initials of the name's content words
    (function words may be skipped or used), starting with the first word, with at most two
    content words left unspelled, accents ignored: "BRGM" spells "Bureau de recherches géologiques
    et minières", "Giec" spells "Groupe d'experts intergouvernemental sur l'évolution du climat"."""
    letters = [_bare(c) for c in acronym if c.isalpha()]
    content = [w for w in name_words if w.lower() not in _FUNCTION_WORDS and w[:1].isalpha()]
    initials = [_bare(w[0]) for w in content]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for initial in initials:
        if k < len(letters) and initial == letters[k]:
            k += 1
    return k == len(letters) and len(initials) - len(letters) <= 2


def _bare(letter: str) -> str:
    """The letter lower-cased without its accent: "É" → "e" ("Giec" spells "évolution")."""
    return unicodedata.normalize("NFD", letter.lower())[0]


def expansion_end(words: Sequence[str], start: int, end: int) -> int:
    """The end of the name ``words[start:end]`` run on to a following bracketed acronym that
    spells it (at most :data:`MAX_EXTENSION` more words, no punctuation between), else ``end``."""
    j = end
    while j < len(words) and j - end < MAX_EXTENSION and words[j] not in _STOP and words[j].strip():
        j += 1
    acro = acronym_after(words, j)
    if j > end and acro is not None and spells(words[acro], words[start:j]):
        return j
    return end
