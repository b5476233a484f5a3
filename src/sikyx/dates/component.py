"""The ``sikyx_dates`` spaCy component: a thin adapter over :func:`sikyx.dates.find_dates`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..batching import BatchedComponent
from ..docspans import align_boundaries, doc_text, make_spans
from ..extensions import reference_date_of, register_extensions, store_results
from . import find_dates

register_extensions()

ENT_TYPES = ("DATE", "TIME")
"""TIMEX3 types that also become ``DATE`` entities in ``doc.ents`` (durations and sets do not)."""


class DatesComponent(BatchedComponent):
    """Finds temporal expressions; sets ``doc._.dates`` (Spans with ``span._.date``, a
    :class:`sikyx.dates.Timex`) and adds DATE/TIME expressions to ``doc.ents`` as ``DATE``.

    A date replaces any statistical entity it overlaps (a date beats a wrong MISC/LOC).
    Config: ``prefer`` ("past" | "future" | "nearest") for unmarked weekdays and day-months;
    ``set_ents`` (bool) to leave ``doc.ents`` alone.
    """

    def __init__(self, nlp: Language, name: str, prefer: str = "past", set_ents: bool = True):
        if prefer not in ("past", "future", "nearest"):
            raise ValueError(f"prefer must be 'past', 'future' or 'nearest', not {prefer!r}")
        self.name = name
        self.prefer = prefer
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        matches = find_dates(text, reference_date_of(doc), prefer=self.prefer)
        if not matches:
            doc._.dates = []
            return doc
        # the usual case: every match already on token boundaries (one strict char_span each)
        spans = [doc.char_span(m.start, m.end, label="DATE") for m in matches]
        aligned = None not in spans
        if aligned:
            store_results(doc, "dates", ((m.start, m.end, m.value) for m in matches))
        else:  # split tokens first ("d'1er"), then expand the Spans to tokens
            align_boundaries(doc, ((m.start, m.end) for m in matches), len(text))
            spans = doc._.dates = make_spans(doc, ((m.start, m.end, m.value) for m in matches), "DATE", "date",
                                             len(text))
        if self.set_ents:
            dated = [s for s, m in zip(spans, matches) if m.value.type in ENT_TYPES] if aligned \
                else [s for s in spans if s._.date.type in ENT_TYPES]
            if dated:
                # doc.ents makes a Token object per token: read it only when some token has an entity tag
                if doc.has_annotation("ENT_IOB"):
                    covered = bytearray(len(doc))
                    for d in dated:
                        covered[d.start:d.end] = b"\x01" * (d.end - d.start)
                    others = [e for e in doc.ents if not any(covered[e.start:e.end])]
                else:
                    others = []
                # exact, disjoint spans sorted by start (find_dates' matches never overlap) are
                # already what filter_spans would return; set_ents takes the Spans as they are (the
                # doc.ents setter rebuilds each one first)
                doc.set_ents(dated if aligned and not others else filter_spans(dated + others), default="outside")
        return doc


@Language.factory(
    "sikyx_dates",
    default_config={"prefer": "past", "set_ents": True},
    assigns=["doc._.dates", "span._.date", "doc.ents"],
)
def make_dates(nlp: Language, name: str, prefer: str, set_ents: bool) -> DatesComponent:
    """spaCy factory of :class:`DatesComponent` (registered as ``sikyx_dates``)."""
    return DatesComponent(nlp, name, prefer=prefer, set_ents=set_ents)
