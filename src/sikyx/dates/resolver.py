"""Resolution: a parsed :class:`~sikyx.dates.expr.Expr` + a reference date -> :class:`Timex`.

Values follow TimeML 1.2.1 / ISO-TimeML TIMEX3 (ISO 8601 extended) as the project's guideline
(corpus/GUIDELINES.md 2.2) writes them: "2021-03-09", "2021-03", "2021", "2021-W14",
"2021-W14-WE", "2021-Q1", "2021-H1", "2017-SU", "198" (the 1980s), "18" (the XIXth century, "01"
the IInd), "2021-04-02TNI", "2021-04-05T16:30", "2022-04-01T24:00" ("minuit" closing its day),
"T05:18Z" offsets, "P42D", "PT30M", "PXY" (vague), "PRESENT_REF". An interval ("du 3 au 5 mai")
is a DURATION whose value is its length (:func:`interval_length`).

Conventions (each documented where it is applied):

* ``prefer`` ("past" | "future" | "nearest") picks the occurrence of an unmarked weekday, day-month,
  month or season: "nearest" takes the closer of the last occurrence on/before the reference and the
  next one after it; "future" the next one on/after the reference; "past" (the default, news
  usage) the last one on/before the reference unless the next one is at least twice as close
  ("le 30 juin" written on 21 May is the coming 30 June; "le 20 février" written on 5 April is the
  past one; "vendredi" written on a Thursday is tomorrow).
* Bounds (inclusive ``start``/``end``, guideline 2.4): a year is 01-01..12-31, a week
  Monday..Sunday (ISO), a week-end Saturday..Sunday, a quarter/half its months, a season SP
  03-20..06-20, SU 06-21..09-22, FA 09-23..12-20, WI 12-21..03-19, a decade "196" 1960..1969, a
  century "18" 1800..1899, a night "TNI" its day and the next; PRESENT_REF and values with X have
  none.
* "la semaine du 6 octobre" is the ISO week of that day (of the next day for a Sunday, the day
  naming the week it opens).
* Modifiers narrow the bounds without changing the value: START/MID/END of a month are days 1-10,
  11-20, 21-end; of a year January–March / May–August / October–December; of a week Mon-Tue,
  Wed-Thu, Thu-Sun; of longer periods the first sixth, the middle third, the last sixth.
* An anchored duration "les 42 derniers jours" covers the 42 days ending on the reference day
  (2021-02-23..2021-04-05 for 2021-04-05, guideline 2.4); "les 3 prochains jours" the 3 whole days
  after it; "les 24 heures suivantes" (an event) that day and the next; "les neuf premiers mois de
  l'année" January–September.
* "depuis le 20 février" and "jusqu'au 15 juin" keep their own bounds (the day); the "since" /
  "until" reading is only flagged.
* The start or end of the current week, month or year ("en début de semaine", "au début du mois",
  "en fin d'année") is the current period's, the next one's when the text points forward after that
  part is over ("sera présenté au début du mois" written on the 12th).
* Seasons without a year are the reference year's (guideline 2.3), the next one when the text
  points forward from after it, the last one begun under a past perfect.
* Without a reference date, relative expressions get unresolved values ("XXXX-03-17", "XXXX-WXX-1",
  "XXXX-XX-XX") and no bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import regex
from dateutil.relativedelta import relativedelta

from .expr import Expr
from .types import Timex

__all__ = ["resolve", "PREFERENCES"]

PREFERENCES = ("past", "future", "nearest")
_INTERNAL_PREFERENCES = PREFERENCES + ("past_strict",)  # "depuis janvier": the last one on or before the reference

_SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}
_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _choose(past: dt.date | None, future: dt.date | None, ref: dt.date, prefer: str) -> dt.date:
    """Pick between the last occurrence on/before ``ref`` and the next one after it."""
    if past is None:
        return future  # type: ignore[return-value]
    if future is None:
        return past
    p, f = (ref - past).days, (future - ref).days
    if prefer == "past_strict":
        return past
    if prefer == "future":
        return past if p == 0 else future
    if prefer == "nearest":
        return past if p <= f else future
    return future if 2 * f <= p else past


def _feast_day(offset: int, year: int | None, rd: dt.date, prefer: str, opens: int = 0) -> dt.date:
    """Easter Sunday (``dateutil.easter``, Western) + ``offset`` days: in ``year`` when given, else the
    occurrence around the reference date ``rd`` chosen by :func:`_choose`. ``opens``: days the occasion
    begins before that day (1 for the Saturday of a feast's week-end), counted when telling a past
    occurrence from a coming one."""
    from dateutil.easter import easter
    shift = dt.timedelta(days=offset)
    if year is not None:
        return easter(year) + shift
    lead = dt.timedelta(days=opens)
    cands = [easter(y) + shift for y in (rd.year - 1, rd.year, rd.year + 1)]
    past = max((c for c in cands if c - lead <= rd), default=None)
    future = min((c for c in cands if c - lead > rd), default=None)
    return _choose(past, future, rd, prefer)


def _year_from_yy(yy: int, ref: dt.date | None) -> int:
    if ref is None:
        return 2000 + yy if yy <= 30 else 1900 + yy
    c = ref.year // 100 * 100 + yy
    for cand in (c - 100, c, c + 100):
        if ref.year - 79 <= cand <= ref.year + 20:
            return cand
    return c


def _fmt_num(n: Decimal) -> str:
    s = format(n.normalize(), "f")
    return s


_UNIT_TO_VALUE = {"CS": ("S", Decimal("0.01"), True), "DS": ("S", Decimal("0.1"), True), "Y": ("Y", 1, False), "M": ("M", 1, False), "W": ("W", 1, False), "D": ("D", 1, False),
                  "H": ("H", 1, True), "MIN": ("M", 1, True), "S": ("S", 1, True), "DE": ("Y", 10, False),
                  "CE": ("Y", 100, False), "ML": ("Y", 1000, False), "Q": ("M", 3, False),
                  "HY": ("M", 6, False), "FN": ("W", 2, False)}


def duration_value(n: Decimal | None, unit: str) -> str:
    """TIMEX3 duration value: (Decimal(42), "D") -> "P42D"; (None, "Y") -> "PXY"; (0.5, "H") -> "PT30M"."""
    letter, factor, timeish = _UNIT_TO_VALUE[unit]
    if n is None:
        return f"P{'T' if timeish else ''}X{letter}"
    n = n * factor
    if n != n.to_integral_value():
        # express fractions in the next smaller unit when exact: 0.5 h -> 30 min, 2.5 Y -> 30 M
        smaller = {("H", True): ("M", 60, True), ("M", True): ("S", 60, True), ("Y", False): ("M", 12, False),
                   ("D", False): ("H", 24, True), ("W", False): ("D", 7, False)}.get((letter, timeish))
        if smaller and (n * smaller[1]) == (n * smaller[1]).to_integral_value():
            letter, timeish, n = smaller[0], smaller[2], n * smaller[1]
    return f"P{'T' if timeish else ''}{_fmt_num(n)}{letter}"


_SHIFT = {"D": ("days", 1), "W": ("weeks", 1), "FN": ("weeks", 2), "M": ("months", 1), "Q": ("months", 3),
          "HY": ("months", 6), "Y": ("years", 1), "DE": ("years", 10), "CE": ("years", 100)}
"""Grain -> (relativedelta field, multiplier): a fortnight is two weeks, a quarter three months."""


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units of the grain ``unit`` (unknown grains leave ``d`` as it is)."""
    if unit not in _SHIFT:
        return d
    field, factor = _SHIFT[unit]
    return d + relativedelta(**{field: factor * int(n)})


def _grain_bounds(d: dt.date, unit: str) -> tuple[str, dt.date, dt.date]:
    """The TIMEX3 value and inclusive bounds of the ``unit``-long period containing ``d``."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat(), d, d
    if unit == "W" or unit == "FN":
        iso = d.isocalendar()
        monday = d - dt.timedelta(days=d.weekday())
        return f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6)
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}", d.replace(day=1), d.replace(day=_last_day(d.year, d.month))
    if unit == "Q":
        q = (d.month - 1) // 3 + 1
        return f"{d.year:04d}-Q{q}", dt.date(d.year, 3 * q - 2, 1), dt.date(d.year, 3 * q, _last_day(d.year, 3 * q))
    if unit == "HY":
        h = (d.month - 1) // 6 + 1
        return f"{d.year:04d}-H{h}", dt.date(d.year, 6 * h - 5, 1), dt.date(d.year, 6 * h, _last_day(d.year, 6 * h))
    if unit == "Y":
        return f"{d.year:04d}", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if unit == "DE":
        dec = d.year // 10
        return f"{dec:03d}", dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31)
    if unit == "CE":
        c = d.year // 100
        return f"{c:02d}", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31)
    raise ValueError(f"unknown unit {unit!r}")


def _season_bounds(season: str, year: int) -> tuple[dt.date, dt.date]:
    (m1, d1), (m2, d2) = _SEASONS[season]
    start = dt.date(year, m1, d1)
    end = dt.date(year + 1 if season == "WI" else year, m2, d2)
    return start, end


def _apply_mod(mod: str | None, start: dt.date, end: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    if mod not in ("START", "MID", "END"):
        return start, end
    if grain == "M":
        if mod == "START":
            return start, start.replace(day=10)
        if mod == "MID":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if grain == "W":
        if mod == "START":
            return start, start + dt.timedelta(days=1)
        if mod == "MID":
            return start + dt.timedelta(days=2), start + dt.timedelta(days=3)
        return start + dt.timedelta(days=3), end
    if grain == "Y":
        y = start.year
        return {"START": (dt.date(y, 1, 1), dt.date(y, 3, 31)),
                "MID": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
                "END": (dt.date(y, 10, 1), dt.date(y, 12, 31))}[mod]
    total = (end - start).days + 1
    if mod == "START":
        return start, start + dt.timedelta(days=total // 6 - 1)
    if mod == "END":
        return end - dt.timedelta(days=total // 6 - 1), end
    return start + dt.timedelta(days=total // 3), end - dt.timedelta(days=total // 3)


def _weekday_date(wd: int, ref: dt.date, direction: int | None, prefer: str) -> dt.date:
    delta = (wd - ref.isoweekday()) % 7
    past = ref - dt.timedelta(days=(7 - delta) % 7)
    future = ref + dt.timedelta(days=delta or 7)
    if direction == -1:
        return past if past < ref else past - dt.timedelta(days=7)
    if direction == 1:
        return future
    if direction == 0:  # "ce mardi": the Tuesday of the reference week (guideline 2.3)
        return ref + dt.timedelta(days=wd - ref.isoweekday())
    if direction == 3:  # "ce même lundi": the nearest occurrence
        return _choose(past, future if delta else None, ref, "nearest") if delta else ref
    if delta == 0:
        return ref
    return _choose(past, future, ref, prefer)


def _day_month_date(day: int, month: int, ref: dt.date, direction: int | None, prefer: str,
                    weekday: int | None = None) -> dt.date | None:
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if day <= _last_day(y, month):
            cands.append(dt.date(y, month, day))
    if not cands:
        return None
    past = max((c for c in cands if c <= ref), default=None)
    future = min((c for c in cands if c > ref), default=None)
    if weekday is not None:
        ok = [c for c in (past, future) if c is not None and c.isoweekday() == weekday]
        if len(ok) == 1:
            return ok[0]
    if direction == -1:
        return past or future
    if direction == 1:
        return future if not (past == ref) else ref
    return _choose(past, future, ref, prefer)


def _month_day(day: int, rd: dt.date, prefer: str) -> dt.date | None:
    """The ``day``-th of the reference month, the previous or the next one, chosen by ``prefer``."""
    this = rd.replace(day=1)
    cands = [this + relativedelta(months=k) for k in (-1, 0, 1)]
    cands = [c.replace(day=day) for c in cands if day <= _last_day(c.year, c.month)]
    past = max((c for c in cands if c <= rd), default=None)
    future = min((c for c in cands if c > rd), default=None)
    if past is None and future is None:
        return None
    return _choose(past, future, rd, prefer)


def _as_date(ref: dt.date | dt.datetime | None) -> dt.date | None:
    if ref is None:
        return None
    if isinstance(ref, dt.datetime):
        return ref.date()
    return ref


def resolve(e: Expr, ref: dt.date | dt.datetime | None, prefer: str = "past",
            anchor: dt.date | None = None) -> Timex | None:
    """Resolve ``e`` against the reference date ``ref`` into a :class:`Timex` (None if impossible).

    ``anchor``: the last day mentioned in the text before the expression; times of day, "le
    lendemain" and "le même jour" resolve against it when given (French TimeBank practice).
    The flags of the reading (``e.flags``) follow those of the resolution; an anaphoric expression
    ("ce jour-là") without ``anchor`` resolves against ``ref``, flagged ``no_antecedent``.
    Raises ValueError for an unknown ``prefer``.
    """
    t = _resolve(e, ref, prefer, anchor)
    if t is None:
        return None
    if e.shift_days:
        t = _shifted(t, e.shift_days)
    if not e.flags and not (e.anaphoric and anchor is None):
        return t  # the common case: nothing of the reading to add
    flags = e.flags + (("no_antecedent",) if e.anaphoric and anchor is None else ())
    return Timex(t.type, t.value, t.start, t.end, t.mod, t.flags + tuple(f for f in flags if f not in t.flags))


def _shifted(t: Timex, days: int) -> Timex:
    """The day ``t`` moved by ``days`` ("la veille du 14 juillet"); an unresolved day stays unknown."""
    if t.start is None or t.start != t.end or len(t.value) != 10:
        return Timex(t.type, "XXXX-XX-XX", None, None, t.mod, t.flags)
    d = t.start + dt.timedelta(days=days)
    return Timex(t.type, d.isoformat(), d, d, t.mod, t.flags)


def _resolve(e: Expr, ref: dt.date | dt.datetime | None, prefer: str, anchor: dt.date | None) -> Timex | None:
    if prefer not in _INTERNAL_PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
    rd = _as_date(ref)
    if e.kind == "duration":
        return _resolve_duration(e, ref, rd, anchor)
    if e.kind == "set":
        return _resolve_set(e)
    if e.kind == "ref":
        return Timex("DATE", e.ref)
    if e.kind == "time" and e.hour is not None:
        return _resolve_clock(e, ref, rd, prefer, anchor)
    if e.rel_unit in ("H", "MIN", "S") and e.rel_n is not None:
        # "dans deux heures", "il y a 30 minutes": a clock time from the reference moment
        mod = e.mod if e.mod in ("BEFORE", "AFTER", "APPROX") else None
        if ref is None:
            return Timex("TIME", "XXXX-XX-XXTXX:XX", mod=mod)
        if not isinstance(ref, dt.datetime):
            # a reference day without a time: the clock is unknown (not midnight); an offset under a
            # day is taken on the reference day (a news text is written during its day), a longer
            # one leaves the day unknown too
            k = {"H": 3600, "MIN": 60, "S": 1}[e.rel_unit]
            if abs(float(e.rel_n)) * k < 24 * 3600:
                return Timex("TIME", f"{rd.isoformat()}TXX:XX", rd, rd, mod, ("clock_unknown",))
            return Timex("TIME", "XXXX-XX-XXTXX:XX", mod=mod, flags=("clock_unknown",))
        k = {"H": "hours", "MIN": "minutes", "S": "seconds"}[e.rel_unit]
        t = ref + dt.timedelta(**{k: float(e.rel_n)})
        # isoformat, not strftime: "%Y" does not pad years below 1000 on every platform
        value = t.replace(microsecond=0).isoformat(timespec="seconds" if e.rel_unit == "S" else "minutes")
        return Timex("TIME", value, t.date(), t.date(), mod)
    base = _resolve_calendar(e, rd, prefer, anchor)
    if base is None:
        return None
    value, start, end, grain, flags = base
    if e.week_of:
        value, start, end = _week_of_day(start)
        grain = "W"
    if e.kind == "time" and e.part:
        value = f"{value}T{e.part}"
        if e.part == "NI" and start is not None:
            end = start + dt.timedelta(days=1)
        return Timex("TIME", value, start, end, e.mod, flags)
    if start is not None:
        start, end = _apply_mod(e.mod, start, end, grain)
    return Timex("DATE", value, start, end,
                 e.mod if e.mod in ("START", "MID", "END", "APPROX", "BEFORE", "AFTER") else None, flags)


def _week_of_day(d: dt.date | None) -> tuple[str, dt.date | None, dt.date | None]:
    """The week named by its day ("la semaine du 6 octobre"): the ISO week of ``d``, Monday..Sunday.
    A week is named by its first day; a Sunday is the first day only of the week it opens (the
    calendar's Sunday-first week), so it names the next ISO week: "la semaine du dimanche 6 octobre
    2013" is 2013-W41, 7-13 October. Without the day (no reference date): "XXXX-WXX"."""
    if d is None:
        return "XXXX-WXX", None, None
    if d.isoweekday() == 7:
        d += dt.timedelta(days=1)
    return _grain_bounds(d, "W")


def _resolve_calendar(e: Expr, rd: dt.date | None, prefer: str, anchor: dt.date | None):
    """-> (value, start, end, grain, flags) for calendar expressions, or None."""
    flags: tuple[str, ...] = ()
    base_day = anchor if (e.use_anchor and anchor is not None) else rd
    # relative days: hier, demain, le lendemain, il y a 3 jours
    if e.rel_days is not None:
        if base_day is None:
            return "XXXX-XX-XX", None, None, "D", ()
        d = base_day + dt.timedelta(days=e.rel_days)
        if e.weekday is not None and d.isoweekday() != e.weekday:
            flags = ("weekday_mismatch",)
        return d.isoformat(), d, d, "D", flags
    if e.century is not None:
        c = e.century
        return f"{c:02d}", dt.date(c * 100, 1, 1) if c > 0 else None, dt.date(c * 100 + 99, 12, 31), "CE", ()
    if e.decade is not None:
        return f"{e.decade:03d}", dt.date(e.decade * 10, 1, 1), dt.date(e.decade * 10 + 9, 12, 31), "DE", ()
    year = e.year
    if year is None and e.yy is not None:
        year = _year_from_yy(e.yy, rd)
        flags = ("two_digit_year",)
    if e.easter:
        if rd is None:
            return "XXXX-WXX-WE", None, None, "W", ()
        # the week-end's Sunday: Easter's, or Pentecost's, the one after Ascension (easter_offset days on)
        sunday = _feast_day(e.easter_offset or 0, year, rd, prefer, opens=1)
        v, _, _ = _grain_bounds(sunday, "W")
        return f"{v}-WE", sunday - dt.timedelta(days=1), sunday, "W", ()
    if e.easter_offset is not None:
        if year is None and rd is None:
            return "XXXX-XX-XX", None, None, "D", ()  # a moveable feast: no month or day without a year
        d = _feast_day(e.easter_offset, year, rd, prefer)
        return d.isoformat(), d, d, "D", flags if year is not None else ("year_inferred",)
    if e.weekend:
        if rd is None:
            return "XXXX-WXX-WE", None, None, "W", ()
        d = _shift(rd, "W", e.rel_n or 0)
        v, mon, _ = _grain_bounds(d, "W")
        return f"{v}-WE", mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), "W", ()
    if e.nth is not None:
        return _resolve_nth(e, year, rd, prefer)
    if e.weekday is not None and e.day is None:
        if e.rel_unit == "AFTER" and rd is not None:
            # "lundi en huit", "mercredi suivant": the first such weekday after ref + 6 (or + 13) days
            after = rd + dt.timedelta(days=int(e.rel_n))
            d = after + dt.timedelta(days=(e.weekday - after.isoweekday()) % 7 or 7)
            return d.isoformat(), d, d, "D", ()
        if e.rel_unit == "W":
            if rd is None:
                return f"XXXX-WXX-{e.weekday}", None, None, "D", ()
            monday = _shift(rd, "W", e.rel_n or 0) - dt.timedelta(days=rd.weekday())
            d = monday + dt.timedelta(days=e.weekday - 1)
            return d.isoformat(), d, d, "D", ()
        if rd is None:
            return f"XXXX-WXX-{e.weekday}", None, None, "D", ()
        d = _weekday_date(e.weekday, rd, e.direction, prefer)
        return d.isoformat(), d, d, "D", ()
    if e.rel_unit == "M" and e.day is not None and e.month is None:
        # "le 4 de ce mois", "du 4 au 23 du mois prochain": that day of the month named
        if rd is None:
            return f"XXXX-XX-{e.day:02d}", None, None, "D", ()
        first = _shift(rd.replace(day=1), "M", e.rel_n or 0)
        try:
            d = first.replace(day=e.day)
        except ValueError:
            return None
        return d.isoformat(), d, d, "D", ()
    if e.rel_unit is not None:
        if rd is None:
            return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(e.rel_unit, "XXXX-XX-XX"), None, None, e.rel_unit, ()
        d = _shift(base_day, e.rel_unit, e.rel_n or 0)
        if e.kind == "duration" or e.rel_grain == "D" or e.dur_unit:
            # "il y a trois jours", "dans deux semaines": the day reached
            return d.isoformat(), d, d, "D", ()
        v, s, en = _grain_bounds(d, e.rel_unit)
        if prefer == "future" and e.mod in ("START", "END") and e.rel_n == 0 and e.direction is None \
                and not e.use_anchor and e.rel_unit in ("W", "M", "Y") and _apply_mod(e.mod, s, en, e.rel_unit)[1] < rd:
            # "au début du mois" pointing forward (prefer "future", a future tense) once the start of
            # this month is over: next month's
            v, s, en = _grain_bounds(_shift(d, e.rel_unit, 1), e.rel_unit)
        return v, s, en, e.rel_unit, ()
    if e.week is not None:
        y = year or (rd.year if rd else None)
        if y is None:
            return f"XXXX-W{e.week:02d}", None, None, "W", ()
        try:
            monday = dt.date.fromisocalendar(y, e.week, 1)
        except ValueError:
            return None
        return f"{y:04d}-W{e.week:02d}", monday, monday + dt.timedelta(days=6), "W", ()
    if e.quarter is not None or e.half is not None:
        y = year
        if y is None and rd is not None:
            # "au quatrième trimestre" with no year: the last such quarter (half) begun on or before
            # the reference date, or the next one, chosen as for a month (prefer, tense, direction);
            # the last one is as far as its end ("au premier semestre" said in September is the one
            # just ended, not the one starting in four months)
            first_month = 3 * e.quarter - 2 if e.quarter is not None else 6 * e.half - 5
            this = dt.date(rd.year, first_month, 1)
            past = this if this <= rd else dt.date(rd.year - 1, first_month, 1)
            future = dt.date(past.year + 1, first_month, 1)
            past_end = past + relativedelta(months=3 if e.quarter else 6)  # the day after it
            if e.direction == -1:
                y = past.year - 1 if past_end > rd else past.year
            elif e.direction == 1:
                y = future.year
            elif e.direction == -2:
                y = past.year  # under a past tense: the last one begun
            else:
                chosen = _choose(min(past_end - dt.timedelta(days=1), rd), future, rd, prefer)
                y = future.year if chosen == future else past.year
            flags = tuple(flags) + ("year_inferred",)
        if e.quarter is not None:
            if y is None:
                return f"XXXX-Q{e.quarter}", None, None, "Q", ()
            return _grain_bounds(dt.date(y, 3 * e.quarter, 1), "Q") + ("Q", flags)
        if y is None:
            return f"XXXX-H{e.half}", None, None, "HY", ()
        return _grain_bounds(dt.date(y, 6 * e.half, 1), "HY") + ("HY", flags)
    if e.season is not None:
        if year is None and e.use_anchor and anchor is not None:
            year = anchor.year  # "cet hiver-là": the season of the date just mentioned
        if year is None:
            if rd is None:
                return f"XXXX-{e.season}", None, None, "S", ()
            cands = []
            for y in (rd.year - 1, rd.year, rd.year + 1):
                s, en = _season_bounds(e.season, y)
                cands.append((y, s, en))
            past = [c for c in cands if c[2] < rd]
            fut = [c for c in cands if c[1] > rd]
            p = past[-1] if past else None
            f = fut[0] if fut else None
            if e.direction == -1:
                year = p[0]
            elif e.direction == 1:
                year = f[0]
            else:
                # guideline 2.3: the season of the reference year (the winter that contains the
                # reference date, or the one starting in its December); the next one when the text
                # points forward from after it; under a past tense (direction -2) the last one begun
                year = rd.year - 1 if (e.season == "WI" and rd < _season_bounds("WI", rd.year - 1)[1]
                                       + dt.timedelta(days=1)) else rd.year
                s0, en0 = _season_bounds(e.season, year)
                if e.direction == -2 and s0 > rd:
                    year -= 1
                elif prefer == "future" and en0 < rd:
                    year += 1
        s, en = _season_bounds(e.season, year)
        return f"{year:04d}-{e.season}", s, en, "S", flags
    if e.day is not None and e.month is None and e.weekday is None:
        # a day of the month alone ("du 13 au 18"): this month's, or the next/previous one by ``prefer``
        if rd is None:
            return f"XXXX-XX-{e.day:02d}", None, None, "D", ()
        d = _month_day(e.day, rd, prefer)
        return (d.isoformat(), d, d, "D", ()) if d else None
    if e.month is not None and e.day is not None:
        if year is None:
            if rd is None:
                return f"XXXX-{e.month:02d}-{e.day:02d}", None, None, "D", ()
            d = _day_month_date(e.day, e.month, rd, e.direction, prefer, e.weekday)
            if d is None:
                return None
            flags = ("year_inferred",)
        else:
            try:
                d = dt.date(year, e.month, e.day)
            except ValueError:
                return None
        if e.weekday is not None and d.isoweekday() != e.weekday:
            flags = tuple(flags) + ("weekday_mismatch",)  # "mardi 4 mars 2024" (a Monday): the date wins
        return d.isoformat(), d, d, "D", flags
    if e.day is not None and e.weekday is not None:
        # "mercredi 13": the nearest month where the 13th is a Wednesday, else this month
        if rd is None:
            return f"XXXX-XX-{e.day:02d}", None, None, "D", ()
        order = {"future": range(0, 12), "past": (0, -1, 1, -2, -3, -4, -5, -6, 2, 3, 4, 5),
                 "past_strict": range(0, -12, -1),
                 "nearest": (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6)}[prefer]
        for k in order:
            c = rd.replace(day=1) + relativedelta(months=k)
            if e.day <= _last_day(c.year, c.month) and c.replace(day=e.day).isoweekday() == e.weekday:
                d = c.replace(day=e.day)
                return d.isoformat(), d, d, "D", ()
        return None
    if e.month is not None:
        if year is None:
            if rd is None:
                return f"XXXX-{e.month:02d}", None, None, "M", ()
            cur = rd.replace(day=1)
            past = dt.date(rd.year if e.month <= rd.month else rd.year - 1, e.month, 1)
            future = dt.date(rd.year if e.month > rd.month else rd.year + 1, e.month, 1)
            if e.direction == -1:
                d = past if past < cur else dt.date(past.year - 1, e.month, 1)
            elif e.direction == 1:
                d = future
            elif e.direction == 0:  # "cette Mai": the month of the reference year
                d = dt.date(rd.year, e.month, 1)
            elif past == cur:
                d = cur
            else:
                months_p = (cur.year - past.year) * 12 + cur.month - past.month
                months_f = (future.year - cur.year) * 12 + future.month - cur.month
                if prefer == "future":
                    d = future
                elif prefer == "past_strict":
                    d = past
                elif prefer == "nearest":
                    d = past if months_p <= months_f else future
                else:
                    d = future if 2 * months_f <= months_p else past
            year = d.year
            flags = ("year_inferred",)
        v, s, en = _grain_bounds(dt.date(year, e.month, 1), "M")
        return v, s, en, "M", flags
    if year is not None:
        v, s, en = _grain_bounds(dt.date(year, 1, 1), "Y")
        return v, s, en, "Y", flags
    return None


def _resolve_nth(e: Expr, year: int | None, rd: dt.date | None, prefer: str):
    """The n-th week / week-end / fortnight / day of a month (-1 = the last one).

    Weeks are the ISO weeks (Monday..Sunday) that start in the month ("la première semaine
    d'octobre 2014" = 2014-10-06..12, Duckling's reading); the last week is the last one that ends
    in the month. Fortnights are days 1-14 and 15-end (Duckling's).
    """
    if e.month is not None:
        if year is None:
            if rd is None:
                return None
            cur = rd.replace(day=1)
            past = dt.date(rd.year if e.month <= rd.month else rd.year - 1, e.month, 1)
            future = dt.date(rd.year if e.month > rd.month else rd.year + 1, e.month, 1)
            year = (cur if past == cur else _choose(past, future, rd, prefer)).year
        first = dt.date(year, e.month, 1)
    elif rd is not None:
        first = _shift(rd.replace(day=1), "M", e.rel_n or 0)
    else:
        return None
    last = first.replace(day=_last_day(first.year, first.month))
    n = e.nth
    if e.nth_unit == "D":
        d = first + dt.timedelta(days=n - 1) if n > 0 else last
        return (d.isoformat(), d, d, "D", ()) if d.month == first.month else None
    if e.nth_unit == "FN":
        s, en = (first, first.replace(day=14)) if n == 1 else (first.replace(day=15), last)
        return f"{first.year:04d}-{first.month:02d}", s, en, "FN", ()
    if e.nth_unit == "W":
        mondays = [first + dt.timedelta(days=k) for k in range(0, 31) if (first + dt.timedelta(days=k)).month == first.month
                   and (first + dt.timedelta(days=k)).isoweekday() == 1]
        if n < 0:
            mondays = [m for m in mondays if (m + dt.timedelta(days=6)).month == first.month]
        if not mondays or n > len(mondays):
            return None
        mon = mondays[n - 1] if n > 0 else mondays[-1]
        v, s, en = _grain_bounds(mon, "W")
        return v, s, en, "W", ()
    if e.nth_unit == "WD":
        days = [first + dt.timedelta(days=k) for k in range(0, 31) if (first + dt.timedelta(days=k)).month == first.month
                and (first + dt.timedelta(days=k)).isoweekday() == e.weekday]
        if not days or n > len(days):
            return None
        d = days[n - 1] if n > 0 else days[-1]
        return d.isoformat(), d, d, "D", ()
    # week-ends: the n-th Saturday of the month and the next day
    sats = [first + dt.timedelta(days=k) for k in range(0, 31) if (first + dt.timedelta(days=k)).month == first.month
            and (first + dt.timedelta(days=k)).isoweekday() == 6]
    if not sats or n > len(sats):
        return None
    sat = sats[n - 1] if n > 0 else sats[-1]
    v, _, _ = _grain_bounds(sat, "W")
    return f"{v}-WE", sat, sat + dt.timedelta(days=1), "W", ()


def _zone_suffix(zone: str | None, day: dt.date | None, hour: int, minute: int) -> str:
    if not zone or zone == "LOCAL":
        return ""
    if zone == "UTC":
        return "Z"
    try:
        from zoneinfo import ZoneInfo
        off = dt.datetime(day.year if day else 2000, day.month if day else 1, day.day if day else 1, hour, minute,
                          tzinfo=ZoneInfo(zone)).utcoffset()
    except Exception:  # pragma: no cover - zone database missing
        return ""
    total = int(off.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{sign}{total // 60:02d}:{total % 60:02d}"


def _resolve_clock(e: Expr, ref, rd, prefer, anchor) -> Timex:
    # day of the clock time: its own date parts, else the anchor, else the reference day
    day: dt.date | None = None
    flags: tuple[str, ...] = ()
    if e.rel_days is not None and rd is not None:
        day = ((anchor if e.use_anchor and anchor else rd) + dt.timedelta(days=e.rel_days))
    elif e.year is not None and e.month is not None and e.day is not None:
        day = dt.date(e.year, e.month, e.day)
    elif e.day is not None and e.month is None and e.weekday is None and rd is not None:
        # "le 16 à 18h": the 16th of this month, or of the next/previous one by ``prefer``
        day = _month_day(e.day, rd, prefer)
    elif e.month is not None and e.day is not None:
        cal = _resolve_calendar(Expr("date", year=e.year, yy=e.yy, month=e.month, day=e.day, direction=e.direction),
                                rd, prefer, anchor)
        day, flags = (cal[1], cal[4]) if cal else (None, ())  # "à 16h le 1er novembre": year_inferred
    elif e.weekday is not None and rd is not None:
        day = _weekday_date(e.weekday, rd, e.direction, prefer)
    elif e.use_anchor and anchor is not None:
        day = anchor
    elif rd is not None:
        day = rd
        if prefer == "future" and isinstance(ref, dt.datetime) and (e.hour, e.minute) < (ref.hour, ref.minute):
            day = rd + dt.timedelta(days=1)  # "3 heures du matin" said at 4:30: tomorrow's
    hhmm = f"T{e.hour:02d}:{e.minute:02d}" + (f":{e.second:02d}" if e.second is not None else "")
    value = (day.isoformat() if day else "XXXX-XX-XX") + hhmm + _zone_suffix(e.zone, day, min(e.hour, 23), e.minute)
    return Timex("TIME", value, day, day, e.mod, flags)


def _resolve_duration(e: Expr, ref, rd: dt.date | None, anchor: dt.date | None = None) -> Timex:
    if e.dur_value:
        return Timex("DURATION", e.dur_value)
    value = duration_value(e.dur_n, e.dur_unit)
    start = end = None
    whole = e.dur_n is not None and e.dur_n == e.dur_n.to_integral_value()
    if e.first_of and rd is not None and whole:
        # "les neuf premiers mois de l'année": from the first day of the year
        y = e.year or rd.year
        start = dt.date(y, 1, 1)
        end = _shift(start, e.dur_unit, int(e.dur_n)) - dt.timedelta(days=1)
    elif e.anchored and rd is not None and whole:
        n = int(e.dur_n)
        unit = e.dur_unit
        base = anchor if (e.use_anchor and anchor is not None) else rd
        if unit in ("H", "MIN", "S"):
            k = {"H": "hours", "MIN": "minutes", "S": "seconds"}[unit]
            moment = dt.datetime(base.year, base.month, base.day)
            if e.anchored < 0:
                start, end = (moment - dt.timedelta(**{k: n})).date(), base
            else:
                start, end = base, (moment + dt.timedelta(**{k: n})).date()
        elif e.anchored < 0:
            # "les 42 derniers jours": the N units ending on the reference day (guideline 2.4)
            start = _shift(base, unit, -n) + dt.timedelta(days=1)
            end = base
        else:
            # "les 3 prochains jours": the N whole units after the reference day
            _, _, cur_end = _grain_bounds(base, unit) if unit in ("W", "M", "Q", "HY", "Y") else ("", base, base)
            start = cur_end + dt.timedelta(days=1)
            end = _shift(cur_end, unit, n)
            if unit == "M":
                end = end.replace(day=_last_day(end.year, end.month))
    mod = e.mod if e.mod in ("MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE", "EQUAL_OR_LESS") else None
    return Timex("DURATION", value, start, end, mod)


def _resolve_set(e: Expr) -> Timex:
    flags: tuple[str, ...] = ()
    if e.weekday is not None:
        v = f"XXXX-WXX-{e.weekday}"
        if e.part:
            v += f"T{e.part}"
        if e.hour is not None:
            v += f"T{e.hour:02d}:{e.minute or 0:02d}"
        return Timex("SET", v)
    if e.season is not None:
        return Timex("SET", f"XXXX-{e.season}")
    if e.month is not None and e.day is not None:
        return Timex("SET", f"XXXX-{e.month:02d}-{e.day:02d}")
    if e.weekend:
        return Timex("SET", "XXXX-WXX-WE")
    if e.hour is not None and (e.part is not None or e.dur_unit == "D"):
        # "chaque soir à 21 h", "tous les jours à 15 h": every day at that time
        return Timex("SET", f"XXXX-XX-XXT{e.hour:02d}:{e.minute or 0:02d}")
    if e.part is not None:
        return Timex("SET", f"XXXX-XX-XXT{e.part}")
    if e.freq is not None:
        flags = (f"freq={e.freq}X",)
    return Timex("SET", duration_value(e.dur_n or Decimal(1), e.dur_unit), flags=flags)


def _months(d: dt.date) -> int:
    return d.year * 12 + d.month


def interval_length(e1: Timex, e2: Timex) -> str | None:
    """TIMEX3 duration value of the interval from ``e1`` to ``e2`` (guideline 2.1: "du 3 au 5 mai" P3D,
    "entre 2019 et 2021" P3Y, "de septembre à novembre" P3M — inclusive counts at the grain of the
    endpoints; "de 10 heures à 16 heures" PT6H — the clock difference)."""
    c1, c2 = _CLOCK_OF.search(e1.value), _CLOCK_OF.search(e2.value)
    if c1 and c2:
        h1, m1 = int(c1.group(1)), int(c1.group(2))
        h2, m2 = int(c2.group(1)), int(c2.group(2))
        days = (e2.start - e1.start).days if e1.start and e2.start else 0
        total = days * 1440 + h2 * 60 + m2 - h1 * 60 - m1
        if total <= 0 and not days:
            total += 1440
        if total <= 0:
            return None
        h, m = divmod(total, 60)
        return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "")
    if e1.start is None or e2.end is None:
        return None
    v1, v2 = e1.value, e2.value
    if _YEAR_ONLY.fullmatch(v1) and _YEAR_ONLY.fullmatch(v2):
        return f"P{int(v2) - int(v1) + 1}Y"
    if _MONTH_ONLY.fullmatch(v1) and _MONTH_ONLY.fullmatch(v2):
        return f"P{_months(e2.start) - _months(e1.start) + 1}M"
    return f"P{(e2.end - e1.start).days + 1}D"


_CLOCK_OF = regex.compile(r"T(\d\d):(\d\d)")
_YEAR_ONLY = regex.compile(r"\d{4}")
_MONTH_ONLY = regex.compile(r"\d{4}-\d\d")


def resolve_interval(e1: Timex, e2: Timex, day: dt.date | None = None) -> Timex:
    """Join two resolved endpoints into one interval: type DURATION, value its length
    (:func:`interval_length`), inclusive bounds from the first endpoint's start to the last one's
    end. Clock intervals ("de 10 heures à 16 heures") are bounded by ``day`` (the day they are on,
    when the text states it), else unbounded."""
    value = interval_length(e1, e2)
    if value is None:
        typ = "TIME" if "TIME" in (e1.type, e2.type) else "DATE"
        return Timex(typ, f"{e1.value}/{e2.value}", e1.start, e2.end)
    if value.startswith("PT"):
        start = e1.start if day is not None else None
        end = e2.end if day is not None else None
        return Timex("DURATION", value, start, end)
    return Timex("DURATION", value, e1.start, e2.end)
