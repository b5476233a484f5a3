"""The ``sikyx_quantities`` spaCy component: a thin adapter over
:func:`sikyx.quantities.find_quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_dates
from ..docspans import align_boundaries, char_span
from ..extensions import reference_date_of, register_extensions
from . import find_quantities

register_extensions()


class QuantitiesComponent:
    """Finds figures; sets ``doc._.quantities`` (Spans with ``span._.quantity``, a
    :class:`sikyx.quantities.Quantity`).

    No figure is taken inside a temporal expression: the spans of ``doc._.dates`` when the
    ``sikyx_dates`` component ran before, otherwise those :func:`sikyx.dates.find_dates` finds.
    Counted nouns are lemmatised with the pipeline's lemmas when a lemmatizer ran, else by
    the grammar's own rules.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.dates is not None:
            exclude = [(s.start_char, s.end_char) for s in doc._.dates]
        else:
            exclude = [(m.start, m.end) for m in find_dates(doc.text, reference_date_of(doc))]
        matches = find_quantities(doc.text, exclude=exclude)
        align_boundaries(doc, ((m.start, m.end) for m in matches))
        spans = []
        for m in matches:
            span = char_span(doc, m.start, m.end, label="QUANTITY")
            if span is None:
                continue
            span._.quantity = m.value
            spans.append(span)
        doc._.quantities = spans
        return doc


@Language.factory(
    "sikyx_quantities",
    default_config={},
    assigns=["doc._.quantities", "span._.quantity"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """spaCy factory of :class:`QuantitiesComponent` (registered as ``sikyx_quantities``)."""
    return QuantitiesComponent(nlp, name)
