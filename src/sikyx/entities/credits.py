"""Credit lines: photographers and authors (PER) and the agencies credited with them (ORG).

Patterns, on the raw text (character offsets):

- photo credit  ``NAME/AGENCY`` ("Virginia Mayo/AP Photo" → PER "Virginia Mayo", ORG "AP");
- by-line       ``Par NAME [et NAME] avec|(|, AGENCY`` ("Par Vincent Coste avec AFP");
- copyright     ``© AGENCY``.

NAME is two to four capitalised words; AGENCY a line of ``agencies.txt`` (exact case). An agency
acronym such as "AP" is only trusted inside these patterns.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import lines

__all__ = ["find_credits"]

_NAME = r"\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}'’-]+){1,3}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, ...]:
    agency = "|".join(regex.escape(a) for a in sorted(lines("agencies.txt"), key=len, reverse=True))
    return (
        regex.compile(rf"(?P<per>{_NAME})[ \u00A0]?/[ \u00A0]?(?P<org>{agency})(?![\p{{L}}\p{{N}}])"),
        regex.compile(rf"(?<![\p{{L}}])[Pp]ar[ \u00A0]+(?P<per>{_NAME})(?:[ \u00A0]+et[ \u00A0]+(?P<per2>{_NAME}))?"
                      rf"[ \u00A0]*(?:avec|\(|,)[ \u00A0]*(?P<org>{agency})(?![\p{{L}}\p{{N}}])"),
        regex.compile(rf"©[ \u00A0]?(?P<org>{agency})(?![\p{{L}}\p{{N}}])"),
    )


def find_credits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` character spans (end exclusive) of credited people and agencies.

    >>> find_credits("Tous droits réservés Virginia Mayo/AP Photo")
    [(21, 34, 'PER'), (35, 37, 'ORG')]
    """
    found: set[tuple[int, int, str]] = set()
    for pattern, needed in zip(_patterns(), ("/", "ar", "©")):
        if needed not in text:  # the literal every match of the pattern contains
            continue
        for m in pattern.finditer(text):
            for group, label in (("per", "PER"), ("per2", "PER"), ("org", "ORG")):
                if group in pattern.groupindex and m.start(group) >= 0:
                    found.add((m.start(group), m.end(group), label))
    return sorted(found)
