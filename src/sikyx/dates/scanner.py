"""The scan: find rule triggers in one pass, try each rule just before its triggers, keep the
accepted matches. Linear in the text length (each rule is tried at most once per word start, and
matched within :data:`_MAX_MATCH` characters).

Cheap filters keep the full grammar away from text that cannot hold a date: one ``re`` pass finds
the triggers (:func:`_triggers`: on the lower-cased text, case-sensitive, each trigger found with the
non-word character before it, so that the C engine skips the letters of words; texts with the few
characters whose case folding differs from ``str.lower()`` use :data:`SCANNER` itself); frequent words that are rarely
dates are vetoed by their context (:data:`_GUARDS`: "a été", "du côté"); a start whose first word,
or first two words, cannot begin a rule is skipped without running it (:func:`_may_begin`, a cached
partial match);
the digit triggers are tested in one regex (:data:`_DIGIT_ALL`); the word starts before a trigger
are read lazily, up to it; a match that cannot win (a longer one, or the same span from a
higher-priority rule, already starts there) is not built.

A rule declares its triggers in
``WORD_TRIGGERS`` / ``DIGIT_TRIGGERS`` and its look-back in ``BACK`` below; a rule with no trigger
declared is tried at every word start (:func:`_undeclared`)."""

from __future__ import annotations

import re
from itertools import compress

import regex

from .expr import Expr
from .grammar import CLOCK_CUE_VERBS, PERIOD_CUE, RULES
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
    "night_of_days": ["nuit"],
    "easter_weekend": ["week-end", "weekend"],
    "first_of_year": ["premiers", "premières", "premieres"],
    "weekday_at_time": _ALL["weekday"],
    "day_month": _ALL["month"],
    "weekday": _ALL["weekday"],
    "relative_day": _ALL["relative_day"],
    "part_of_day": _ALL["part_of_day"],
    "relative_unit": _UNIT_NOUN_FORMS,
    "month": _ALL["month"],
    "season": _ALL["season"],
    "quarter": ["trimestre", "semestre", "quart"],
    "century": ["siècle"],
    "decade": ["années", "décennie"],
    "present": _ALL["present"] + ["jour", "moment"],
    "part_at_hour": _ALL["part_of_day"],
    "yearly_day": _ALL["month"],
    "holiday": ["noël", "noel", "toussaint", "saint-sylvestre", "an", "morts", "pâques", "paques", "ascension",
                "pentecôte", "pentecote", "gras", "cendres", "saint", "rameaux", "épiphanie", "epiphanie",
                "saint-valentin", "valentin", "travail", "assomption", "musique", "réveillon", "reveillon"],
    "time": ["midi", "minuit"],
    "time_interval": ["midi", "minuit"] + _ALL["weekday"],
    "word_time": ["heure", "heures"],
    "duration": _UNIT_WORD_FORMS + ["quinquennat", "septennat", "mandat", "min", "mn", "toute", "tout"],
    "period_mod": ["matinée", "matin", "après-midi", "apres-midi", "journée", "soirée", "soir", "nuit", "semaine",
                   "mois", "année", "an", "matinee", "soiree", "journee", "annee", "midi", "jour"],
    "bare_day_interval": ["du", "entre"],
    "hour_part": ["quart", "quarts", "demie", "matin", "soir", "matinée", "soirée", "soiree", "matinee", "nuit",
                  "après-midi", "apres-midi", "midi", "am", "pm", "p"],
    "weekday_time_interval": _ALL["weekday"],
    "time_then_set": ["chaque", "tous", "toutes"],
    "days_of_rel_month": ["mois"],
    "month_day_joined": _ALL["month"],
    "lone_day": ["pour"],
    "weekday_interval": _ALL["weekday"],
    "relday_interval": ["demain", "lendemain", "après-demain", "apres-demain", "aujourd'hui"],
    "hour_range_part": ["matin", "soir", "matinée", "soirée", "soiree", "matinee", "nuit", "après-midi", "apres-midi",
                        "midi", "am", "pm", "p"],
    "vague_anchored": ["jours", "semaines", "mois", "années", "annees", "ans", "décennies", "siècles", "heures", "minutes"],
    "weekday_time": _ALL["weekday"],
    "set": ["chaque", "tous", "toutes", "fois", "quotidiennement", "annuellement", "mensuellement", "hebdomadairement"]
    + _ALL["weekday"],
    "duration_range": _UNIT_WORD_FORMS,
    "nth_of_month": ["semaine", "week-end", "weekend", "quinzaine", "jour"] + _ALL["weekday"],
    "part_of_day_det": _ALL["part_of_day"],
    "cue_hour": _ALL["clock_cue"],
    "month_first_days": _ALL["month"],
    "month_first_day_time": _ALL["month"],
    "part_of_day_alone": _ALL["part_of_day"],
    "cue_period": _ALL["month"] + _ALL["season"],
    "cue_hour_range": CLOCK_CUE_VERBS,
    "noon_to_two": ["midi"],
    "week_of_day": ["semaine"],
    "cue_part_of_day": _ALL["part_of_day"],
    "meal_time": ["déjeuner", "dejeuner", "dîner", "diner", "pause"],
    "relday_of_date": ["veille", "la veille", "avant-veille", "lendemain", "le lendemain", "surlendemain"],
}
"""Rule name -> the words that trigger it (a rule is only tried near one of its trigger words)."""
DIGIT_TRIGGERS: dict[str, str] = {
    "year_interval": r"\d{4}",
    "time_interval": r"\d{1,2}\s*(?:h|heures?|:\d|[ap]\.?\s?m\b)",
    "iso_date": r"\d{4}(?:-|\.\d{1,2}\.)\d",
    "chrono": r"\d{1,3}\s*(?:h\s*[0-5]\d\s*(?:min|mn|['’])|(?:min|mn|['’])\s*\d|(?:s|sec|\")\s*\d\d)",
    "numeric_date": r"(?:\d{1,2}|1er)[/.-]\d",
    "day_slash_month": r"\d{1,2}/\d",
    "year": r"\d{4}",
    "short_year": r"(?<=\b(?:en|dès|depuis)\s+)\d\d(?!\d)",
    "time": r"\d{1,2}\s*(?:h|heures?|:\d|[ap]\.?\s?m\b)|\d{3,4}\s*[ap]\.?\s?m\b",
    "duration": rf"\d+(?:[.,]\d+)?(?:\s*{UNIT_ABBR}(?!\w)|-?(?:ans?|jours?|mois|semaines?|min)\b)",
    "spaced_date": r"\d{1,2}\s\d{1,2}\s(?:19|20)\d\d",
    "numeric_month": r"(?:19|20)\d\d\s*[/-]\s*\d|\d{1,2}\s*[/-]\s*(?:19|20)\d\d",
    "day_at_time": r"\d{1,2}\s+(?:à|vers|à\s+partir\s+de|jusqu['’]à)\s+(?:\d|midi|minuit)",
    "hour_range_part": r"\d{1,2}\s*[ap]\.?\s?m\b",
    "day_slash_month_short": r"(?:1[3-9]|2\d|3[01])/[1-9]",
    "day_comma_time": r"\d{1,2}\s*(?:h|H|:\d)",
    "clock_for": r"\d{1,2}\s*[hH](?!\w)",
    "numeric_day_interval": r"\d{1,2}/\d{1,2}",
    "cue_numeric_date": r"\d{1,2}[/.-]\d",
    "bound_day": r"(?<=\b(?:du|au|le)\s)(?:1er|\d{1,2})(?![\d\w])",
}
"""Rule name -> pattern that must match at a digit run for the rule to be tried there."""
BACK: dict[str, int] = {
    "day_interval": 10, "night_of_days": 2, "easter_weekend": 2, "first_of_year": 2, "weekday_at_time": 1, "chrono": 0, "month_interval": 1, "year_interval": 1, "time_interval": 2, "night_of": 2,
    "day_month": 5, "iso_date": 0, "lone_day": 0, "weekday_interval": 6, "numeric_date": 3, "day_slash_month": 3, "weekday": 3,
    "relative_day": 0, "part_of_day": 2, "relative_unit": 2, "month": 6, "season": 4, "quarter": 2,
    "century": 5, "decade": 1, "year": 5, "short_year": 0, "present": 1, "part_at_hour": 2, "yearly_day": 5, "holiday": 4, "time": 3,
    "word_time": 3, "duration": 9, "set": 2, "period_mod": 5, "day_at_time": 1, "nth_of_month": 3, "spaced_date": 1,
    "part_of_day_det": 6, "weekday_time_interval": 1, "vague_anchored": 2, "weekday_time": 1, "hour_part": 5, "hour_range_part": 9, "time_then_set": 6, "days_of_rel_month": 9, "month_day_joined": 1, "relday_interval": 5, "bare_day_interval": 0, "duration_range": 5, "numeric_month": 0,
    "cue_hour": 0, "month_first_days": 1, "month_first_day_time": 0, "clock_for": 2, "part_of_day_alone": 0,
    "day_slash_month_short": 0, "day_comma_time": 2, "numeric_day_interval": 6,
    "cue_period": 5, "cue_numeric_date": 5, "cue_hour_range": 0, "relday_of_date": 1, "noon_to_two": 1,
    "week_of_day": 1, "bound_day": 3, "cue_part_of_day": 5, "meal_time": 4,
}
"""Rule name -> how many words before its trigger the rule may start."""
TRIGGERS = {name: (WORD_TRIGGERS.get(name), DIGIT_TRIGGERS.get(name), BACK[name]) for name in BACK}

FLAGS = regex.IGNORECASE | regex.VERSION0
_COMPILED = {r.name: (r, regex.compile(r.pattern, FLAGS)) for r in RULES}
_PRIORITY = {r.name: i for i, r in enumerate(RULES)}


def _key(form: str) -> str:
    return _sub(r"[\s'’-]+", "", form.lower())


_WORD_RULES: dict[str, tuple[str, ...]] = {}
for _name, _words in WORD_TRIGGERS.items():
    for _w in _words:
        _WORD_RULES[_key(_w)] = _WORD_RULES.get(_key(_w), ()) + (_name,)
for _k in _WORD_RULES:
    _WORD_RULES[_k] = tuple(sorted(_WORD_RULES[_k], key=_PRIORITY.__getitem__))  # a tuple: the key of _PLANS
for _name, _words in WORD_TRIGGERS.items():  # exact lower-case forms too: the common fast path
    for _w in _words:
        _WORD_RULES.setdefault(_w.lower(), _WORD_RULES[_key(_w)])
_all_words = sorted({w for ws in WORD_TRIGGERS.values() for w in ws})
# a digit is a trigger only if some digit rule may start there (a cheap look-ahead; one fixed-width
# look-behind: a day alone after "du"/"au"/"le" closing the clause, "jusqu'au 15.", for bound_day)
_DIGIT_ANY = (r"(?=\d{3,4}\s*[ap]\.?\s?m\b|\d{4}|\d{1,2}\s*[/-]\s*\d{4}|\d{1,2}(?::\d\d)*\s*[ap]\.?\s?m\b|\d+(?:[.,]\d+)?-?(?:ans?|jours?|mois|semaines?|min)\b|\d{1,2}(?:er)?[/.:-]\d|\d+(?:[.,]\d+)?\s*(?:h|hrs?|heures?|min|mn|sec|s|\"|')(?![^\W\d_])"
              r"|\d{1,2}\s+(?:à|vers|jusqu)|\d{1,2}\s\d{1,2}\s(?:19|20)\d\d|\d\d(?!\d)\s*(?:[,;.)(]|$)"
              r"|(?<=(?:du|au|le)\s)(?:1er|\d{1,2})(?![\d\w])\s*(?:[,;:!?)».]|$|inclus|compris|au\s))")
_FIRST_CHARS = "".join(sorted({c for w in _all_words for c in (w[0].lower(), w[0].upper())}))
SCANNER = re.compile(rf"\b(?=[{_FIRST_CHARS}0-9])(?:(?P<w>{trie_pattern(_all_words)})s?(?!\w)|(?<![:\d])(?P<d>{_DIGIT_ANY}\d))",
                     re.IGNORECASE)
"""One pass over the text finds every trigger word and every digit run."""
_SCAN_BODY = rf"(?=[{_FIRST_CHARS}0-9])(?:(?P<w>{trie_pattern(_all_words)})s?(?!\w)|(?=\d)(?<![:\d])(?P<d>{_DIGIT_ANY}\d))"
_SCAN_AFTER_SEP = re.compile(r"\W" + _SCAN_BODY)
"""The same triggers as :data:`SCANNER`, on the LOWER-CASED text, case-sensitive, each found with
the non-word character before it: the search skips the letters of words in C (a pattern beginning
with a character class) and compares the trie's literals without case folding. A trigger is a word
start, so after a trigger ending at ``e`` the next one is searched from ``e - 1``."""
_SCAN_AT_START = re.compile(_SCAN_BODY)
assert all(w == w.lower() for w in _all_words), "trigger words must be lower-case for the fast scan"
_UNSAFE_FOR_LOWER = re.compile(r"[^\x00-\x7f\xa0-\xb4\xb6-\xff\u0100-\u012f\u0132-\u017e\u2000-\u206f\u20ac]")
"""Characters outside the ranges where ``str.lower()`` maps each character to one character with
the same word/digit/space class and where case-insensitive matching equals matching lower-cased text
(no dotless i, long s, micro sign, Greek...): a text with any of them is scanned by :data:`SCANNER`."""


def _triggers(text: str):
    """(start, end, trigger word or None for a digit) of every :data:`SCANNER` match, in order."""
    if _UNSAFE_FOR_LOWER.search(text) is not None:
        for t in SCANNER.finditer(text):
            yield t.start(), t.end(), t.group("w")
        return
    low = text.lower()
    t = _SCAN_AT_START.match(low)
    pos = 0
    if t is not None:
        e = t.end()
        yield 0, e, (text[0:t.end("w")] if t.start("w") >= 0 else None)
        pos = e - 1
    search = _SCAN_AFTER_SEP.search
    while True:
        t = search(low, pos)
        if t is None:
            return
        s, e = t.start() + 1, t.end()
        we = t.end("w")
        yield s, e, (text[s:we] if we >= 0 else None)
        pos = e - 1
_DIGIT_NAMES = tuple(DIGIT_TRIGGERS)
_DIGIT_ALL = regex.compile("".join(f"(?=({p}))?" for p in DIGIT_TRIGGERS.values()), FLAGS)
"""All the digit triggers in one pass: group k is set when the k-th rule of DIGIT_TRIGGERS may start here."""
assert _DIGIT_ALL.groups == len(_DIGIT_NAMES), "DIGIT_TRIGGERS patterns must not capture"

_GUARDS: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {
    # trigger word -> (left-context pattern searched in the 24 characters before it, right-context
    # pattern matched just after it); the trigger is used when either matches. A cheap veto for
    # frequent words that are rarely dates: "a été saisi", "du côté de", "entre eux".
    "du": (None, re.compile(r"\s+(?:le\s+)?(?:\d|1er|premier|\w+\s+(?:au|et)\b)", re.IGNORECASE)),
    "entre": (None, re.compile(r"\s+(?:le\s+)?(?:\d|1er|premier|\w+\s+(?:au|et)\b)", re.IGNORECASE)),
    "été": (re.compile(r"(?:\b(?:l['’]|cet|ce|en|au|du|de|d['’]|début|fin|milieu|dernier|prochain|chaque|tout|tous|les|le|"
                       r"pendant|durant|depuis|jusqu['’]à|avant|après|cours\s+de|cet)|['’]"
                       rf"|\b(?:{PERIOD_CUE})\s+(?:(?:dans|pour)\s+)?)\s*$", re.IGNORECASE),
            re.compile(r"\s+(?:(?:de\s+)?(?:1\d|20)\d\d|dernier|prochain|passé|suivant)\b", re.IGNORECASE)),
}
if _WORD_RULES.get("pour") == ("lone_day",):
    # "pour" (frequent) only triggers "pour le 15." (lone_day): the rest of that rule's start, in its engine
    _GUARDS["pour"] = (None, regex.compile(r"\s{1,3}le\s", FLAGS))
_GUARDS["ete"] = _GUARDS["été"]


def _guarded(word: str, text: str, ts: int, te: int) -> bool:
    """True when the trigger ``word`` at ``text[ts:te]`` is vetoed by its context (:data:`_GUARDS`)."""
    guard = _GUARDS.get(word.lower())
    if guard is None:
        return False
    left, right = guard
    if left is not None and left.search(text, max(0, ts - 24), ts):
        return False
    if right is not None and right.match(text, te):
        return False
    return True


_FIRST: dict[str, dict[str, bool]] = {r.name: {} for r in RULES}
"""rule -> {first word + the character after it -> whether a match of the rule may begin so}."""
_FIRST_MAX = 20_000
"""Entries kept per rule (the cache of a rule is emptied when it grows past this)."""
_SECOND: dict[str, dict[str, bool]] = {r.name: {} for r in RULES}
"""rule -> {the text of a start's first two words + the character after them -> whether a match of
the rule may begin so}: the second test of a start whose first word passed :data:`_FIRST` ("de "
may begin a duration, "de la " cannot). Emptied past :data:`_SECOND_MAX` entries."""
_SECOND_MAX = 8_000
"""Entries kept per rule in :data:`_SECOND` (pairs of words are many more than words: on the
5 264 snapshot texts the largest cache, the duration rule's, holds ~3 000)."""
_TWO_WORDS_MAX = 32
"""Two words further apart than this (from the first word start to the second) are not tested
together (the key would be long and seldom seen again)."""
_NO_FIRST_FILTER = {r.name for r in RULES if "(?<=" in r.pattern[:80] or r.name in ("present", "short_year")}
"""Rules whose start depends on the text before it (a look-behind): never filtered by first word."""


def _may_begin(name: str, word: str, cache: dict[str, bool] | None = None, limit: int = _FIRST_MAX) -> bool:
    """Can a match of rule ``name`` begin with ``word`` (a word and the character after it, or the
    text of two words, :data:`_SECOND`)? A partial match of the rule's regex on it, computed once
    per (rule, word) and kept in ``cache`` (default: the rule's :data:`_FIRST`; emptied when it
    holds more than ``limit`` entries): "police ", "selon " never begin a date (nor "en " a
    duration: only "environ" would), so the rule is not run there."""
    if cache is None:
        cache = _FIRST.setdefault(name, {})
    ok = cache.get(word)
    if ok is None:
        ok = _COMPILED[name][1].match(word, partial=True) is not None
        if len(cache) > limit:
            cache.clear()
        cache[word] = ok
    return ok


_SKIP_LOSERS = True
"""Do not build a match that cannot win (tests switch it off to check it changes nothing)."""
_MAX_MATCH = 400
"""Rules are matched within this many characters of their start: the regex module looks for a rule's
required words ("chaque année") in the whole rest of the text before matching, which made every
try cost O(text length). No rule match is nearly that long."""
_SNIPPETS = re.compile(r"(?<![\w-])\w+.?", re.S)
"""A word start with its word and the character after it (the key of :func:`_may_begin`)."""
_CHARS_PER_WORD = 8
"""The word starts before a trigger are read from this many characters per word of look-back (and
from further back, up to :data:`_MAX_MATCH` characters, only when that holds too few words): the
words far before a trigger are not read at all."""


def _plan(names) -> tuple[int, tuple]:
    """(largest look-back, ((name, regex, builder, look-back, first-word check, priority, first-word cache,
    two-word cache, number of the span group ``s``), ...)). The span is read by group number: the regex module reads a
    group NAME only after failing to read it as a number (a TypeError raised and cleared each time)."""
    recs = tuple((n, _COMPILED[n][1], _COMPILED[n][0].build, BACK[n], n not in _NO_FIRST_FILTER, _PRIORITY[n],
                  _FIRST.setdefault(n, {}), _SECOND.setdefault(n, {}), _COMPILED[n][1].groupindex["s"])
                 for n in sorted(names, key=_PRIORITY.__getitem__))
    return max((r[3] for r in recs), default=0), recs


_PLANS: dict[tuple[str, ...], tuple[int, tuple]] = {}

_UNDECLARED = tuple(r.name for r in RULES if r.name not in WORD_TRIGGERS and r.name not in DIGIT_TRIGGERS)
"""Rules with no trigger declared (neither in WORD_TRIGGERS nor in DIGIT_TRIGGERS): tried at every
word start by :func:`_undeclared`, so that a new rule is slow until its triggers are declared, never
silently lost (``tests/dates/test_triggers.py`` fails until it is declared)."""


def _undeclared(text: str) -> list[tuple]:
    """The accepted matches of the :data:`_UNDECLARED` rules, each tried at every word start:
    (match start, match end, span start, span end, priority, Expr)."""
    found = []
    for w in _SNIPPETS.finditer(text):
        cs = w.start()
        for name in _UNDECLARED:
            r, rx = _COMPILED[name]
            m = rx.match(text, cs, cs + _MAX_MATCH)
            if m is None:
                continue
            e = r.build(m, text)
            if e is not None:
                found.append((cs, m.end(), m.start("s"), m.end("s"), _PRIORITY[name], e))
    return found


def candidates(text: str) -> list[tuple[int, int, int, int, Expr]]:
    """Every accepted rule match: (match start, match end, span start, span end, Expr), sorted by
    start, longest first.

    For each trigger occurrence and each rule it triggers, the earliest word start (within the
    rule's look-back) whose match reaches past the trigger and whose builder accepts it. A start
    whose first word, or first two words, cannot begin the rule (:func:`_may_begin`) is skipped
    without running the rule.
    """
    found = []
    tried: dict[str, int] = {}  # a start already tried for a rule is never retried: linear time
    seen: dict[int, tuple[int, int]] = {}  # match start -> (longest end, its best priority) found
    snips: list[tuple[int, str]] = []  # the word starts before the current trigger (see below)
    complete = 0  # snips holds every word start from this position...
    covered = 0  # ... up to this one
    finditer = _SNIPPETS.finditer
    for ts, te, w in _triggers(text):
        if w is not None:
            lw = w.lower()
            if lw in _GUARDS and _guarded(w, text, ts, te):
                continue
            names = _WORD_RULES.get(lw) or _WORD_RULES.get(_key(w)) or _WORD_RULES.get(_key(w)[:-1], ())
        else:
            if ts and text[ts - 1].isdigit():
                continue
            names = tuple(compress(_DIGIT_NAMES, _DIGIT_ALL.match(text, ts, ts + 64).groups()))  # groups are never empty
        if not names:
            continue
        plan = _PLANS.get(names)
        if plan is None:
            plan = _PLANS[names] = _plan(names)
        back, recs = plan
        wt = _SNIPPETS.match(text, ts)
        here = (ts, wt.group() if wt else text[ts:ts + 1])
        after = None  # the word start after the trigger, if any is needed (see below)
        if back:
            # the word starts are read lazily, up to the trigger, from _CHARS_PER_WORD characters per
            # word of look-back (further back only when that holds too few words), and never from
            # _MAX_MATCH characters or more before it: a match from there ends before the trigger,
            # so it is never used. A snippet never runs into the trigger (a word start).
            lowest = ts - _MAX_MATCH if ts > _MAX_MATCH else 0
            near = ts - _CHARS_PER_WORD * back
            if near < lowest:
                near = lowest
            if covered < near:
                snips = [(m.start(), m.group()) for m in finditer(text, near, ts)]
                complete = near
            elif covered < ts:
                snips += [(m.start(), m.group()) for m in finditer(text, covered, ts)]
            covered = ts
            if len(snips) < back and complete > lowest:
                snips[:0] = [(m.start(), m.group()) for m in finditer(text, lowest, complete)]
                complete = lowest
            starts = snips[-back:]
            starts.append(here)
            n = len(starts)
        else:
            starts = (here,)
            n = 1
        for name, rx, build, b, check, prio, first, second, sgroup in recs:
            floor = tried.get(name, -1) + 1
            # the starts are increasing and end with the trigger itself (never tried before): the last
            # one tried is the trigger unless a match stops the loop earlier (then that start)
            tried[name] = ts
            for i in range(n - 1 - b if b + 1 < n else 0, n):
                cs, word = starts[i]
                if cs < floor:
                    continue
                if check:
                    ok = first.get(word)
                    if ok is None:
                        ok = _may_begin(name, word)
                    if not ok:
                        continue
                    # then its first two words (the text up to the end of the next word start's
                    # snippet): "de " may begin a duration ("de nombreuses années"), "de la " cannot
                    if i + 1 < n:
                        ns, nword = starts[i + 1]
                    else:  # the trigger itself: the word after it, read once per trigger
                        if after is None:
                            wa = _SNIPPETS.search(text, ts + len(here[1]), ts + _TWO_WORDS_MAX + 1)
                            after = (wa.start(), wa.group()) if wa is not None else (ts + _TWO_WORDS_MAX + 1, "")
                        ns, nword = after
                    if ns - cs <= _TWO_WORDS_MAX:
                        two = text[cs:ns] + nword
                        ok = second.get(two)
                        if ok is None:
                            ok = _may_begin(name, two, second, _SECOND_MAX)
                        if not ok:
                            continue
                m = rx.match(text, cs, cs + _MAX_MATCH)
                if m is None or m.end() <= ts:
                    continue
                span = m.span()
                best = seen.get(span[0])
                if best is not None and _SKIP_LOSERS and (best[0] > span[1] or best[0] == span[1] and best[1] < prio):
                    # a longer match from the same start, or the same span read by a higher-priority
                    # rule, is already found: this one can never be chosen ("12 h 12" beats "12 h")
                    tried[name] = cs
                    break
                e = build(m, text)
                if e is None:
                    continue
                if best is None or span[1] > best[0] or span[1] == best[0] and prio < best[1]:
                    seen[span[0]] = (span[1], prio)
                found.append((span[0], span[1], m.start(sgroup), m.end(sgroup), prio, e))
                tried[name] = cs
                break
    if _UNDECLARED:
        found += _undeclared(text)
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
