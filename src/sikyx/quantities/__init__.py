"""Figures with units: money, physical quantities, percentages, counts.

Public API: :func:`find_quantities` (text -> ``Match[Quantity]``, span convention in
:mod:`sikyx.quantities.grammar`), :class:`Quantity`, :data:`KINDS`, :data:`QUALIFIERS`.
"""

from .grammar import find_quantities
from .types import KINDS, QUALIFIERS, Quantity

__all__ = ["Quantity", "KINDS", "QUALIFIERS", "find_quantities"]
