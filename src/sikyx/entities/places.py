"""Place spans by rule (corpus GUIDELINES 3.3): generic nouns outside a place, street heads inside.

- "canton de Genève", "port d'Anvers", "vallée du Rhône": the LOC is the name alone
  (:func:`strip_place_generic`, nouns of ``place_generics.txt``);
- "rue Sommeiller", "rue du Général-Leclerc", "salle Pierre-Lamy": the LOC includes its head
  (:func:`find_streets`, nouns of ``street_heads.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .institutions import is_name_word, name_end
from .lexicon import rows, word_set

__all__ = ["strip_place_generic", "find_streets"]

_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})


def _after_links(words: Sequence[str], i: int) -> int:
    """Index after up to two linking words ("de la", "du", "d'") at ``i``."""
    j = i
    while j < len(words) and j - i < 2 and words[j].lower() in _LINKS:
        j += 1
    return j


def strip_place_generic(words: Sequence[str], start: int, end: int, generics: str = "place_generics.txt") -> int:
    """The start of the place name in ``words[start:end]``: after a leading generic noun of the
    data file ``generics`` and its linking words ("canton de Genève" → index of "Genève"; with
    ``event_generics.txt``, "marathon de Lyon" → index of "Lyon"), else ``start``."""
    if words[start].lower() in word_set(generics):
        j = _after_links(words, start + 1)
        if j < end and is_name_word(words[j]):
            return j
    return start


def find_streets(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans of "HEAD [de|du|des|d'|de la] NAME" streets and venues, head included. A head
    marked "direct" in ``street_heads.txt`` takes its name without a link only ("place
    Bellecour", "place Lazare-Goujon"; but "à la place de Martin" means instead of Martin)."""
    heads = _street_heads()
    found = []
    if heads.keys().isdisjoint(words):
        return found
    for i, word in enumerate(words[:-1]):
        if word in heads:  # lower-case head: "Stade de France" is a name of its own
            j = i + 1 if "direct" in heads[word] else _after_links(words, i + 1)
            end = name_end(words, j)
            if end > j:
                found.append((i, end))
    return found


@lru_cache(maxsize=1)
def _street_heads() -> dict[str, tuple[str, ...]]:
    """``street_heads.txt``: head → its flags ("direct")."""
    return {row[0]: row[1:] for row in rows("street_heads.txt")}
