"""Figures with units: money, physical quantities, percentages, counts."""

from .types import KINDS, QUALIFIERS, Quantity

__all__ = ["Quantity", "KINDS", "QUALIFIERS", "find_quantities"]


def find_quantities(text, *, exclude=(), lemmatize=None):  # pragma: no cover - replaced by grammar
    raise NotImplementedError
