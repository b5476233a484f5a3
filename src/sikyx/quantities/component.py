"""The ``sikyx_quantities`` spaCy component: a thin adapter over
:func:`sikyx.quantities.find_quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_dates
from ..docspans import align_boundaries, make_spans
from ..extensions import reference_date_of, register_extensions
from . import find_quantities

register_extensions()

EXCLUDING = ("DATE", "TIME", "DURATION")
"""TIMEX3 types inside which no figure is read ("le 9 mars", "16h30", "pendant trois mois"). A SET
("par an") does not exclude: after an amount it is the rate of a figure ("38 euros par an")."""


class QuantitiesComponent:
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
        text = doc.text
        dated = _dated(doc)
        ran = dated is not None  # the dates component ran: its SETs covered by a figure are removed
        if not ran:
            dated = [(m.start, m.end, m.value.type) for m in find_dates(text, reference_date_of(doc))]
        matches = find_quantities(text, exclude=[(a, b) for a, b, kind in dated if kind in EXCLUDING])
        sets = [(a, b) for a, b, kind in dated if kind not in EXCLUDING]
        if sets:
            # a figure may cover a SET ("38 euros par an": the rate belongs to the figure), but not
            # cut into one ("deux fois par semaine" is a SET, not the number 2)
            matches = [m for m in matches if all(m.start <= a and b <= m.end or b <= m.start or m.end <= a
                                                 for a, b in sets)]
            covered = {(a, b) for a, b in sets if any(m.start <= a and b <= m.end for m in matches)}
            if covered and ran:
                doc.user_data[_DATES_KEY] = [(a, b) for a, b, _ in dated if (a, b) not in covered]
        _set_spans(doc, matches, len(text))
        return doc


_DATES_KEY = "sikyx_dates"
_QUANTITIES_KEY = "sikyx_quantities"
"""Where :mod:`sikyx.extensions` keeps the offsets behind ``doc._.dates`` / ``doc._.quantities``."""


def _span_key(name: str, start: int, end: int) -> tuple:
    """The ``doc.user_data`` key of a Span extension value (spaCy's ``Underscore._get_key``)."""
    return ("._.", name, start, end)


def _dated(doc: Doc) -> list[tuple[int, int, str]] | None:
    """(start, end, TIMEX3 type) of ``doc._.dates``, read from the offsets and values the dates
    component stored in ``doc.user_data`` (the ``doc._.dates`` getter would build a Span each);
    ``None`` when the dates component did not run."""
    offsets = doc.user_data.get(_DATES_KEY)
    if offsets is None:
        return None
    data = doc.user_data
    out = []
    for a, b in offsets:
        value = data.get(_span_key("date", a, b))
        if value is None:  # offsets off token boundaries: read them as the getter does
            span = doc.char_span(a, b, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            value = span._.date
            a, b = span.start_char, span.end_char
        out.append((a, b, value.type))
    return out


def _set_spans(doc: Doc, matches, n: int) -> None:
    """Set ``doc._.quantities`` and ``span._.quantity`` for the figures ``matches``.

    The usual case (every figure starts and ends on token boundaries) writes the offsets and
    values straight into ``doc.user_data``, where the extensions keep them; otherwise tokens are
    split first (:func:`sikyx.docspans.align_boundaries`) and the Spans expanded to tokens."""
    data = doc.user_data
    if all(doc.char_span(m.start, m.end) is not None for m in matches):
        for m in matches:
            data[_span_key("quantity", m.start, m.end)] = m.value
        data[_QUANTITIES_KEY] = [(m.start, m.end) for m in matches]
        return
    align_boundaries(doc, ((m.start, m.end) for m in matches), n)
    doc._.quantities = make_spans(doc, ((m.start, m.end, m.value) for m in matches), "QUANTITY", "quantity", n)


@Language.factory(
    "sikyx_quantities",
    default_config={},
    assigns=["doc._.quantities", "span._.quantity"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """spaCy factory of :class:`QuantitiesComponent` (registered as ``sikyx_quantities``)."""
    return QuantitiesComponent(nlp, name)
