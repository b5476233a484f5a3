"""The parsed (not yet resolved) form of a temporal expression: :class:`Expr`.

The grammar (:mod:`sikyx.dates.grammar`) turns a regex match into an ``Expr``; the resolver
(:mod:`sikyx.dates.resolver`) turns an ``Expr`` plus a reference date into a
:class:`sikyx.dates.Timex`. Every field is optional; ``kind`` says which ones matter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["Expr"]


@dataclass(slots=True)
class Expr:
    """A temporal expression as read from the text, before resolution.

    kind: "date" (a calendar point or period), "time" (clock time or part of day on a day),
        "duration", "set", "ref" (PRESENT_REF/PAST_REF/FUTURE_REF), "interval" (``parts`` =
        start and end expressions), "list" (``parts`` reported as separate matches).
    Calendar fields: ``year`` (4 digits), ``yy`` (a two-digit year), ``month`` 1..12, ``day``
    1..31, ``weekday`` 1..7 (ISO, Monday = 1), ``season`` (SP/SU/FA/WI), ``quarter`` 1..4,
    ``half`` 1..2, ``week`` (ISO week number), ``decade`` (e.g. 196 for the 1960s), ``century``
    (e.g. 18 for "XIXe siècle"), ``weekend``, ``nth``/``nth_unit`` (the n-th week "W", week-end
    "WE", fortnight "FN" or day "D" of the month; -1 = the last).
    Relative fields: ``rel_days`` (hier = -1), ``rel_unit``/``rel_n`` (shift of the reference
    date by n units: "la semaine dernière" = ("W", -1)), ``rel_grain`` (the grain of the
    result, defaults to ``rel_unit``), ``direction`` (dernier = -1, prochain = +1, "ce" = 0, "ce même" = 3 for a weekday,
    -2 = the last season begun, under a past tense),
    ``use_anchor`` (resolve against the last day mentioned in the text, as TimeBank does),
    ``anaphoric`` (the expression itself points back, "ce jour-là", "cette année-là": without a day
    mentioned before it, it falls back to the reference date, flagged ``no_antecedent``),
    ``shift_days`` (the resolved day moved by this many days: "la veille du 14 juillet" = -1).
    Time fields: ``hour``, ``minute``, ``zone`` ("UTC", an IANA zone, "LOCAL"), ``part`` (TIMEX3
    part of day MO/AF/EV/NI/DT), ``part_end_weekday`` ("la nuit de vendredi à samedi").
    Duration/set fields: ``dur_n`` (Decimal, or None for a vague "quelques"), ``dur_unit``,
    ``anchored`` (-1 "42 derniers jours", +1 "3 prochains jours"), ``freq`` (times per unit), ``first_of`` ("Y": the first ``dur_n`` units of the year,
    "les neuf premiers mois de l'année").
    ``week_of``: the expression names the week of its day ("la semaine du 6 octobre"): the day is
    resolved, then replaced by its ISO week (the next one for a Sunday, named as the first day).
    ``dur_value``: a ready TIMEX3 duration value for compound durations ("PT2H7M43S"); ``easter``:
    the date is Easter's week-end ("le week-end de Pâques"); ``easter_offset``: a moveable feast, its
    day counted from Easter Sunday ("le lundi de Pentecôte": 50).
    ``mod``: TIMEX3 mod (START, END, MID, MORE_THAN, LESS_THAN, APPROX); ``ref``: the *_REF value;
    ``since``/``until``: the expression follows "depuis"/"jusqu'à" (interval to/from the reference).
    ``flags``: doubts of the reading itself, added to the resolved value's flags ("month_first": a
    numeric date read month first because the other order is impossible, "9-18-15").

    Slots, not an instance dict: a scan makes an ``Expr`` per accepted rule match, and the
    generated ``__init__`` sets every field (half the time with slots).
    """

    kind: str
    year: int | None = None
    yy: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None
    decade: int | None = None
    century: int | None = None
    weekend: bool = False
    nth: int | None = None
    nth_unit: str | None = None
    rel_days: int | None = None
    rel_unit: str | None = None
    rel_n: int | None = None
    rel_grain: str | None = None
    direction: int | None = None
    use_anchor: bool = False
    anaphoric: bool = False
    shift_days: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: str | None = None
    part: str | None = None
    part_end_weekday: int | None = None
    dur_n: Decimal | None = None
    dur_unit: str | None = None
    anchored: int | None = None
    freq: int | None = None
    first_of: str | None = None
    dur_value: str | None = None
    easter: bool = False
    easter_offset: int | None = None
    week_of: bool = False
    mod: str | None = None
    ref: str | None = None
    since: bool = False
    until: bool = False
    parts: list[tuple[int, int, "Expr"]] = field(default_factory=list)
    flags: tuple[str, ...] = ()
