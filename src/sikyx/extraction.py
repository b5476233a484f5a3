"""Document-level API: :func:`extract`, :func:`extract_many` and the :class:`Extraction` record."""

from __future__ import annotations

import datetime as dt
import re
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

CHUNK_CHARS = 10_000
"""Texts longer than this are cut at paragraph (else sentence, else space) boundaries and run as
several Docs, so memory stays bounded and time linear; offsets are mapped back to the text."""

MAX_RUN = 200
"""Longest run of characters without white space given to the tokenizer in one piece."""

_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))

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


def _natural_chunks(text: str, start: int, stop: int, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:stop]`` into pieces of at most ``size`` characters, preferably after a
    blank line, else a line break, else a sentence end, else a space."""
    while start < stop:
        end = min(start + size, stop)
        if end < stop:
            lo = start + size // 2
            window = text[lo:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut != -1:
                    end = lo + cut + len(sep)
                    break
        yield start, end
        start = end


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``: pieces of at most ``size`` characters cut at
    natural boundaries, and runs of more than :data:`MAX_RUN` characters without a space cut every
    :data:`MAX_RUN` characters (spaCy's tokenizer takes quadratic time on such a run)."""
    if len(text) <= size and not _LONG_RUN.search(text):
        return [(0, text)]
    cuts = [0]
    for m in _LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + MAX_RUN, m.end(), MAX_RUN))
    cuts.append(len(text))
    return [(a, text[a:b]) for lo, hi in zip(cuts, cuts[1:]) for a, b in _natural_chunks(text, lo, hi, size)]


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
        batch_size: pieces of text per ``nlp.pipe`` batch (a long text counts as several pieces of
            at most :data:`CHUNK_CHARS` characters).
        on_error: ``"raise"`` (default) raises on a bad record (:class:`TypeError`,
            :class:`ValueError`) or a failing component; ``"record"`` yields an Extraction with
            ``error`` set for that document and goes on with the others.

    Raises :class:`ValueError` at once for a bad ``on_error`` or ``reference_date``.
    """
    if on_error not in ("raise", "record"):
        raise ValueError("on_error must be 'raise' or 'record'")
    default_ref = parse_reference_date(reference_date)
    return _extract_stream(texts_or_records, nlp or default_nlp(), default_ref, max(1, batch_size), on_error)


def _extract_stream(items, nlp: Language, default_ref, batch_size: int, on_error: str) -> Iterator[Extraction]:
    # Documents are cut into pieces; pieces go through nlp.pipe in batches and are put back
    # together in input order. A batch whose processing fails is run again piece by piece, so
    # that only the document at fault gets an error (on_error="record").
    pending: list[Extraction] = []          # documents in input order, not yet complete
    missing: dict[int, int] = {}            # id(extraction) -> pieces still to come
    batch: list[tuple[Extraction, int, str]] = []

    def make_docs() -> list:
        docs = []
        for extraction, _, piece in batch:
            doc = nlp.make_doc(piece)
            doc._.reference_date = extraction.reference_date
            docs.append(doc)
        return docs

    def run_batch() -> None:
        try:
            done = list(nlp.pipe(make_docs(), batch_size=batch_size))
        except Exception:
            if on_error == "raise":
                raise
            done = []
            # fresh Docs: those of the failed batch went partly through the pipeline (the
            # components run over a whole batch in turn), and a component must see each Doc once
            for doc in make_docs():
                try:
                    done.append(nlp(doc))
                except Exception as exc:  # a component failed on this piece only
                    done.append(exc)
        for (extraction, offset, _), doc in zip(batch, done):
            if isinstance(doc, Exception):
                if extraction.error is None:
                    extraction.error = f"processing failed: {type(doc).__name__}: {doc}"
            elif extraction.error is None:
                part = doc_to_extraction(doc, offset=offset, text=extraction.text)
                extraction.entities.extend(part.entities)
                extraction.quantities.extend(part.quantities)
                extraction.dates.extend(part.dates)
            missing[id(extraction)] -= 1
        batch.clear()

    def flush_complete() -> Iterator[Extraction]:
        while pending and missing[id(pending[0])] == 0:
            done = pending.pop(0)
            del missing[id(done)]
            if done.error is not None:
                done.entities, done.quantities, done.dates = [], [], []
            yield done

    for item in items:
        try:
            doc_id, text, ref = _normalise_record(item, default_ref)
            ref = parse_reference_date(ref)
        except (TypeError, ValueError) as exc:
            if on_error == "raise":
                raise
            doc_id = item.get("id") if isinstance(item, Mapping) else None
            text = item.get("text") if isinstance(item, Mapping) and isinstance(item.get("text"), str) else ""
            bad = Extraction(doc_id, text, None, error=str(exc))
            pending.append(bad)
            missing[id(bad)] = 0
            yield from flush_complete()
            continue
        extraction = Extraction(doc_id, text, ref)
        pieces = _chunks(text)
        pending.append(extraction)
        missing[id(extraction)] = len(pieces)
        for offset, piece in pieces:
            batch.append((extraction, offset, piece))
            if len(batch) >= batch_size:
                run_batch()
                yield from flush_complete()
        yield from flush_complete()
    if batch:
        run_batch()
    yield from flush_complete()
