"""The scan: find rule triggers in one pass, try each rule just before its triggers, keep the
accepted matches. Linear in the text length (each rule is tried at most once per word start)."""

from __future__ import annotations

import regex

from .expr import Expr
from .grammar import RULES
from .lexicon import LEXICON, trie_pattern
from .pieces import MONTH_FULL_FORMS, UNIT_ABBR, UNIT_WORDS, _sub

__all__ = ["TRIGGERS", "SCANNER", "candidates", "parse_at"]


# --------------------------------------------------------------------------- triggers
# Every rule contains a selective "trigger" (a month, a weekday, a clock time, a unit word...); the
# scanner finds triggers with one fast search per trigger kind, then tries the rule only at the few
# word starts just before each trigger (``back`` words at most). This keeps the scan linear and
# fast: text without triggers ("de de de ...", "1 2 1 2 ...") is skipped by the C regex engine.
_UNIT_NOUN_FORMS = ["semaine", "semaines", "mois", "an", "ans", "année", "années", "annee", "annees", "trimestre",
                    "trimestres", "semestre", "semestres", "week-end", "weekend", "week-ends", "décennie",
                    "décennies", "siècle", "siècles", "jour", "jours"]
_UNIT_WORD_FORMS = [f for f in LEXICON["unit"] if len(f) > 3 or f in ("an", "ans", "mois", "jour")]
_ALL = {k: list(LEXICON[k]) for k in LEXICON}
WORD_TRIGGERS: dict[str, list[str]] = {
    "day_interval": _ALL["month"],
    "month_interval": MONTH_FULL_FORMS,
    "night_of": ["nuit"],
    "day_month": _ALL["month"],
    "weekday": _ALL["weekday"],
    "relative_day": _ALL["relative_day"],
    "part_of_day": _ALL["part_of_day"],
    "relative_unit": _UNIT_NOUN_FORMS,
    "month": _ALL["month"],
    "season": _ALL["season"],
    "quarter": ["trimestre", "semestre"],
    "century": ["siècle"],
    "decade": ["années", "décennie"],
    "present": _ALL["present"],
    "holiday": ["noël", "noel", "toussaint", "saint-sylvestre", "an", "morts"],
    "time": ["midi", "minuit"],
    "time_interval": ["midi", "minuit"] + _ALL["weekday"],
    "word_time": ["heure", "heures"],
    "duration": _UNIT_WORD_FORMS + ["quinquennat", "septennat", "mandat", "min", "mn", "toute", "tout"],
    "period_mod": ["matinée", "matin", "après-midi", "apres-midi", "journée", "soirée", "soir", "nuit", "semaine",
                   "mois", "année", "an"],
    "bare_day_interval": ["du", "entre"],
    "hour_part": ["quart", "quarts", "demie", "matin", "soir", "matinée", "soirée", "soiree", "matinee", "nuit",
                  "après-midi", "apres-midi", "midi"],
    "weekday_time_interval": _ALL["weekday"],
    "vague_anchored": ["jours", "semaines", "mois", "années", "annees", "ans", "décennies", "siècles", "heures", "minutes"],
    "weekday_time": _ALL["weekday"],
    "set": ["chaque", "tous", "toutes", "par", "quotidiennement", "annuellement", "mensuellement", "hebdomadairement"]
    + _ALL["weekday"],
    "duration_range": _UNIT_WORD_FORMS,
    "nth_of_month": ["semaine", "week-end", "weekend", "quinzaine", "jour"] + _ALL["weekday"],
    "part_of_day_det": _ALL["part_of_day"],
}
"""Rule name -> the words that trigger it (a rule is only tried near one of its trigger words)."""
DIGIT_TRIGGERS: dict[str, str] = {
    "year_interval": r"\d{4}",
    "time_interval": r"\d{1,2}\s*(?:h|heures?|:\d|[ap]\.?\s?m\b)",
    "iso_date": r"\d{4}-\d",
    "numeric_date": r"(?:\d{1,2}|1er)[/.-]\d",
    "day_slash_month": r"\d{1,2}/\d",
    "year": r"\d{4}",
    "short_year": r"(?<=\b(?:en|dès|depuis)\s+)\d\d(?!\d)",
    "time": r"\d{1,2}\s*(?:h|heures?|:\d|[ap]\.?\s?m\b)",
    "duration": rf"\d+(?:[.,]\d+)?(?:\s*{UNIT_ABBR}(?!\w)|-?(?:ans?|jours?|mois|semaines?|min)\b)",
    "spaced_date": r"\d{1,2}\s\d{1,2}\s(?:19|20)\d\d",
    "numeric_month": r"(?:19|20)\d\d\s*[/-]\s*\d|\d{1,2}\s*[/-]\s*(?:19|20)\d\d",
    "day_at_time": r"\d{1,2}\s+(?:à|vers|à\s+partir\s+de|jusqu['’]à)\s+(?:\d|midi|minuit)",
}
"""Rule name -> pattern that must match at a digit run for the rule to be tried there."""
BACK: dict[str, int] = {
    "day_interval": 10, "month_interval": 1, "year_interval": 1, "time_interval": 2, "night_of": 2,
    "day_month": 5, "iso_date": 0, "numeric_date": 1, "day_slash_month": 1, "weekday": 2,
    "relative_day": 0, "part_of_day": 2, "relative_unit": 2, "month": 6, "season": 4, "quarter": 2,
    "century": 5, "decade": 1, "year": 5, "short_year": 0, "present": 0, "holiday": 4, "time": 1,
    "word_time": 3, "duration": 7, "set": 2, "period_mod": 5, "day_at_time": 1, "nth_of_month": 3, "spaced_date": 1,
    "part_of_day_det": 6, "weekday_time_interval": 1, "vague_anchored": 2, "weekday_time": 1, "hour_part": 5, "bare_day_interval": 0, "duration_range": 5, "numeric_month": 0,
}
"""Rule name -> how many words before its trigger the rule may start."""
TRIGGERS = {name: (WORD_TRIGGERS.get(name), DIGIT_TRIGGERS.get(name), BACK[name]) for name in BACK}

FLAGS = regex.IGNORECASE | regex.VERSION0
_COMPILED = {r.name: (r, regex.compile(r.pattern, FLAGS)) for r in RULES}
_PRIORITY = {r.name: i for i, r in enumerate(RULES)}


def _key(form: str) -> str:
    return _sub(r"[\s'’-]+", "", form.lower())


_WORD_RULES: dict[str, list[str]] = {}
for _name, _words in WORD_TRIGGERS.items():
    for _w in _words:
        _WORD_RULES.setdefault(_key(_w), []).append(_name)
for _k in _WORD_RULES:
    _WORD_RULES[_k].sort(key=lambda n: _PRIORITY[n])
for _name, _words in WORD_TRIGGERS.items():  # exact lower-case forms too: the common fast path
    for _w in _words:
        _WORD_RULES.setdefault(_w.lower(), _WORD_RULES[_key(_w)])
_all_words = sorted({w for ws in WORD_TRIGGERS.values() for w in ws})
# a digit is a trigger only if some digit rule may start there (a cheap look-ahead, no look-behind)
_DIGIT_ANY = (r"(?=\d{4}|\d{1,2}\s*[/-]\s*\d{4}|\d{1,2}(?::\d\d)*\s*[ap]\.?\s?m\b|\d+(?:[.,]\d+)?-?(?:ans?|jours?|mois|semaines?|min)\b|\d{1,2}(?:er)?[/.:-]\d|\d+(?:[.,]\d+)?\s*(?:h|heures?|min|mn|sec|s|\"|')(?![^\W\d_])"
              r"|\d{1,2}\s+(?:à|vers|jusqu)|\d{1,2}\s\d{1,2}\s(?:19|20)\d\d|\d\d(?!\d)\s*(?:[,;.)(]|$))")
SCANNER = regex.compile(rf"\b(?:(?P<w>{trie_pattern(_all_words)})s?(?!\w)|(?<![:\d])(?P<d>{_DIGIT_ANY}\d))", FLAGS)
"""One pass over the text finds every trigger word and every digit run."""
_DIGIT_RX = [(name, regex.compile(p, FLAGS)) for name, p in DIGIT_TRIGGERS.items()]

_WORD_START = regex.compile(r"(?<![\w'’-])[\w]", regex.VERSION0)


def _starts_before(text: str, t: int, back: int, floor: int) -> list[int]:
    """Word starts among the ``back`` words before position ``t`` (not below ``floor``), then ``t``."""
    if back == 0 or t <= floor:
        return [t] if t >= floor else []
    lo = max(floor, t - 12 * back - 8)
    starts = [m.start() for m in _WORD_START.finditer(text, lo, t)]
    return starts[-back:] + [t]


def candidates(text: str) -> list[tuple[int, int, int, int, Expr]]:
    """Every accepted rule match: (match start, match end, span start, span end, Expr), sorted by
    start, longest first.

    For each trigger occurrence and each rule it triggers, the earliest word start (within the
    rule's look-back) whose match reaches past the trigger and whose builder accepts it.
    """
    found = []
    tried: dict[str, int] = {}  # a start already tried for a rule is never retried: linear time
    for t in SCANNER.finditer(text):
        ts = t.start()
        w = t.group("w")
        if w is not None:
            names = _WORD_RULES.get(w.lower()) or _WORD_RULES.get(_key(w)) or _WORD_RULES.get(_key(w)[:-1], ())
        else:
            if ts and text[ts - 1].isdigit():
                continue
            names = [name for name, rx in _DIGIT_RX if rx.match(text, ts)]
        for name in names:
            r, rx = _COMPILED[name]
            for cs in _starts_before(text, ts, BACK[name], tried.get(name, -1) + 1):
                tried[name] = cs
                m = rx.match(text, cs)
                if m is None or m.end() <= ts:
                    continue
                e = r.build(m, text)
                if e is None:
                    continue
                found.append((m.start(), m.end(), m.start("s"), m.end("s"), _PRIORITY[name], e))
                break
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[4]))
    return [(a, b, c, d, e) for a, b, c, d, _, e in found]


def parse_at(text: str, pos: int) -> tuple[int, int, Expr] | None:
    """Try every rule at ``pos``; return the longest accepted (span start, span end, Expr) or None."""
    best: tuple[int, int, Expr] | None = None
    best_len = -1
    for r, rx in _COMPILED.values():
        m = rx.match(text, pos)
        if m is None or m.end() - pos <= best_len:
            continue
        e = r.build(m, text)
        if e is None:
            continue
        best, best_len = (m.start("s"), m.end("s"), e), m.end() - pos
    return best
