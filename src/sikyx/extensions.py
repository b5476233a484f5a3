"""spaCy extension attributes set by the sikyx components.

- ``doc._.reference_date``: ``datetime.date`` or ``datetime.datetime`` or ``None``; relative dates
  are resolved against it. Set it before the components run (on a Doc from ``nlp.make_doc``), or
  pass ``{"reference_date": ...}`` as the context of ``nlp.pipe(..., as_tuples=True)``.
- ``doc._.quantities``: list of :class:`spacy.tokens.Span`, each with ``span._.quantity``
  (:class:`sikyx.quantities.Quantity`).
- ``doc._.dates``: list of Spans, each with ``span._.date`` (:class:`sikyx.dates.Timex`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc, Span

__all__ = ["register_extensions", "reference_date_of", "parse_reference_date"]


def register_extensions() -> None:
    """Register the sikyx Doc/Span extensions (idempotent)."""
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", default=None)
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)
    if not Doc.has_extension("dates"):
        Doc.set_extension("dates", default=None)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", default=None)
    if not Span.has_extension("date"):
        Span.set_extension("date", default=None)


def parse_reference_date(value: Any) -> dt.date | dt.datetime | None:
    """Read a reference date from ``None``, a ``date``/``datetime`` or an ISO string.

    Accepts "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM[:SS]". Raises :class:`ValueError` otherwise.
    """
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if "T" in text or " " in text:
                return dt.datetime.fromisoformat(text)
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"reference date {value!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]"
            ) from None
    raise ValueError(f"reference date must be a date, datetime or ISO string, not {type(value).__name__}")


def reference_date_of(doc: Doc) -> dt.date | dt.datetime | None:
    """The reference date of ``doc``: ``doc._.reference_date``, else the ``nlp.pipe`` context's.

    With ``nlp.pipe(((text, {"reference_date": "2021-04-05"}), ...), as_tuples=True)`` spaCy keeps
    the context on the Doc while the pipeline runs; this copies it to ``doc._.reference_date``.
    """
    ref = doc._.reference_date
    if ref is None:
        context = getattr(doc, "_context", None)
        if isinstance(context, dict) and context.get("reference_date") is not None:
            ref = parse_reference_date(context["reference_date"])
            doc._.reference_date = ref
    elif isinstance(ref, str):
        ref = parse_reference_date(ref)
        doc._.reference_date = ref
    return ref


register_extensions()
