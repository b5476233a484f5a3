"""The seed article: every figure right, no false figure (dates excluded as the component does)."""

from decimal import Decimal
from pathlib import Path

import pytest
import regex

from sikyx.quantities import find_quantities
from sikyx.units import ureg

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_01e362be8bce5c34.txt"
TEMPORAL = ["le 20 février", "le 9 mars", "le 17 mars", "en 2020", "23 mars 2020", "42 derniers jours", "plus de deux ans"]


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text("utf-8")
    exclude = [(m.start(), m.end()) for t in TEMPORAL for m in regex.finditer(regex.escape(t), text)]
    assert len(exclude) >= len(TEMPORAL)
    matches = find_quantities(text, exclude=exclude)
    return text, matches


def _by_text(matches, text):
    found = [m for m in matches if m.text == text]
    assert found, f"{text!r} not found among {[m.text for m in matches]}"
    return found[0].value


def test_offsets_are_exact(seed):
    text, matches = seed
    for m in matches:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in matches] == sorted(m.start for m in matches)


def test_money(seed):
    _, matches = seed
    q = _by_text(matches, "1,382 milliard d'euros")
    assert (q.kind, q.value, q.unit, q.qualifier) == ("money", Decimal(1382000000), ureg.EUR, "exact")
    q = _by_text(matches, "1,2 million d'euros")  # "d'1,2": the elided d' stays outside
    assert (q.kind, q.value, q.unit) == ("money", Decimal(1200000), ureg.EUR)
    q = _by_text(matches, "plus d'un milliard d'euros")
    assert (q.value, q.unit, q.qualifier) == (Decimal(10) ** 9, ureg.EUR, "more_than")


def test_masses(seed):
    _, matches = seed
    q = _by_text(matches, "27 64 tonnes")
    assert (q.kind, q.value, q.unit) == ("mass", Decimal("27.64"), ureg.metric_ton)
    assert "decimal_comma_lost" in q.flags
    q = _by_text(matches, "plus de 27 tonnes")
    assert (q.value, q.unit, q.qualifier) == (27, ureg.metric_ton, "more_than")
    q = _by_text(matches, "près de 11 tonnes")
    assert (q.value, q.qualifier) == (11, "approx")
    title = [m for m in matches if m.start < 60]
    assert [(m.text, m.value.value) for m in title] == [("27 tonnes", 27)]


@pytest.mark.parametrize(
    "span,value,noun,qualifier",
    [
        ("au moins 70 000 téléphones", 70000, "téléphone", "at_least"),
        ("quelque 500 millions de messages", 500000000, "message", "approx"),
        ("48 interpellations", 48, "interpellation", "exact"),
        ("Cinq personnes", 5, "personne", "exact"),
        ("Plus de 800 arrestations", 800, "arrestation", "more_than"),
        ("Plus de 50 000 téléphones", 50000, "téléphone", "more_than"),
        ("des dizaines de saisies", None, "saisie", "approx"),
    ],
)
def test_counts(seed, span, value, noun, qualifier):
    _, matches = seed
    q = _by_text(matches, span)
    assert q.kind == "count" and q.unit == ureg.count
    assert q.value == (None if value is None else Decimal(value))
    assert (q.noun, q.qualifier) == (noun, qualifier)
    assert q.to_dict()["unit"] == noun


def test_nothing_else(seed):
    text, matches = seed
    expected = {
        "27 tonnes", "plus d'un milliard d'euros", "plus de 27 tonnes", "1,382 milliard d'euros",
        "près de 11 tonnes", "27 64 tonnes", "quelque 500 millions de messages", "des dizaines de saisies",
        "48 interpellations", "1,2 million d'euros", "Cinq personnes", "au moins 70 000 téléphones",
        "Plus de 800 arrestations", "Plus de 50 000 téléphones",
    }
    assert {m.text for m in matches} == expected
    assert len(matches) == len(expected)
    for phrase in ["une enquête", "l'une des", "Une vaste opération", "un total de", "un produit", "un message",
                   "skyecc.com", "le second"]:
        start = text.index(phrase)
        assert not any(m.start < start + len(phrase) and start < m.end for m in matches), phrase


def test_dates_are_excluded(seed):
    text, matches = seed
    for t in TEMPORAL:
        for m in regex.finditer(regex.escape(t), text):
            assert not any(q.start < m.end() and m.start() < q.end for q in matches), t


def test_without_exclusions_the_dates_become_numbers():
    text = "le 9 mars, 48 interpellations"
    assert [m.text for m in find_quantities(text)] == ["9", "48 interpellations"]
    assert [m.text for m in find_quantities(text, exclude=[(0, 9)])] == ["48 interpellations"]
