"""Every rule of the dates grammar is reached through the scanner's triggers: each rule declares
its trigger words or digit pattern and its look-back (sikyx.dates.scanner), and a rule whose
trigger was forgotten is still tried (slowly, at every word start) instead of silently vanishing."""

from __future__ import annotations

import datetime as dt

import regex

from sikyx.dates import find_dates, scanner
from sikyx.dates.grammar import RULES

REF = dt.date(2021, 4, 5)


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
    # a new rule whose trigger was not declared is slow, not lost
    from sikyx.dates.expr import Expr
    from sikyx.dates.grammar import Rule

    fake = Rule("fake_zorglub", r"(?<!\w)(?P<s>zorglub(?:\s+(?P<y>\d{4}))?)(?!\w)",
                lambda m, text: Expr("date", year=int(m.group("y") or 1999)))
    monkeypatch.setitem(scanner._COMPILED, fake.name, (fake, regex.compile(fake.pattern, scanner.FLAGS)))
    monkeypatch.setitem(scanner._PRIORITY, fake.name, len(RULES))
    monkeypatch.setattr(scanner, "_UNDECLARED", (fake.name,))
    text = "Le Zorglub 2004 et le zorglub, puis le 3 mai 2020."
    got = [(m.start, m.end, m.value.value) for m in find_dates(text, REF)]
    assert got == [(3, 15, "2004"), (22, 29, "1999"), (36, 49, "2020-05-03")]
