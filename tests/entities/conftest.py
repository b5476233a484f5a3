"""Fixtures of the entity tests: fr_core_news_md is loaded once per session (shared with
tests/evaluate through :func:`sikyx.evaluate.ner_gold.full_model`)."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="session")
def full_nlp():
    """The full fr_core_news_md (the baseline)."""
    from sikyx.evaluate.ner_gold import full_model

    return full_model()


@pytest.fixture(scope="session")
def sikyx_ner():
    """The entity part of ``sikyx.load()``: fr_core_news_md's ner + sikyx_entities."""
    from sikyx.evaluate.ner_gold import sikyx_pipeline

    return sikyx_pipeline()


@pytest.fixture(scope="session")
def rules_nlp():
    """spacy.blank("fr") + sikyx_entities: rules only."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("sikyx_entities")
    return nlp


@pytest.fixture(scope="session")
def run_rules(rules_nlp):
    """``run_rules(text, model_ents)``: sikyx_entities (rules only) on ``text`` after presetting the
    model's entities ``[(surface, occurrence, label)]`` (occurrence 0 = the first ``surface``)."""

    def run(text, ents):
        doc = rules_nlp.make_doc(text)
        spans = []
        for surface, nth, label in ents:
            start = -1
            for _ in range(nth + 1):
                start = text.index(surface, start + 1)
            spans.append(doc.char_span(start, start + len(surface), label=label))
        doc.ents = spans
        return rules_nlp.get_pipe("sikyx_entities")(doc)

    return run
