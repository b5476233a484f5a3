"""``sikyx.docspans.doc_text``: each Doc's text built once and shared by the components."""

from __future__ import annotations

import gc

import spacy

import sikyx
from sikyx import docspans
from sikyx.docspans import doc_text


def test_text_is_the_docs_and_is_kept_while_the_doc_lives():
    nlp = spacy.blank("fr")
    doc = nlp("Le 3 mars, 3 000 € saisis  à Anvers.\n")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once
    assert doc_text(doc, "ignored: the kept text wins") == doc.text
    key = id(doc)
    del doc
    gc.collect()
    assert key not in docspans._TEXTS  # freed with its Doc


def test_a_text_given_by_the_caller_is_kept():
    doc = spacy.blank("fr")("Hier à Lyon.")
    given = "".join(t.text_with_ws for t in doc)
    assert doc_text(doc, given) is given
    assert doc_text(doc) is given


def test_a_new_doc_with_a_reused_id_gets_its_own_text():
    nlp = spacy.blank("fr")
    texts = [f"Texte numéro {i}, le {i % 28 + 1} mai." for i in range(300)]
    for t in texts:  # Docs freed at once: ids are reused
        assert doc_text(nlp(t)) == t


def test_the_cache_is_bounded():
    nlp = spacy.blank("fr")
    docs = [nlp(f"document {i}") for i in range(docspans._TEXTS_MAX + 10)]
    for d in docs:
        doc_text(d)
    assert len(docspans._TEXTS) <= docspans._TEXTS_MAX
    assert [doc_text(d) for d in docs[-3:]] == [d.text for d in docs[-3:]]
    assert doc_text(docs[0]) == "document 0"  # an evicted text is built again


def test_components_read_the_same_text_after_a_split_token():
    # "d'1,2" is one token that the figures component splits: the text of the Doc does not change
    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    doc = nlp("Une hausse d'1,2 % le 3 mars 2021.")
    assert doc_text(doc) == doc.text == "Une hausse d'1,2 % le 3 mars 2021."
    assert [s.text for s in doc._.quantities] == ["1,2 %"]
    assert [s.text for s in doc._.dates] == ["le 3 mars 2021"]
