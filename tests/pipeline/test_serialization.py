"""Processed Docs survive spaCy's serialisation: to_bytes, DocBin, pickle, n_process, to_disk."""

from __future__ import annotations

import datetime as dt
import pickle

import spacy
from spacy.tokens import Doc, DocBin

import sikyx

TEXT = "Le 9 mars, la police a saisi plus de 27 tonnes de cocaïne et 1,2 million d'euros à Anvers."


def _summary(doc):
    return ([(s.text, s._.quantity) for s in doc._.quantities], [(s.text, s._.date) for s in doc._.dates],
            doc._.reference_date)


def _doc(nlp):
    doc = nlp.make_doc(TEXT)
    doc._.reference_date = dt.date(2021, 4, 5)
    return nlp(doc)


def test_to_bytes_docbin_and_pickle_round_trip(blank_nlp):
    doc = _doc(blank_nlp)
    expected = _summary(doc)
    assert expected[0] and expected[1]
    assert _summary(Doc(blank_nlp.vocab).from_bytes(doc.to_bytes())) == expected
    assert _summary(pickle.loads(pickle.dumps(doc))) == expected
    bin_ = DocBin(store_user_data=True, docs=[doc])
    [back] = DocBin().from_bytes(bin_.to_bytes()).get_docs(blank_nlp.vocab)
    assert _summary(back) == expected


def test_pipe_with_two_processes(blank_nlp):
    texts = [(TEXT, {"reference_date": "2021-04-05"})] * 6
    one = [_summary(d) for d, _ in blank_nlp.pipe(texts, as_tuples=True)]
    two = [_summary(d) for d, _ in blank_nlp.pipe(texts, as_tuples=True, n_process=2, batch_size=2)]
    assert one == two
    assert one[0][1][0][1].value == "2021-03-09"


def test_saved_pipeline_loads_back(tmp_path):
    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    nlp.to_disk(tmp_path / "p")
    for loaded in (spacy.load(tmp_path / "p"), sikyx.load(tmp_path / "p")):
        assert loaded.pipe_names == ["sikyx_dates", "sikyx_quantities"]
        assert _summary(_doc(loaded)) == _summary(_doc(nlp))


def test_noun_rate_units_read_back_in_another_process(tmp_path):
    # "EUR / foyer" is defined at run time; a fresh process must read it back from bytes
    import subprocess
    import sys

    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    doc = nlp("Une aide de 500 euros par foyer.")
    assert [str(s._.quantity.unit) for s in doc._.quantities] == ["EUR / foyer"]
    (tmp_path / "doc.bin").write_bytes(doc.to_bytes())
    code = ("import sikyx, spacy, sys\nfrom spacy.tokens import Doc\n"
            "nlp = sikyx.load('blank', components=())\n"
            f"doc = Doc(nlp.vocab).from_bytes(open({str(tmp_path / 'doc.bin')!r}, 'rb').read())\n"
            "print(doc._.quantities[0]._.quantity.unit)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "EUR / foyer"
