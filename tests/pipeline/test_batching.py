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
