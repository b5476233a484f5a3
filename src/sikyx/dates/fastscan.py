"""The fast rule loop of the temporal tagger: the same candidates as the reference scan
(:func:`sikyx.dates.scanner.candidates`), with less work per trigger.

:func:`sikyx.dates.find_dates` calls :func:`candidates` here. The reference loop in
:mod:`sikyx.dates.scanner` stays the definition of the result; this loop must return exactly the
same list, and the tests check it (``tests/dates/test_fastscan.py``: the corpus texts and random
French-ish text built from the lexicon and the rules' trigger words). Set :data:`EXHAUSTIVE` to
``True`` (or call :func:`sikyx.dates.scanner.candidates`) to run the reference loop instead.

How a rule gets its trigger (nothing to declare in this module: every table is read from
:mod:`sikyx.dates.scanner` and :mod:`sikyx.dates.grammar`, and shared with the reference loop):

* a rule is defined with ``@rule(name, pattern)`` in :mod:`sikyx.dates.grammar`;
* it is tried only near its triggers, declared in :mod:`sikyx.dates.scanner`: its trigger words
  in ``WORD_TRIGGERS`` (lexicon kinds such as ``_ALL["month"]``, which follow ``lexicon.tsv``
  automatically, or literal words; every word listed there is found by the one trigger scan and
  routed to the rules listing it), and/or a look-ahead pattern in ``DIGIT_TRIGGERS`` that must
  match at a digit run; and in ``BACK`` how many words before the trigger the rule may start;
* a rule with no trigger declared (in neither table) is tried at every word start
  (:func:`sikyx.dates.scanner._undeclared`): correct but slow, and the test
  ``test_every_rule_has_a_trigger`` fails, naming the rule, until its triggers are declared.

What this loop does differently from the reference (each step changes no result):

* the rules, look-back and guard of a trigger word are looked up once per word form (a dict from
  the word as written), not recomputed at each occurrence;
* the starts a rule may use are cut with one ``bisect`` (a start before the rule's last try, or
  :data:`~sikyx.dates.scanner._MAX_MATCH` characters or more before the trigger, can never give a
  new match reaching the trigger), instead of a list built and filtered per rule;
* the word starts before a trigger are kept as two flat lists (positions, first words).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from . import scanner as _s
from .expr import Expr

__all__ = ["EXHAUSTIVE", "candidates"]

EXHAUSTIVE = False
"""True: :func:`candidates` runs the reference loop (:func:`sikyx.dates.scanner.candidates`)."""

_WORD_ENTRY: dict[str, tuple[bool, tuple[str, ...]]] = {}
"""Trigger word as written -> (has a context guard, the rules it triggers in priority order)."""
_WORD_ENTRY_MAX = 50_000


def _word_entry(w: str) -> tuple[bool, tuple[str, ...]]:
    """(guarded, rule names) of the trigger word ``w``: the reference loop's lookups, once per form."""
    rules = _s._WORD_RULES
    names = rules.get(w.lower()) or rules.get(_s._key(w)) or rules.get(_s._key(w)[:-1], ())
    entry = (w.lower() in _s._GUARDS, tuple(names))
    if len(_WORD_ENTRY) > _WORD_ENTRY_MAX:
        _WORD_ENTRY.clear()
    _WORD_ENTRY[w] = entry
    return entry


def candidates(text: str) -> list[tuple[int, int, int, int, Expr]]:
    """Every accepted rule match: (match start, match end, span start, span end, Expr), sorted by
    start, longest first -- exactly :func:`sikyx.dates.scanner.candidates` (the reference loop,
    run instead when :data:`EXHAUSTIVE` is set)."""
    if EXHAUSTIVE:
        return _s.candidates(text)
    max_match = _s._MAX_MATCH
    skip_losers = _s._SKIP_LOSERS
    plans = _s._PLANS
    guards = _s._GUARDS
    digit_all = _s._DIGIT_ALL
    digit_names = _s._DIGIT_NAMES
    snippets = _s._SNIPPETS
    may_begin = _s._may_begin
    word_entry = _WORD_ENTRY
    found = []
    tried: dict[str, int] = {}  # rule -> last start tried (a start is never retried: linear time)
    seen: dict[int, tuple[int, int]] = {}  # match start -> (longest end, its best priority) found
    pos: list[int] = []  # word starts read so far (those far before a trigger are never used)
    words: list[str] = []  # their first word and the character after it
    covered = 0
    for ts, te, w in _s._triggers(text):
        if w is not None:
            entry = word_entry.get(w)
            if entry is None:
                entry = _word_entry(w)
            if entry[0] and _s._guarded(w, text, ts, te):
                continue
            names = entry[1]
        else:
            if ts and text[ts - 1].isdigit():
                continue
            names = tuple(compress(digit_names, digit_all.match(text, ts, ts + 64).groups()))
        if not names:
            continue
        plan = plans.get(names)
        if plan is None:
            plan = plans[names] = _s._plan(names)
        back, recs = plan
        wt = snippets.match(text, ts)
        here = wt.group() if wt else text[ts:ts + 1]
        far = ts - max_match  # a start at or before this cannot reach the trigger
        if back:
            if covered < far:
                covered = far
            if covered < ts:
                for m in snippets.finditer(text, covered, ts):
                    pos.append(m.start())
                    words.append(m.group())
                covered = ts
        n = len(pos)
        for name, rx, build, b, check, prio, first in recs:
            floor = tried.get(name, -1) + 1
            tried[name] = ts
            lo = floor if floor > far else far + 1
            i = bisect_left(pos, lo, n - b if n > b else 0, n) if b else n
            while True:
                if i < n:
                    cs, word = pos[i], words[i]
                    i += 1
                elif i == n:
                    cs, word = ts, here
                    i += 1
                else:
                    break
                if check:
                    ok = first.get(word)
                    if ok is None:
                        ok = may_begin(name, word)
                    if not ok:
                        continue
                m = rx.match(text, cs, cs + max_match)
                if m is None:
                    continue
                me = m.end()
                if me <= ts:
                    continue
                best = seen.get(cs)
                if best is not None and skip_losers and (best[0] > me or best[0] == me and best[1] < prio):
                    # a longer match from the same start, or the same span from a higher-priority rule,
                    # is already found: this one can never be chosen
                    tried[name] = cs
                    break
                e = build(m, text)
                if e is None:
                    continue
                if best is None or me > best[0] or me == best[0] and prio < best[1]:
                    seen[cs] = (me, prio)
                found.append((cs, me, m.start("s"), m.end("s"), prio, e))
                tried[name] = cs
                break
    if _s._UNDECLARED:
        found += _s._undeclared(text)
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[4]))
    return [(a, b, c, d, e) for a, b, c, d, _, e in found]
