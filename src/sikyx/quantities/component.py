"""The ``sikyx_quantities`` spaCy component: a thin adapter over
:func:`sikyx.quantities.find_quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..batching import BatchedComponent
from ..dates import find_dates
from ..docspans import align_boundaries, doc_text, make_spans
from ..extensions import reference_date_of, register_extensions, store_results, stored_results
from . import find_quantities

register_extensions()

EXCLUDING = ("DATE", "TIME", "DURATION")
"""TIMEX3 types inside which no figure is read ("le 9 mars", "16h30", "pendant trois mois"). A SET
("par an") does not exclude: after an amount it is the rate of a figure ("38 euros par an")."""


class QuantitiesComponent(BatchedComponent):
    """Finds figures; sets ``doc._.quantities`` (Spans with ``span._.quantity``, a
    :class:`sikyx.quantities.Quantity`).

    No figure is taken inside a date, time or duration: the spans of ``doc._.dates`` when the
    ``sikyx_dates`` component ran before, otherwise those :func:`sikyx.dates.find_dates` finds.
    A SET that a figure covers ("38 euros par an") is removed from ``doc._.dates``; a figure that
    cuts into a SET ("deux" in "deux fois par semaine") is dropped.
    Counted nouns are lemmatised with the pipeline's lemmas when a lemmatizer ran, else by
    the grammar's own rules.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        dated = stored_results(doc, "dates")
        ran = dated is not None  # the dates component ran: its SETs covered by a figure are removed
        if not ran:
            dated = [(m.start, m.end, m.value) for m in find_dates(text, reference_date_of(doc))]
        dated = [d for d in dated if d[2] is not None]  # spans a user set without a Timex
        matches = find_quantities(text, exclude=[(a, b) for a, b, t in dated if t.type in EXCLUDING])
        sets = [(a, b) for a, b, t in dated if t.type not in EXCLUDING]
        if sets:
            # a figure may cover a SET ("38 euros par an": the rate belongs to the figure), but not
            # cut into one ("deux fois par semaine" is a SET, not the number 2)
            matches = [m for m in matches if all(m.start <= a and b <= m.end or b <= m.start or m.end <= a
                                                 for a, b in sets)]
            covered = {(a, b) for a, b in sets if any(m.start <= a and b <= m.end for m in matches)}
            if covered and ran:
                store_results(doc, "dates", [d for d in dated if d[:2] not in covered])
        if all(doc.char_span(m.start, m.end) is not None for m in matches):  # the usual case
            store_results(doc, "quantities", ((m.start, m.end, m.value) for m in matches))
        else:  # split tokens first ("d'1,2" is one token), then expand the Spans to tokens
            align_boundaries(doc, ((m.start, m.end) for m in matches), len(text))
            doc._.quantities = make_spans(doc, ((m.start, m.end, m.value) for m in matches), "QUANTITY",
                                          "quantity", len(text))
        return doc


@Language.factory(
    "sikyx_quantities",
    default_config={},
    assigns=["doc._.quantities", "span._.quantity"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """spaCy factory of :class:`QuantitiesComponent` (registered as ``sikyx_quantities``)."""
    return QuantitiesComponent(nlp, name)
