"""French temporal expressions -> TIMEX3 values resolved against a reference date.

Layout (Duckling/edsnlp style): ``lexicon.tsv`` (the French words, as data) -> ``lexicon.py``
(loads it once; number words 0..100) -> ``pieces.py`` (the atomic named pieces: day, month, year,
weekday, part of day, direction, clock...) -> ``grammar.py`` (the pieces composed into named rules,
each a pattern + a builder returning an :class:`~sikyx.dates.expr.Expr`; the span convention is
written at its top) -> ``scanner.py`` (triggers, linear scan) -> ``resolver.py`` (Expr + reference date -> :class:`Timex`;
the calendar conventions are written at its top) -> :func:`find_dates` here (scan, pick the
longest non-overlapping matches, discourse anchoring of times, "depuis"/"jusqu'à" bounds).

Public API::

    find_dates(text, reference_date=None, *, prefer="past", intervals="merge") -> list[Match[Timex]]

The grammar (:mod:`.grammar`, span convention at its top) reads the expressions, the resolver
(:mod:`.resolver`, conventions at its top) turns them into TIMEX3 values (TimeML 1.2.1 /
ISO-TimeML) with inclusive start/end days. Pure Python, no spaCy.
"""

from __future__ import annotations

import datetime as dt

import regex

from ..spans import Match
from .expr import Expr
from .scanner import candidates
from .resolver import PREFERENCES, resolve, resolve_interval
from .types import TIMEX_TYPES, Timex

__all__ = ["Timex", "TIMEX_TYPES", "find_dates", "PREFERENCES"]

INTERVAL_MODES = ("merge", "split")

_SINCE = regex.compile(r"(?:\bdepuis|\bdès|\bà\s+partir\s+d[eu']|\bà\s+compter\s+d[eu']|\bdepuis\s+le)\s*$",
                       regex.IGNORECASE)
_UNTIL = regex.compile(r"(?:\bjusqu['’]\s*(?:au|à|en|a)|\bd['’]ici(?:\s+(?:au|à|a))?)\s*$", regex.IGNORECASE)


# Verb tense of the sentence around an expression, for prefer="past": a sentence in the future
# ("se déroulera dimanche", "aura lieu le 30 juin") points an unmarked weekday or day-month forward.
_FUTURE = regex.compile(
    r"(?<=\w\w)(?:era|eront|irai|iront|ira|dra|dront|tra|tront)\b|(?<=\w\w\w)ront\b|\b(?:sera|seront|aura|auront|fera|feront|ira|"
    r"iront|va|vont|prévue?s?|prochaine?s?|devra|devront|doit|doivent|rendez-vous|invite|convie|programmée?s?)\b",
    regex.IGNORECASE)
_PAST = regex.compile(
    r"\b(?:a|ont|avait|avaient|était|étaient|eut|fut|furent|est|sont|s['’]est|se\s+sont)\s+(?:\w+\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|erte|ort)\b|(?<=\w\w\w)(?:ait|aient|èrent)\b|\bhier\b",
    regex.IGNORECASE)
_CLAUSE_END = regex.compile(r"[.!?\n;]")


def _tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None from the verbs of the sentence around ``text[start:end]``."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 200)
    m = _CLAUSE_END.search(text, end, end + 200)
    right = m.start() if m else min(len(text), end + 200)
    clause = text[left + 1:start] + " " + text[end:right]
    fut = _FUTURE.search(clause) is not None
    past = _PAST.search(clause) is not None
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    return None


def _needs_prefer(e: Expr) -> bool:
    if e.kind not in ("date", "time") or e.year is not None or e.yy is not None or e.direction is not None:
        return False
    return (e.weekday is not None and e.rel_unit is None) or (e.month is not None) or e.season is not None \
        or e.weekend


def _day_anchor(t: Timex) -> dt.date | None:
    if t.type in ("DATE", "TIME") and t.start is not None and t.start == t.end and len(t.value) >= 10 \
            and t.value[4] == "-" and t.value[7] == "-":
        return t.start
    if t.type == "TIME" and t.start is not None and t.value[:4].isdigit():
        return t.start
    return None


def find_dates(text: str, reference_date: dt.date | dt.datetime | None = None, *, prefer: str = "past",
               intervals: str = "merge") -> list[Match[Timex]]:
    """Find the temporal expressions of French ``text``.

    Args:
        text: any French text.
        reference_date: the document date (a ``date`` or ``datetime``) relative expressions are
            resolved against; ``None`` leaves them unresolved ("XXXX-03-17", "XXXX-WXX-1").
        prefer: "past" (default), "future" or "nearest": which occurrence an unmarked weekday,
            day-month, month or season denotes (see :mod:`sikyx.dates.resolver`). Under "past",
            a sentence whose verbs are in the future ("se déroulera dimanche", "aura lieu le 30
            juin") points such expressions forward (a cheap tense cue, French TimeBank practice).
        intervals: "merge" (default): "du 3 au 5 mai" is one match with an ISO 8601 interval value
            "2021-05-03/2021-05-05"; "split": one match per endpoint (French TimeBank practice).

    Returns:
        Non-overlapping :class:`sikyx.spans.Match` objects sorted by ``start`` (char offsets, end
        exclusive), each with a :class:`Timex` value.

    Raises:
        ValueError: for an unknown ``prefer`` or ``intervals``.
    """
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
    if intervals not in INTERVAL_MODES:
        raise ValueError(f"intervals must be one of {INTERVAL_MODES}, not {intervals!r}")
    out: list[Match[Timex]] = []
    anchor: dt.date | None = None
    last_end = 0
    for ms, me, s, e, expr in candidates(text):
        if ms < last_end:
            continue
        emitted = False
        for start, end, timex in _emit(text, s, e, expr, reference_date, prefer, intervals, anchor):
            if out and start < out[-1].end:
                continue
            out.append(Match(start, end, text[start:end], timex))
            emitted = True
            a = _day_anchor(timex)
            if a is not None and not (timex.type == "TIME" and expr.use_anchor):
                anchor = a
        if emitted:
            last_end = me
    return out


def _emit(text, s, e, expr: Expr, ref, prefer, intervals, anchor):
    try:
        return _emit_unsafe(text, s, e, expr, ref, prefer, intervals, anchor)
    except (ValueError, OverflowError):  # calendar arithmetic out of range ("il y a 31 siècles")
        return []


def _emit_unsafe(text, s, e, expr: Expr, ref, prefer, intervals, anchor):
    if expr.kind in ("interval", "list"):
        resolved = []
        if prefer == "past" and any(_needs_prefer(p[2]) for p in expr.parts) and _tense(text, s, e) == "future":
            prefer = "future"
        last = resolve(expr.parts[-1][2], ref, prefer, anchor)
        if last is None:
            return []
        for ps, pe, part in expr.parts[:-1]:
            if part.year is None and part.yy is None and part.month is not None and last.start is not None \
                    and expr.parts[-1][2].month is not None:
                # the first endpoint takes its year from the last one ("du 1er au 15 août")
                part.year = last.start.year - (1 if part.month > expr.parts[-1][2].month else 0)
            t = resolve(part, ref, prefer, anchor)
            if t is None:
                return []
            resolved.append((ps, pe, t))
        resolved.append((expr.parts[-1][0], expr.parts[-1][1], last))
        if expr.kind == "list" or intervals == "split":
            return resolved
        t1, t2 = resolved[0][2], resolved[-1][2]
        if t1.start and t2.start and t2.start < t1.start:
            return resolved
        return [(s, e, resolve_interval(t1, t2))]
    if prefer == "past" and _needs_prefer(expr):
        tense = _tense(text, s, e)
        if tense == "future":
            prefer = "future"
        elif tense == "past" and expr.weekend:
            expr.rel_n = -1 if (ref and (ref.isoweekday() <= 4)) else 0
    t = resolve(expr, ref, prefer, anchor)
    if t is None:
        return []
    if t.type == "DATE" and t.start is not None and ref is not None and t.value[:1].isdigit():
        left = text[max(0, s - 20):s]
        rd = ref.date() if isinstance(ref, dt.datetime) else ref
        if _SINCE.search(left) and t.start <= rd:
            t = Timex(t.type, t.value, t.start, rd, t.mod, t.flags + ("since",))
        elif _UNTIL.search(left) and t.end is not None and t.end >= rd:
            t = Timex(t.type, t.value, rd, t.end, t.mod, t.flags + ("until",))
    return [(s, e, t)]
