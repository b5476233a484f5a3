"""A match of a pure finder: character offsets plus a typed value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Match"]


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A span of text found by a pure (spaCy-free) finder.

    ``start``/``end`` are Python string indices into the searched text, end exclusive;
    ``text == searched_text[start:end]``; ``value`` is the typed reading
    (:class:`sikyx.quantities.Quantity` or :class:`sikyx.dates.Timex`).
    """

    start: int
    end: int
    text: str
    value: T
