"""Document-level API: :func:`extract`, :func:`extract_many` and the :class:`Extraction` record."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .dates import Timex
from .extensions import parse_reference_date, register_extensions
from .quantities import Quantity
from .spans import Match

__all__ = ["Entity", "Extraction", "extract", "extract_many", "doc_to_extraction", "default_nlp",
           "CHUNK_CHARS"]

register_extensions()

CHUNK_CHARS = 100_000
"""Texts longer than this are cut at paragraph (else sentence, else space) boundaries and run as
several Docs, so memory stays bounded and time linear; offsets are mapped back to the text."""

_NLP: Language | None = None
_NLP_LOCK = threading.Lock()


def default_nlp() -> Language:
    """The pipeline :func:`extract` uses: :func:`sikyx.load` with its defaults, loaded once."""
    global _NLP
    with _NLP_LOCK:
        if _NLP is None:
            from .pipeline import load

            _NLP = load()
        return _NLP


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: character offsets into the document text (end exclusive) and a label
    (ORG, LOC, PER, DATE or MISC)."""

    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}


def _format_reference(ref: dt.date | dt.datetime | None) -> str | None:
    if ref is None:
        return None
    if isinstance(ref, dt.datetime):
        return ref.replace(tzinfo=None, microsecond=0).isoformat()
    return ref.isoformat()


@dataclass
class Extraction:
    """What sikyx read in one document.

    Attributes:
        id: the caller's identifier (passed through), or ``None``.
        text: the document text; all offsets index into it.
        reference_date: the date relative expressions were resolved against, or ``None``.
        entities: :class:`Entity` items (ORG/LOC/PER/DATE/MISC), sorted by offset.
        quantities: ``Match[Quantity]`` items (``.start``, ``.end``, ``.text``, ``.value``).
        dates: ``Match[Timex]`` items.
        error: for :func:`extract_many` with ``on_error="record"``, why the document could not
            be read (then the lists are empty).
    """

    id: Any
    text: str
    reference_date: dt.date | dt.datetime | None
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Match[Quantity]] = field(default_factory=list)
    dates: list[Match[Timex]] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON object of the README's schema (plus ``"error"`` when set)."""
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "reference_date": _format_reference(self.reference_date),
            "entities": [e.to_dict() for e in self.entities],
            "quantities": [
                {"start": m.start, "end": m.end, "text": m.text, **m.value.to_dict()} for m in self.quantities
            ],
            "dates": [
                {"start": m.start, "end": m.end, "text": m.text, **m.value.to_dict()} for m in self.dates
            ],
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def doc_to_extraction(doc: Doc, *, id: Any = None, offset: int = 0, text: str | None = None) -> Extraction:
    """Read the sikyx results off a processed Doc (character offsets shifted by ``offset``)."""
    ents = [Entity(e.start_char + offset, e.end_char + offset, e.text, e.label_) for e in doc.ents]
    quantities = [
        Match(s.start_char + offset, s.end_char + offset, s.text, s._.quantity)
        for s in (doc._.quantities or [])
    ]
    dates = [Match(s.start_char + offset, s.end_char + offset, s.text, s._.date) for s in (doc._.dates or [])]
    return Extraction(id=id, text=doc.text if text is None else text, reference_date=doc._.reference_date,
                      entities=ents, quantities=quantities, dates=dates)


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most about ``size`` characters at natural boundaries."""
    if len(text) <= size:
        return [(0, text)]
    pieces = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            window = text[start + size // 2:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut != -1:
                    end = start + size // 2 + cut + len(sep)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


def extract(text: str, reference_date: dt.date | dt.datetime | str | None = None, *,
            nlp: Language | None = None, id: Any = None) -> Extraction:
    """Extract entities, dates and figures from one French text.

    Args:
        text: the document (any length: long texts are processed in pieces).
        reference_date: the document's date (``date``, ``datetime`` or "YYYY-MM-DD[THH:MM[:SS]]")
            for relative expressions ("lundi", "hier"); ``None`` leaves them unresolved
            ("XXXX-WXX-1").
        nlp: a pipeline from :func:`sikyx.load` (default: :func:`default_nlp`).
        id: passed through to :attr:`Extraction.id`.

    Returns an :class:`Extraction`. Raises :class:`TypeError` if ``text`` is not a string and
    :class:`ValueError` for a malformed reference date.
    """
    return next(iter(extract_many([{"id": id, "text": _check_text(text), "reference_date": reference_date}],
                                  nlp=nlp)))


def _normalise_record(item: Any, default_ref: Any) -> tuple[Any, str, Any]:
    if isinstance(item, str):
        return None, item, default_ref
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError("record has no 'text' field")
        ref = item.get("reference_date")
        return item.get("id"), _check_text(item["text"]), default_ref if ref is None else ref
    raise TypeError(f"expected a str or a mapping with 'text', not {type(item).__name__}")


def extract_many(texts_or_records: Iterable[str | Mapping[str, Any]], *, nlp: Language | None = None,
                 reference_date: dt.date | dt.datetime | str | None = None, batch_size: int = 32,
                 on_error: str = "raise") -> Iterator[Extraction]:
    """Stream :class:`Extraction` objects for many documents, in input order, through ``nlp.pipe``.

    Args:
        texts_or_records: strings, or mappings ``{"id": ..., "text": str, "reference_date": ...}``.
        nlp: a pipeline from :func:`sikyx.load` (default: :func:`default_nlp`).
        reference_date: for documents that give none of their own.
        batch_size: passed to ``nlp.pipe``.
        on_error: ``"raise"`` (default) raises :class:`TypeError`/:class:`ValueError` on a bad
            record; ``"record"`` yields an Extraction with ``error`` set and goes on.
    """
    if on_error not in ("raise", "record"):
        raise ValueError("on_error must be 'raise' or 'record'")
    nlp = nlp or default_nlp()
    if nlp.max_length < CHUNK_CHARS + 1:
        nlp.max_length = CHUNK_CHARS + 1

    # Each document becomes one or more pieces; pieces go through nlp.pipe together and are
    # reassembled in order. `pending` holds, per document, what is still missing.
    def pieces() -> Iterator[tuple[str, dict[str, Any]]]:
        for index, item in enumerate(texts_or_records):
            try:
                doc_id, text, ref = _normalise_record(item, reference_date)
                ref = parse_reference_date(ref)
            except (TypeError, ValueError) as exc:
                if on_error == "raise":
                    raise
                doc_id = item.get("id") if isinstance(item, Mapping) else None
                text = item.get("text") if isinstance(item, Mapping) and isinstance(item.get("text"), str) else ""
                yield "", {"index": index, "bad": Extraction(doc_id, text, None, error=str(exc)), "n": 1, "k": 0}
                continue
            chunks = _chunks(text, CHUNK_CHARS)
            for k, (offset, chunk) in enumerate(chunks):
                yield chunk, {"index": index, "id": doc_id, "text": text, "ref": ref, "offset": offset,
                              "n": len(chunks), "k": k}

    def with_reference(stream):
        for chunk, ctx in stream:
            doc = nlp.make_doc(chunk)
            if "bad" not in ctx:
                doc._.reference_date = ctx["ref"]
            yield doc, ctx

    current: Extraction | None = None
    for doc, ctx in _pipe(nlp, with_reference(pieces()), batch_size):
        if "bad" in ctx:
            yield ctx["bad"]
            continue
        part = doc_to_extraction(doc, id=ctx["id"], offset=ctx["offset"], text=ctx["text"])
        if ctx["k"] == 0:
            current = part
            current.reference_date = ctx["ref"]
        else:
            assert current is not None
            current.entities.extend(part.entities)
            current.quantities.extend(part.quantities)
            current.dates.extend(part.dates)
        if ctx["k"] == ctx["n"] - 1:
            yield current
            current = None


def _pipe(nlp: Language, docs_with_ctx, batch_size: int):
    """``nlp.pipe`` over (Doc, context) pairs, skipping the components for placeholder docs."""
    return nlp.pipe(docs_with_ctx, as_tuples=True, batch_size=batch_size)
