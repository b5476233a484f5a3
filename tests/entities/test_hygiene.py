"""Span hygiene on token texts."""

from __future__ import annotations

import pytest
import spacy

from sikyx.entities.hygiene import clean_span, is_noise, is_sentence_start

_NLP = spacy.blank("fr")


def _clean(text: str, person: bool = False) -> str | None:
    doc = _NLP.make_doc(text)
    span = clean_span([t.text for t in doc], [t.whitespace_ for t in doc], 0, len(doc), person=person)
    return None if span is None else doc[span[0]:span[1]].text


@pytest.mark.parametrize("text, expected", [
    ("le parquet d'Anvers", "parquet d'Anvers"),
    ("la police fédérale", "police fédérale"),
    ("AFP\nPartager", "AFP"),
    ("Alliance des ports\u2009» européens", "Alliance des ports"),
    ("« Sky ECC »", "Sky ECC"),
    ("Sky ECC,", "Sky ECC"),
    ("(Ofast)", "Ofast"),
    ("MISE(S", None),
    ("« »", None),
    ("M. Jean Martin", "Jean Martin"),
    ("Me Nadia Ferhat", "Nadia Ferhat"),
    ("Mme Claire Dubois", "Claire Dubois"),
])
def test_clean_span(text, expected):
    assert _clean(text) == expected


def test_capitalised_article_stays_inside_a_sentence():
    doc = _NLP.make_doc("selon Le Monde. Le Monde")
    words, spaces = [t.text for t in doc], [t.whitespace_ for t in doc]
    assert clean_span(words, spaces, 1, 3) == (1, 3)   # "Le Monde" mid-sentence
    assert clean_span(words, spaces, 4, 6) == (5, 6)   # sentence-initial "Le" is the sentence's


@pytest.mark.parametrize("text, expected", [
    ("de Gaulle", "de Gaulle"),
    ("La Fontaine", "La Fontaine"),
    ("le général", "général"),
])
def test_person_particles_stay(text, expected):
    assert _clean(text, person=True) == expected


@pytest.mark.parametrize("text, noise", [
    ("Partager", True), ("Archives", True), ("PUBLICITÉ", True), ("Close Button", True),
    ("Député", True), ("ministre de l'Intérieur", True), ("président Wilson", False),
    ("Europol", False), ("Anvers", False),
])
def test_is_noise(text, noise):
    assert is_noise(text) is noise


def test_sentence_start():
    doc = _NLP.make_doc("Il part. Travail fini\nArchives : le port")
    words, spaces = [t.text for t in doc], [t.whitespace_ for t in doc]
    starts = [w for i, w in enumerate(words) if w.strip() and is_sentence_start(words, spaces, i)]
    assert starts == ["Il", "Travail", "Archives", "le"]


def test_acronym_is_a_whole_name():
    assert _clean("B.C.E. des missions") == "B.C.E."
    assert _clean("OTAN") == "OTAN"
    assert _clean("CHU de Grenoble") == "CHU de Grenoble"
    assert _clean("Union nationale des déportés") == "Union nationale des déportés"
