"""French temporal expressions -> TIMEX3 values resolved against a reference date.

The conventions (spans, values, bounds) are those of the project's annotation guideline,
``corpus/GUIDELINES.md`` section 2, which decides every case; ``intervals="split"`` reproduces
French TimeBank's practice for interval endpoints.

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
import functools

import regex

from ..textnorm import normalise
from ..spans import Match
from .expr import Expr
from .lexicon import read_number_word
from .scanner import candidates
from .resolver import PREFERENCES, resolve, resolve_interval
from .types import TIMEX_TYPES, Timex

__all__ = ["Timex", "TIMEX_TYPES", "find_dates", "PREFERENCES"]

INTERVAL_MODES = ("merge", "split")

_SINCE = regex.compile(r"(?:\bdepuis|\bdès|\bà\s+partir\s+d[eu']|\bà\s+compter\s+d[eu']|\bdepuis\s+le)\s*$",
                       regex.IGNORECASE)
_SINCE_ONLY = regex.compile(r"\bdepuis(?:\s+(?:le|la|l['’]))?\s*$", regex.IGNORECASE)
_FROM = regex.compile(r"\bà\s+partir\s+d[eu']\s*$", regex.IGNORECASE)
_FROM_DAY = regex.compile(r"(?:\bà\s+partir\s+du|\bà\s+compter\s+du|\bdès|\bjusqu['’]\s*au)\s*$", regex.IGNORECASE)
"""Before a day of the month alone that opens an interval ("à partir du 8", "dès le 8": span "le 8") or
closes one ("jusqu'au 31, les soldes continuent": the coming 31st, not the last one)."""
_UNTIL = regex.compile(r"(?:\bjusqu['’]\s*(?:au|à|en|a)|\bd['’]ici(?:\s+(?:au|à|a))?)\s*$", regex.IGNORECASE)


# Verb tense of the sentence around an expression, for prefer="past": a sentence in the future
# ("se déroulera dimanche", "aura lieu le 30 juin") points an unmarked weekday or day-month forward.
_FUTURE = regex.compile(
    r"(?<=\w\w)(?:era|eront|irai|iront|ira|dra|dront|tra|tront|erai|erons|erez|drai|drez)\b|(?<=\w\w\w)ront\b"
    r"|\b(?:serai|seras|serons|serez|aurai|auras|aurons|aurez|ferai|ferons|vais|"
    r"sera|seront|aura|auront|fera|feront|ira|"
    r"iront|va|vont|(?<=\b(?:est|sont|sera|seront|reste|restent|était|étaient)\s)prévue?s?|prochaine?s?|devra|devront|doit|doivent|rendez-vous|invite|convie|programmée?s?|"
    r"attendue?s?|devrai(?:en)?t|pourrai(?:en)?t)\b|(?<=\w\w\w)(?:rait|raient)\b",
    regex.IGNORECASE)
_PAST = regex.compile(
    r"\b(?:a|ont|avait|avaient|était|étaient|eut|fut|furent|est|sont|s['’]est|se\s+sont)\s+(?:\w+\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|erte|ort)\b|(?<=\w\w\w)(?<!ra|rai)(?:ait|aient|èrent)\b|\bhier\b"
    r"|\b\w{3,}(?:é|ée|és|ées)\s+par\b",
    regex.IGNORECASE)
_PAST_PERFECT = regex.compile(
    r"\b(?:a|ont|avait|avaient|a\s+été|ont\s+été|est|sont|était|étaient)\s+(?:\w+\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|erte|ort)\b"
    r"|\bl['’]an(?:née)?\s+(?:derni(?:er|ère)|passée?)\b", regex.IGNORECASE)
_CLAUSE_END = regex.compile(r"[.!?\n;]")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")


_PAST_VERB = regex.compile(
    r"\b(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont)\s+"
    r"(?:(?:été|déjà|encore|aussi|bien|toujours|enfin|ensuite|également|finalement|notamment|récemment)\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ue|us|[eo]rte?s?|inte?s?)\b"
    r"|\b\w{2,}(?<!r)(?:ait|aient)\b", regex.IGNORECASE)
"""A past participle after its auxiliary ("a annoncé", "s'est réuni"; the irregular "est mort", "a
ouvert", "a atteint") or an imperfect ("dépassait"; not a conditional "rouvriraient")."""
_FORWARD_WORDS = regex.compile(r"\b(?:à|au|pour|jusqu['’]|d['’]ici|dès|avant|après|de|du|d['’]|vers|que|qu['’])(?!\w)"
                               r"|\b\w{3,}(?:er|ir)\b", regex.IGNORECASE)
"""Between a past verb and a weekday: a preposition or an infinitive ("a été reporté à samedi", "ont
appelé à manifester jeudi", "a annoncé qu'il partirait lundi") lets the weekday point forward."""


def _past_verb_before(text: str, start: int) -> bool:
    """A past verb stands just before ``text[start:]`` (within five words of the same clause, with no
    preposition, conjunction or infinitive between): "a annoncé jeudi", "s'est réuni mardi soir",
    "dépassait 6 h lundi". The weekday then names a day on or before the reference date."""
    left = text[max(0, start - 80):start]
    cut = max(left.rfind(","), left.rfind("."), left.rfind(";"), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    last = None
    for last in _PAST_VERB.finditer(left):
        pass
    if last is None:
        return False
    between = left[last.end():]
    return len(between.split()) <= 4 and _FORWARD_WORDS.search(between) is None


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before and after ``text[start:end]`` (200 characters at most each side)."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 200)
    m = _CLAUSE_END.search(text, end, end + 200)
    right = m.start() if m else min(len(text), end + 200)
    return text[left + 1:start], text[end:right]


def _tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None from the verbs of the sentence around ``text[start:end]``."""
    return _tense_of(*_clause(text, start, end))


@functools.lru_cache(maxsize=4096)
def _tense_of(before: str, after: str) -> str | None:
    fut = _FUTURE.search(before + " " + after) is not None
    past = _PAST.search(before + " " + after) is not None
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    if fut and past:
        # both: the verb nearest to the expression decides ("se tiendra dimanche, a-t-il annoncé")
        best = None
        for kind, rx in (("future", _FUTURE), ("past", _PAST)):
            for m in rx.finditer(before):
                d = len(before) - m.end()
                if best is None or d < best[0]:
                    best = (d, kind)
            m = rx.search(after)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), kind)
        return best[1] if best else None
    return None


def _needs_prefer(e: Expr) -> bool:
    if e.kind not in ("date", "time") or e.year is not None or e.yy is not None or e.direction is not None:
        return False
    return (e.weekday is not None and e.rel_unit is None) or (e.month is not None) or e.season is not None \
        or e.weekend or e.quarter is not None or e.half is not None or e.easter_offset is not None \
        or _part_of_period(e)


def _part_of_period(e: Expr) -> bool:
    """The start or end of the current week, month or year, with no direction ("en début de semaine",
    "au début du mois", "en fin d'année"): the current one, the next one when the sentence points forward
    after its part is over (:func:`sikyx.dates.resolver.resolve`)."""
    return e.kind == "date" and e.mod in ("START", "END") and e.rel_unit in ("W", "M", "Y") and e.rel_n == 0 \
        and e.rel_days is None and e.day is None and e.weekday is None and not e.use_anchor


def _day_alone(e: Expr) -> bool:
    """A day of the month with no month, weekday or year ("à partir du 8")."""
    return e.kind == "date" and e.day is not None and e.month is None and e.weekday is None and e.rel_unit is None


def _day_anchor(t: Timex) -> dt.date | None:
    if t.type in ("DATE", "TIME") and t.start is not None and t.start == t.end and len(t.value) >= 10 \
            and t.value[4] == "-" and t.value[7] == "-":
        return t.start
    if t.type == "TIME" and t.start is not None and t.value[:4].isdigit():
        return t.start
    return None


_FEAST_TAIL = regex.compile(r"\s+(?:gras|saint|de\s+(?:Pâques|Paques|Pentec[ôo]te|l['’]\s*Ascension)|des\s+(?:Cendres|Rameaux))"
                            r"(?![\w-])", regex.IGNORECASE)
"""After a weekday, the rest of a feast's name ("Mardi gras", "lundi de Pâques"): when the feast is no date
(guideline 2.5: "le carnaval du Mardi gras"), its weekday is none either."""
_APPROX_BEFORE = regex.compile(r"(?<!\w)(?:vers|aux\s+alentours\s+d[e'’]|aux\s+environs\s+d[e'’]|autour\s+d[e'’])\s*$",
                               regex.IGNORECASE)
"""An approximation before a date or time whose span it is not part of ("vers 2015")."""


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
        intervals: "merge" (default, the project's guideline corpus/GUIDELINES.md 2.1): "du 3 au 5
            mai", "entre 2019 et 2021", "de septembre à novembre", "de 10 heures à 16 heures" are
            ONE match of type DURATION whose value is the length (P3D, P3Y, P3M, PT6H) and whose
            start/end are the inclusive bounds (a clock interval is bounded only when its day is
            stated in the same sentence); "lundi à 6 heures" is one TIME match. "split": one match
            per endpoint, and "lundi" + "6 heures" (French TimeBank practice).

    Returns:
        Non-overlapping :class:`sikyx.spans.Match` objects sorted by ``start`` (char offsets, end
        exclusive), each with a :class:`Timex` value.

    Raises:
        ValueError: for an unknown ``prefer`` or ``intervals``.

    A text in NFD, with invisible characters inside words (soft hyphen, zero-width space) or with
    case variants of letters is read in its normal form (:func:`sikyx.textnorm.normalise`); the
    matches carry the offsets and text of ``text``.
    """
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
    if intervals not in INTERVAL_MODES:
        raise ValueError(f"intervals must be one of {INTERVAL_MODES}, not {intervals!r}")
    norm = normalise(text)
    if norm is not None:
        return norm.restore(text, find_dates(norm.text, reference_date, prefer=prefer, intervals=intervals))
    out: list[Match[Timex]] = []
    anchor: dt.date | None = None
    period: dt.date | None = None  # start of the last DATE mentioned ("la semaine précédente")
    night = False  # the last day anchor is a night ("dans la nuit de samedi à dimanche, vers 2 h 30")
    anchor_end = -1
    last_end = 0
    for ms, me, s, e, expr in candidates(text):
        if ms < last_end:
            continue
        if expr.weekday is not None and expr.day is None and expr.month is None and _FEAST_TAIL.match(text, e):
            continue  # "le carnaval du Mardi gras", "les œufs du lundi de Pâques": a feast naming a thing
        emitted = False
        # only a clock interval needs to know whether its day was stated in the same sentence
        near = expr.kind == "interval" and anchor is not None and not _SENTENCE_END.search(text, anchor_end, s)
        a_use = anchor
        if expr.use_anchor and (expr.rel_unit is not None and expr.rel_days is None or expr.season is not None):
            a_use = period  # "cette année-là", "cet hiver-là": the period of the last DATE
        elif night and anchor is not None and expr.kind == "time" and expr.hour is not None and expr.hour < 12:
            a_use = anchor + dt.timedelta(days=1)
        for start, end, timex in _emit(text, s, e, expr, reference_date, prefer, intervals, a_use, near):
            if out and start < out[-1].end:
                continue
            if timex.mod is None and timex.type in ("DATE", "TIME") and _APPROX_BEFORE.search(text, max(0, start - 24), start):
                # "vers 2015", "aux alentours de 21 h": the preposition stays out of the span
                # (guideline 2.1), its meaning is the TIMEX3 mod APPROX
                timex = Timex(timex.type, timex.value, timex.start, timex.end, "APPROX", timex.flags)
            out.append(Match(start, end, text[start:end], timex))
            emitted = True
            a = _day_anchor(timex)
            if a is not None and not (timex.type == "TIME" and expr.use_anchor):
                anchor, anchor_end = a, end
                night = timex.value.endswith("TNI")
            if timex.type == "DATE" and timex.start is not None:
                period = timex.start
        if emitted:
            last_end = me
    return _elided(text, out)


_NUM_WORD = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)"
_ELIDED = regex.compile(rf"\s*,?\s*(?:dont\s+(?P<n1>{_NUM_WORD})(?=\s+(?:avec\s+sursis|ferme)\b)"
                        rf"|au\s+lieu\s+de\s+(?P<n2>{_NUM_WORD})(?![\w\s]*\w)(?=\s*[.,;)!?]|$))", regex.IGNORECASE)


_SIMPLE_DURATION = regex.compile(r"P(T?)\d+(?:\.\d+)?([YMWDHS])")
_COMPLEMENT = regex.compile(r"\s+(?:de|d['’])\s*[^\W\d_]+")


def _elided(text: str, out: list[Match[Timex]]) -> list[Match[Timex]]:
    """Elided durations take their unit from the duration just before (guideline 2.2): "quatre ans
    de prison, dont deux avec sursis" -> "deux" P2Y; "cinq jours au lieu de sept" -> "sept" P7D."""
    extra = []
    for k, m in enumerate(out):
        if m.value.type != "DURATION":
            continue
        unit = _SIMPLE_DURATION.fullmatch(m.value.value)
        if unit is None:
            continue
        tail = _ELIDED.match(text, m.end, min(len(text), m.end + 60))
        if tail is None:
            # "quatre ans de prison, dont deux avec sursis": skip the complement of the first duration
            skip = _COMPLEMENT.match(text, m.end, m.end + 30)
            if skip is None:
                continue
            tail = _ELIDED.match(text, skip.end(), min(len(text), m.end + 80))
            if tail is None:
                continue
        g = "n1" if tail.group("n1") else "n2"
        ns, ne = tail.start(g), tail.end(g)
        if k + 1 < len(out) and out[k + 1].start < ne:
            continue
        try:
            n = int(tail.group(g)) if tail.group(g).isdigit() else read_number_word(tail.group(g))
        except KeyError:
            continue
        value = f"P{unit.group(1)}{n}{unit.group(2)}"
        extra.append(Match(ns, ne, text[ns:ne], Timex("DURATION", value)))
    if not extra:
        return out
    return sorted(out + extra, key=lambda m: m.start)


def _emit(text, s, e, expr: Expr, ref, prefer, intervals, anchor, near=False):
    try:
        return _emit_unsafe(text, s, e, expr, ref, prefer, intervals, anchor, near)
    except (ValueError, OverflowError):  # calendar arithmetic out of range ("il y a 31 siècles")
        return []


def _emit_unsafe(text, s, e, expr: Expr, ref, prefer, intervals, anchor, near=False):
    if expr.kind == "joined":
        # "lundi à 6 heures": one span (the guideline's); two under intervals="split" (French TimeBank's)
        if intervals == "merge":
            return _emit_unsafe(text, s, e, expr.parts[-1][2], ref, prefer, intervals, anchor, near)
        expr = Expr("list", parts=expr.parts)
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
        dated = any(p[2].weekday is not None or p[2].day is not None or p[2].rel_days is not None
                    for p in expr.parts)
        day = t1.start if (dated or near) else None
        return [(s, e, resolve_interval(t1, t2, day))]
    left20 = text[max(0, s - 20):s]
    if expr.kind in ("date", "time") and expr.direction is None and expr.year is None and expr.yy is None \
            and _SINCE_ONLY.search(left20) and (expr.weekday is not None or expr.month is not None or expr.day is not None
                                                or _part_of_period(expr)):
        # "depuis janvier", "depuis jeudi", "depuis le 3", "depuis le début de l'année": on or before the
        # reference date (guideline 2.3)
        prefer = "past_strict"
    elif prefer == "past" and expr.weekday is not None and expr.month is None and _FROM.search(left20):
        prefer = "future"  # "à partir de lundi": the coming one
    elif prefer == "past" and _day_alone(expr) and _FROM_DAY.search(left20) and _tense(text, s, e) != "past":
        prefer = "future"  # "à partir du 8", "dès le 8", "jusqu'au 31": the coming one, unless the sentence tells the past
    elif prefer == "past" and _needs_prefer(expr):
        tense = _tense(text, s, e)
        if tense == "future":
            prefer = "future"
        elif expr.weekday is not None and expr.month is None and expr.day is None and _past_verb_before(text, s):
            # "a annoncé jeudi", "l'attente dépassait 6 h lundi", "ils sont morts jeudi" (a participle
            # the sentence's tense test may miss): the day before
            prefer = "past_strict"
        elif tense == "past" and expr.weekend:
            expr.rel_n = -1 if (ref and (ref.isoweekday() <= 4)) else 0
        elif tense == "past" and (expr.season is not None or expr.quarter is not None or expr.half is not None) \
                and expr.direction is None and ref is not None and _PAST_PERFECT.search(" ".join(_clause(text, s, e))):
            # "a produit ... grâce aux pluies de l'automne", "au premier semestre, les ventes ont
            # bondi": the last one begun (guideline 2.3)
            expr.direction = -2
    t = resolve(expr, ref, prefer, anchor)
    if t is None:
        return []
    if t.type == "DATE" and t.start is not None and ref is not None and t.value[:1].isdigit():
        left = text[max(0, s - 20):s]
        rd = ref.date() if isinstance(ref, dt.datetime) else ref
        # the bounds stay the expression's own (guideline 2.4); "depuis"/"jusqu'à" are only flagged
        if _SINCE.search(left) and t.start <= rd:
            t = Timex(t.type, t.value, t.start, t.end, t.mod, t.flags + ("since",))
        elif _UNTIL.search(left) and t.end is not None and t.end >= rd:
            t = Timex(t.type, t.value, t.start, t.end, t.mod, t.flags + ("until",))
    return [(s, e, t)]
