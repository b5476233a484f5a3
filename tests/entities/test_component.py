"""The sikyx_entities component on spacy.blank("fr") (rules only) and with preset entities."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given, settings, strategies as st
from spacy.tokens import Span

from sikyx.entities.hygiene import CUT_TOKENS


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_rules_on_blank(rules_nlp):
    doc = rules_nlp("Selon le parquet d'Anvers, les douanes belges et l'Office anti-stupéfiants (Ofast) "
                    "ont travaillé avec la gendarmerie nationale.")
    assert _ents(doc) == [("parquet d'Anvers", "ORG"), ("douanes belges", "ORG"),
                          ("Office anti-stupéfiants", "ORG"), ("Ofast", "ORG"),
                          ("gendarmerie nationale", "ORG")]
    assert doc._.acronyms == {"Ofast": "Office anti-stupéfiants"}


def test_place_after_common_noun_is_loc(rules_nlp):
    doc = rules_nlp("Les saisies dans le port d'Anvers ont augmenté en Roumanie.")
    assert _ents(doc) == [("Anvers", "LOC"), ("Roumanie", "LOC")]


def test_credit_line_overrides_model_label(run_rules):
    doc = run_rules("Tous droits réservés Virginia Mayo/AP Photo", [("Virginia Mayo", 0, "LOC")])
    assert _ents(doc) == [("Virginia Mayo", "PER"), ("AP", "ORG")]


def test_interface_words_and_determiners(run_rules):
    doc = run_rules("Archives : le port\nPartager cet article",
               [("Archives", 0, "ORG"), ("Partager", 0, "LOC")])
    assert _ents(doc) == []
    doc = run_rules("Il cite la Chine et AFP\nPartager", [("la Chine", 0, "LOC"), ("AFP\nPartager", 0, "ORG")])
    assert _ents(doc) == [("Chine", "LOC"), ("AFP", "ORG")]


def test_one_label_per_surface_with_evidence(run_rules):
    text = "Le réseau Sky ECC est visé. Il est vendu par la société Sky ECC, basée au Canada."
    doc = run_rules(text, [("Sky ECC", 0, "MISC")])
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Sky ECC"] == [("Sky ECC", "ORG")] * 2


def test_misc_follows_model_majority(run_rules):
    doc = run_rules("EncroChat tombe. Puis EncroChat ferme, et EncroChat part.",
               [("EncroChat", 0, "MISC"), ("EncroChat", 1, "ORG"), ("EncroChat", 2, "MISC")])
    assert {e.label_ for e in doc.ents} == {"ORG"}


def test_date_spans_are_kept(run_rules):
    doc = run_rules("le parquet d'Anvers le 9 mars", [("le 9 mars", 0, "DATE")])
    assert _ents(doc) == [("parquet d'Anvers", "ORG"), ("le 9 mars", "DATE")]


def test_user_patterns_from_config(tmp_path):
    nlp = spacy.blank("fr")
    nlp.add_pipe("sikyx_entities", config={"patterns": [
        {"label": "ORG", "pattern": "Sky Global", "id": "sky"},
        {"label": "LOC", "pattern": [{"LOWER": "zeebrugge"}]},
    ]})
    doc = nlp("Les téléphones de Sky Global arrivent à zeebrugge.")
    assert _ents(doc) == [("Sky Global", "ORG"), ("zeebrugge", "LOC")]
    assert doc.ents[0].ent_id_ == "sky"


def test_user_patterns_from_file(tmp_path):
    path = tmp_path / "patterns.jsonl"
    path.write_text(json.dumps({"label": "ORG", "pattern": "ofast"}) + "\n", encoding="utf-8")
    nlp = spacy.blank("fr")
    nlp.add_pipe("sikyx_entities", config={"patterns_path": str(path), "phrase_matcher_attr": "LOWER"})
    assert _ents(nlp("Selon l'OFAST et l'Ofast.")) == [("OFAST", "ORG"), ("Ofast", "ORG")]


def test_bad_patterns_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"label": "ORG"}\n', encoding="utf-8")
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        nlp.add_pipe("sikyx_entities", config={"patterns_path": str(path)})


_WORDS = st.sampled_from(["le", "parquet", "d'", "Anvers", "«", "»", "\n", " ", "Partager", "AFP", "Sky",
                          "ECC", ",", "(", "FBI", ")", "police", "fédérale", "Virginia", "Mayo/AP",
                          "\u202f", "société", "Europe", ".", "La", "Commission"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=25), st.data())
def test_any_text_gives_clean_spans(rules_nlp, words, data):
    text = " ".join(words)
    doc = rules_nlp.make_doc(text)
    n = len(doc)
    if n:
        start = data.draw(st.integers(0, n - 1))
        end = data.draw(st.integers(start + 1, n))
        doc.ents = [Span(doc, start, end, label=data.draw(st.sampled_from(["ORG", "LOC", "PER", "MISC"])))]
    doc = rules_nlp.get_pipe("sikyx_entities")(doc)
    for ent in doc.ents:
        assert ent.text == ent.text.strip() and ent.text
        assert "\n" not in ent.text
        assert not any(t.text in CUT_TOKENS or not t.text.strip() for t in ent)
        assert ent.text.split()[0] not in {"le", "la", "les", "l'"}
        assert ent.text.lower() not in {"le", "la", "les", "l'"}


@pytest.mark.parametrize("text", [
    "la société " + "Sky " * 50_000,
    "le parquet de " + "Anvers " * 50_000,
    "Par " + "Jean " * 50_000 + "avec AFP",
    "Sky Global et " * 20_000,
])
def test_linear_time_on_pathological_input(rules_nlp, text):
    """A quadratic step would take minutes on these; the bound is generous for a loaded machine."""
    import time

    rules_nlp.max_length = len(text) + 1
    start = time.perf_counter()
    doc = rules_nlp(text)
    assert time.perf_counter() - start < 20
    assert all(len(e) <= 12 for e in doc.ents)


@pytest.mark.parametrize("text, model, expected", [
    ("Il vit dans le canton de Genève.", [("canton de Genève", 0, "LOC")], [("Genève", "LOC")]),
    ("Rendez-vous rue Jules-Guesde.", [("Jules-Guesde", 0, "PER")], [("rue Jules-Guesde", "LOC")]),
    ("Les Français et l'État.", [("Français", 0, "LOC"), ("État", 0, "LOC")], []),
    ("Le Bureau de recherches géologiques et minières (BRGM) alerte.",
     [("Bureau de recherches géologiques", 0, "ORG")],
     [("Bureau de recherches géologiques et minières", "ORG"), ("BRGM", "ORG")]),
    ("selon l'opérateur Storengy.", [("opérateur Storengy", 0, "MISC")], [("Storengy", "ORG")]),
])
def test_guideline_repairs_of_model_spans(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


def test_patterns_survive_to_disk(tmp_path):
    nlp = spacy.blank("fr")
    nlp.add_pipe("sikyx_entities", config={"patterns": [
        {"label": "ORG", "pattern": "Sky Global"}, {"label": "LOC", "pattern": [{"LOWER": "zeebrugge"}]}]})
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert _ents(again("Sky Global livre à Zeebrugge.")) == [("Sky Global", "ORG"), ("Zeebrugge", "LOC")]


@pytest.mark.parametrize("label", ["FOO", "", "DATE", "org"])
def test_pattern_labels_outside_the_schema_are_refused(label):
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="not one of ORG, LOC, PER, MISC"):
        nlp.add_pipe("sikyx_entities", config={"patterns": [{"label": label, "pattern": "Paris"}]})


def test_gazetteers_are_split_with_a_copy_of_the_tokenizer():
    # spaCy's tokenizer caches 10 000 chunks: the gazetteers must not fill the pipeline's own cache
    from sikyx.entities.component import _scratch_tokenizer

    nlp = spacy.blank("fr")
    scratch = _scratch_tokenizer(nlp)
    assert scratch is not nlp.tokenizer and scratch.vocab is nlp.vocab
    for text in ("L'Haÿ-les-Roses", "Saint-Jean-d'Angély", "aujourd'hui l'ARS d'Île-de-France", "St. Louis (Missouri)"):
        assert [t.text for t in scratch(text)] == [t.text for t in nlp.tokenizer(text)]
