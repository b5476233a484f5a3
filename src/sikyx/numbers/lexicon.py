"""The French number-word lexicon (``lexicon.tsv``), loaded once at import."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources

__all__ = ["WORDS", "words_of_class"]


def _load() -> dict[str, tuple[Decimal, str]]:
    text = resources.files(__package__).joinpath("lexicon.tsv").read_text("utf-8")
    words: dict[str, tuple[Decimal, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, value, cls = line.split("\t")
        words[word.lower()] = (Decimal(value), cls)
    return words


WORDS: dict[str, tuple[Decimal, str]] = _load()
"""Lower-cased word -> (value, class). For class ``fraction`` the value is the denominator."""


def words_of_class(*classes: str) -> list[str]:
    """The words of the given classes, longest first (ready for a regex alternation)."""
    return sorted((w for w, (_, c) in WORDS.items() if c in classes), key=len, reverse=True)
