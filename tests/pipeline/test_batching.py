"""The components' batched ``pipe`` gives what calling them one Doc at a time gives."""

from __future__ import annotations

import pytest

import sikyx
from sikyx.batching import pipe_in_batches

TEXTS = ["Le 3 mars 2021, 3 000 € ont été saisis à Anvers par Europol.", "", "Rien ici.",
         "Hier, près de 70 000 téléphones.", "Du 13/04 au 15/04, 27 64 tonnes."] * 7


def _summary(doc):
    return ([(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [(s.start_char, s.end_char, s._.date.value) for s in doc._.dates or []],
            [(s.start_char, s.end_char, str(s._.quantity.value)) for s in doc._.quantities or []])


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_pipe_equals_one_by_one(batch_size):
    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    assert all(hasattr(nlp.get_pipe(n), "pipe") for n in nlp.pipe_names)
    piped = [_summary(d) for d in nlp.pipe(TEXTS, batch_size=batch_size)]
    single = [_summary(nlp(t)) for t in TEXTS]
    assert piped == single
    assert piped[0][2] == [(16, 23, "3000")]


def test_pipe_in_batches_keeps_order_and_raises():
    calls = []

    def call(x):
        calls.append(x)
        if x == 5:
            raise ValueError("bad doc")
        return x * 10

    assert list(pipe_in_batches(call, range(5), batch_size=2)) == [0, 10, 20, 30, 40]
    with pytest.raises(ValueError, match="bad doc"):
        list(pipe_in_batches(call, range(8), batch_size=3))


def _failing_dates(monkeypatch):
    import sikyx.dates.component as dc

    real = dc.find_dates

    def find_dates(text, *args, **kwargs):
        if "BOOM" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dc, "find_dates", find_dates)


def test_error_handler_reaches_the_components(monkeypatch):
    _failing_dates(monkeypatch)
    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    calls = []
    nlp.set_error_handler(lambda name, proc, docs, exc: calls.append((name, docs[0].text, str(exc))))
    out = [d.text for d in nlp.pipe(["le 2 mai", "BOOM", "le 3 mai"], batch_size=2)]
    assert out == ["le 2 mai", "le 3 mai"]
    assert calls == [("sikyx_dates", "BOOM", "boom")]


def test_a_failed_batch_is_rerun_on_fresh_docs(monkeypatch):
    """extract_many(on_error="record") reruns a failed batch Doc by Doc: on new Docs, not on
    those the batch already took through some components (the entity rules ran twice)."""
    texts = ["Le 3 mars 2021, 3 000 € ont été saisis à Anvers par Europol.",
             "Marathon de Lyon : le Kényan Daniel Kiprop bat le record de l'épreuve."]
    nlp = sikyx.load()
    alone = [sikyx.extract(t, reference_date="2021-04-05", nlp=nlp).to_dict() for t in texts]
    _failing_dates(monkeypatch)
    got = list(sikyx.extract_many(["BOOM"] + texts, nlp=nlp, reference_date="2021-04-05", on_error="record"))
    assert got[0].error and "boom" in got[0].error
    assert [{k: v for k, v in g.to_dict().items() if k != "id"} for g in got[1:]] == \
        [{k: v for k, v in a.items() if k != "id"} for a in alone]
