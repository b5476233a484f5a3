"""The figures corpus (corpus.tsv beside this file): phrase -> expected figures."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from sikyx.quantities import find_quantities

CORPUS = Path(__file__).with_name("corpus.tsv")


def _cases():
    for n, line in enumerate(CORPUS.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, expected = line.split("\t")
        yield pytest.param(text, json.loads(expected), id=f"{n}:{text[:40]}")


def _same(got, want):
    if isinstance(want, float) and got is not None:
        return Decimal(str(got)) == Decimal(str(want)) or abs(Decimal(str(got)) - Decimal(str(want))) < Decimal("1e-20")
    return got == want


@pytest.mark.parametrize("text,expected", list(_cases()))
def test_corpus(text, expected):
    found = find_quantities(text)
    got = [{"text": m.text, **m.value.to_dict()} for m in found]
    assert len(got) == len(expected), got
    for g, w in zip(got, expected):
        for key, value in w.items():
            assert _same(g[key], value), (key, g)
    for m in found:
        assert text[m.start:m.end] == m.text
