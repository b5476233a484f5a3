"""msgpack codec (through srsly's registries) for the values sikyx stores on Docs.

spaCy writes ``doc.user_data`` with srsly's msgpack; registering an encoder and a decoder for
:class:`~sikyx.quantities.Quantity`, :class:`~sikyx.dates.Timex`, ``datetime.date`` and
``datetime.datetime`` lets processed Docs cross ``to_bytes``/``from_bytes``, ``DocBin``, pickling
and ``nlp.pipe(n_process=N)``. Values are written as tagged maps with exact decimal strings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import srsly

TAG = "__sikyx__"


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def encode(obj: Any, chain=None) -> Any:
    """srsly msgpack encoder: sikyx values to tagged maps; anything else to ``chain``."""
    from .dates.types import Timex
    from .quantities.types import Quantity

    if isinstance(obj, Quantity):
        return {TAG: "quantity", "kind": obj.kind, "value": _dec(obj.value), "low": _dec(obj.low),
                "high": _dec(obj.high), "unit": None if obj.unit is None else str(obj.unit),
                "qualifier": obj.qualifier, "noun": obj.noun, "flags": list(obj.flags)}
    if isinstance(obj, Timex):
        return {TAG: "timex", "type": obj.type, "value": obj.value,
                "start": obj.start.isoformat() if obj.start else None,
                "end": obj.end.isoformat() if obj.end else None, "mod": obj.mod, "flags": list(obj.flags)}
    if isinstance(obj, dt.datetime):
        return {TAG: "datetime", "iso": obj.isoformat()}
    if isinstance(obj, dt.date):
        return {TAG: "date", "iso": obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain=None) -> Any:
    """srsly msgpack decoder: the inverse of :func:`encode`."""
    if isinstance(obj, dict) and TAG in obj:
        tag = obj[TAG]
        if tag == "quantity":
            from .quantities.types import Quantity
            from .units import unit_from_string

            num = lambda v: None if v is None else Decimal(v)  # noqa: E731
            return Quantity(kind=obj["kind"], value=num(obj["value"]),
                            unit=None if obj["unit"] is None else unit_from_string(obj["unit"]),
                            qualifier=obj["qualifier"], low=num(obj["low"]), high=num(obj["high"]),
                            noun=obj["noun"], flags=tuple(obj["flags"]))
        if tag == "timex":
            from .dates.types import Timex

            day = lambda v: None if v is None else dt.date.fromisoformat(v)  # noqa: E731
            return Timex(type=obj["type"], value=obj["value"], start=day(obj["start"]), end=day(obj["end"]),
                         mod=obj["mod"], flags=tuple(obj["flags"]))
        if tag == "datetime":
            return dt.datetime.fromisoformat(obj["iso"])
        if tag == "date":
            return dt.date.fromisoformat(obj["iso"])
    return obj if chain is None else chain(obj)


def register() -> None:
    """Register :func:`encode` and :func:`decode` with srsly (idempotent)."""
    srsly.msgpack_encoders.register("sikyx", func=encode)
    srsly.msgpack_decoders.register("sikyx", func=decode)
