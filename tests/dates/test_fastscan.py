"""The fast rule loop (sikyx.dates.fastscan) returns exactly what the reference loop
(sikyx.dates.scanner.candidates) returns, and find_dates gives the same result either way: on the
corpus texts, on the Duckling-style corpus, on French TimeBank (when ../shared is present) and on
random French-ish text built from the lexicon and the rules' trigger words. A rule the fast loop
forgot, or a trigger a new rule forgot to declare, fails here instead of silently vanishing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sikyx.dates import fastscan, find_dates, scanner
from sikyx.dates.grammar import RULES
from sikyx.dates.lexicon import LEXICON, number_words

ROOT = Path(__file__).resolve().parents[2]
REF = dt.date(2021, 4, 5)


def _corpus_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for line in (Path(__file__).with_name("corpus.tsv")).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            texts.append(line.split("\t")[1])
    return texts


def _key(cands):
    return [(a, b, c, d, repr(e)) for a, b, c, d, e in cands]


def _find(text, exhaustive, **kw):
    saved = fastscan.EXHAUSTIVE
    fastscan.EXHAUSTIVE = exhaustive
    try:
        return [(m.start, m.end, m.text, m.value) for m in find_dates(text, REF, **kw)]
    finally:
        fastscan.EXHAUSTIVE = saved


def _assert_same(text):
    assert _key(fastscan.candidates(text)) == _key(scanner.candidates(text)), text
    for kw in ({}, {"prefer": "future", "intervals": "split"}):
        assert _find(text, False, **kw) == _find(text, True, **kw), text


def test_every_rule_has_a_trigger():
    # a rule is tried only near its triggers (sikyx.dates.scanner); one with none declared is tried
    # at every word start (slow): declare its trigger words or digit pattern, and its look-back
    for r in RULES:
        assert r.name in scanner.WORD_TRIGGERS or r.name in scanner.DIGIT_TRIGGERS, (
            f"rule {r.name!r}: declare its trigger words in scanner.WORD_TRIGGERS or its digit pattern in "
            f"scanner.DIGIT_TRIGGERS")
        assert r.name in scanner.BACK, f"rule {r.name!r}: add its look-back (words) to scanner.BACK"
    assert scanner._UNDECLARED == ()


def test_a_rule_without_trigger_still_runs(monkeypatch):
    # a new rule whose trigger was not declared is slow, not lost (both loops)
    from sikyx.dates.expr import Expr
    from sikyx.dates.grammar import Rule

    fake = Rule("fake_zorglub", r"(?<!\w)(?P<s>zorglub(?:\s+(?P<y>\d{4}))?)(?!\w)",
                lambda m, text: Expr("date", year=int(m.group("y") or 1999)))
    monkeypatch.setitem(scanner._COMPILED, fake.name, (fake, regex.compile(fake.pattern, scanner.FLAGS)))
    monkeypatch.setitem(scanner._PRIORITY, fake.name, len(RULES))
    monkeypatch.setattr(scanner, "_UNDECLARED", (fake.name,))
    text = "Le Zorglub 2004 et le zorglub, puis le 3 mai 2020."
    for exhaustive in (False, True):
        got = _find(text, exhaustive)
        assert [(s, e, t.value) for s, e, _, t in got] == [(3, 15, "2004"), (22, 29, "1999"), (36, 49, "2020-05-03")]
    _assert_same(text)


def test_fast_loop_equals_reference_on_corpus():
    texts = _corpus_texts()
    assert len(texts) > 200
    found = 0
    for text in texts:
        cands = fastscan.candidates(text)
        assert _key(cands) == _key(scanner.candidates(text)), text[:200]
        found += len(cands)
    assert found > 1000  # the corpus is full of dates: the comparison is not vacuous


def test_find_dates_fast_equals_exhaustive_on_corpus():
    for text in _corpus_texts():
        assert _find(text, False) == _find(text, True), text[:200]


def test_switch_routes_to_reference(monkeypatch):
    calls = []
    monkeypatch.setattr(scanner, "candidates", lambda text: calls.append(text) or [])
    monkeypatch.setattr(fastscan, "EXHAUSTIVE", True)
    assert find_dates("le 3 mai 2020", REF) == [] and calls == ["le 3 mai 2020"]


def test_fast_loop_equals_reference_on_timebank(shared_dir):
    path = shared_dir / "gold" / "fr-timebank" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 20
    for text in texts:
        assert _key(fastscan.candidates(text)) == _key(scanner.candidates(text)), text[:200]


# ---- random French-ish text from the grammar's own words
_LEXICON_FORMS = sorted({f for kind in LEXICON.values() for f in kind})
_TRIGGER_WORDS = sorted({w for ws in scanner.WORD_TRIGGERS.values() for w in ws})
_NUMBER_FORMS = sorted(number_words())
_DIGITS = ["1", "3", "12", "24", "31", "45", "98", "1er", "2020", "1999", "2100", "12:30", "8h", "14 h 15", "3/4/2020",
           "2019-2020", "2020-03-23", "5 pm", "2 h 07 min 43 s", "45 s 71", "10'", "3,5", "300 000", "1.5", "17e",
           "XIXe", "II", "20 2 2014", "12-03"]
_GLUE = ["le", "la", "les", "l'", "de", "d'", "du", "des", "au", "aux", "à", "a", "et", "en", "dans", "il y a",
         "depuis", "jusqu'à", "jusqu’au", "entre", "vers", "chaque", "tous les", "toutes les", "plus de", "moins de",
         "environ", "ce", "cette", "cet", "ces", "fin", "début", "mi", "par", "fois", "dernier", "prochain", "un",
         "une", "deux", "homme", "âgé", "ministre", "Paris", "police", "sera", "a été", "avait", "selon", "contrat",
         "prison", "dont", "avec sursis", "au lieu de", "Mars", "Midi", "Pâques", "Noël", "semaine", "après-midi"]
_SEPS = [" ", " ", " ", "  ", ", ", ". ", "-", "'", "’", "\n", "/", ":", "\u00a0", "", " (", ") ", "; "]

_word = st.one_of(st.sampled_from(_LEXICON_FORMS), st.sampled_from(_TRIGGER_WORDS), st.sampled_from(_NUMBER_FORMS),
                  st.sampled_from(_DIGITS), st.sampled_from(_GLUE))
_cased = st.tuples(_word, st.sampled_from(["", "", "", "upper", "capitalize"])).map(
    lambda wc: getattr(wc[0], wc[1])() if wc[1] else wc[0])
_text = st.lists(st.tuples(_cased, st.sampled_from(_SEPS)), min_size=1, max_size=18).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_fast_loop_equals_reference_on_random_text(text):
    _assert_same(text)
