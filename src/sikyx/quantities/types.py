"""The typed value of a figure: :class:`Quantity`."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pint

from ..units import ureg

__all__ = ["Quantity", "KINDS", "QUALIFIERS", "decimal_to_json"]

KINDS = (
    "money", "mass", "length", "area", "volume", "duration", "temperature", "energy",
    "power", "speed", "percent", "count", "number", "other",
)
"""The values of :attr:`Quantity.kind` (the public JSON schema's ``kind``)."""

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")
"""The values of :attr:`Quantity.qualifier`: how the text bounds the figure."""


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """Write a Decimal as a JSON number without float artefacts.

    Integral values become ``int`` (``Decimal("1.382E+9")`` -> ``1382000000``); others become the
    ``float`` whose ``repr`` is the shortest decimal string, which for up to 15 significant digits is
    the exact decimal written in the text (``Decimal("27.64")`` -> ``27.64``). Raises
    :class:`ValueError` for a non-finite value or one beyond 10**±300 (the components never
    produce such values).
    """
    if value is None:
        return None
    if not value.is_finite() or abs(value.adjusted()) > 300:
        raise ValueError(f"{value!r} cannot be written as an exact JSON number")
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure read from text, with an exact value and a unit.

    Attributes:
        kind: one of :data:`KINDS` ("money", "mass", ..., "count", "number").
        value: the exact magnitude as :class:`~decimal.Decimal`, in ``unit``; ``None`` for a range
            (then ``low``/``high`` are set) or where the text names no definite number
            ("des milliers").
        low, high: bounds of a range ("entre 10 et 12 millions d'euros" -> 10000000, 12000000),
            in ``unit``; ``None`` otherwise.
        unit: a :class:`pint.Unit` of :data:`sikyx.units.ureg` (money: the ISO 4217 code as its own
            dimension; counts: ``count``); ``None`` for a bare number.
        noun: for ``kind == "count"``, the lemma of the counted noun ("téléphone"); for index
            points (unit ``index_point``), the stock index named in the sentence ("CAC 40") or
            ``None``; else ``None``.
        qualifier: one of :data:`QUALIFIERS` ("plus de X" -> "more_than", value X).
        flags: names of repairs and doubts, e.g. ``"decimal_comma_lost"`` for "27 64 tonnes".
    """

    kind: str
    value: Decimal | None
    unit: pint.Unit | None = None
    qualifier: str = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    noun: str | None = None
    flags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown quantity kind {self.kind!r}; expected one of {KINDS}")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {QUALIFIERS}")

    def __reduce__(self):
        # pickle the unit by name and rebuild it in sikyx's registry: pint would otherwise unpickle
        # it in its application registry, which has no currencies
        unit = None if self.unit is None else str(self.unit)
        return (_rebuild, (self.kind, self.value, unit, self.qualifier, self.low, self.high, self.noun, self.flags))

    @property
    def unit_name(self) -> str | None:
        """The JSON ``unit``: ISO code for money, the noun lemma for counts, a pint string otherwise."""
        if self.kind == "count":
            return self.noun
        if self.unit is None:
            return None
        return str(self.unit)

    def to_pint(self) -> pint.Quantity | tuple[pint.Quantity, pint.Quantity]:
        """The value as a :class:`pint.Quantity` of :data:`sikyx.units.ureg` (Decimal magnitude).

        A range gives the pair ``(low, high)``. A bare number is dimensionless.
        Raises :class:`ValueError` when the quantity has no value and is not a range.
        """
        unit = self.unit if self.unit is not None else ureg.dimensionless
        if self.value is not None:
            return ureg.Quantity(self.value, unit)
        if self.low is not None and self.high is not None:
            return ureg.Quantity(self.low, unit), ureg.Quantity(self.high, unit)
        raise ValueError("this quantity names no definite number (value, low and high are None)")

    def to_dict(self) -> dict[str, Any]:
        """The typed part of the public JSON ``quantities`` item (no offsets, no text)."""
        return {
            "kind": self.kind,
            "value": decimal_to_json(self.value),
            "low": decimal_to_json(self.low),
            "high": decimal_to_json(self.high),
            "unit": self.unit_name,
            "qualifier": self.qualifier,
            "flags": list(self.flags),
        }


def _rebuild(kind, value, unit, qualifier, low, high, noun, flags) -> Quantity:
    from ..units import unit_from_string

    return Quantity(kind, value, None if unit is None else unit_from_string(unit), qualifier, low, high, noun,
                    tuple(flags))
