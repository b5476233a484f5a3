"""spaCy extension attributes set by the sikyx components.

- ``doc._.reference_date``: ``datetime.date`` or ``datetime.datetime`` or ``None``; relative dates
  are resolved against it. Set it before the components run (on a Doc from ``nlp.make_doc``), or
  pass ``{"reference_date": ...}`` as the context of ``nlp.pipe(..., as_tuples=True)``.
- ``doc._.quantities``: list of :class:`spacy.tokens.Span`, each with ``span._.quantity``
  (:class:`sikyx.quantities.Quantity`); ``None`` before ``sikyx_quantities`` ran.
- ``doc._.dates``: list of Spans, each with ``span._.date`` (:class:`sikyx.dates.Timex`);
  ``None`` before ``sikyx_dates`` ran.

Everything is stored in ``doc.user_data`` as character offsets and values that srsly's msgpack
can write (sikyx registers an encoder for Quantity, Timex and dates), so processed Docs survive
``doc.to_bytes()``, ``DocBin(store_user_data=True)``, pickling and ``nlp.pipe(n_process=2)``; the
Span lists are rebuilt from the offsets on access.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc, Span

__all__ = ["register_extensions", "reference_date_of", "parse_reference_date", "stored_results", "store_results"]

_OFFSETS_KEY = {"quantities": "sikyx_quantities", "dates": "sikyx_dates"}
_LABELS = {"quantities": "QUANTITY", "dates": "DATE"}


def _span_list(name: str):
    key, label = _OFFSETS_KEY[name], _LABELS[name]

    def getter(doc: Doc) -> list[Span] | None:
        offsets = doc.user_data.get(key)
        if offsets is None:
            return None
        spans = (doc.char_span(a, b, label=label, alignment_mode="expand") for a, b in offsets)
        return [s for s in spans if s is not None]

    def setter(doc: Doc, spans) -> None:
        doc.user_data[key] = None if spans is None else [(s.start_char, s.end_char) for s in spans]

    return getter, setter


_VALUE_ATTR = {"quantities": "quantity", "dates": "date"}


def _value_key(attr: str, start: int, end: int) -> tuple:
    """The ``doc.user_data`` key under which spaCy keeps ``span._.<attr>`` of the Span covering
    characters ``start:end`` (spaCy 3.8 ``Underscore._get_key``; the extension tests read the values
    back through ``span._``, so a change of spaCy's layout fails them)."""
    return ("._.", attr, start, end)


def store_results(doc: Doc, name: str, items) -> None:
    """Set ``doc._.<name>`` ("quantities" or "dates") from ``(start_char, end_char, value)`` items
    whose offsets fall on token boundaries, without building a Span per item (the components' hot
    path): the offsets and each ``span._.quantity`` / ``span._.date`` value go straight where the
    extensions keep them. ``doc._.<name>`` then returns those Spans, each with its value."""
    data, attr = doc.user_data, _VALUE_ATTR[name]
    offsets = []
    for start, end, value in items:
        data[_value_key(attr, start, end)] = value
        offsets.append((start, end))
    data[_OFFSETS_KEY[name]] = offsets


def stored_results(doc: Doc, name: str) -> list[tuple[int, int, Any]] | None:
    """``(start_char, end_char, value)`` of ``doc._.<name>`` ("quantities" or "dates") read without
    building Spans; ``None`` when the component that sets them has not run."""
    offsets = doc.user_data.get(_OFFSETS_KEY[name])
    if offsets is None:
        return None
    data, attr = doc.user_data, _VALUE_ATTR[name]
    return [(a, b, data.get(_value_key(attr, a, b))) for a, b in offsets]


def register_extensions() -> None:
    """Register the sikyx Doc/Span extensions and msgpack codec (idempotent)."""
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", default=None)
    for name in ("quantities", "dates"):
        if not Doc.has_extension(name):
            getter, setter = _span_list(name)
            Doc.set_extension(name, getter=getter, setter=setter)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", default=None)
    if not Span.has_extension("date"):
        Span.set_extension("date", default=None)
    from . import codec

    codec.register()


_REFERENCE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")


def parse_reference_date(value: Any) -> dt.date | dt.datetime | None:
    """Read a reference date from ``None``, a ``date``/``datetime`` or an ISO string.

    Accepts exactly "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM[:SS]" (no time zone: TIMEX3 values are
    local to the document). Raises :class:`ValueError` otherwise, naming the value.
    """
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _REFERENCE.fullmatch(text):
            try:
                return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise ValueError(f"reference date {value!r} is not a valid YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]")
    raise ValueError(f"reference date must be a date, datetime or ISO string, not {type(value).__name__}")


def reference_date_of(doc: Doc) -> dt.date | dt.datetime | None:
    """The reference date of ``doc``: ``doc._.reference_date``, else the ``nlp.pipe`` context's.

    With ``nlp.pipe(((text, {"reference_date": "2021-04-05"}), ...), as_tuples=True)`` spaCy keeps
    the context on the Doc while the pipeline runs; this copies it to ``doc._.reference_date``.
    A string is parsed (and stored back parsed). Raises :class:`ValueError` for a value that is
    not a date, datetime or ISO string.
    """
    ref = doc._.reference_date
    if ref is None:
        context = getattr(doc, "_context", None)
        if isinstance(context, dict) and context.get("reference_date") is not None:
            ref = parse_reference_date(context["reference_date"])
            doc._.reference_date = ref
    elif not isinstance(ref, dt.date):
        ref = parse_reference_date(ref)
        doc._.reference_date = ref
    return ref
