"""The French temporal grammar: small named pieces composed into named rules.

Span convention (the project's guideline, corpus/GUIDELINES.md 2.1; French TimeBank 1.1's otherwise)
-------------------------------------------------------------------------------------------------
* Determiners and demonstratives are INSIDE the span: "le 27 mai 1998", "l'an prochain",
  "les années 60", "le 6 mai dernier", "la nuit de lundi à mardi", "ce soir", "les 42 derniers
  jours", "ces dernières 24 heures".
* Prepositions are OUTSIDE, including contracted preposition+article ("du", "au", "des", "aux")
  and an elided "d'": "du 13 juin" -> "13 juin", "à 14 h 15" -> "14 h 15", "depuis deux ans" ->
  "deux ans", "au premier trimestre 2022" -> "premier trimestre 2022", "des 42 derniers jours" ->
  "42 derniers jours", "vers 21 h 45" -> "21 h 45", "à ce jour" -> "ce jour", "en ce moment" ->
  "ce moment", "d'environ une semaine" -> "environ une semaine".
* "il y a trois ans" is ONE DATE span, at the grain of the unit ("il y a un an" -> the year); a
  vague "il y a quelques mois" keeps only "quelques mois" (a DURATION, as in TimeBank).
* Modifiers and qualifiers are INSIDE: "fin mars", "mi-août", "la fin du XIXe siècle", "plus de
  deux ans", "environ une heure", "moins de deux mois", "jusqu'à dix ans" (before a duration).
  The determiner of a plain duration stays out ("dans les 48 heures" -> "48 heures"), that of an
  anchored one in ("les 24 heures suivantes").
* Intervals ("du 3 au 5 mai", "entre 2019 et 2021", "de janvier à mars", "de 18 h à 23 h"): by
  default ONE span covering the whole construction, markers included, type DURATION, value the
  length (P3D, P3Y, P3M, PT5H), inclusive start/end. French TimeBank annotates the two endpoints
  as separate TIMEX3s instead ("18 h" and "23 h", "les 6" and "13 avril prochains");
  ``find_dates(..., intervals="split")`` reproduces that practice, each endpoint completed from the
  other ("3" in "du 3 au 5 mai" is 05-03). Lists ("les 6 et 13 avril", "2002/2003") are always
  separate spans.
* A weekday and its time are ONE span ("lundi à 6 heures", "dimanche 18 heures", "ce soir à 7");
  a date phrase followed by "à <time>" gives two spans ("le samedi 5 juin" and "17 h"), the time
  resolved on the day just mentioned; under ``intervals="split"`` "lundi" and "6 heures" are two
  spans too (TimeBank practice).
* Duration ranges ("de 8 à 24 mois") are two DURATION spans ("8", "24 mois"), as in TimeBank.
  Race times are one DURATION ("2 h 07 min 43 s" PT2H7M43S, "45 s 71" PT45.71S); elided
  durations take the unit of the one before ("quatre ans de prison, dont deux avec sursis").
* Not temporal expressions: ages ("Jean Dupont, 87 ans,", "âgée de 17 ans", "un homme de 37
  ans", "les plus de 65 ans", "un nourrisson de 7 mois" — figures, guideline 1.1), time rates
  ("52 heures par semaine"), "par an" after an amount (the quantity's), codes ("CVE-2019-19781"),
  "Midi"/"Mars"/"Mai" as names, "été" the participle.
* Sets (guideline 2.2): "chaque année" P1Y, "tous les jours" P1D, "deux fois par jour" P1D,
  "toutes les demi-heures" PT30M, "chaque hiver" XXXX-WI, "chaque matin" XXXX-XX-XXTMO,
  "le lundi"/"chaque mardi"/"lundis" XXXX-WXX-1, "le dimanche après-midi" XXXX-WXX-7TAF, "tous les
  samedis à 15 h" XXXX-WXX-6T15:00, "le 1er novembre de chaque année" XXXX-11-01.

How the scan works (:mod:`sikyx.dates.scanner`): one pass of ``SCANNER`` finds every trigger (a month, a weekday, a unit
word, a digit that can start a date or a time...); each rule is then tried only at the few word
starts just before its triggers (``BACK``), never twice at the same start (linear time). At a given
start the longest accepted match wins (ties: the earlier rule in :data:`RULES`); overlapping
matches are resolved left to right in :func:`sikyx.dates.find_dates`. A builder may reject a match
(returning ``None``) when the context shows it is not a date ("a été saisi", "Mars" the planet,
"2000 personnes", "une seconde fois").
"""


from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

import regex

from .expr import Expr
from .lexicon import LEXICON, alternation, lookup, normalize, read_number_word
from .pieces import (AP, DIRECTION, L, MONTH_FULL, NUMW, ORDINAL, PRESENT, QUALIFIER, RELDAY, ROMAN, SEASON, UNIT_ABBR,
                     UNIT_WORDS, VAGUE, WEEKDAY, ZONE, _MONTH_FULL_SET, _day_value, _dir, _left_word_ok, _match,
                     _groupindex, _num, _number_before, _roman, _search, _sub, _year, clock, day, direction, month, part_of_day,
                     weekday, year4, year_after_month)

__all__ = ["Rule", "RULES", "rule"]


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    """A named rule: a pattern with a span group ``s`` and a builder ``(match, text) -> Expr|None``."""

    name: str
    pattern: str
    build: Callable[[regex.Match, str], Expr | None]


RULES: list[Rule] = []


def rule(name: str, pattern: str):
    def deco(fn):
        RULES.append(Rule(name, pattern, fn))
        return fn
    return deco


# ---- intervals and lists of days: "du 3 au 5 mai", "entre le 13 et le 15 juillet", "les 6 et 13 avril"
_SEP_DAYS = r"(?P<sep>au|à|a|et(?:\s+le)?|jusqu['’]\s*(?:au|à|a)|[-–])"


@rule("day_interval",
      rf"{L}(?P<s>(?:(?P<imark>du|entre(?:\s+le)?|les)\s+)?(?:{weekday('1')}\s+)?{day('1')}"
      rf"(?:\s+{month('1')}(?:\s+{year4('1')})?)?\s*{_SEP_DAYS}\s*(?:{weekday('2')}\s*,?\s+|(?P<wdab2>lun|mar|mer|jeu|ven|sam|dim)\.?\s*,?\s+(?=\d))?{day('2')}"
      rf"\s+(?:de\s+)?{month('2')}(?:{year_after_month('2')})?(?:\s+{direction('2')})?)")
def b_day_interval(m, text):
    d1, d2 = _day_value(m.group("day1")), _day_value(m.group("day2"))
    if d1 is None or d2 is None:
        return None
    m2 = int(lookup("month", m.group("month2")))
    m1 = int(lookup("month", m.group("month1"))) if m.group("month1") else None
    y1, _ = _year(m, "1")
    y2, yy2 = _year(m, "2")
    dir2 = _dir(m, "2")
    if m1 is None and d1 > d2:
        return None
    # weekdays of endpoints are not used to choose the year (one wrong weekday must not move the interval)
    e2 = Expr("date", day=d2, month=m2, year=y2, yy=yy2, direction=dir2)
    e1 = Expr("date", day=d1, month=m1 or m2, year=y1 if y1 else (y2 if not m1 or m1 <= m2 else None),
              yy=None if y1 else yy2, direction=dir2)
    # span of the first endpoint (split mode, lists): "les" kept ("les 6", TimeBank), "du"/"entre le" dropped
    imark = (m.group("imark") or "").lower()
    first_start = m.start("wd1") if m.group("wd1") else m.start("day1")
    if imark == "les":
        first_start = m.start("s")
    first_end = m.end("year1") if m.group("year1") else (m.end("month1") if m.group("month1") else m.end("day1"))
    second_start = m.start("wd2") if m.group("wd2") else m.start("wdab2") if m.group("wdab2") else m.start("day2")
    sep = m.group("sep").lower()
    if sep.startswith("et") and sep.endswith("le"):
        second_start = m.end("sep") - 2
    kind = "list" if (sep.startswith("et") and not imark.startswith("entre")) else "interval"
    return Expr(kind, parts=[(first_start, first_end, e1), (second_start, m.end("s"), e2)])


@rule("month_interval",
      rf"{L}(?P<s>(?P<imark>de|d['’]|entre)\s*{month('1', full=True)}(?:\s+{year4('1')})?\s+(?P<sep>à|a|au|jusqu['’]à|jusqu['’]en|et)\s+"
      rf"{month('2', full=True)}(?:\s+{year4('2')})?)")
def b_month_interval(m, text):
    if (normalize(m.group("imark")) == "entre") != (normalize(m.group("sep")) == "et"):
        return None
    m1, m2 = int(lookup("month", m.group("month1"))), int(lookup("month", m.group("month2")))
    y1, _ = _year(m, "1")
    y2, _ = _year(m, "2")
    e1 = Expr("date", month=m1, year=y1 or (y2 if y2 and m1 <= m2 else None))
    e2 = Expr("date", month=m2, year=y2)
    return Expr("interval", parts=[(m.start("month1"), m.end("year1") if y1 else m.end("month1"), e1),
                                   (m.start("month2"), m.end("s"), e2)])


@rule("year_interval",
      rf"{L}(?P<s>(?:(?P<imark>entre|de)\s+)?{year4('1')}\s*(?P<sep>et|à|a|au|[-–/])\s*{year4('2')})")
def b_year_interval(m, text):
    y1, y2 = int(m.group("year1")), int(m.group("year2"))
    sep = m.group("sep")
    imark = m.group("imark")
    if not imark and sep not in "-–/":
        return None
    if not (1800 <= y1 <= 2100 and y1 < y2 <= 2100):
        return None
    kind = "list" if sep == "/" else "interval"
    return Expr(kind, parts=[(m.start("year1"), m.end("year1"), Expr("date", year=y1)),
                             (m.start("year2"), m.end("year2"), Expr("date", year=y2))])


@rule("time_interval",
      rf"{L}(?P<s>(?:{weekday('0')}\s+)?(?:(?:(?P<imark>de|entre)\s+)?{clock('1')}\s+(?:à|a|au|et|jusqu['’]\s*(?:à|a|au))|{clock('1')}\s*[-–]"
      rf"|(?:(?:de|entre)\s+(?P<hh1>[01]?\d|2[0-3])\s+(?:à|et)|(?P<hh1>[01]?\d|2[0-3])\s*[-–])(?=\s*\d{{1,2}}\s*(?:h|H|heures?)(?!\w)))\s*{clock('2')}"
      rf"(?:\s+{weekday('3')})?)")
def b_time_interval(m, text):
    t1, t2 = _clock(m, "1"), _clock(m, "2")
    if t1 is None or t2 is None:
        return None
    if t2.hour < t1.hour and t2.hour < 12 and t2.hour + 12 > t1.hour:
        t2.hour += 12  # "de 11h30 à 1h30": the afternoon
    t1.use_anchor = t2.use_anchor = True
    wd = m.group("wd0") or m.group("wd3")
    if wd:
        t1.weekday = t2.weekday = int(lookup("weekday", wd))
        first = m.start("wd0") if m.group("wd0") else _clock_start(m, "1")
        return Expr("interval", parts=[(first, _clock_end(m, "1"), t1), (_clock_start(m, "2"), m.end("s"), t2)])
    return Expr("interval", parts=[(_clock_start(m, "1"), _clock_end(m, "1"), t1),
                                   (_clock_start(m, "2"), m.end("s"), t2)])


def _clock_start(m, n):
    for g in (f"hh{n}", f"noon{n}"):
        if m.group(g):
            return m.start(g)
    return m.start("s")


def _clock_end(m, n):
    best = -1
    for g in (f"hh{n}", f"mm{n}", f"noon{n}", f"noonmm{n}"):
        if g in m.re.groupindex and m.group(g):
            best = max(best, m.end(g))
    # keep a trailing "h"/"heures" inside
    tail = _match(r"\s*(?:h|H|heures?)(?!\w)", m.string[best:])
    if tail and not m.group(f"mm{n}") and m.group(f"hh{n}"):
        best += tail.end()
    return best


def _clock(m, n: str = "") -> Expr | None:
    if m.group(f"noon{n}"):
        if m.group(f"noon{n}")[0].isupper() and _search(r"\b(?:du|de|le|au)\s+$", m.string[max(0, m.start(f"noon{n}") - 4):m.start(f"noon{n}")]):
            return None  # "l'aiguille du Midi", "le Midi": a name
        hour = 12 if m.group(f"noon{n}").lower() == "midi" else 0
        minute = 0
        extra = (m.group(f"noonmm{n}") or "").lower()
        if hour == 0 and not extra:
            return Expr("time", hour=24, minute=0)  # "minuit" closes its day: T24:00 (guideline 2.2)
        if "demi" in extra:
            minute = 30
        elif "quart" in extra and "moins" in extra:
            hour, minute = hour - 1 if hour else 23, 45
        elif "quart" in extra:
            minute = 15
        elif extra.startswith("moins"):
            k = {"cinq": 5, "dix": 10, "vingt": 20}[extra.split()[-1]]
            hour, minute = (hour - 1) % 24, 60 - k
        elif extra:
            try:
                minute = read_number_word(extra)
            except KeyError:
                return None
            if minute >= 60:
                return None
        return Expr("time", hour=hour, minute=minute)
    hh = int(m.group(f"hh{n}"))
    mm = int(m.group(f"mm{n}") or 0)
    hq = (m.group(f"hq{n}") or "").lower() if f"hq{n}" in m.re.groupindex else ""
    if hq:  # "8 heures et quart", "9 h moins le quart", "8 h et vingt minutes"
        if "moins" in hq:
            hh, mm = hh - 1, 45
        elif "minute" in hq:
            try:
                mm = read_number_word(_sub(r"^et\s+|\s+minutes?$", "", hq))
            except KeyError:
                return None
            if not 0 < mm < 60:
                return None
        else:
            mm = 45 if "trois" in hq else 15 if "quart" in hq else 30
    if hh > 24 or hh < 0 or (hh == 24 and mm):
        return None
    ampm = (m.group(f"ampm{n}") or "").lower() if f"ampm{n}" in m.re.groupindex else ""
    if ampm:
        if hh > 12:
            return None
        hh = hh % 12 + (12 if ampm.startswith("p") else 0)
    ss = m.group(f"ss{n}") if f"ss{n}" in m.re.groupindex else None
    return Expr("time", hour=hh % 24, minute=mm, second=int(ss) if ss else None)


# ---- days of the current month: "du 13 au 18", "entre le 13 et le dix-huit"
@rule("bare_day_interval",
      rf"{L}(?P<s>(?:du|entre\s+le)\s+{day('1')}\s+(?:au|et\s+le)\s+{day('2')}"
      rf"(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:et|inclus|compris|à|au|ce|cette|dans|pour|en|puis|de\s+ce\s+mois)\b))")
def b_bare_day_interval(m, text):
    d1, d2 = _day_value(m.group("day1")), _day_value(m.group("day2"))
    if d1 is None or d2 is None or d1 >= d2:
        return None
    return Expr("interval", parts=[(m.start("day1"), m.end("day1"), Expr("date", day=d1)),
                                   (m.start("day2") - (3 if m.group("s")[:2].lower() == "en" else 0), m.end("s"),
                                    Expr("date", day=d2))])


# ---- days of a month named relatively: "le 20 de ce mois", "du 4 au 22 ce mois", "4 au 23 du mois prochain"
@rule("days_of_rel_month",
      rf"{L}(?P<s>(?:(?P<imark>du|le|entre\s+le|entre)\s+)?{day('1')}(?:\s*(?P<sep>au|et\s+le|et|jusqu['’]\s*(?:au|à|a)|[-–])\s*{day('2')})?"
      rf"\s+(?:de\s+|du\s+)?(?P<rdet>(?:ce|cette|le)\s+)?mois(?:-ci)?(?:\s+{direction()})?(?!\w))")
def b_days_of_rel_month(m, text):
    rdet = normalize(m.group("rdet") or "")
    d = _dir(m)
    if rdet in ("ce", "cette"):
        n = 0 if d is None else None
    else:
        n = d  # "mois prochain", "du mois dernier"
    if n is None or normalize(m.group("dir") or "").startswith(("précédent", "suivant")):
        return None
    imark, sep = normalize(m.group("imark") or ""), normalize(m.group("sep") or "")
    if (imark.startswith("entre")) != sep.startswith("et"):
        return None  # "entre le 4 et le 22", "du 4 au 22"; "4 et 22" alone is a list of numbers
    if not m.group("day2") and imark != "le":
        return None  # a lone day needs its article: "le 20 de ce mois" (not "dans 3 mois prochains")
    d1 = _day_value(m.group("day1"))
    d2 = _day_value(m.group("day2")) if m.group("day2") else None
    if d1 is None or m.group("day2") and (d2 is None or d2 <= d1):
        return None
    if _number_before(text, m.start("s")):
        return None
    e1 = Expr("date", day=d1, rel_unit="M", rel_n=n)
    if d2 is None:
        return e1
    e2 = Expr("date", day=d2, rel_unit="M", rel_n=n)
    return Expr("interval", parts=[(m.start("day1"), m.end("day1"), e1), (m.start("day2"), m.end("s"), e2)])


# ---- "de vendredi 10 heures à samedi 6 heures", "du lundi 8 h au mardi 18 h"
@rule("weekday_time_interval",
      rf"{L}(?P<s>(?:de|du|entre)\s+{weekday('1')}\s+(?:à\s+)?{clock('1')}\s+(?:à|au|a|et|jusqu['’]à)\s+{weekday('2')}\s+(?:à\s+)?{clock('2')})")
def b_weekday_time_interval(m, text):
    t1, t2 = _clock(m, "1"), _clock(m, "2")
    if t1 is None or t2 is None:
        return None
    t1.weekday = int(lookup("weekday", m.group("wd1")))
    t2.weekday = int(lookup("weekday", m.group("wd2")))
    return Expr("interval", parts=[(m.start("wd1"), _clock_end(m, "1"), t1), (m.start("wd2"), m.end("s"), t2)])


# ---- "de ce mercredi à dimanche prochain", "cette mercredi jusqu'à dimanche prochain": two named weekdays
@rule("weekday_interval",
      rf"{L}(?P<s>(?:(?:du|de)\s+)?(?P<det1>ce|cette)\s+{weekday('1')}\s+(?:au|à|a|jusqu['’]\s*(?:au|à|a))\s+"
      rf"(?:(?P<det2>ce|cette)\s+{weekday('2')}|{weekday('2')}\s+{direction('2')})(?!\w))")
def b_weekday_interval(m, text):
    w1, w2 = int(lookup("weekday", m.group("wd1"))), int(lookup("weekday", m.group("wd2")))
    d2 = 0 if m.group("det2") else _dir(m, "2")
    if d2 is None or d2 < 0 or d2 == 0 and w2 <= w1:
        return None  # "de ce mercredi à lundi dernier" is no interval
    e1 = Expr("date", weekday=w1, direction=0)
    e2 = Expr("date", weekday=w2, direction=d2)
    return Expr("interval", parts=[(m.start("det1"), m.end("wd1"), e1),
                                   (m.start("det2") if m.group("det2") else m.start("wd2"), m.end("s"), e2)])


# ---- "vendredi 10 heures", "lundi 8 h 30": a weekday glued to its time (no "à": one expression)
@rule("weekday_time", rf"{L}(?P<s>(?:(?:ce|le)\s+)?{weekday()}\s+{clock()})")
def b_weekday_time(m, text):
    t = _clock(m)
    if t is None:
        return None
    t.weekday = int(lookup("weekday", m.group("wd")))
    return t


# ---- "la nuit du 12 au 13 avril"
@rule("night_of_days",
      rf"{L}(?P<s>(?:la|cette)\s+nuit\s+du\s+{day('1')}\s+au\s+{day('2')}\s+{month()}(?:{year_after_month()})?)")
def b_night_of_days(m, text):
    d1, d2 = _day_value(m.group("day1")), _day_value(m.group("day2"))
    if d1 is None or d2 is None or d2 != d1 + 1:
        return None
    y, yy = _year(m)
    return Expr("time", day=d1, month=int(lookup("month", m.group("month"))), year=y, yy=yy, part="NI")


# ---- "le week-end de Pâques", "le week-end de la Pentecôte", "le week-end de l'Ascension"
@rule("easter_weekend", rf"{L}(?P<s>(?:le\s+|ce\s+)?week-?end\s+de\s+"
                        rf"(?P<feast>Pâques|Paques|(?:la\s+)?Pentec[ôo]te|l['’]\s*Ascension)(?:\s+{year4()})?)(?!\w)")
def b_easter_weekend(m, text):
    feast = m.group("feast")
    name = regex.sub(r"^(?:la\s+|l['’]\s*)", "", feast, flags=regex.IGNORECASE)
    if name[:1].islower() and not name.lower().startswith(("pâques", "paques")):
        return None  # "le week-end de l'ascension du Mont-Blanc": the common noun
    # the Sunday of the week-end, in days from Easter Sunday: Pentecost (E+49), the Sunday after
    # Ascension Thursday (E+42)
    offset = 49 if name.lower().startswith("pentec") else 42 if name.lower().startswith("ascension") else None
    return Expr("date", easter=True, easter_offset=offset, year=_year(m)[0])


# ---- "les neuf premiers mois de l'année": a duration from the start of the year
@rule("first_of_year",
      rf"{L}(?P<s>les\s+(?P<num>\d{{1,2}}|{NUMW})\s+premi(?:ers|ères|eres)\s+(?P<unit>mois|semaines|jours|trimestres)\s+"
      rf"de\s+l['’]\s*année(?:\s+{year4()})?)(?!\w)")
def b_first_of_year(m, text):
    n = _num(m.group("num"))
    if n is None:
        return None
    return Expr("duration", dur_n=n, dur_unit=lookup("unit", m.group("unit")), first_of="Y", year=_year(m)[0])


# ---- race and film times: "2 h 07 min 43 s", "2 min 11 s 36", "45 s 71", "4 min 27 s"
@rule("chrono",
      rf"{L}(?P<s>(?P<ch>\d{{1,2}})\s*h\s*(?P<cmi>[0-5]\d)\s*(?:min|mn|['’])(?:\s*(?P<cs>[0-5]\d)\s*(?:s|sec|\")(?:\s*(?P<cf>\d\d)(?!\d))?)?(?!\w)"
      rf"|(?P<cmi2>\d{{1,3}})\s*(?:min|mn|['’])\s*(?P<cs2>[0-5]?\d)\s*(?:s|sec|\")(?:\s*(?P<cf2>\d\d)(?!\d))?(?!\w)"
      rf"|(?P<cs3>\d{{1,3}})\s*(?:s|sec|\")\s*(?P<cf3>\d\d)(?![\d,.]\d)(?!\w))")
def b_chrono(m, text):
    if _number_before(text, m.start("s")):
        return None
    h = int(m.group("ch") or 0)
    mi = int(m.group("cmi") or m.group("cmi2") or 0)
    sec = m.group("cs") or m.group("cs2") or m.group("cs3")
    frac = m.group("cf") or m.group("cf2") or m.group("cf3")
    return Expr("duration", dur_value=compound_duration(h, mi, sec, frac))


def compound_duration(h: int, mi: int, sec: str | None, frac: str | None) -> str:
    """"PT2H7M43S" from 2 h 07 min 43 s; "PT2M11.36S" from 2 min 11 s 36 (hundredths after the seconds)."""
    out = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "")
    if sec is not None:
        s = str(int(sec)) + (f".{frac}" if frac else "")
        out += f"{s}S"
    return out if out != "PT" else "PT0S"


# ---- "lundi à 6 heures": a weekday and its time are one span (guideline 2.1)
@rule("weekday_at_time",
      rf"{L}(?P<s>(?:(?P<det>ce|le)\s+)?{weekday()}(?:\s+{part_of_day()})?\s+(?:à|vers)\s+{clock()}(?:\s+(?P<zone>{ZONE})(?!\w))?)")
def b_weekday_at_time(m, text):
    c = _clock(m)
    if c is None:
        return None
    if m.group("zone"):
        c.zone = lookup("zone", m.group("zone"))
    wd = int(lookup("weekday", m.group("wd")))
    if m.group("part") and lookup("part_of_day", m.group("part")) in ("EV", "AF") and c.hour < 12:
        c.hour += 12
    c.weekday = wd
    day = Expr("date", weekday=wd, direction=0 if (m.group("det") or "").lower() == "ce" else None)
    if m.group("part"):
        day.kind, day.part = "time", lookup("part_of_day", m.group("part"))
    c.direction = day.direction
    return Expr("joined", parts=[(m.start("s"), m.end("part") if m.group("part") else m.end("wd"), day),
                                 (_clock_start(m, ""), m.end("s"), c)])


# ---- "ce soir à 7", "ce matin vers 7 h": the part of the day and its hour (one span; two under "split")
@rule("part_at_hour",
      rf"{L}(?P<s>(?:(?P<det>ce|cet|cette|l['’]|le|la)\s*)?{part_of_day()}(?:\s+(?P<at>à|a|vers)\s+|\s+(?=\d{{1,2}}:\d\d))"
      rf"(?:{clock()}|(?P<hw>[01]?\d|2[0-3]|{NUMW})(?![\w:]|[.,]\d|\s*(?:h|heures?)\b)))")
def b_part_at_hour(m, text):
    part = lookup("part_of_day", m.group("part"))
    if part in ("DT", "MI"):
        return None
    demonstrative = (m.group("det") or "").lower() in ("ce", "cet", "cette")
    if not demonstrative and m.group("hw") and (not m.group("at") or not m.group("hw").isdigit() or part != "AF"):
        return None  # "l'après-midi à 7" (digits after "à"), not "l'après-midi sept personnes", "la nuit à 2"
    if m.group("hw"):
        try:
            h = int(m.group("hw")) if m.group("hw").isdigit() else read_number_word(m.group("hw"))
        except KeyError:
            return None
        c = Expr("time", hour=h, minute=0)
    else:
        c = _clock(m)
        if c is None:
            return None
    if c.hour is None or c.hour > 24:
        return None
    if part in ("AF", "EV") and 1 <= c.hour < 12 or part == "NI" and 6 <= c.hour < 12:
        c.hour += 12
    c.rel_days = 0
    day = Expr("time", rel_days=0, part=part)
    if not demonstrative:  # "l'après-midi à 7 h", "après-midi 7:00": the afternoon of the day spoken of
        c.use_anchor = day.use_anchor = True
    clock_start = m.start("hw") if m.group("hw") else _clock_start(m, "")
    return Expr("joined", parts=[(m.start("s"), m.end("part"), day), (clock_start, m.end("s"), c)])


# ---- "la nuit de vendredi à samedi"
@rule("night_of",
      rf"{L}(?P<s>(?:la|cette)\s+nuit\s+d[eu]\s+{weekday('1')}\s+(?:au|à|a)\s+{weekday('2')})")
def b_night_of(m, text):
    w1, w2 = int(lookup("weekday", m.group("wd1"))), int(lookup("weekday", m.group("wd2")))
    if w2 != w1 % 7 + 1:
        return None
    return Expr("time", weekday=w1, part="NI", part_end_weekday=w2)


# ---- "le samedi 5 juin 1999", "1er sept. 2024", "le 6 mai dernier"
@rule("day_month",
      rf"{L}(?P<s>(?:(?:le|ce)\s+)?(?:{weekday()}\s*,?\s+|(?P<wdab>lun|mar|mer|jeu|ven|sam|dim)\.?\s*,?\s+(?=\d))?{day()}\s+(?:de\s+)?{month()}"
      rf"(?:{year_after_month()})?(?:\s+{direction()})?(?:\s+(?:(?P<pmod>en\s+début|en\s+fin|en\s+milieu|dans)\s+(?:de\s+|la\s+|l['’]\s*|d['’]\s*)?)?{part_of_day()})?)")
def b_day_month(m, text):
    d = _day_value(m.group("day"))
    if d is None:
        return None
    mo = int(lookup("month", m.group("month")))
    mtext = normalize(m.group("month"))
    if mtext.startswith("sept") and "." not in mtext and mtext != "septembre" and not (m.group("year") or m.group("yy")):
        # "sept" alone after a number is the numeral seven ("les 7 sept ...") unless a year follows
        if not m.group("day").isdigit():
            return None
    y, yy = _year(m)
    wd = int(lookup("weekday", m.group("wd"))) if m.group("wd") else None
    if m.group("wdab"):
        wd = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim").index(m.group("wdab").lower()) + 1
    e = Expr("date", day=d, month=mo, year=y, yy=yy, weekday=wd, direction=_dir(m))
    if m.group("part"):
        e.kind = "time"
        e.part = lookup("part_of_day", m.group("part"))
    return e


# ---- "la semaine du 6 octobre", "semaine du lundi 7 octobre 2013": the week named by one of its days
@rule("week_of_day",
      rf"{L}(?P<s>(?:(?:la|cette)\s+)?semaine\s+du\s+(?:{weekday()}\s+)?{day()}\s+(?:de\s+)?{month()}(?:{year_after_month()})?)(?!\w)")
def b_week_of_day(m, text):
    """The ISO week of the day said after "la semaine du" (``Expr.week_of``); "la semaine du 6 au 12
    octobre" is an interval of days (the month must follow the first day here)."""
    d = _day_value(m.group("day"))
    if d is None or not m.group("day")[0].isdigit() and normalize(m.group("day")) not in ("premier",):
        return None  # "la semaine du deux octobre" is rare; a number word may count something else
    y, yy = _year(m)
    wd = int(lookup("weekday", m.group("wd"))) if m.group("wd") else None
    return Expr("date", day=d, month=int(lookup("month", m.group("month"))), year=y, yy=yy, weekday=wd, week_of=True)


# ---- a month and a one-digit day joined by punctuation ("Oct. 2", "oct-2", "Jan/1": the day cannot be a
#      year), a day and a month joined by a hyphen ("28-nov")
@rule("month_day_joined",
      rf"{L}(?P<s>{month('1')}(?:(?<=\.)\s*|\s*[-/.]\s*)(?P<dd1>[1-9])(?![\d.,:/-]|\s*(?:h|heures?|%|[^\W\d_]))"
      rf"|(?P<dd2>3[01]|[12]\d|0?[1-9])-{month('2')}(?![\w-]))")
def b_month_day_joined(m, text):
    if m.group("month1") in ("Mars", "Mai", "MARS", "MAI"):
        return None  # "Mars-3", "Mai-2": a probe, a name
    mo = int(lookup("month", m.group("month1") or m.group("month2")))
    return Expr("date", day=int(m.group("dd1") or m.group("dd2")), month=mo)


# ---- numeric dates: 23/03/2020, 23.03.20, 2020-03-23, 1er/01/2021, le 2/3
@rule("iso_date", rf"{L}(?P<s>(?P<year>\d{{4}})(?P<isep>-|\.(?=\d{{1,2}}\.\d))(?P<mon>\d{{1,2}})(?P=isep)(?P<dd>\d{{1,2}})"
                  rf"(?:T(?P<ih>[01]\d|2[0-3]):(?P<imi>[0-5]\d)(?::(?P<isec>[0-5]\d))?)?(?![\d-]))")
def b_iso(m, text):
    if m.group("isep") == "." and _search(r"(?:version|v|n°|numéro)\s*$", text[max(0, m.start("s") - 10):m.start("s")], regex.IGNORECASE):
        return None  # "version 2015.5.13": a version number
    e = _numeric(int(m.group("dd")), int(m.group("mon")), int(m.group("year")), None)
    if e is not None and m.group("ih"):
        e.kind, e.hour, e.minute = "time", int(m.group("ih")), int(m.group("imi"))
        e.second = int(m.group("isec")) if m.group("isec") else None
    return e


_NUMERIC_WEEKDAY = rf"(?:(?:(?:le|ce)\s+)?{weekday()}\s*,?\s+)?"
"""An optional weekday before a numeric date ("mardi 22/04/2021", "le mardi 22/04"): one span."""


def _with_weekday(m, e: Expr | None) -> Expr | None:
    """The Expr of a numeric date with the weekday written before it (checked by the resolver)."""
    if e is not None and m.group("wd"):
        if m.string[m.end("wd"):m.end("wd") + 1].lower() == "s":
            return None  # "les lundis 12/04": a repeated weekday is no part of the date (tried from the date)
        e.weekday = int(lookup("weekday", m.group("wd")))
    return e


@rule("numeric_date",
      rf"{L}(?P<s>{_NUMERIC_WEEKDAY}(?:le\s+)?(?P<dd>1er|\d{{1,2}})(?P<sep>[/.-])(?P<mon>\d{{1,2}})(?:(?P=sep)|(?<=/\d{{1,2}}),\s?)(?P<y>\d{{4}}|\d{{2}})(?![\d/.-]\d|\d))")
def b_numeric(m, text):
    dd = 1 if m.group("dd").lower() == "1er" else int(m.group("dd"))
    y = m.group("y")
    if m.group("sep") == "-" and len(y) == 2:
        return None
    return _with_weekday(m, _numeric(dd, int(m.group("mon")), *_split_year(y)))


_SCORE_CONTEXT = regex.compile(
    r"(?:s['’]impos\w*|l['’]emport\w*|gagn\w*|b[ai]t|battue?s?|victoire|défaite|score|men\w*|perd\w*|vainqueurs?)"
    r"(?:\s+(?:sur\s+le\s+score\s+de|par|sur))?\s+$", regex.IGNORECASE)


@rule("day_slash_month",
      rf"{L}(?P<s>{_NUMERIC_WEEKDAY}(?P<det>le\s+)?(?P<dd>\d{{1,2}})/(?P<mon>\d{{1,2}})(?![\d/]|[.,]\d))")
def b_day_slash(m, text):
    dd, mo = int(m.group("dd")), int(m.group("mon"))
    if not (m.group("det") or m.group("wd")) and (len(m.group("dd")) < 2 or len(m.group("mon")) < 2):
        return None  # "1/10" is a fraction; "31/10", "le 2/3", "mardi 2/3" are dates
    if not (m.group("det") or m.group("wd")) and (
            _SCORE_CONTEXT.search(text[max(0, m.start("s") - 40):m.start("s")])
            or _match(r"\s+(?:face\s+à|contre|devant)\b", text[m.end("s"):m.end("s") + 12])):
        return None  # "s'impose 24/12 face à Clermont": a score
    return _with_weekday(m, _numeric(dd, mo, None, None))


# ---- "pour le 27.": a lone day of the month closing the sentence after "pour"
@rule("lone_day", rf"{L}pour\s{{1,3}}(?P<s>le\s+(?:(?P<dd>3[01]|[12]\d)|(?P<dw>{NUMW})))(?=\s*(?:[.!?;]|$))")
def b_lone_day(m, text):
    d = int(m.group("dd")) if m.group("dd") else _day_value(m.group("dw"))
    if d is None or d < 10:
        return None  # "pour le deux": a number more likely than the 2nd
    return Expr("date", day=d)


# ---- "à partir du 8", "jusqu'au 15.", "dès le 1er,", "depuis le 3": a day of the month alone as the bound of
#      an interval (the preposition says the number is a day); nothing after it but the end of the clause
_BOUND_DAY_FOLLOW = r"(?=\s*(?:$|[,;:!?)»]|\.(?!\d))|\s+(?:inclus|inclusivement|compris|au\s+(?:soir|matin))(?!\w))"
"""What may follow the day: the end of the clause, "inclus", "au soir" ("jusqu'au 15 inclus"); any other
word makes the number something else ("à partir du 8e étage", "jusqu'au 15 rue Royale")."""


@rule("bound_day",
      rf"{L}(?:(?:à|a)\s+(?:partir|compter)\s+du\s+|jusqu['’]\s*au\s+|(?:dès|depuis)\s+(?=le\s))"
      rf"(?P<s>(?:le\s+)?(?P<dd>1er|3[01]|[12]\d|0?[1-9])(?![\d\w]|[.,]\d)){_BOUND_DAY_FOLLOW}")
def b_bound_day(m, text):
    """The day of the month after "à partir du", "à compter du", "jusqu'au" (span: the number, the
    contracted article outside) or "dès le", "depuis le" (span "le 8", like "depuis le 20 février"): this
    month's, the next or the previous one as for a day-month (:func:`sikyx.dates.find_dates` points "à
    partir du 8" forward unless the sentence is in the past, and "depuis le 3" back)."""
    if _number_before(text, m.start()):
        return None
    dd = m.group("dd")
    return Expr("date", day=1 if dd.lower() == "1er" else int(dd))


def _split_year(y: str | None) -> tuple[int | None, int | None]:
    """(four-digit year, two-digit year) of the year digits of a numeric date ("2021", "21") or (None, None)."""
    if not y:
        return None, None
    return (int(y), None) if len(y) == 4 else (None, int(y))


def _numeric(dd, mo, y, yy):
    if not (1 <= dd <= 31 and 1 <= mo <= 12):
        return None
    return Expr("date", day=dd, month=mo, year=y, yy=yy)


# ---- numeric year-months: "2016/11", "11/2016", "2015-3", "2015/08/12"
@rule("numeric_month",
      rf"{L}(?P<s>(?P<year>(?:19|20)\d\d)\s*(?P<sep>[/-])\s*(?P<mon>\d{{1,2}})(?:(?P=sep)(?P<dd>\d{{1,2}}))?(?![\d/]|[.,]\d)"
      rf"|(?P<mon2>\d{{1,2}})\s*[/-]\s*(?P<year2>(?:19|20)\d\d)(?![\d/-]|[.,]\d))")
def b_numeric_month(m, text):
    if _search(r"\d\s*[/.-]\s*$", text[max(0, m.start("s") - 3):m.start("s")]):
        return None  # "29/02/2022" (no such day): not the month "02/2022" of an impossible date
    y = int(m.group("year") or m.group("year2"))
    mo = int(m.group("mon") or m.group("mon2"))
    if not 1 <= mo <= 12:
        return None
    if m.group("dd"):
        return _numeric(int(m.group("dd")), mo, y, None)
    if m.group("sep") == "-" and _match(r"\d\d(?!\d)", m.group("mon")) and mo > 12:
        return None
    return Expr("date", year=y, month=mo)


_DNUM_FOLLOW = (r"(?:à|a|au|aux|et|ou|dès|vers|jusqu|entre|de|du|prochain|dernier|matin|soir|midi|minuit|"
                r"après-midi|apres-midi|soirée|matinée|nuit|avant|après|en|dans)")
"""Words that may follow "mercredi 13" (any other word makes the number a count: "mardi un plan")."""


# ---- weekdays: "lundi", "vendredi dernier", "ce même lundi après-midi", "mardi en 8", "mercredi 13"
@rule("weekday",
      rf"{L}(?P<s>(?:(?P<wmod>(?:la\s+)?(?:fin|début|debut)\s+de)\s+)?(?:(?P<det>ce|cette|le)(?:\s+même)?\s+)?{weekday()}(?:\s+(?P<dnum>(?:3[01]|[12]\d|0?[1-9])(?!\d)|{NUMW})(?!\w)(?!\s*(?:h\b|heures?|[.,]\d|%|/)|\s+\d|\s+(?!{_DNUM_FOLLOW}(?!\w))[^\W\d_]{{2,}}))?"
      rf"(?:\s+(?:(?P<pmod>en\s+début|en\s+fin|en\s+milieu|en|dans)\s+(?:de\s+|la\s+|l['’]\s*|d['’]\s*)?)?{part_of_day()})?"
      rf"(?:\s+{direction()}|\s+(?P<dir>d['’]après)|\s+(?:de\s+)?(?:la|cette)\s+semaine(?:\s+(?P<wdir>{DIRECTION}|d['’]après|qui\s+suit))?|\s+en\s+(?P<en>huit|8|quinze|15)(?!\w))?)")
def b_weekday(m, text):
    g = _groupdict(m)  # one read of the groups: see _groupdict
    wd = int(lookup("weekday", g["wd"]))
    wtext = g["wd"]
    if g["wmod"] and (g["dnum"] or text[m.end("wd"):m.end("wd") + 1].lower() == "s"
                      or _match(r"\s+(?:\d|1er)", text[m.end("s"):m.end("s") + 5])):
        return None  # "la fin de dimanche 17 mars" (the date is read without the mod), "début de lundis"
    if _match(r"\s+saint", text[m.end("s"):m.end("s") + 7], regex.IGNORECASE):
        return None  # "le Vendredi saint", a feast name
    if wtext.endswith(".") and g["det"]:
        return None
    if g["det"] and g["det"].lower() == "le" and not (g["dnum"] or g["dir"] or _dir(m) is not None
                                                      or g["en"] or "semaine" in g["s"].lower()
                                                      or "même" in g["s"].lower()):
        return None  # "le samedi", "le dimanche après-midi": habitual, a set (guideline 2.2)
    if not g["det"] and text[m.end("wd"):m.end("wd") + 1].lower() == "s" and not g["dnum"] \
            and _dir(m) is None and not g["part"]:
        return Expr("set", weekday=wd)  # "lundis": habitual
    e = Expr("date", weekday=wd, direction=_dir(m))
    if g["wmod"]:  # "en fin de dimanche", "la fin de dimanche", "début de lundi": a part of the day
        if g["det"] and g["det"].lower() == "le" or g["part"]:
            return None
        e.mod = "START" if "but" in g["wmod"].lower() else "END"
    if g["det"] and g["det"].lower() in ("ce", "cette") and e.direction is None:
        # "ce mardi": the reference week's; "ce même lundi": the nearest one (the day just spoken of)
        e.direction = 3 if "même" in g["s"].lower() else 0
    if g["wdir"] is not None or ("semaine" in g["s"].lower() and e.direction is None):
        wdir = (g["wdir"] or "").lower()
        if not wdir:
            e.rel_unit, e.rel_n = "W", 0
        elif wdir.startswith("d") and "après" in wdir or wdir.startswith("qui"):
            e.rel_unit, e.rel_n = "W", 1
        else:
            e.rel_unit, e.rel_n = "W", int(lookup("direction", wdir))
        e.direction = None
    if g["en"]:
        e.rel_unit, e.rel_n = "AFTER", 6 if g["en"] in ("huit", "8") else 13
        e.direction = None
    if g["dir"] and normalize(g["dir"]).startswith(("suivant", "d'après")):
        e.rel_unit, e.rel_n, e.direction = "AFTER", 6, None
    if g["dnum"]:
        d = _day_value(g["dnum"])
        if d is None:
            return None
        e.day = d
    if g["part"]:
        e.kind = "time"
        e.part = lookup("part_of_day", g["part"])
    return e


_MEAL = r"(?:petit[-\s]déjeuner|petit[-\s]dejeuner|déjeuner|dejeuner|dîner|diner)"
"""A meal: lunch, dinner, breakfast."""


def meal_phrase(g: str = "ms") -> str:
    """A meal naming the part of the day it is taken in, the part kept in the span as group ``g``:
    "pendant le déjeuner" ("le déjeuner"), "lors du dîner" ("dîner"), "à l'heure du déjeuner" ("l'heure
    du déjeuner"), "après (le) déjeuner" (all: "après" makes the meaning), "à la pause déjeuner" ("la pause
    déjeuner"); not a meal named as an event ("le dîner du Crif", "le déjeuner avec les syndicats", "après
    le déjeuner de travail", "le déjeuner-débat")."""
    return (rf"(?:(?:pendant|durant)\s+(?P<{g}>le\s+{_MEAL})|(?:lors|au\s+cours|au\s+moment)\s+du\s+(?P<{g}>{_MEAL})"
            rf"|(?:à|a)\s+(?P<{g}>l['’]\s*heure\s+du\s+{_MEAL})|(?P<{g}>(?:après|avant)\s+(?:le\s+)?{_MEAL})"
            rf"|(?:à|a|pendant|durant)\s+(?P<{g}>la\s+pause[-\s](?:déjeuner|dejeuner|de\s+midi)))(?![\w-])"
            rf"(?!\s+(?:de|d['’]|du|des|avec|offert|organisé|officiel|annuel|en\s+l['’]honneur)(?!\w))")


def _meal_part(phrase: str) -> str | None:
    """The TIMEX3 part of the day of a :func:`meal_phrase`: lunch is midday (MI), after lunch the
    afternoon (AF), before it the morning (MO); dinner, and after it, the evening (EV); breakfast, before
    or after, the morning (MO). None for "avant le dîner" (late afternoon or evening)."""
    p = normalize(phrase)
    before, after = p.startswith("avant"), p.startswith("après")
    if "petit" in p:
        return "MO"
    if "dîner" in p or "diner" in p:
        return None if before else "EV"
    return "MO" if before else "AF" if after else "MI"


_DEICTIC_DAYS = {"aujourd'hui", "hier", "avant-hier", "demain", "après-demain", "apres-demain"}
"""The relative days counted from the reference date; every other one ("la veille", "le lendemain", "le
jour suivant") points back to the day just mentioned (anaphoric)."""
_RELDAY_FORMS = tuple((regex.compile(regex.escape(form).replace(r"\-", "[-\\s]?")), int(offset), form not in _DEICTIC_DAYS)
                      for form, offset in sorted(LEXICON["relative_day"].items(), key=lambda kv: len(kv[0]), reverse=True))
"""(compiled form, day offset, anaphoric) of the relative days, longest form first ("après-demain" before "demain")."""


# ---- "hier", "aujourd'hui vendredi", "hier matin", "hier en début d'après-midi", "le lendemain"
@rule("relative_day",
      rf"{L}(?P<s>{RELDAY}(?!\w)(?:\s+{weekday()})?(?:\s+(?:(?P<pmod>en\s+début|en\s+fin|en\s+milieu|au|dans|en)\s+(?:de\s+|la\s+|l['’]\s*|d['’]\s*)?)?{part_of_day()}|\s+(?:à|vers)\s+{clock()}"
      rf"|\s+(?P<meal>{meal_phrase()}))?)")
def b_relative_day(m, text):
    word = normalize(m.group("s"))
    for form, offset, anaphoric in _RELDAY_FORMS:
        if form.match(word):
            break
    else:  # pragma: no cover - the pattern only matches lexicon forms
        return None
    if word.startswith("jour") and _search(r"\bordre\s+du\s+$", text[max(0, m.start() - 10):m.start()], regex.IGNORECASE):
        return None  # "l'ordre du jour suivant": an agenda
    e = Expr("date", rel_days=offset, use_anchor=anaphoric, anaphoric=anaphoric)
    if m.group("meal"):  # "aujourd'hui pendant le déjeuner", "hier à l'heure du dîner"
        e.part = _meal_part(m.group("meal"))
        if e.part is None:
            return None
        e.kind = "time"
    elif m.group("part"):
        e.kind = "time"
        e.part = lookup("part_of_day", m.group("part"))
    elif m.group("hh") or m.group("noon"):
        c = _clock(m)
        if c is None:
            return None
        e.kind, e.hour, e.minute = "time", c.hour, c.minute
    return e


# ---- "d'aujourd'hui à demain", "de hier au lendemain", "aujourd'hui jusqu'au lendemain": an interval of days
def _relday_offset(word: str) -> int:
    """Days from the reference date of "hier", "demain", "aujourd' hui"... (lexicon kind relative_day)."""
    return int(lookup("relative_day", _sub(r"(?<=['’])\s+", "", word)))


@rule("relday_interval",
      rf"{L}(?P<s>(?:(?P<imark>de|d['’])\s*)?(?P<r1>aujourd['’]\s*hui|avant-hier|hier|demain)\s+(?P<sep>à|a|au|jusqu['’]\s*(?:à|a|au))\s+"
      rf"(?P<le2>le\s+)?(?P<r2>après-demain|apres-demain|demain|lendemain|aujourd['’]\s*hui)(?!\w))")
def b_relday_interval(m, text):
    off1 = _relday_offset(m.group("r1"))
    r2 = m.group("r2")
    off2 = off1 + 1 if r2.lower() == "lendemain" else _relday_offset(r2)
    if off2 <= off1:
        return None
    second_start = m.start("le2") if m.group("le2") else m.start("r2")  # "le lendemain" keeps its article
    return Expr("interval", parts=[(m.start("r1"), m.end("r1"), Expr("date", rel_days=off1)),
                                   (second_start, m.end("s"), Expr("date", rel_days=off2))])


# ---- "pendant le déjeuner", "à l'heure du dîner", "après déjeuner": the part of the day of a meal
@rule("meal_time", rf"{L}{meal_phrase('s')}")
def b_meal_time(m, text):
    """A meal as the part of the day it is taken in (:func:`_meal_part`), on the day spoken of. The span
    leaves out the preposition ("pendant le déjeuner" -> "le déjeuner", "à l'heure du dîner" -> "l'heure du
    dîner") except "après"/"avant", which make the meaning ("après déjeuner": the afternoon)."""
    part = _meal_part(m.group())
    if part is None:
        return None
    return Expr("time", rel_days=0, part=part, use_anchor=True)


# ---- "fin de matinée", "début d'après-midi", "la fin de la journée", "fin de semaine", "début d'année"
_PART_NOUN = regex.compile(r"matinée|matinee|matin|après-midi|apres-midi|après\s+midi|apres\s+midi|soirée|soiree|soir|nuit")
"""The parts of the day that "début", "fin", "tôt", "tard" may qualify without "de" ("fin matinée")."""
_MOD_PERIOD = (r"(?P<pu>matinée|matinee|matin|après-midi|apres-midi|après\s+midi|apres\s+midi|journée|journee|jour|soirée|soiree|soir|"
               r"nuit|semaine|mois|année|annee|an)")


@rule("period_mod",
      rf"{L}(?P<s>(?:(?P<det>la|le)\s+)?(?P<mod>début|debut|milieu|fin|tôt|tot|tard)\s+(?P<conn>de\s+la\s+|du\s+|de\s+l['’]\s*|d['’]\s*|de\s+)?"
      rf"{_MOD_PERIOD}(?!\w)(?:\s+{direction()}|\s+{year4()})?(?!\s+(?:de|d['’]|du|des)\s))")
def b_period_mod(m, text):
    if not m.group("det") and _search(r"\b(?:de|d['’])\s*$", text[max(0, m.start() - 4):m.start()]):
        return None  # "une fête de fin d'année": a kind of party, not a date
    mod = {"début": "START", "debut": "START", "milieu": "MID", "fin": "END", "tôt": "START", "tot": "START",
           "tard": "END"}[normalize(m.group("mod"))]
    if not m.group("conn") and not _PART_NOUN.fullmatch(normalize(m.group("pu"))):
        return None  # "fin matinée", "tard soirée" (telegraphic): only a part of the day goes without "de"
    if not m.group("conn") and (m.group("dir") or m.group("year")):
        return None
    if normalize(m.group("mod")) in ("tôt", "tot", "tard") and (m.group("conn") or m.group("det")):
        return None  # "tôt de la matinée" is not French; "tôt le matin" is read by part_of_day_det
    pu = normalize(m.group("pu")).replace("apres", "après").replace("après midi", "après-midi")
    pu = {"matinee": "matinée", "soiree": "soirée", "journee": "journée", "annee": "année"}.get(pu, pu)
    part = {"matinée": "MO", "matin": "MO", "après-midi": "AF", "journée": "DT", "soirée": "EV", "soir": "EV",
            "nuit": "NI", "jour": "DT"}.get(pu)
    if part == "DT" and mod == "MID":
        part, mod = "MI", None  # "en milieu de journée": midday (TIMEX3 MI)
    elif pu == "jour":
        return None
    if part:
        return Expr("time", rel_days=0, part=part, mod=mod, use_anchor=True)
    unit = {"semaine": "W", "mois": "M", "année": "Y", "an": "Y"}[pu]
    if m.group("year"):
        if unit != "Y":
            return None
        return Expr("date", year=int(m.group("year")), mod=mod)
    # no direction ("en début de semaine"): the current period, or the next or last one by the tense
    # (sikyx.dates.find_dates); "fin de la semaine dernière" has its own
    return Expr("date", rel_unit=unit, rel_n=_dir(m) or 0, mod=mod, direction=_dir(m))


# ---- "ce matin", "cet après-midi", "cette nuit", "le matin même", "(dans) la soirée"
@rule("part_of_day",
      rf"{L}(?P<s>(?P<det>ce|cet|cette|la|le|l['’])\s*(?P<same>même\s+)?{part_of_day()}(?:-(?P<ci>là|ci))?(?P<same2>\s+même)?)")
def b_part(m, text):
    det = m.group("det").lower()
    part = lookup("part_of_day", m.group("part"))
    if part == "DT":
        if det == "la" and not (m.group("same") or m.group("same2") or m.group("ci")) and _within_current(m, text):
            return Expr("date", rel_days=0, use_anchor=True)  # "attendu dans la journée": the day spoken of
        return None
    if det in ("ce", "cet", "cette") and not m.group("same"):
        # "ce soir-là": the evening of the day just mentioned
        return Expr("time", rel_days=0, part=part, use_anchor=m.group("ci") == "là", anaphoric=m.group("ci") == "là")
    if m.group("same") or m.group("same2"):
        return Expr("time", rel_days=0, part=part, use_anchor=True)
    if part == "MI":  # "à la mi-journée": midday, never generic
        return Expr("time", rel_days=0, part=part, use_anchor=True)
    # "la nuit", "la soirée": only after "dans/durant/pendant/au cours de"
    if _search(r"(?:dans|durant|pendant|au\s+cours\s+de|tard\s+dans)\s*$", text[max(0, m.start() - 20):m.start()],
                    regex.IGNORECASE):
        return Expr("time", rel_days=0, part=part, use_anchor=True)
    return None


# ---- "la semaine dernière", "le mois prochain", "l'an dernier", "cette année", "ce week-end", "la semaine 14"
_UNIT_NOUN = r"(?P<unoun>semaine|mois|année|annee|an|trimestre|semestre|week-?end|décennie|siècle|jour)(?!\w)"


_WITHIN_LEFT = regex.compile(r"(?<!\w)dans\s+$", regex.IGNORECASE)
"""Before "la semaine", "le mois", "l'année", "la journée" without a direction: "dans" makes it the current
one ("sera jugé dans la semaine", "attendu dans l'année", "dans la journée": the day spoken of)."""
_WITHIN_RIGHT = regex.compile(
    r"\s*(?:$|[,;:!?)»]|\.(?!\d)|\s+(?!(?:de|d['’]|du|des|qui|que|qu['’]|où|dont|même|suivante?s?|précédente?s?|"
    r"écoulée?s?|passée?s?|entière?s?|sainte|à\s+venir|en\s+cours|\d)(?!\w))[^\W\d_])", regex.IGNORECASE)
"""What may follow "dans la semaine" for it to be the current week: the end of the clause or a word that
does not tie the unit to something else ("dans la semaine qui a suivi", "dans la semaine de la mode",
"dans l'année écoulée", "dans la semaine du 6 octobre" are not this week)."""


def _within_current(m, text: str) -> bool:
    """"dans" before the match and nothing tying it to something else after it (:data:`_WITHIN_LEFT`,
    :data:`_WITHIN_RIGHT`): "dans la semaine", "dans la journée" are the current ones."""
    return _WITHIN_LEFT.search(text, max(0, m.start() - 8), m.start()) is not None \
        and _WITHIN_RIGHT.match(text, m.end("s")) is not None


@rule("relative_unit",
      rf"{L}(?P<s>(?P<det>la|le|l['’]|cette|ce|cet)\s*(?P<same0>même\s+)?{_UNIT_NOUN}(?:-(?P<ci>ci|là))?(?:\s+(?:{direction()}|(?P<wnum>\d{{1,2}})(?!\d)(?![.,]\d)(?!\s*(?:%|[^\W\d_]))|(?P<same>même)))?)")
def b_relative_unit(m, text):
    det = normalize(m.group("det"))
    unoun = normalize(m.group("unoun"))
    unit = {"semaine": "W", "mois": "M", "an": "Y", "année": "Y", "annee": "Y", "trimestre": "Q",
            "semestre": "HY", "décennie": "DE", "siècle": "CE", "jour": "D"}.get(unoun.replace("-", ""))
    weekend = unoun.replace("-", "") == "weekend"
    d = _dir(m)
    if m.group("wnum"):
        if unit != "W" or det not in ("la",):
            return None
        wk = int(m.group("wnum"))
        return Expr("date", week=wk) if 1 <= wk <= 53 else None
    if m.group("same") or m.group("same0"):
        if unit == "D" and det in ("le",):
            return Expr("date", rel_days=0, use_anchor=True)
        return None
    if weekend:
        if d is None and det not in ("ce", "le", "cette", "la"):
            return None
        return Expr("date", weekend=True, rel_unit="W", rel_n=d or 0)
    if unit is None or unit == "D" and d is None and det not in ("ce",):
        return None
    if unit == "D" and det == "ce" and _search(r"(?<!\w)[àa]\s+$", text[max(0, m.start() - 4):m.start()]):
        return None  # "à ce jour": PRESENT_REF
    if det in ("ce", "cet", "cette"):
        if unit == "D":
            # "ce jour-là": the day just mentioned
            return Expr("date", rel_days=0, use_anchor=m.group("ci") == "là", anaphoric=m.group("ci") == "là")
        # "cette année-là", "ce mois-là": the period of the date just mentioned
        return Expr("date", rel_unit=unit, rel_n=0 if d is None else d, use_anchor=m.group("ci") == "là",
                    anaphoric=m.group("ci") == "là")
    if d is None:
        if unit in ("W", "M", "Y") and det in ("la", "le", "l'") and unoun != "an" and not m.group("ci") \
                and _within_current(m, text):
            return Expr("date", rel_unit=unit, rel_n=0)  # "dans la semaine": this week
        return None
    if unit == "D":
        return Expr("date", rel_days=d, use_anchor=True)
    # "la semaine précédente", "le mois suivant": relative to the period just spoken of
    relative = normalize(m.group("dir")).startswith(("précédent", "suivant"))
    return Expr("date", rel_unit=unit, rel_n=d, use_anchor=relative)


_CAPITAL_MONTH_LEFT = regex.compile(r"(?<!\w)(?:en|depuis|dès|jusqu['’]\s*en|courant)\s+$", regex.IGNORECASE)
"""What makes a capitalised bare month a month ("il viendra en Septembre", "depuis Janvier"): a preposition
of time. "dans" and "de" are about places and names too ("dans Octobre Rouge", "la surface de Mars")."""
_NAME_MONTHS = {"mars", "mai", "avril", "août", "aout"}
"""Months that are also the planet or names ("Depuis Mars, le rover...", "le groupe Avril"): never a
date when capitalised and bare."""
_CAPITAL_AFTER = regex.compile(r"[ \t]+(?-i:[A-Z\u00c0-\u00de])")
"""A capitalised word after a capitalised month: a name ("Mars Petcare", "Octobre Rouge")."""


_MONTH_LIST_TAIL = regex.compile(
    rf"(?:\s*,\s*(?:en\s+)?{MONTH_FULL})*\s*,?\s+(?:et|ou)\s+(?:en\s+)?{MONTH_FULL}\s+(?:(?P<ly>1\d\d\d|20\d\d)(?![\d.,])"
    rf"|(?P<ldir>derniers|dernières|prochains|prochaines|passés)(?!\w))", regex.IGNORECASE)
"""The rest of a list of months that says the year or the direction once, after its last month: ", juin et
juillet 2020", " et juin derniers" (the plural direction applies to each month)."""


# ---- months: "mars 2020", "mars dernier", "fin mars", "mi-août", "courant mai", "en mars", "octobre 98"
@rule("month",
      rf"{L}(?:(?P<au>au)\s+(?=mois\s))?(?P<s>(?:(?P<mdet>cette|ce|cet)\s+)?(?:(?P<mod>début|debut|fin|mi|courant|milieu)(?:\s*-\s*|\s+(?:du\s+mois\s+)?(?:de\s+|d['’]\s*)?))?"
      rf"(?(au)mois\s+(?:de\s+|d['’]\s*)|(?:le\s+mois\s+(?:de\s+|d['’]\s*))?){month()}(?:{year_after_month()}|\s+{direction()})?)")
def b_month(m, text):
    g = _groupdict(m)  # one read of the groups: see _groupdict
    mtext = normalize(g["month"])
    if g["mdet"]:
        if g["mod"] or g["dir"]:
            return None
        # "cette Mai", "ce mois de mai": the determiner makes even a capitalised month a date
        return Expr("date", month=int(lookup("month", g["month"])), year=_year(m)[0], direction=0)
    if mtext not in _MONTH_FULL_SET and not (g["year"] or g["yy"]):
        return None  # abbreviations only with a year ("sept. 2024")
    y, yy = _year(m)
    d = _dir(m)
    mod_word = normalize(g["mod"] or "")
    mod = {"début": "START", "debut": "START", "fin": "END", "mi": "MID", "milieu": "MID"}.get(mod_word)
    if not (y or yy or d is not None or mod_word):
        # "en mai et juin 2020", "en mai et juin derniers": the year or direction said once for the list
        tail = _MONTH_LIST_TAIL.match(text, m.end("s"), m.end("s") + 80)
        if tail is not None:
            y = int(tail.group("ly")) if tail.group("ly") else None
            d = -1 if tail.group("ldir") and normalize(tail.group("ldir")).startswith(("dern", "pass")) else (
                1 if tail.group("ldir") else None)
    bare = not (y or yy or d is not None or mod_word or "mois" in g["s"].lower())
    if bare:
        if not g["month"].islower() and (
                mtext in _NAME_MONTHS or _CAPITAL_AFTER.match(text, m.end("s"))
                or not _CAPITAL_MONTH_LEFT.search(text, max(0, m.start("s") - 12), m.start("s"))):
            return None  # "Mars" the planet, "Mai" a name, "Septembre" opening a sentence, "Octobre Rouge"
        if m.start("s") > 0 and not _left_word_ok(text, m.start("s")):
            return None  # a bare month needs "en", "de", "depuis"... before it (or to be the whole text)
    elif not g["month"].islower() and not (y or yy):
        # capitalised month with only a direction: accept ("Mars dernier" at a sentence start)
        if d is None:
            return None
    return Expr("date", month=int(lookup("month", g["month"])), year=y, yy=yy, direction=d, mod=mod)


# ---- seasons: "l'été 2017", "cet été", "l'automne", "en hiver"
@rule("season",
      rf"{L}(?P<s>(?:(?P<det>l['’]|cet|cette|ce|le)\s*)?(?:(?P<mod>début|fin|milieu)\s+(?:de\s+l['’]|du)\s*)?(?:{direction('0')}\s+)?(?P<season>{SEASON})(?!\w)(?P<la>-là)?(?:\s+(?:de\s+)?{year4()}|\s+{direction()})?)")
def b_season(m, text):
    det = m.group("det")
    y, _ = _year(m)
    if not (det or y or m.group("mod") or m.group("dir0")):
        if not _search(r"\b(?:en|cet|au|du)\s*$", text[max(0, m.start() - 6):m.start()], regex.IGNORECASE):
            return None
        if _search(r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|semaine|week-?end|mois|premier|première|dernier|dernière)\s+du\s*$",
                   text[max(0, m.start() - 14):m.start()], regex.IGNORECASE):
            return None  # "le premier dimanche du printemps": part of a longer date
    if not y and _match(r"\s+(?:de|du|des|d['’])\s*(?!\d)", text[m.end("s"):m.end("s") + 6]):
        return None  # "le printemps de l'environnement", "l'été des festivals": a name
    mod = {"début": "START", "fin": "END", "milieu": "MID"}.get(normalize(m.group("mod") or ""))
    e = Expr("date", season=lookup("season", m.group("season")), year=y, direction=_dir(m) or _dir(m, "0"), mod=mod)
    if det and normalize(det) in ("cet", "cette", "ce") and e.direction is None:
        e.direction = 0
    if m.group("la"):
        e.use_anchor = e.anaphoric = True  # "cet hiver-là": the season of the date just mentioned
    return e


# ---- quarters and halves: "premier trimestre 2022", "au premier semestre"
@rule("quarter",
      rf"{L}(?P<s>(?:(?P<det>le|ce)\s+)?(?P<ord>{ORDINAL})\s+(?P<qu>trimestre|semestre|quart(?=\s+de\s+\d{{4}}))(?:\s+(?:de\s+l['’]année\s+|de\s+)?{year4()})?)")
def b_quarter(m, text):
    o = int(lookup("ordinal", m.group("ord")))
    y, _ = _year(m)
    if m.group("qu").lower() == "quart" and _match(r"\s+(?!(?:et|à|au|en|pour|puis|avec|dans|sur|contre)\b)[^\W\d_]{2,}",
                                                    text[m.end("s"):m.end("s") + 20]):
        return None  # "le premier quart de 2016 habitants": a fraction of a count
    if m.group("qu").lower() in ("trimestre", "quart"):  # "le troisième quart de 2016": its third quarter
        if o == -1:
            o = 4
        return Expr("date", quarter=o, year=y) if 1 <= o <= 4 else None
    if o == -1:
        o = 2
    return Expr("date", half=o, year=y) if 1 <= o <= 2 else None


# ---- centuries and decades: "XIXe siècle", "la fin du XIXe siècle", "les années 60", "les années 1990"
@rule("century",
      rf"{L}(?P<s>(?:(?:la\s+|le\s+)?(?P<mod>fin|début|milieu)\s+du\s+|le\s+)?{ROMAN}(?:e|ème|eme)\s+siècle)")
def b_century(m, text):
    n = _roman(m.group("roman"))
    if not 1 <= n <= 30:
        return None
    mod = {"fin": "END", "début": "START", "milieu": "MID"}.get(normalize(m.group("mod") or ""))
    return Expr("date", century=n - 1, mod=mod)


_DECADE_CENTURIES = {"dix-huit": 18, "dix-neuf": 19, "mille": 11, "mille deux": 12, "mille trois": 13, "mille quatre": 14,
                     "mille cinq": 15, "mille six": 16, "mille sept": 17, "mille huit": 18, "mille neuf": 19}
"""The century said before a decade word: "les années dix-neuf soixante-dix", "mille quatre cent vingt"."""
_DECADE_WORDS = {"vingt": 192, "trente": 193, "quarante": 194, "cinquante": 195, "soixante": 196, "soixante-dix": 197,
                 "quatre-vingt": 198, "quatre-vingts": 198, "quatre-vingt-dix": 199, "deux mille": 200}


@rule("decade", rf"{L}(?P<s>(?:(?:les\s+)?années|(?:la\s+)?décennie)\s+(?:(?P<dec>(?:1[0-9]|20)?\d0)(?!\d)"
                rf"|(?:(?P<decc>dix-neuf|dix-huit|mille\s+(?:neuf|huit|sept|six|cinq|quatre|trois|deux)|mille)(?:\s+cent)?\s+)?(?P<decw>soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?|vingt|trente|quarante|cinquante|deux\s+mille)(?![\w-])))")
def b_decade(m, text):
    if m.group("decw"):
        dec = _DECADE_WORDS[normalize(m.group("decw"))]
        if m.group("decc"):  # "les années dix-neuf (cent) soixante-dix", "mille quatre cent vingt": the century in words
            decc = normalize(m.group("decc"))
            if dec >= 200 or decc.startswith("mille") and " cent" not in normalize(m.group("s")):
                return None
            dec = _DECADE_CENTURIES[_sub(r"\s+", " ", decc)] * 10 + dec % 10
        return Expr("date", decade=dec)
    dec = m.group("dec")
    v = int(dec)
    if len(dec) == 2:
        v += 1900
    return Expr("date", decade=v // 10)


_STRONG_YEAR_LEFT = (r"(?:\b(?:en|depuis|dès|jusqu['’]en|avant|après|de|d['’]|l['’]an|l['’]année|année|fin|début|"
                     r"mi|courant|saison|exercice|budget|bilan|printemps|été|automne|hiver|entre|et|vers|ici|édition)\s*[-\s(]*|[(,]\s*)$")


_FUNCTION_WORDS = (r"(?:par|pour|des|les|aux|dans|sur|avec|contre|sans|sous|entre|vers|chez|qui|que|est|sont|sera|seront|"
                   r"était|ont|avait|ainsi|puis|mais|donc|alors|selon)")
"""Words after "pour 2024" that are no counted noun: the number is a year ("pour 2024 par 289 voix")."""


# ---- years: "en 2020", "l'an 2000", "l'année 2001", "début 2021", "en 97"
@rule("year",
      rf"{L}(?P<s>(?:(?P<mod>début|fin|mi|courant|milieu)(?:\s*-\s*|\s+(?:de\s+l['’]année\s+)?)|(?P<an>l['’]an(?:née)?|l['’]exercice)\s+)?{year4()})")
def b_year(m, text):
    y = int(m.group("year"))
    s0, s1 = m.span(_groupindex(m.re)["s"])  # by number: see pieces._groupindex
    if _match(r"-\d", text[s1:s1 + 2]) or _search(r"[^\W\d_]-$", text[max(0, s0 - 2):s0]):
        return None  # "CVE-2019-19781": a code
    if _search(r"\d[/.]$", text[max(0, s0 - 2):s0]):
        return None  # "29/02/2022" (no such day), "3.2022": part of a numeric date or code
    mod = {"début": "START", "fin": "END", "mi": "MID", "milieu": "MID"}.get(normalize(m.group("mod") or ""))
    if not (m.group("an") or m.group("mod")):
        left_ok = _left_word_ok(text, s0)
        if y < 1900 and not left_ok:
            return None
        if not left_ok:
            after = text[s1:s1 + 3]
            if not (1950 <= y <= 2050) or _match(r"\s*[^\W\d_]", after) or _match(r"\s\d", after):
                return None
        if not _search(_STRONG_YEAR_LEFT, text[max(0, s0 - 22):s0], regex.IGNORECASE) and \
                _match(rf"\s+(?!{_FUNCTION_WORDS}(?![\w'’]))[a-zà-ÿ]{{2,}}[sxz](?![\w'’-])", text[s1:s1 + 16]):
            # "1 pour 1000 patients": a count, not a year; a counted noun after a number this big is a
            # plural ("pour 2024 par 289 voix", "le budget pour 2025 prévoit" are years)
            return None
        after = text[s1:s1 + 12]
        if _match(r"\s*(?:%|€|\$|euros?|francs?|dollars?|habitants|personnes|[a-zà-ÿ]*mètres|km|kg|m²|m3|tonnes?|ha)\b", after, regex.IGNORECASE):
            return None
    return Expr("date", year=y, mod=mod)


@rule("short_year", rf"(?<=\b(?:en|dès|depuis)\s+)(?P<s>{AP}?(?P<yy>\d\d))(?=\s*[,;.)(]|\s*$)")
def b_short_year(m, text):
    return Expr("date", yy=int(m.group("yy")))


# ---- present/past/future references: "actuellement", "à ce jour", "pour l'instant"
@rule("present", rf"{L}(?P<s>{PRESENT}(?!\w)|(?<=(?<!\w)[àa]\s{{1,3}})ce\s+jour(?![\w-])|(?<=(?<!\w)en\s{{1,3}})ce\s+moment(?![\w-]))")
def b_present(m, text):
    if normalize(m.group("s")).startswith("ce"):
        return Expr("ref", ref="PRESENT_REF")  # "à ce jour": the preposition stays out (guideline 2.1)
    return Expr("ref", ref=lookup("present", m.group("s")))


_HOLIDAY_NAMES = alternation("holiday", exclude=("14 juillet", "fête nationale", "la toussaint", "le jour des morts",
                                                  "la saint-sylvestre"))
"""The names of the holiday lexicon (the forms with an article are read with the rule's article)."""


# ---- holidays: "Noël", "le jour de l'an", "la Toussaint", "le lundi de Pentecôte", "Pâques 2024"
@rule("holiday", rf"{L}(?P<s>(?:(?:cette|la)\s+fête\s+de\s+)?(?:(?:le|la|l['’])\s*)?(?:jour\s+de\s+(?:la\s+)?)?"
                 rf"(?P<hol>{_HOLIDAY_NAMES})(?!\w)(?:\s+{year4()})?)(?![\w-])")
def b_holiday(m, text):
    hol = m.group("hol")
    if _NAMED_AFTER_HOLIDAY.search(text, max(0, m.start() - 30), m.start()):
        return None  # "l'accord du Vendredi saint", "l'insurrection de Pâques": a name, not a day
    tail_of = _FEAST_HEAD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if tail_of is not None and any(normalize(f) in LEXICON["holiday"] for f in (
            f"{tail_of.group('wd')} de {hol}", text[tail_of.start("wd"):m.end("hol")])):
        # "Pâques" of "les œufs du lundi de Pâques": the whole feast's name was read (and refused, here
        # naming a thing); its last word alone is no feast
        return None
    owner = _NOUN_OF_HOLIDAY.search(text, max(0, m.start() - 30), m.start())
    if owner is not None and normalize(owner.group("n")) not in _TIME_NOUNS_OF_HOLIDAY:
        return None  # "le marché de Noël", "les œufs de Pâques": the feast names a thing (guideline 2.5)
    return _holiday_expr(text, hol, m.end("hol"), _year(m)[0])


def _holiday_expr(text: str, hol: str, end: int, year: int | None, shift: int | None = None) -> Expr | None:
    """The date of the feast ``hol`` (a holiday lexicon form ending at ``end``): a fixed day, or a
    moveable feast in days from Easter Sunday (``Expr.easter_offset``), shifted by ``shift`` days ("la
    veille de"). None for a common noun in lower case ("l'ascension", "les rameaux"), another
    calendar's feast ("le Nouvel An chinois", "la Pentecôte juive": another date) or the climb of a
    mountain ("L'Ascension du mont Blanc")."""
    if hol[:1].islower() and normalize(hol) in _CAPITALISED_HOLIDAYS:
        return None
    if _OTHER_CALENDAR_AFTER.match(text, end, end + 24):
        return None
    value = lookup("holiday", hol)
    if value.startswith("E"):
        return Expr("date", easter_offset=int(value[1:]), year=year, shift_days=shift)
    mo, dd = (int(x) for x in value.split("-"))
    return Expr("date", month=mo, day=dd, year=year, shift_days=shift)


_NAMED_AFTER_HOLIDAY = regex.compile(
    r"\b(?:accords?|insurrection|soulèvement|offensive|révolte|soulevement|revolte|tsunami|séisme|seisme|trêve|treve)"
    r"\s+(?:de|du|des|d['’])\s*$|\b(?:père|papa|joyeux|joyeuses|joyeuse|bon|bonne|bonnes)\s+$", regex.IGNORECASE)
"""An event named after a holiday ("l'accord du Vendredi saint" of 1998, "l'insurrection de Pâques"),
a character ("le Père Noël") or a greeting ("Joyeux Noël", "Joyeuses Pâques")."""
_OTHER_CALENDAR_AFTER = regex.compile(
    r"\s+(?:chinois|lunaire|juive?s?|vietnamien|iranien|persan|tibétain|berbère|amazigh|kabyle|orthodoxes?|"
    r"musulmane?s?|islamique|hégirien|bouddhiste|thaï|khmer|coréen|tamoul|hindou|asiatique|du\s+Têt)(?!\w)"
    r"|(?<=(?i:ascension))\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*(?!an\b)", regex.IGNORECASE)
"""After a feast's name: another calendar's feast ("le Nouvel An chinois", "la Pentecôte juive", whose
dates differ) or the climb of a mountain ("L'Ascension du mont Blanc")."""
_FEAST_HEAD_BEFORE = regex.compile(r"\b(?P<wd>lundi|dimanche|jeudi)\s+de\s+(?:la\s+|l['’]\s*)?$", regex.IGNORECASE)
"""The weekday opening a feast's name before its last word ("lundi de Pâques", "jeudi de l'Ascension")."""
_NOUN_OF_HOLIDAY = regex.compile(r"(?P<n>[^\W\d_][\w-]*)\s+(?:de|du|des|d['’])\s*$", regex.IGNORECASE)
_TIME_NOUNS_OF_HOLIDAY = frozenset({
    "jour", "jours", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "week-end", "weekend",
    "veille", "lendemain", "nuit", "soir", "soirée", "matin", "matinée", "fête", "fêtes", "réveillon", "période",
    "semaine", "semaines", "pont", "vacances", "congés", "moment", "approche", "temps", "saison", "trêve", "lors",
    "près", "mois", "lendemains", "octave", "vigile", "messe",
})
"""Nouns after which "de Noël", "de Pâques" still name the day ("la veille de Noël", "les vacances de
Pâques", "le pont de l'Ascension"); after any other noun the feast names a thing ("le marché de Noël")."""
_CAPITALISED_HOLIDAYS = frozenset({"ascension", "assomption", "rameaux", "pentecôte", "pentecote", "épiphanie",
                                   "epiphanie", "pâques", "paques"})
"""Feasts whose name is also a common noun: a date only when written with a capital ("l'Ascension",
not "l'ascension du Mont-Blanc")."""


# a clock time may be followed by its day and part of day: "à trois heures et quart demain après-midi"
_TIME_TRAILER = (rf"(?:\s+(?P<trel>aujourd['’]\s*hui|demain|hier|après-demain))?\s+(?:(?:cet?|dans\s+la|le|l['’])\s*)?"
                 rf"(?P<tpart3>après-midi|soir|soirée|soiree|matin|matinée|matinee)(?!\w)|\s+(?P<trel2>aujourd['’]\s*hui|demain|hier)(?!\w)")


def _apply_trailer(m, e: Expr) -> None:
    rel = m.group("trel") or m.group("trel2")
    if rel:
        e.rel_days = _relday_offset(rel)
        e.use_anchor = False
    part = (m.group("tpart3") or "").lower()
    if part in ("après-midi", "soir", "soirée", "soiree") and e.hour is not None and e.hour < 12:
        e.hour += 12


_DURATIVE_VERB_LEFT = regex.compile(
    r"\b(?:dormi|dort|dormir|attendu|attend|attendre|duré|dure|durer|durera|durait|duraient|passé|passe|passer|"
    r"travaillé|marché|roulé|patienté|resté|reste|restera|rester|négocié|discuté|débattu|bloquée?s?|coincée?s?|"
    r"retenue?s?|mis|met|mettra|mettre|pris|prend|prendra|prendre|perdu|gagné|dépasse|dépassait|dépassé|dépassera|"
    r"dépassent|excède|excédait|excédé)\s+$", regex.IGNORECASE)
"""A verb of duration right before "N heures": "il a dormi 3 heures", "a duré 3 heures", "a mis 2 heures",
"l'attente dépassait 6 h"."""
_OFFSET_RIGHT = regex.compile(r"\s+(?:plus\s+(?:tard|tôt)|après|avant|auparavant|d['’]affilée|de\s+suite)\b",
                              regex.IGNORECASE)
"""An offset after "N heures": "3 heures plus tard", "deux heures après" (a duration)."""


# ---- clock times: "16h", "16 h 30", "à midi", "5h18 GMT", "6h18 heure suisse", "3 heures du matin"
_TIME_DAY = (rf"\s+le\s+(?P<tday>1er|3[01]|[12]\d|0?[1-9])(?!\w)"
             rf"(?:\s+{month('t')}(?:{year_after_month('t')}|\s+{direction('td')})?|(?!\s*[\w%/.,]\d|\s+[^\W\d_]))")
"""The day after a clock time: "à 20h le 15" (this month's), "après 16h le 1er novembre" (with its month and year)."""


@rule("time",
      rf"{L}(?P<s>(?:(?P<tqual>environ|aux\s+alentours\s+de|(?:à\s+)?peu\s+pr[eè]s)\s+)?{clock()}(?:\s+passé\s+de\s+(?P<pmm>\d{{1,2}})\s+minutes)?(?:\s+(?P<zone>{ZONE})(?!\w))?"
      rf"(?:\s+(?:du\s+(?P<tpart>matin|soir(?:ée|ee)?|mat)(?!\w)|de\s+l['’](?P<tpart2>après-midi))|{_TIME_TRAILER})?"
      rf"(?:\s+{weekday('t')}(?!\s+\d)(?:\s+{direction('t')})?(?:\s+(?P<wpart>après-midi|apres-midi|soir|matin))?"
      rf"|{_TIME_DAY})?)")
def b_time(m, text):
    e = _clock(m)
    if e is None:
        return None
    left = text[max(0, m.start() - 20):m.start()].lower()
    hh_text = m.group("hh") or ""
    if hh_text and _search(r"heures?", m.group("s").lower()) and not m.group("mm"):
        # "pendant 16 heures", "en 24 heures": a duration, not a clock time
        if _search(r"(?:pendant|durant|en|pour|dans|plus\s+de|moins\s+de|près\s+de|il\s+y\s+a|(?<!partir\s)(?<!compter\s)de|les|"
                   r"ces|des)\s*$", left) and not (m.group("tpart") or m.group("tpart2")):
            return None  # ("à partir de 16 heures", "de 10 heures du matin" are clock times)
        if _match(r"\s+(?:de\s+|d['’]\s*)(?!l['’]après)[^\W\d_]", text[m.end("s"):m.end("s") + 12]):
            return None  # "à partir de 2 heures de route", "3 heures d'attente": a duration
    if hh_text and _number_before(text, m.start("s")):
        return None
    if hh_text and not m.group("mm") and _search(r"\b(?:pendant|durant|pour)\s*$", left):
        return None  # "je partirai pour 3h": a duration
    if hh_text and not m.group("mm") and not m.group("hq") and not m.group("zone") and not m.group("tqual") and (
            _DURATIVE_VERB_LEFT.search(left) or _OFFSET_RIGHT.match(text, m.end("s"))):
        # "il a dormi 3 heures", "la réunion a duré 3 heures", "3 heures plus tard": a duration
        if m.group("wdt") or m.group("tday"):
            return None  # "l'attente dépassait 6 h lundi": the duration alone (the duration rule), then the day
        return Expr("duration", dur_value=compound_duration(int(hh_text), 0, None, None))
    if hh_text and m.group("mm") and not m.group("zone") and not m.group("tqual") and (_search(
            r"(?<!partir\s)(?:\bdurer?a?i?t?|\bduré|\bdurée\s+de|\bde|\ben|\batteint|\bcontre|\bsoit|\bpendant|\bmet|\bmis|"
            r"\bmettra|\bmoyenne\s+de|\bmoins\s+de|\bplus\s+de)\s*$", left) or _DURATIVE_VERB_LEFT.search(left)) \
            and int(hh_text) <= 12 and not _match(
            r"\s*(?:du\s+matin|du\s+soir|de\s+l['’]après)", text[m.end("s"):m.end("s") + 20]):
        # "le trajet durera 1 h 35", "un thriller de 2 h 12", "contre 3 h 10": a duration
        return Expr("duration", dur_value=compound_duration(int(hh_text), int(m.group("mm")), None, None))
    if hh_text == "24" and not m.group("mm"):
        return None  # "24 heures", "24 h": a day's duration
    if "minute" in (m.group("hq") or "") and not (m.group("tpart") or m.group("tpart2") or m.group("tpart3") or _search(
            r"(?:\b(?:à|a|vers|dès)|\b(?:c['’]est|il\s+est|il\s+était))\s*$", left)):
        # "le trajet dure 1 heure et dix minutes": a duration; "à 8 h et vingt minutes" is a time
        return Expr("duration", dur_value=compound_duration(e.hour, e.minute, None, None))
    tpart = (m.group("tpart") or m.group("tpart2") or "").lower()
    if (tpart.startswith("soir") or tpart == "après-midi") and e.hour < 12:
        e.hour += 12
    if m.group("zone"):
        e.zone = lookup("zone", m.group("zone"))
    if m.group("pmm"):
        e.minute = int(m.group("pmm"))
    if m.group("tqual"):
        e.mod = "APPROX"
    _apply_trailer(m, e)
    if m.group("wdt") and text[m.end("wdt"):m.end("wdt") + 1].lower() == "s" and not m.group("dirt") \
            and not m.group("wpart"):
        # "9 h les dimanches", "9am Dimanches": a weekly time
        return Expr("set", weekday=int(lookup("weekday", m.group("wdt"))), hour=e.hour, minute=e.minute)
    if m.group("wdt"):
        e.weekday = int(lookup("weekday", m.group("wdt")))
        e.direction = _dir(m, "t")
        if (m.group("wpart") or "").lower() in ("après-midi", "apres-midi", "soir") and e.hour < 12:
            e.hour += 12  # "à 7h dimanche après-midi"
    e.use_anchor = True
    _set_time_day(m, e)
    return e


def _set_time_day(m, e: Expr) -> None:
    """The day of :data:`_TIME_DAY` on the clock time ``e``: "à 20h le 15" (the 15th of this month or
    the next), "à 16h le 1er novembre 2020"."""
    if not m.group("tday"):
        return
    e.day = _day_value(m.group("tday"))
    if m.group("montht"):
        e.month = int(lookup("month", m.group("montht")))
        if m.group("yeart"):
            e.year = int(m.group("yeart"))
        elif m.group("yyt"):
            e.yy = int(m.group("yyt"))
        elif m.group("dirtd"):
            e.direction = int(lookup("direction", m.group("dirtd")))
        e.use_anchor = False


@rule("word_time",
      rf"{L}(?P<s>(?P<hw>{NUMW})\s+heures?(?:\s+(?P<mw>et\s+demie?|et\s+quart|moins\s+le\s+quart|trois\s+quarts|(?:et\s+|passé\s+de\s+)?{NUMW}(?:\s+minutes?)?))?(?!\w)"
      rf"(?:\s+du\s+(?P<tpart>matin|soir(?:ée|ee)?)(?!\w)|{_TIME_TRAILER})?(?:{_TIME_DAY})?)")
def b_word_time(m, text):
    if not (m.group("mw") or m.group("tpart") or m.group("tpart3")) and not _search(
            r"(?:\b(?:à|vers|dès)|\b(?:c['’]est|il\s+est|il\s+était))\s+$", text[max(0, m.start() - 10):m.start()], regex.IGNORECASE):
        return None  # "deux heures" alone is a duration; "à deux heures", "il est sept heures" are times
    if not (m.group("mw") or m.group("tpart") or m.group("tpart3")) and _match(
            r"\s+(?:par|de|d['’]|du|des)\b", text[m.end("s"):m.end("s") + 6], regex.IGNORECASE):
        return None  # "à une heure de route", "limités à une heure par jour": a duration
    try:
        h = read_number_word(m.group("hw"))
    except KeyError:
        return None
    mw = (m.group("mw") or "").lower()
    mw = _sub(r"^(?:et|passé\s+de)\s+|\s+minutes?$", "", mw)
    mi = 0
    if "demi" in mw:
        mi = 30
    elif "trois quarts" in mw:
        mi = 45
    elif "moins le quart" in mw:
        h, mi = h - 1, 45
    elif "quart" in mw:
        mi = 15
    elif mw:
        try:
            mi = read_number_word(mw)
        except KeyError:
            return None
    if (m.group("tpart") or "").lower().startswith("soir") and h < 12:
        h += 12
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    e = Expr("time", hour=h % 24, minute=mi, use_anchor=True)
    _apply_trailer(m, e)
    _set_time_day(m, e)  # "à sept heures le 15", "à sept heures le 1er mai"
    return e


# ---- a bare hour with its part of day: "8 ce soir", "7 dans l'après-midi", "huit et quart", "20 du soir"
def hour_part(n: str = "") -> str:
    """The part of the day after a bare hour ("du soir", "de la matinée", "ce matin", "dans
    l'après-midi"), as group ``hp<n>``."""
    return (rf"(?P<hp{n}>d[eu]\s+(?:matinée|matinee|matin|soirée|soiree|soir)|de\s+la\s+matinée|ce\s+(?:soir|matin)"
            rf"|cet\s+apr[eè]s[-\s]midi|dans\s+(?:la\s+(?:soirée|soiree|matinée|matinee|nuit)|l['’]\s*apr[eè]s[-\s]midi"
            rf"|le\s+matin))")


def ampm_word(n: str = "") -> str:
    """English "am"/"pm" after an hour, lower case only ("P.M." is the municipal police), as group
    ``ampm<n>``."""
    return rf"(?-i:(?P<ampm{n}>[ap](?:\.\s?m\.?|\s?m)))(?!\w)"


_HOUR_PART = hour_part()
_AMPM_WORD = ampm_word()


@rule("hour_part",
      rf"{L}(?P<s>(?P<hw>(?:[01]?\d|2[0-3])(?!\d)|{NUMW})(?:\s+(?P<q>et\s+quart|et\s+demie|et\s+trois\s+quarts|moins\s+le\s+quart)"
      rf"|\s+(?P<mw>{NUMW})(?!\w))?"
      rf"(?:\s+{_HOUR_PART}|\s*{_AMPM_WORD}|(?<=quart|demie|quarts))(?!\w))")
def b_hour_part(m, text):
    hw = m.group("hw")
    try:
        h = int(hw) if hw.isdigit() else read_number_word(hw)
        mw = read_number_word(m.group("mw")) if m.group("mw") else None
    except KeyError:
        return None
    if h > 23 or (not m.group("hp") and not m.group("q") and not m.group("ampm")):
        return None
    if mw is not None and (hw.isdigit() or not 1 <= mw <= 59):
        return None  # "sept trente du soir" (hour and minutes in words), not "7 trente"
    if not m.group("hp") and _number_before(text, m.start("s")):
        return None
    if hw.isdigit() and _search(r"\d\s*(?:à|a|-)\s*$", text[max(0, m.start("s") - 5):m.start("s")]):
        return None  # "l'a emporté 3 à 1 ce soir": a score
    q = (m.group("q") or "").lower()
    mi = 15 if q.endswith("et quart") else 30 if "demie" in q else 45 if "trois" in q else 0
    if "moins" in q:
        h, mi = (h - 1) % 24, 45
    if mw is not None:
        mi = mw
    clock = cue_clock(h, mi, m.group("hp") or m.group("ampm"))
    if clock is None:
        return None  # "quinze heures am" is a contradiction
    e = Expr("time", hour=clock[0], minute=clock[1], use_anchor=True)
    hp = (m.group("hp") or "").lower()
    if hp.startswith("ce") or hp.startswith("cet"):
        e.rel_days, e.use_anchor = 0, False
    return e


def _hour_cue(n: str) -> str:
    """An hour ("5", "cinq", "sept trente") with an optional part of the day or am/pm ("du matin", "pm")."""
    return (rf"(?P<hw{n}>(?:[01]?\d|2[0-3])(?!\d)|{NUMW})(?:\s+(?P<mw{n}>{NUMW})(?!\w))?"
            rf"(?:\s+{hour_part(n)}(?!\w)|\s*{ampm_word(n)})?")


def hour_with_cue(hw: str, mw: str | None, cue: str | None) -> tuple[int, int] | None:
    """(hour, minute) of an hour read with its cue: ("5", None, "pm") -> (17, 0), ("sept", "trente",
    "du soir") -> (19, 30), ("3", None, "du matin") -> (3, 0); None when it is no clock time."""
    try:
        h = int(hw) if hw.isdigit() else read_number_word(hw)
        mi = read_number_word(mw) if mw else 0
    except KeyError:
        return None
    if h > 23 or not 0 <= mi <= 59 or (mw and hw.isdigit()):
        return None
    return cue_clock(h, mi, cue)


def cue_clock(h: int, mi: int, cue: str | None) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock of ``h:mi`` said with ``cue``, a part of the day ("du
    soir", "dans la nuit") or am/pm: (5, 0, "pm") -> (17, 0), (7, 30, "du soir") -> (19, 30), (3, 0,
    "dans la nuit") -> (3, 0); None for a contradiction ("15 h am")."""
    cue = (cue or "").lower()
    if cue[:1] in ("a", "p") and cue.replace(".", "").replace(" ", "") in ("am", "pm"):
        if h > 12:
            return (h, mi) if cue[0] == "p" else None
        return h % 12 + (12 if cue[0] == "p" else 0), mi
    if any(k in cue for k in ("soir", "apr", "nuit")) and h < 12 and not ("nuit" in cue and h < 6):
        h += 12
    return h, mi


# ---- "5 au 6 ce soir", "de 3 du matin jusqu'à 5pm", "entre 5 et 6 dans la nuit": hours with a part of the day
@rule("hour_range_part",
      rf"{L}(?P<s>(?:(?P<imark>de|entre)\s+)?{_hour_cue('1')}\s+(?P<sep>à|a|au|et|jusqu['’]\s*(?:à|a|au))\s+{_hour_cue('2')})")
def b_hour_range_part(m, text):
    cue1 = m.group("hp1") or m.group("ampm1")
    cue2 = m.group("hp2") or m.group("ampm2")
    if not cue2 and not cue1:
        return None
    imark, sep = (m.group("imark") or "").lower(), normalize(m.group("sep"))
    if sep == "et" and imark != "entre":
        return None  # "3 et 5 du soir" is a list
    if not imark and sep in ("à", "a") and not cue1:
        return None  # "l'a emporté 3 à 1 ce soir": a score, unless the first hour has its own cue
    if _number_before(text, m.start("s")):
        return None
    second = hour_with_cue(m.group("hw2"), m.group("mw2"), cue2)
    first = hour_with_cue(m.group("hw1"), m.group("mw1"), cue1)
    if first is None or second is None:
        return None
    if not cue1:
        # "5 au 6 ce soir": both in the evening; "5 au 6 dans la nuit": the latest reading before the end
        shifted = hour_with_cue(m.group("hw1"), m.group("mw1"), cue2)
        options = [o for o in (first, shifted, shifted and (shifted[0] + 12, shifted[1])) if o and o[0] < 24 and o < second]
        if options:
            first = max(options)
    elif not cue2 and second < first and second[0] < 12:
        second = (second[0] + 12, second[1])  # "3pm à sept trente": the evening
    if first >= second:
        return None
    t1 = Expr("time", hour=first[0], minute=first[1], use_anchor=True)
    t2 = Expr("time", hour=second[0], minute=second[1], use_anchor=True)
    return Expr("interval", parts=[(m.start("hw1"), m.start("sep") - 1, t1), (m.start("hw2"), m.end("s"), t2)])


_COLLECTIVE = {"dizaine": 10, "douzaine": 12, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
               "centaine": 100}
# nouns whose "de N ans" complement is a duration, not an age ("un contrat de cinq ans")
_DURATION_NOUNS = regex.compile(
    r"(?:(?:contrat|peine|période|periode|durée|duree|délai|delai|retard|bail|mandat|plan|programme|absence|prison|"
    r"emprisonnement|réclusion|sursis|détention|garantie|concession|engagement|moratoire|interdiction|suspension|"
    r"exil|travaux|crédit|prêt|emprunt|attente|carrière|exploitation|histoire|existence|vie|règne|guerre|conflit|"
    r"sécheresse|intervalle|horizon|fermeture|chantier|projet|étude|enquête|investissement|bataille|procédure|"
    r"instruction|traitement|stage|cycle|campagne|saison|cure|séjour|voyage|congé|pause|trêve|fin|cours|espace|"
    r"moins|plus|près|environ|âge|minimum|maximum|total|écart|différence|avance|décalage|report|prolongation|"
    r"allongement|réduction|hausse|baisse|recul|baux)s?|"  # plurals too: "des peines de 10 ans"
    # verbs of change: "prolongé de deux ans", "repoussée de 2 ans", "réduite de trois ans"
    r"(?:prolong|repouss|report|retard|avanc|recul|décal|allong|rallong|raccourc|abaiss|relev|diminu|augment|"
    r"rédui|vieilli|rajeuni)\w*)\s+(?:de|d['’])\s*$", regex.IGNORECASE | regex.REVERSE)
_AGE_LEFT = regex.compile(
    r"(?:âgée?s?\s+(?:de|d['’])(?:\s*\d+\s+(?:à|et))?|à\s+l['’]âge\s+de|(?:homme|femme|fille|garçon|enfant|jeune|adolescente?|"
    r"bébé|fillette|garçonnet|nourrisson|\b(?-i:[A-Z])[\w-]+)\s+(?:de|d['’]))\s*$", regex.IGNORECASE | regex.REVERSE)
_AGE_NOUN_LEFT = regex.compile(rf"\b(?:{alternation('age_noun')})\s+(?:de|d['’])(?:\s*\d+(?:\s*,|\s+(?:à|et)(?=\s))){{0,6}}\s*$",
                            regex.IGNORECASE)
"""People before "de N et/à M ans": "deux hommes de 24 et 31 ans", "des jeunes de 18 à 25 ans", "des
femmes de 20, 25 et 30 ans" (ages)."""
_AGE_LEFT_MONTHS = regex.compile(
    r"(?:âgée?s?\s+(?:de|d['’])|(?:enfant|bébé|fillette|garçonnet|nourrisson|nouveau-né)s?\s+(?:de|d['’]))"
    r"(?:\s*\d+\s+(?:à|et))?\s*$",
    regex.IGNORECASE | regex.REVERSE)


# "elle a 64 ans", "ils avaient 17 ans", "il aura 18 ans": "avoir" + N ans closing the clause
# (not "il y a 64 ans", not "il a trois ans pour rembourser")
_AGE_HAVE_LEFT = regex.compile(
    r"(?<!\by\s)(?<!\by\s\s)\b(?:a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|aura|aurai|auras|aurons|"
    r"aurez|auront|aurait|auraient|ayant|avoir|eu)\s+$", regex.IGNORECASE)
_AGE_CLAUSE_END = regex.compile(
    rf"\s*(?:[,;:!?)]|\.(?!\d)|$|\s+(?:et|quand|lorsque|lors|au\s+moment|aujourd['’]hui|hier|demain|{WEEKDAY}|"
    rf"cette\s+année|en\s+(?:{MONTH_FULL}|(?:19|20)\d\d))\b)", regex.IGNORECASE)
# "morte à 87 ans", "champion à 20 ans"
_AGE_AT_LEFT = regex.compile(
    r"\b(?:mort|morte|morts|mortes|décédée?s?|disparue?s?|éteinte?s?|retraite|retraité|retraitée|champion|"
    r"championne|débuté|débute|commencé|commence|arrivée?)\s+à\s+$", regex.IGNORECASE)
# "À 64 ans, il prend sa retraite" (a person follows; "À 10 ans, le taux ..." is a maturity)
_AGE_AT_CLAUSE_LEFT = regex.compile(r"(?:^|[.;:!?(]|,|\bet)\s*(?:à|(?-i:A))\s+$", regex.IGNORECASE)
_CAPITAL_A_AT_START = regex.compile(r"(?:^|[.;:!?(«\"]\s*)A\s+$")
"""An unaccented capital "A" opening a sentence is "À" ("A 30 ans, la dette ..."), not "a" (avoir)."""
_PERSON_AFTER = regex.compile(r"\s*,\s*(?:il|elle|ils|elles|je|j['’]|tu|on|nous|vous|ce\s+(?:père|fils|retraité|"
                              r"sportif|joueur|chef)|cette\s+(?:mère|fille|retraitée|sportive|joueuse)|(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z]))",
                              regex.IGNORECASE)
# "ses 18 ans" (not "ses 10 ans à la tête du club", "ses 20 ans de carrière")
_AGE_POSSESSIVE_LEFT = regex.compile(r"\b(?:ses|leurs|mes|tes|nos|vos|son|leur)\s+$", regex.IGNORECASE)
# "l'âge moyen des généralistes dépasse 58 ans": the subject is an age
_AGE_SUBJECT_LEFT = regex.compile(
    r"\bâge\b[^.;:!?]{0,50}\b(?:dépasse|dépassait|dépassera|atteint|atteignait|atteindra|frôle|frôlait|approche|"
    r"approchait|avoisine|avoisinait|est\s+de|était\s+de|sera\s+de|s['’]élève\s+à|s['’]établit\s+à|passe\s+à|"
    r"est\s+passé\s+à)\s+(?:les\s+)?$", regex.IGNORECASE)
_AGE_CHANGE_VERB = (r"\bâge\b[^.;:!?,]{0,50}\b(?:passe|passera|passerait|passait|est\s+passé|a\s+été\s+(?:porté|relevé|reculé|repoussé)|"
                    r"sera\s+(?:porté|relevé|reculé|repoussé)|(?:porté|relevé|reculé|repoussé)e?|recule|reculera)")
_AGE_CHANGE_RANGE_LEFT = regex.compile(_AGE_CHANGE_VERB + r"\s+$", regex.IGNORECASE)
"""Before "de 62 à 64 ans": the age itself changes ("l'âge légal de départ passe de 62 à 64 ans")."""
_AGE_CHANGE_LEFT = regex.compile(_AGE_CHANGE_VERB + rf"\s+(?:de\s+(?:\d+|{NUMW})(?:\s+ans)?\s+)?à\s+$", regex.IGNORECASE)
"""Before the new age: "l'âge de la retraite sera porté à 64 ans", "passe de 62 à 64 ans"."""


def _has_age(left: str, right: str) -> bool:
    """"avoir" closing the clause around "N ans"/"N mois" ("elle a 64 ans.", "le bébé a 6 mois et"):
    ``left`` and ``right`` are the text before and after the duration."""
    return bool(_AGE_HAVE_LEFT.search(left) and _AGE_CLAUSE_END.match(right) and not _CAPITAL_A_AT_START.search(left))


def _is_age(text: str, m, unit: str, qual: str | None) -> bool:
    """An age ("un homme de 29 ans", "les plus de 65 ans", "âgées de 19 à 41 ans", "un nourrisson
    de 7 mois", "ont moins de 25 ans", "elle a 64 ans.", "à 64 ans, il ...", "morte à 87 ans",
    "pour ses 18 ans"): a figure, not a temporal expression (guideline 1.1)."""
    if unit not in ("Y", "M"):
        return False
    start = m.start("s")
    left = text[max(0, start - 30):start]
    num = m.group("num") or ""
    right = text[m.end("s"):m.end("s") + 25]
    if unit == "M":
        # "un nourrisson de 7 mois", "le bébé a 6 mois." (not "il a 6 mois pour payer", "il y a 6 mois")
        return bool(_AGE_LEFT_MONTHS.search(left)) or not qual and _has_age(left, right)
    if _AGE_LEFT.search(left) or unit == "Y" and _match(r"\s*d['’]\s*âge(?!\w)", right):
        return True  # "âgé de 40 ans", "(des vins de 10 et) 20 ans d'âge"
    if unit == "Y" and _AGE_NOUN_LEFT.search(left) and not _match(r"\s*(?:de\s|d['’])", right):
        return True  # "deux hommes de 24 et 31 ans" (not "des victimes de dix ans de guerre")
    if not qual and text[m.end("s") - 3:m.end("s")].lower() == "ans":
        if _has_age(left, right):
            return True
        if _AGE_AT_LEFT.search(left) and not _match(r"\s*(?:de\s|d['’])", right):
            return True  # not "à trois ans d'emprisonnement"
        if _AGE_AT_CLAUSE_LEFT.search(left) and _PERSON_AFTER.match(right):
            return True
        if _AGE_POSSESSIVE_LEFT.search(left) and not _match(r"\s*(?:à|au|aux|de\s|d['’]|passée?s)", right):
            return True
        if _AGE_SUBJECT_LEFT.search(text[max(0, start - 90):start]):
            return True
        if _AGE_CHANGE_LEFT.search(text[max(0, start - 100):start]) and not _match(r"\s*(?:de\s|d['’])", right):
            return True  # not "vu son âge, sa peine a été portée à 15 ans de réclusion"
    qn = normalize(qual or "")
    if qn in ("plus de", "moins de", "plus d'", "moins d'"):
        if _search(r"(?:\b(?:les|des|aux|ont|(?<!\by\s)a|avait|avaient|ayant|avoir|été)|\b(?:de|d['’])(?=\s*$))\s*$", left,
                   regex.IGNORECASE) and (num.isdigit() or not _search(r"\b(?:de|d['’])\s*$", left)):
            return True
        return False
    if qual:
        return False
    if num.isdigit() and _search(r"\b(?:de|d['’])\s*$", left) and not _DURATION_NOUNS.search(left) \
            and not _match(r"\s*(?:de|d['’])\s", right):
        return True  # "un conseiller financier de 47 ans"
    if not qual and _search(r"(?:,|\(|\bde)\s*$", left) and not _DURATION_NOUNS.search(left) and _match(
            r"\s*(?:[,;)]|\.(?!\d)|\s+(?:et|qui|a|est|était|avait|se|s['’]|demeurant|domicilié|originaire)\b)", right):
        return True  # "Jean Burget, 87 ans, ..."
    return False


_GROUP_NAMES: dict = {}


def _groupdict(m) -> dict:
    """``m.groupdict()`` (every named group -> its text or None), read from ``m.groups()``: the
    regex module's groupdict costs several microseconds on a pattern with many groups, and so does
    each ``m.group(name)`` (a name is looked up only after failing to read it as a number). The
    dict is zipped from the group names in group order (a group without a name under the key
    ``None``)."""
    names = _GROUP_NAMES.get(m.re)
    if names is None:
        by_index = [None] * m.re.groups
        for name, i in m.re.groupindex.items():
            by_index[i - 1] = name
        names = _GROUP_NAMES[m.re] = tuple(by_index)
    return dict(zip(names, m.groups()))


# ---- durations: "42 derniers jours", "plus de deux ans", "une demi-heure", "30,4 secondes", "quelques mois"
_SINGULAR_ARTICLE_BEFORE = regex.compile(r"(?<!\w)(?:le|la)\s+$", regex.IGNORECASE)
"""A singular article before "N unit" with N > 1: no length ("le 3 semaine", "le 24 heures du Mans")."""


@rule("duration",
      rf"{L}(?P<s>(?P<ilya>il\s+y\s+a\s+)?(?:(?P<qual>{QUALIFIER})(?:(?<=['’])\s*|\s+))?(?:(?P<det>les|ces)\s+)?(?:(?!pass)(?:{direction('1')})\s+)?"
      rf"(?:(?P<num>\d{{1,3}}(?:[\u00a0\u202f ]\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?!\w)|(?P<vague>{VAGUE}))(?:\s+(?:{direction('2')}\s+)?"
      rf"(?P<unit>{UNIT_WORDS})|\s*(?P<abbr>{UNIT_ABBR}))(?!\w)(?:\s+{direction('3')})?(?P<half>\s+et\s+demie?)?"
      rf"|(?:(?P<dnum>un|une)\s+)?(?P<demi>demi)[-\s](?P<dunit>{UNIT_WORDS})(?!\w)"
      rf"|(?P<hnum>\d+|{NUMW})\s+et\s+demie?\s+(?P<hunit>{UNIT_WORDS})(?!\w)"
      rf"|(?P<whole>tout(?:e)?\s+(?:la|le|l['’])\s*(?P<wunit>journée|journee|nuit|semaine|année|annee|matinée|soirée|mois))(?!\w)"
      rf"|(?P<gnum>\d+(?:[.,]\d+)?)-?(?P<gunit>ans|an|mois|jours|jour|semaines|semaine|heures|minutes|min|secondes)(?!\w)"
      rf"|(?P<nat>quinquennat|septennat|mandat\s+de\s+cinq\s+ans)(?!\w)"
      rf"|(?P<coll>une\s+(?:dizaine|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))\s+(?:de\s+|d['’]\s*)(?P<cunit>{UNIT_WORDS})(?!\w)"
      rf"|(?P<qh>(?:le\s+premier|le\s+dernier|un|(?P<qhn>trois))\s+quarts?\s+d['’]\s*heure)(?!\w)))")
def b_duration(m, text):
    g = _groupdict(m)
    s0, s1 = m.span(_groupindex(m.re)["s"])  # by number: see pieces._groupindex
    qual = g["qual"]
    if not qual and g["num"] and not g["ilya"] and _number_before(text, s0):
        return None  # "12 h 12 h", "27 64 tonnes": part of another figure
    if g["num"] and not g["det"] and not qual and _SINGULAR_ARTICLE_BEFORE.search(text, max(0, s0 - 4), s0) \
            and g["num"].isdigit() and int(g["num"]) > 1:
        return None  # "le 3 semaine", "le 24 heures": a singular article is no article of a length
    right = text[s1:s1 + 25]
    if g["ilya"] and _match(r"\s+(?:de|d['’])\s*(?!cela\b|ça\b)[^\W\d_]", right, regex.IGNORECASE):
        return None  # "il y a deux ans de travaux": "there are", not "ago" (tried from the next word)
    if _match(r"\s+par\s+(?:an|jour|semaine|mois|heure|nuit|année)\b", right, regex.IGNORECASE):
        return None  # a time rate ("52 heures par semaine"): a quantity (guideline 2.2)
    if g["ilya"] and (g["vague"] or qual and lookup("qualifier", qual) not in _AGO_MODS):
        return None  # "il y a quelques mois": the vague duration alone (tried from the next word)
    if g["coll"]:
        n = _COLLECTIVE[normalize(g["coll"]).split()[-1]]
        unit = lookup("unit", g["cunit"])
        if g["ilya"]:  # "il y a une dizaine d'années": the date N units back, approximately
            return _ago(Expr("duration", dur_n=Decimal(n), dur_unit=unit), unit, Decimal(n), "APPROX")
        left = text[max(0, m.start("s") - 30):m.start("s")]
        if unit == "Y" and _search(r"\b(?:de|d['’])\s*$", left) and not _DURATION_NOUNS.search(left):
            return None  # "une femme d'une trentaine d'années": an age (guideline 1.1)
        return Expr("duration", dur_n=Decimal(n), dur_unit=unit, mod="APPROX")
    if g["qh"]:
        return Expr("duration", dur_n=Decimal(45 if g["qhn"] else 15), dur_unit="MIN")
    if qual and normalize(qual).startswith("jusqu"):
        unit_text = g["unit"] or g["hunit"] or g["gunit"]
        if not unit_text or lookup("unit", unit_text) in ("H", "MIN", "S", "CS", "DS") and not _match(
                r"\s+(?:de|d['’])", right):
            return None  # "jusqu'à 16 heures": a preposition before a time
    if g["det"] and normalize(g["det"]) == "les" and not any(
            g[f"dir{k}"] for k in ("1", "2", "3")) and not g["ilya"]:
        return None  # "dans les 48 heures": the determiner of a plain duration stays out (tried from the next word)
    if g["nat"]:
        n = {"quinquennat": 5, "septennat": 7}.get(g["nat"].lower(), 5)
        return Expr("duration", dur_n=Decimal(n), dur_unit="Y")
    if g["whole"]:
        wu = normalize(g["wunit"])
        if wu == "mois" and _match(r"\s+(?:de|d['’])", right):
            return None  # "tout le mois de mai": the month itself
        unit = {"journée": "D", "journee": "D", "nuit": "D", "semaine": "W", "année": "Y", "annee": "Y",
                "matinée": "D", "soirée": "D", "mois": "M"}[wu]
        n = Decimal("0.5") if wu in ("matinée", "soirée", "nuit") else Decimal(1)
        return Expr("duration", dur_n=n, dur_unit=unit)
    if g["hnum"]:
        n = _num(g["hnum"])
        return Expr("duration", dur_n=n + Decimal("0.5"), dur_unit=lookup("unit", g["hunit"])) if n else None
    if g["gnum"]:
        return Expr("duration", dur_n=_num(g["gnum"]), dur_unit=lookup("unit", g["gunit"]))
    if g["demi"]:
        if not g["dnum"] and not (s0 == 0 or _search(
                r"\b(?:pour|pendant|durant|depuis|dans|en|après|avant|environ)\s*$", text[max(0, s0 - 10):s0],
                regex.IGNORECASE)):
            return None  # "demi heure" without "une": only as the whole phrase or after "pour", "pendant"...
        unit = lookup("unit", g["dunit"])
        return Expr("duration", dur_n=Decimal("0.5"), dur_unit=unit,
                    mod=lookup("qualifier", qual) if qual else None)
    abbr = g["abbr"]
    if abbr:
        num = g["num"] or ""
        if not _match(r"\d", num) and normalize(abbr) not in ("min", "mn"):
            return None
        if abbr in ("'", '"') and (not num.isdigit() or len(num) > 2 or _match(r"\s*[^\W\d_]", text[s1:])):
            return None
        if not abbr[0].isalpha() and " " in g["s"]:
            return None
    if not qual and not g["ilya"] and not g["num"] and _number_before(text, s0):
        return None  # (with a number, tested above)
    unit_text = g["unit"] or g["abbr"]
    unit = lookup("unit", unit_text)
    if not g["det"] and not g["ilya"] and _is_age(text, m, unit, qual):
        return None
    if not qual and _search(r"(?:\b(?:plus|moins|près)\s+(?:de|d['’])|\bjusqu['’]à)\s*$", text[max(0, s0 - 12):s0],
                            regex.IGNORECASE) and unit in ("Y", "M"):
        return None  # "âgées de plus de 65 ans": the qualified reading was an age
    if _match(r"\s+(?:(?:1\d|20)\d\d(?!\d)|de\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
              r"septembre|octobre|novembre|décembre|decembre)\b)", right, regex.IGNORECASE):
        return None  # "une année 2022 marquée par...", "un mois de juillet sec": the date follows
    if unit == "S" and normalize(g["num"] or "") in ("une", "un") and \
            _match(r"\s+(?!de\b|d['’]|et\b|plus\b|après\b|avant\b|pour\b|à\b)[^\W\d_]", right):
        return None  # "une seconde fois": the ordinal
    if unit == "FN" and not _match(r"\s+de\s+jours", right, regex.IGNORECASE) and _match(r"\s+(?:de|d['’])", right):
        return None  # "une quinzaine de jardinières": a count
    if unit == "D" and normalize(g["num"] or "") == "un" and _match(r"\s+(?:de|d['’]|où)\b", right):
        return None  # "un jour de grande maîtrise"
    if g["vague"]:
        vague = normalize(g["vague"])
        if vague == "des" and not _search(r"(?:depuis|pendant|durant|il\s+y\s+a)\s*$", text[max(0, m.start() - 15):m.start()], regex.IGNORECASE):
            return None
        n = None
    else:
        n = _num(g["num"])
        if n is None:
            return None
        if g["half"]:
            n += Decimal("0.5")
    dirs = [d for d in (_dir(m, "1"), _dir(m, "2"), _dir(m, "3")) if d is not None]
    e = Expr("duration", dur_n=n, dur_unit=unit, mod=lookup("qualifier", qual) if qual else None)
    if dirs:
        e.anchored = dirs[0]
        # "les 24 heures suivantes": after the event just mentioned, not after the reference date
        e.use_anchor = any(normalize(g[f"dir{k}"] or "").startswith("suivant") for k in ("1", "2", "3"))
    elif g["det"] and normalize(g["det"]) == "ces":
        e.anchored = -1
    left = text[max(0, s0 - 12):s0].lower()
    if g["ilya"] and n is not None:
        _ago(e, unit, n, _AGO_MODS[lookup("qualifier", qual)] if qual else None)
    elif _search(r"(?<!\w)dans\s*$", left) and n is not None and not qual and not dirs and not g["det"]:
        e.kind, e.rel_unit, e.rel_n = "date", unit, n
    return e


_AGO_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}
"""The TIMEX3 ``mod`` of a qualified "il y a": "il y a plus de deux ans" BEFORE, "il y a moins d'un
an" AFTER, "il y a près de deux ans" APPROX (TimeML 1.2.1 / TIDES 2005 mod values: "more than a
decade ago" BEFORE, "less than a year ago" AFTER, "about three years ago" APPROX)."""


def _ago(e: Expr, unit: str, n: Decimal, mod: str | None) -> Expr:
    """Turn a duration into "il y a N unités": one DATE span, N units before the reference date, at
    the grain of the unit ("il y a trois ans" -> the year, guideline 2.3)."""
    e.kind, e.rel_unit, e.rel_n, e.mod = "date", unit, -n, mod
    if unit in ("D", "W", "M", "Y"):
        e.rel_grain, e.dur_unit = unit, None
    return e


# ---- vague anchored durations: "ces derniers mois", "ces dernières années", "les prochains jours"
@rule("vague_anchored",
      rf"{L}(?P<s>(?P<det>ces|les)\s+{direction()}\s+(?P<unit>jours|semaines|mois|années|annees|ans|décennies|siècles|heures|minutes)(?!\w))")
def b_vague_anchored(m, text):
    d = _dir(m)
    if d is None:
        return None
    return Expr("duration", dur_n=None, dur_unit=lookup("unit", m.group("unit")), anchored=d)


# ---- duration ranges: "de 8 à 24 mois" -> two durations (French TimeBank annotates "8" and "24 mois")
@rule("duration_range",
      rf"{L}(?P<s>(?:de|entre)\s+(?P<n1>\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?!\w))\s+(?:à|a|et)\s+"
      rf"(?P<num>\d+(?:[.,]\d+)?(?!\d)|{NUMW}(?!\w))\s+(?P<unit>{UNIT_WORDS})(?!\w))")
def b_duration_range(m, text):
    n1, n2 = _num(m.group("n1")), _num(m.group("num"))
    if n1 is None or n2 is None or n1 >= n2:
        return None
    unit = lookup("unit", m.group("unit"))
    if unit in ("Y", "M") and (_AGE_LEFT.search(text, max(0, m.start() - 30), m.start("s") + 3)
                               or _AGE_CHANGE_RANGE_LEFT.search(text[max(0, m.start("s") - 90):m.start("s")])):
        return None  # "âgées de 19 à 41 ans", "l'âge légal passe de 62 à 64 ans": ages
    if (_AGE_NOUN_LEFT if unit == "Y" else _AGE_LEFT_MONTHS).search(text, max(0, m.start("s") - 30), m.start("n1")):
        return None  # "deux hommes de 24 et 31 ans", "des jeunes de 18 à 25 ans", "des bébés de 6 à 9 mois": ages
    if unit == "Y" and _match(r"\s*d['’]\s*âge(?!\w)", text[m.end("s"):m.end("s") + 12]):
        return None  # "des vins de 10 et 20 ans d'âge": ages, like "un whisky de 12 ans d'âge"
    return Expr("list", parts=[(m.start("n1"), m.end("n1"), Expr("duration", dur_n=n1, dur_unit=unit)),
                               (m.start("num"), m.end("s"), Expr("duration", dur_n=n2, dur_unit=unit))])


# ---- sets: "chaque année", "tous les lundis", "par jour", "deux fois par semaine"
_SET_UNIT = (r"(?P<sunit>jours?|semaines?|mois|ans?|années?|annees?|heures?|minutes?|trimestres?|semestres?|matins?|soirs?|nuits?"
             r"|apr[eè]s-midis?|week-?ends?)")
_SET_HOUR = (r"(?<=(?:jours?|matins?|soirs?|nuits?|midis?|dis?|dimanches?)\s+(?:à|a|vers)\s+)"
             r"(?P<shw>[01]?\d|2[0-3])(?![\w:]|[.,]\d|\s*[^\W\d_])")
"""A bare hour after "à" in a daily or weekly set ("chaque soir à 9"): the set is the clock cue."""


@rule("set",
      rf"{L}(?P<s>(?:chaque|tou(?:te)?s\s+les)\s+(?:(?P<every>\d+|{NUMW})\s+)?(?:{_SET_UNIT}|(?P<sdemi>demi-heures?)|(?P<sseason>{SEASON})"
      rf"|{weekday()}(?:\s+{part_of_day()})?)(?!\w)(?:\s+(?:à|a|vers)\s+(?:{clock()}|{_SET_HOUR}))?"
      rf"|(?:(?P<freq>\d+|{NUMW}|une)\s+fois\s+)?par\s+(?:{_SET_UNIT})(?!\w)"
      rf"|(?P<hdet>les|le)\s+(?P<wdp>{WEEKDAY})s?(?!\w)(?:\s+{part_of_day()})?(?!\s+(?:\d|{NUMW}(?!\w)|{DIRECTION}|même|de\s+la\s+semaine))"
      rf"|(?P<adv>quotidiennement|annuellement|mensuellement|hebdomadairement)(?!\w))")
def b_set(m, text):
    s = normalize(m.group("s"))
    if s.startswith("par"):
        return None  # "par an" after an amount belongs to the quantity (guideline 2.2); "deux fois par jour" is a set
    if m.group("sdemi"):
        return Expr("set", dur_n=Decimal("0.5"), dur_unit="H")
    if m.group("sseason"):
        return Expr("set", season=lookup("season", m.group("sseason")))
    hour = _set_hour(m)
    if hour is False:
        return None
    if m.group("wd") and hour is not None:
        return Expr("set", weekday=int(lookup("weekday", m.group("wd"))), hour=hour[0], minute=hour[1])
    if m.group("wdp") or m.group("wd"):
        wtext = m.group("wdp") or m.group("wd")
        if wtext.endswith("."):
            return None
        part = lookup("part_of_day", m.group("part")) if m.group("part") else None
        if part == "DT":
            part = None
        if m.group("hdet") and normalize(m.group("hdet")) == "le" and m.group("wdp").lower().endswith("s") \
                and not m.group("wdp").lower().endswith("is"):
            pass
        return Expr("set", weekday=int(lookup("weekday", wtext)), part=part)
    if m.group("adv"):
        return Expr("set", dur_n=Decimal(1), dur_unit={"q": "D", "a": "Y", "m": "M", "h": "W"}[s[0]])
    sunit = normalize(m.group("sunit")).rstrip("s")
    unit = {"jour": "D", "semaine": "W", "moi": "M", "mois": "M", "an": "Y", "année": "Y", "annee": "Y",
            "heure": "H", "minute": "MIN", "trimestre": "Q", "semestre": "HY"}.get(sunit)
    part = {"matin": "MO", "soir": "EV", "nuit": "NI", "après-midi": "AF", "apres-midi": "AF"}.get(sunit)
    if unit is None and part is None and not sunit.startswith("week"):
        return None
    every = Decimal(1)
    if m.group("every"):
        every = _num(m.group("every")) or Decimal(1)
    freq = None
    if m.group("freq"):
        f = _num(m.group("freq")) if m.group("freq").lower() != "une" else Decimal(1)
        freq = int(f) if f is not None else None
    if s.startswith("par") and m.group("freq") is None and unit in ("H", "MIN"):
        return None
    e = Expr("set", dur_n=every, dur_unit=unit, part=part, freq=freq, weekend=sunit.startswith("week"))
    if hour is not None and (part or unit == "D" and every == 1):  # not "toutes les semaines à 9 h"
        if part in ("AF", "EV") and hour[0] < 12 or part == "NI" and 6 <= hour[0] < 12:
            hour = (hour[0] + 12, hour[1])  # "chaque soir à 9": 21:00
        e.hour, e.minute = hour
    return e


def _set_hour(m):
    """(hour, minute) of the time after a set ("chaque lundi à 15 h", "chaque nuit à 9"), None without
    one, False when it is no clock time."""
    if m.group("shw"):
        return int(m.group("shw")), 0
    if m.group("hh") or m.group("noon"):
        c = _clock(m)
        return False if c is None else (c.hour, c.minute)
    return None


# ---- "à 15 h tous les jours", "9am chaque lundi", "à 16 chaque lundi": a time before its set (one SET span)
@rule("time_then_set",
      rf"{L}(?:(?P<at>à|a|vers)\s+)?(?P<s>(?:{clock()}|(?P<bhw>[01]?\d|2[0-3])(?![\w:.,]))\s+(?:chaque|tou(?:te)?s\s+les)\s+"
      rf"(?:(?P<sunit>jours?|matins?|soirs?|nuits?|apr[eè]s-midis?)|{weekday()})(?!\w))")
def b_time_then_set(m, text):
    if m.group("bhw"):
        if not m.group("at"):
            return None  # "15 tous les jours": a count, unless "à" makes it an hour
        hour, minute = int(m.group("bhw")), 0
    else:
        c = _clock(m)
        if c is None:
            return None
        hour, minute = c.hour, c.minute
    if m.group("wd"):
        return Expr("set", weekday=int(lookup("weekday", m.group("wd"))), hour=hour, minute=minute)
    unit = normalize(m.group("sunit")).rstrip("s")
    part = {"matin": "MO", "soir": "EV", "nuit": "NI"}.get(unit, "AF" if unit.startswith("apr") else None)
    if part in ("AF", "EV") and hour < 12 or part == "NI" and 6 <= hour < 12:
        hour += 12
    return Expr("set", dur_n=Decimal(1), dur_unit="D", part=part, hour=hour, minute=minute)


# ---- "le 1er novembre de chaque année": a yearly day
@rule("yearly_day", rf"{L}(?P<s>(?:le\s+)?{day()}\s+{month()}\s+de\s+chaque\s+année)(?!\w)")
def b_yearly_day(m, text):
    d = _day_value(m.group("day"))
    if d is None:
        return None
    return Expr("set", day=d, month=int(lookup("month", m.group("month"))))


# ---- "le 16 à 18h", "le 2 vers 5h": a day of the month with a clock time
@rule("day_at_time", rf"{L}(?P<s>le\s+{day()}\s+(?:à|vers|à\s+partir\s+de|jusqu['’]à)\s+{clock()}"
                    rf"(?:\s+du\s+(?P<tpart>matin|soir(?:ée|ee)?)(?!\w)|\s+dans\s+la\s+(?P<tpart2>soirée|matinée))?)")
def b_day_at_time(m, text):
    d = _day_value(m.group("day"))
    c = _clock(m)
    if d is None or c is None or not m.group("day")[0].isdigit():
        return None
    if ((m.group("tpart") or "").lower().startswith("soir") or m.group("tpart2") == "soirée") and c.hour < 12:
        c.hour += 12
    c.day = d
    return c


# ---- "la première semaine d'octobre 2014", "le dernier week-end de septembre", "la deuxième quinzaine d'avril",
#      "le 3e jour d'octobre"
@rule("nth_of_month",
      rf"{L}(?P<s>(?:(?:la|le)\s+)?(?P<ord>{ORDINAL}|troisième|troisieme|quatrième|quatrieme|cinquième|cinquieme|\d{{1,2}}(?:e|ème|eme))\s+"
      rf"(?:(?P<ou>semaine|week-?end|quinzaine|jour)|{weekday()})(?:\s+"
      rf"(?:(?:de|du)\s+|d['’]\s*)?(?:(?P<mois>(?:le\s+|ce\s+|cette\s+)?mois(?:\s+(?:{direction()}))?)|{month()}(?:\s+{year4()})?|{year4('n')}))?(?!\w))")
def b_nth_of_month(m, text):
    o = m.group("ord").lower()
    try:
        n = int(lookup("ordinal", o))
    except KeyError:
        digits = _match(r"\d+", o)
        n = int(digits.group()) if digits else {"tr": 3, "qu": 4, "ci": 5}[o[:2]]
    if m.group("yearn"):  # "la troisième semaine de 2027": its ISO week
        if not m.group("ou") or normalize(m.group("ou")) != "semaine" or not 1 <= n <= 53:
            return None
        return Expr("date", week=n, year=int(m.group("yearn")))
    if not (m.group("mois") or m.group("month")):
        # "le troisième mardi", "1er dimanche": of the current month; not "le dernier dimanche" (the
        # previous one), "la première semaine" (of what?), "une seconde dimanche" (a second)
        if not m.group("wd") or n < 1 or n > 5 or _search(r"\bune?\s+$", text[max(0, m.start() - 4):m.start()]):
            return None
        if text[m.end("wd"):m.end("wd") + 1].lower() == "s" or _match(r"\s+(?:de|du|des|d['’])(?!\w)", text[m.end("s"):m.end("s") + 5]):
            return None  # "les deuxième et quatrième jeudis" (a set), "le premier dimanche du printemps"
        return Expr("date", nth=n, nth_unit="WD", weekday=int(lookup("weekday", m.group("wd"))), rel_unit="M", rel_n=0)
    if m.group("wd"):
        e = Expr("date", year=_year(m)[0], nth=n, nth_unit="WD", weekday=int(lookup("weekday", m.group("wd"))))
    else:
        ou = normalize(m.group("ou")).replace("-", "")
        e = Expr("date", year=_year(m)[0], nth=n, nth_unit={"semaine": "W", "weekend": "WE", "quinzaine": "FN", "jour": "D"}[ou])
    if m.group("month"):
        if normalize(m.group("month")) not in _MONTH_FULL_SET and not m.group("year") and "." not in m.group("month"):
            if normalize(m.group("month")) not in ("dec", "déc", "jan", "fev", "oct", "nov", "avr", "juil"):
                return None
        e.month = int(lookup("month", m.group("month")))
    else:
        e.rel_unit, e.rel_n = "M", _dir(m) or 0
    return e


# ---- "24 12 2014", "le 20 2 2014": day month year with spaces, only with a four-digit year
@rule("spaced_date", rf"{L}(?P<s>(?:le\s+)?(?P<dd>\d{{1,2}})\s(?P<mon>\d{{1,2}})\s(?P<year>(?:19|20)\d\d)(?![\d,.]))")
def b_spaced(m, text):
    return _numeric(int(m.group("dd")), int(m.group("mon")), int(m.group("year")), None)


# ---- "tôt le matin", "le matin tôt", "dès le matin", "(plus tard) dans l'après-midi", "la matinée du 15 février"
@rule("part_of_day_det",
      rf"{L}(?P<s>(?P<later>(?:un\s+peu\s+)?plus\s+tard\s+dans\s+)?(?:tôt\s+)?(?P<det>le|la|l['’])?\s*{part_of_day()}(?:\s+tôt)?"
      rf"(?:\s+(?:du|de)\s+(?:{day()}\s+{month()}|(?P<hol>noël|noel)(?!\w)|{weekday()}))?)")
def b_part_det(m, text):
    part = lookup("part_of_day", m.group("part"))
    if part == "DT":
        return None
    s_text = m.group("s").lower()
    left = text[max(0, m.start() - 25):m.start()]
    if m.group("hol"):
        return Expr("time", day=25, month=12, part=part)
    if m.group("wd"):
        return Expr("time", weekday=int(lookup("weekday", m.group("wd"))), part=part)
    if not m.group("det") and not m.group("month"):
        return None
    if m.group("later"):
        return Expr("time", rel_days=0, part=part, use_anchor=True)
    if m.group("month"):
        d = _day_value(m.group("day"))
        if d is None:
            return None
        return Expr("time", day=d, month=int(lookup("month", m.group("month"))), part=part)
    if "tôt" in s_text or m.start() == 0 or _search(r"(?:\bdès|plus\s+tard\s+dans|tard\s+dans|dans|durant|pendant|au\s+cours\s+de)\s*$", left, regex.IGNORECASE):
        return Expr("time", rel_days=0, part=part, use_anchor=True)
    return None


# ---- colloquial clock hours and English-order dates (issue #4: Recognizers-Text's French specs)

CLOCK_CUE = alternation("clock_cue")
"""Words after which a bare number is a clock hour (lexicon kind ``clock_cue``): "je reviendrai",
"tu rentres", "alarme", "réveil"."""
_CUE_FOLLOW = (rf"(?=\s*(?:$|[.;!?…)»](?!\d))|\s+(?:pile|demain|aujourd['’]\s*hui|ce|cet|cette|{WEEKDAY})(?!\w)"
               rf"|\s*,\s*(?:demain|aujourd['’]\s*hui|ce|cet|cette|je|j['’]|{WEEKDAY})(?!\w)|\s*,\s*$)")
"""What may follow a bare hour after a cue: the end of the clause, or a day ("je reviendrai à 7 demain");
any other word makes the number something else ("je reviendrai à 2 reprises", "je partirai à 60 ans")."""


@rule("cue_hour",
      rf"{L}(?P<cue>{CLOCK_CUE})s?(?!\w)\s+(?:(?P<prep>à|a|vers|pour|dès)\s+)?"
      rf"(?P<s>(?:(?P<pdet>l['’]\s*|le\s+)?(?P<pp>apr[eè]s[-\s]midi|soir|matin)\s+(?:(?:à|a|vers)\s+)?)?"
      rf"(?:(?P<tq>(?:(?:à|a)\s+)?peu\s+pr[eè]s|environ)\s+(?:(?:à|a|vers)\s+)?)?"
      rf"(?P<hw>(?:[01]?\d|2[0-3])(?![\d:h]|[.,]\d)|{NUMW}(?!\w))(?:\s+(?P<mw>{NUMW})(?!\w))?"
      rf"(?:\s*{_AMPM_WORD}|\s*,?\s+{_HOUR_PART}(?!\w))?(?:\s+(?P<crel>après-demain|apres-demain|demain|aujourd['’]\s*hui)(?!\w))?)"
      rf"{_CUE_FOLLOW}")
def b_cue_hour(m, text):
    """"je reviendrai à 7", "je retournerai a sept trente", "je rentre vers 19", "je reviendrai 10, ce
    soir", "je retournerai à peu près à 11", "une alarme pour huit quarante": a bare hour after a
    verb of coming or going in the first/second person singular, or after an alarm noun (lexicon
    kind ``clock_cue``), with nothing after it but the end of the clause or a day."""
    hw, mw = m.group("hw"), m.group("mw")
    if normalize(hw) in ("un", "une", "zéro", "zero") and not mw:
        return None  # "je reviendrai à une": a pronoun
    if lookup("clock_cue", m.group("cue")) == "N" and not m.group("prep"):
        return None  # "réveil sept": an alarm needs its "pour"/"à"
    cue = m.group("hp") or m.group("ampm") or m.group("pp")
    if m.group("pp") and (m.group("hp") or m.group("ampm")):
        return None  # "l'après-midi sept du matin": a contradiction
    clock = hour_with_cue(hw, mw, cue)
    if clock is None:
        return None
    e = Expr("time", hour=clock[0], minute=clock[1], use_anchor=True)
    if m.group("tq"):
        e.mod = "APPROX"
    hp = (m.group("hp") or "").lower()
    if hp.startswith("ce"):
        e.rel_days, e.use_anchor = 0, False
    if m.group("crel"):  # "je serai de retour à 8 demain"
        e.rel_days = _relday_offset(m.group("crel"))
        e.use_anchor = False
    return e


_MONTH_NAMED = rf"(?:{MONTH_FULL}|(?=[^\W\d_]+\.){alternation('month')})"
"""A month written in full or abbreviated with its dot ("Oct."): "sept 4" is seven and four."""


# ---- English order, month first: "Novembre 19 au 20", "novembre 19-20", "Oct. 2 au Octobre 22",
#      "septembre 4 à septembre 8". A lone "octobre 14" stays October 2014 ("juillet 98"); a second day of the
#      same month after "au"/"à"/"-" makes both numbers days
@rule("month_first_days",
      rf"{L}(?P<s>(?:(?P<imark>de|du|entre)\s+)?(?P<month1>{_MONTH_NAMED})(?!\w)\s*(?<=\.|\s)(?P<d1>3[01]|[12]\d|0?[1-9])(?![\d:h]|[.,/]\d)"
      rf"\s*(?P<sep>au|à|a|et|jusqu['’]\s*(?:à|a|au)|[-–])\s*(?:(?P<month2>{_MONTH_NAMED})(?!\w)\s*(?<=\.|\s))?"
      rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?!\d|[.,:/]\d|\s*(?:h|heures?|%)(?!\w))"
      rf"(?!\s*(?!(?:et|ou|pour|puis|mais|inclus|compris)(?!\w))[^\W\d_]))")
def b_month_first_days(m, text):
    mo = int(lookup("month", m.group("month1")))
    if m.group("month2") and int(lookup("month", m.group("month2"))) != mo:
        return None  # "de septembre 14 à juin 15": two-digit years as well as days
    if m.group("month1") in ("Mars", "Mai", "MARS", "MAI") and not m.group("month2"):
        return None  # "Mars 2-3": a name
    imark, sep = normalize(m.group("imark") or ""), normalize(m.group("sep"))
    if (sep == "et") != (imark == "entre"):
        return None  # "novembre 19 et 20" is a list; "entre ... et"
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if d1 >= d2:
        return None
    if _number_before(text, m.start("s")) or _search(r"(?<!\w)en\s+$", text[max(0, m.start("s") - 4):m.start("s")]):
        return None  # "en novembre 19-20": the season 2019-2020 as well
    first = m.start("s") if imark in ("de", "du") or sep == "et" else m.start("month1")
    return Expr("interval", parts=[(first, m.end("d1"), Expr("date", day=d1, month=mo)),
                                   (m.start("month2") if m.group("month2") else m.start("d2"), m.end("s"),
                                    Expr("date", day=d2, month=mo))])


# ---- English order with a clock time: "Octobre 14 8:00am", "octobre 14, 8 h 30": the time makes the number a day
@rule("month_first_day_time",
      rf"{L}(?P<s>(?P<month1>{_MONTH_NAMED})(?!\w)\s*(?<=\.|\s)(?P<d1>3[01]|[12]\d|0?[1-9])(?!\d|[.,:/]\d)\s*,?\s+(?:à\s+)?{clock()})")
def b_month_first_day_time(m, text):
    if m.group("noon") or m.group("hq"):
        return None  # "octobre 14 midi": too loose
    if not (m.group("mm") or m.group("ampm")):
        return None  # "octobre 14 3 h": only "8:00", "8 h 30", "8am"
    e = _clock(m)
    if e is None:
        return None
    if _number_before(text, m.start("s")):
        return None
    e.day, e.month = int(m.group("d1")), int(lookup("month", m.group("month1")))
    return e


# ---- "disponible pour 15h le dimanche", "rendez-vous pour 15 h": after "pour" a glued hour is a clock time
#      when a day follows or when it closes an appointment ("je partirai pour 3h" stays a duration)
_DAY_WORD = (rf"(?:(?:le|ce)\s+)?{WEEKDAY}s?(?!\w)|demain|après-demain|apres-demain|aujourd['’]\s*hui|ce\s+(?:soir|matin)"
             rf"|cet\s+apr[eè]s-midi|le\s+(?:3[01]|[12]\d|0?[1-9]|1er)(?!\d)")


@rule("clock_for",
      rf"{L}(?P<appt>(?:rendez-vous|rdv|prévue?s?|prevue?s?|fixée?s?|fixee?s?|programmée?s?|programmee?s?|convoquée?s?"
      rf"|convoquee?s?|attendue?s?|disponibles?|libres?)\s+)?pour\s+(?P<s>{clock()}"
      rf"(?:\s+(?P<crel>après-demain|apres-demain|demain|aujourd['’]\s*hui)(?!\w)|\s+(?:le\s+)?(?-i:(?=[a-z])){weekday('c')}(?!\s+(?:\d|{DIRECTION}|d['’]après|matin|soir|midi|après-midi|apres-midi)(?!\w))|(?=\s*,?\s+(?:{_DAY_WORD}))(?P<dayw>))?)")
def b_clock_for(m, text):
    if not (m.group("appt") or m.group("dayw") is not None or m.group("crel")):
        return None
    if m.group("noon") or not m.group("hh") or m.group("mm") or m.group("hq") or m.group("ampm"):
        return None  # only the glued "15h", "15 h" that the duration rule would read as a length
    if not _match(r"\d{1,2}\s*[hH](?!\w)", text[m.start("s"):m.end("s")]):
        return None  # "pour 15 heures" stays ambiguous
    e = _clock(m)
    if e is None or e.hour == 24:
        return None
    if m.group("wdc"):
        if text[m.end("wdc"):m.end("wdc") + 1].lower() == "s":
            return None  # "pour 15 h les dimanches"
        e.weekday = int(lookup("weekday", m.group("wdc")))
    elif m.group("crel"):
        e.rel_days = _relday_offset(m.group("crel"))
    else:
        e.use_anchor = True
    return e


# ---- a part of the day standing alone as the whole text ("Après-midi", "apres midi"): like a month alone
@rule("part_of_day_alone", rf"{L}(?P<s>{part_of_day()})")
def b_part_of_day_alone(m, text):
    if text[:m.start("s")].strip() or text[m.end("s"):].strip(" \t\n.!?:;,"):
        return None
    part = lookup("part_of_day", m.group("part"))
    if part == "DT":
        return None
    return Expr("time", rel_days=0, part=part, use_anchor=True)


_SHORT_DATE_LEFT = regex.compile(
    rf"(?:(?:{CLOCK_CUE})s?|\b(?:depuis|avant|après|apres|dès|des|jusqu['’]\s*au|au|du|pour|d['’]ici|vers|{WEEKDAY}))\s+$",
    regex.IGNORECASE)
"""What must come before a "22/4" without "le": a verb of coming or going, a weekday or a preposition of
time ("je reviendrai 22/4", "jusqu'au 22/4", "mardi 22/4"): "ouvert 24/7", "il a eu 15/8" are no dates."""


# ---- "22/4", "15/8": a day and a one-digit month without "le"; the day is 13..31, so the pair is no
#      fraction ("1/4", "3/5") and no rating ("17/20": month > 12)
@rule("day_slash_month_short",
      rf"{L}(?P<s>(?P<dd>1[3-9]|2\d|3[01])/(?P<mon>[1-9])(?![\d/]|[.,]\d|\s*%)(?!\s*(?!{_DNUM_FOLLOW}(?!\w))[^\W\d_]))")
def b_day_slash_month_short(m, text):
    if not _SHORT_DATE_LEFT.search(text[max(0, m.start("s") - 40):m.start("s")]):
        return None
    if _number_before(text, m.start("s")) or _search(r"(?:n°|no|numéro|ligne|article|art\.|score|note|notée?|obtenu)(?:\s+(?:de|d['’]))?\s*$",
                                                     text[max(0, m.start("s") - 16):m.start("s")], regex.IGNORECASE):
        return None
    return _numeric(int(m.group("dd")), int(m.group("mon")), None, None)


# ---- numeric day intervals: "du 13/04 au 15/04", "du 28/12/2020 au 3/01/2021", "entre le 2/3 et le 5/3"
_NUM_DAY = r"(?P<d{n}>3[01]|[12]\d|0?[1-9])/(?P<m{n}>1[0-2]|0?[1-9])(?:/(?P<y{n}>(?:19|20)\d\d|\d\d))?"
_NUM_FIRST_DAY = r"(?P<d1>3[01]|[12]\d|0?[1-9])(?:/(?P<m1>1[0-2]|0?[1-9])(?:/(?P<y1>(?:19|20)\d\d|\d\d))?)?"


@rule("numeric_day_interval",
      rf"{L}(?P<s>(?P<imark>du|entre\s+le)\s+(?:{weekday('1')}\s+)?{_NUM_FIRST_DAY}\s+(?P<sep>au|et\s+le)\s+"
      rf"(?:{weekday('2')}\s+)?{_NUM_DAY.format(n=2)})(?![\d/]|[.,]\d)")
def b_numeric_day_interval(m, text):
    """"du 13/04 au 15/04", "du 13 au 15/04", "du mardi 13/04 au jeudi 15/04": one interval; the
    weekdays are inside the span but not used (like "du lundi 3 au jeudi 6 mai": one wrong weekday
    must not move one end of the interval to another year)."""
    if (m.group("imark").lower() == "du") != (m.group("sep").lower() == "au"):
        return None  # "du ... et le", "entre le ... au"
    if not m.group("m1") and int(m.group("d1")) >= int(m.group("d2")):
        return None  # "du 28 au 3/01": no month for the first day
    d1, d2, m2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2"))
    m1 = int(m.group("m1")) if m.group("m1") else m2
    y1, yy1 = _split_year(m.group("y1"))
    y2, yy2 = _split_year(m.group("y2"))
    # a first day without a year takes the last one's (the year before across the new year:
    # "du 28/12 au 3/01/2021"), as in "du 28 décembre au 3 janvier" (sikyx.dates.find_dates)
    e1 = _numeric(d1, m1, y1, yy1)
    e2 = _numeric(d2, m2, y2, yy2)
    if e1 is None or e2 is None:
        return None
    first_end = m.end("y1") if m.group("y1") else m.end("m1") if m.group("m1") else m.end("d1")
    return Expr("interval", parts=[(m.start("wd1") if m.group("wd1") else m.start("d1"), first_end, e1),
                                   (m.start("wd2") if m.group("wd2") else m.start("d2"), m.end("s"), e2)])


# ---- "le 15, 20h", "le 3, 18 h 30": a day of the month and its clock time joined by a comma (telegraphic)
@rule("day_comma_time",
      rf"{L}(?P<s>le\s+(?P<dd>3[01]|[12]\d|0?[1-9]|1er)(?!\d)\s*,\s*(?=\d{{1,2}}\s*(?:h|H|:\d)){clock()})(?![\d,.]\d|\s*(?:[-–/]|à|a|et)\s*\d)")
def b_day_comma_time(m, text):
    if m.group("ampm") or m.group("hq"):
        return None
    c = _clock(m)
    if c is None or c.hour == 24:
        return None
    c.day = 1 if m.group("dd").lower() == "1er" else int(m.group("dd"))
    return c


# ---- the speaker's "when" right after a verb of being away, leaving or coming back, with nothing after
#      it: "je serai dehors Septembre", "je serai dans Mai", "je partirai été", "je reviens 9-18-15"
#      (Recognizers-Text's conversational French). Without the verb a capitalised "Mai", "Mars" or a
#      bare "été" is a name, the planet or the participle; after it, it can only say when.
CLOCK_CUE_VERBS = [f for f, v in LEXICON["clock_cue"].items() if v == "V"]
"""The verbs of lexicon kind ``clock_cue`` (not the alarm nouns)."""
PERIOD_CUE = alternation("period_cue", forms=CLOCK_CUE_VERBS)
"""First/second-person verbs after which a bare month, season or numeric date says when (lexicon kinds
``period_cue`` and the verbs of ``clock_cue``)."""
_CLAUSE_END = r"(?=\s*(?:$|[.;!?…)»,](?!\s*\d)))"
"""Nothing after the expression but the end of the clause ("je serai dehors septembre."): any other
word makes it part of something else ("je serai mai 68 à la main")."""
_NOT_BARE_MONTH = {"sept", "mar"}
"""Month abbreviations that are other words when bare: "sept" (seven), "mar" (mardi)."""


@rule("cue_period",
      rf"{L}(?P<cue>{PERIOD_CUE})(?!\w)\s+(?:(?:dans|en|pour)\s+)?(?P<s>{month()}|(?P<season>{SEASON})(?!\w)){_CLAUSE_END}")
def b_cue_period(m, text):
    """"je serai Janvier", "je serai dehors Septembre", "je serai dans déc", "je partirai été": a bare
    month (any case, full or abbreviated) or season after a verb of :data:`PERIOD_CUE`."""
    if not m.group("s").islower() and _match(r"\s*,", text[m.end("s"):m.end("s") + 4]):
        return None  # "je serai Mars, le dieu de la guerre": a role
    if m.group("season"):
        return Expr("date", season=lookup("season", m.group("season")))
    if normalize(m.group("month")) in _NOT_BARE_MONTH:
        return None
    return Expr("date", month=int(lookup("month", m.group("month"))))


_MEET_VERB = r"[^\W\d_]{2,}(?:ons[-\s]nous|ez[-\s]vous)"
"""A reflexive imperative of the first or second person plural: "retrouvons-nous", "voyez-vous" (a
meeting being set, like the verbs of :data:`PERIOD_CUE`)."""


@rule("cue_part_of_day",
      rf"{L}(?P<cue>{PERIOD_CUE}|{_MEET_VERB})(?!\w)\s+(?P<s>(?:l['’]\s*|le\s+|la\s+){part_of_day()}){_CLAUSE_END}")
def b_cue_part_of_day(m, text):
    """"retrouvons-nous l'après-midi", "je reviendrai le matin", "je serai là le soir": a part of the day
    with its article right after a verb of :data:`PERIOD_CUE` or a reflexive imperative ("retrouvons-nous"),
    closing the clause: the part of the day spoken of (without the verb, "l'après-midi" may be generic)."""
    part = lookup("part_of_day", m.group("part"))
    if part in ("DT", "MI"):
        return None
    return Expr("time", rel_days=0, part=part, use_anchor=True)


@rule("cue_numeric_date",
      rf"{L}(?P<cue>{PERIOD_CUE})(?!\w)\s+(?:(?P<cprep>sur|le|pour)\s+)?"
      rf"(?P<s>(?P<n1>\d{{1,2}})(?P<sep>[/.-])(?P<n2>\d{{1,2}})(?:(?P=sep)(?P<y>\d\d(?:\d\d)?))?)(?![\d/.-]|[.,]\d){_CLAUSE_END}")
def b_cue_numeric_date(m, text):
    """"je reviendrai 3-7-27" (3 July 2027), "je reviens 9-18-15" (18 September 2015), "je reviens sur
    4/22": a numeric date after a verb of :data:`PERIOD_CUE`, day first as French writes it; month
    first only when day first is impossible (a second number 13..31), flagged ``month_first``. Without
    a year, "8.30" is a clock time unless "sur" or "le" says it is a day ("je reviens sur 4.22", "je
    reviens le 12.05"), and "7-8" hours or a score: a dash makes a date only month first."""
    n1, n2 = int(m.group("n1")), int(m.group("n2"))
    y = m.group("y")
    sep = m.group("sep")
    if not y and sep == "." and normalize(m.group("cprep") or "") not in ("sur", "le"):
        return None  # "je pars 8.30", "je reviens pour 8.30": a clock time
    year, yy = _split_year(y)
    if not y and sep == "-" and n2 <= 12:
        return None  # "je passerai 7-8" (hours), "je reviens 4-4" (a score): only an impossible day-month is a date
    e = _numeric(n1, n2, year, yy)
    if e is None and 1 <= n1 <= 12 and 13 <= n2 <= 31:
        e = _numeric(n2, n1, year, yy)
        if e is not None:
            e.flags = ("month_first",)
    return e


# ---- "je serai là de 14 à 16", "je reviendrai 16 jusqu'à 17": two bare hours after a verb of coming or
#      going (lexicon kind ``clock_cue``), with nothing after them but the end of the clause or a day
@rule("cue_hour_range",
      rf"{L}(?P<cue>{alternation(forms=CLOCK_CUE_VERBS)})s?(?!\w)\s+(?P<s>(?:(?P<imark>de|entre)\s+)?(?P<h1>[01]?\d|2[0-3])(?![\d:h]|[.,]\d)\s*"
      rf"(?P<sep>jusqu['’]\s*(?:à|a)|à|a|et|[-–])\s*(?P<h2>[01]?\d|2[0-3])(?![\d:h]|[.,]\d)){_CUE_FOLLOW}")
def b_cue_hour_range(m, text):
    """An interval of clock hours after a verb of :data:`CLOCK_CUE_VERBS` ("réveil 7-8" is no stay):
    "de 14 à 16", "entre 14 et 16", "16 jusqu'à 17" (the first hour before the second; "entre" goes
    with "et" only)."""
    imark, sep = normalize(m.group("imark") or ""), normalize(m.group("sep"))
    if (imark == "entre") != (sep == "et"):
        return None  # "entre 14 et 16", "de 14 à 16"; "14 et 16" is a list
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if h1 >= h2:
        return None
    first = m.start("s") if imark else m.start("h1")
    return Expr("interval", parts=[(first, m.end("h1"), Expr("time", hour=h1, minute=0, use_anchor=True)),
                                   (m.start("h2"), m.end("h2"), Expr("time", hour=h2, minute=0, use_anchor=True))])


# ---- "la veille du 14 juillet", "le lendemain du 13 février 2020": a day before or after a date said with it
_REL_OF_DATE = {"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}


@rule("relday_of_date",
      rf"{L}(?P<s>(?:la\s+|l['’]|le\s+)?(?P<rdw>veille|avant-veille|lendemain|surlendemain)\s+"
      rf"(?:du\s+(?:{weekday()}\s+)?{day()}\s+{month()}(?:\s+{year4()})?"
      rf"|(?:de\s+(?:la\s+|l['’]\s*)?|du\s+)(?P<hol>{_HOLIDAY_NAMES})(?:\s+{year4('h')})?))(?![\w-])")
def b_relday_of_date(m, text):
    """"la veille du 14 juillet" (13 July), "(au) lendemain du 13 novembre 2015", "la veille du vendredi
    14 juillet 2023", "la veille de Noël", "le lendemain de la Pentecôte", "la veille du Nouvel An": the
    day shifted from the date said after it, not from the date mentioned before (``Expr.shift_days``);
    "au" stays outside the span (guideline 2.1)."""
    shift = _REL_OF_DATE[normalize(m.group("rdw"))]
    hol = m.group("hol")
    if hol:  # "le lendemain de la Pentecôte"; not "le lendemain de l'ascension du Mont-Blanc"
        return _holiday_expr(text, hol, m.end("hol"), int(m.group("yearh")) if m.group("yearh") else None, shift)
    d = _day_value(m.group("day"))
    if d is None:
        return None
    y, _ = _year(m)
    e = Expr("date", day=d, month=int(lookup("month", m.group("month"))), year=y, shift_days=shift)
    if m.group("wd"):
        e.weekday = int(lookup("weekday", m.group("wd")))
    return e


# ---- "entre midi et deux": the lunch break, noon to two o'clock (a fixed phrase: "deux" alone is an hour)
_TWO_MINUTES = {"trente": 30, "et demie": 30, "et demi": 30, "et quart": 15, "quinze": 15, "quarante-cinq": 45}


@rule("noon_to_two", rf"{L}(?P<s>entre\s+(?P<noon>midi)\s+et\s+(?P<two>deux|2)"
                     r"(?:\s*(?:h|heures)(?:\s+(?P<twomin>trente|et\s+demie?|et\s+quart|quinze|quarante-cinq))?)?)(?![\w:])"
                     r"(?!\s+(?:cents?|mille|millions?|milliards?|[^\W\d_]+s|et\s+(?:demie?|quart)|trente|quarante|quinze|vingt|dix|cinq|\d)(?!\w))")
def b_noon_to_two(m, text):
    """"entre midi et deux" = 12:00–14:00 (like "de 12 h à 14 h"); "entre midi et deux heures trente" to 14:30."""
    minute = _TWO_MINUTES[normalize(m.group("twomin"))] if m.group("twomin") else 0
    return Expr("interval", parts=[(m.start("s"), m.end("noon"), Expr("time", hour=12, minute=0, use_anchor=True)),
                                   (m.start("two"), m.end("s"), Expr("time", hour=14, minute=minute, use_anchor=True))])
