"""The typed value of a temporal expression: :class:`Timex` (TIMEX3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Timex", "TIMEX_TYPES"]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
"""TIMEX3 ``type`` values (ISO-TimeML, Pustejovsky et al. 2010; TimeML 1.2.1 guidelines §2.2)."""


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalised the TIMEX3 way.

    Attributes:
        type: one of :data:`TIMEX_TYPES`.
        value: the TIMEX3 ``value`` (TimeML 1.2.1, ISO 8601 extended): "2021-03-09",
            "2021-W14", "2021-Q1", "2017-SU", "2021-04-02TNI", "2021-04-05T16:30", "P42D",
            "PRESENT_REF", or an unresolved "XXXX-03-17" / "XXXX-WXX-1" without a reference date.
        start, end: the inclusive calendar days the expression covers (``datetime.date``), when
            known; for a DURATION anchored to the reference date ("les 42 derniers jours"), the
            interval it denotes.
        mod: the TIMEX3 ``mod`` ("START", "END", "MID", "APPROX", "MORE_THAN", ...) or ``None``.
        flags: names of doubts and repairs, e.g. ``"year_inferred"``.
    """

    type: str
    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    mod: str | None = None
    flags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.type not in TIMEX_TYPES:
            raise ValueError(f"unknown TIMEX3 type {self.type!r}; expected one of {TIMEX_TYPES}")

    def to_dict(self) -> dict[str, Any]:
        """The typed part of the public JSON ``dates`` item (no offsets, no text)."""
        return {
            "type": self.type,
            "value": self.value,
            "start_date": self.start.isoformat() if self.start else None,
            "end_date": self.end.isoformat() if self.end else None,
            "mod": self.mod,
            "flags": list(self.flags),
        }
