"""The figures grammar: :func:`find_quantities`.

Span convention (corpus/GUIDELINES.md 1.2 decides; this grammar follows it)
--------------------------------------------------------------------------
A figure's span covers, left to right: the qualifier ("plus de", "au moins", "près de",
"quelque", "jusqu'à", "à partir de", "entre" ... "et", "de" ... "à"), a currency written before
the number ("$10", "CHF 612 Mio"), the number itself with its scale word ("1,382 milliard",
"3M"), words between the number and its unit or noun ("dix derniers kilomètres", "trois autres
usines"), the unit or the counted head noun with the "de/d'" that links it ("milliard d'euros",
"millions de messages"), "et demi" ("deux hectares et demi"), a rate's denominator right after
("par an", "/h", "le mégawattheure", "à l'hectare", "par foyer", "les 1 000 litres",
"hebdomadaires") and a postposed "environ". Examples:

- "plus de 27 tonnes", "au moins 70 000 téléphones", "1,382 milliard d'euros",
  "plus d'un milliard d'euros", "entre 10 et 12 millions d'euros", "des dizaines de saisies";
- "d'1,2 million d'euros": the span starts at "1" — an elided "d'" that only links the figure
  to the sentence stays outside (the spaCy token "d'1,2" is split by the component);
- "2,7 fois" (a multiplier, kind number), "sept fois" (count of fois), "magnitude 4,9";
- "un cas sur dix" -> 0.1, "près d'un élève sur cinq" -> 0.2 approx (proportions);
- no span starts or ends inside an excluded span (dates, times, durations found by the dates
  component); a figure that overlaps one is dropped, a rate that would reach into one is left out.

How a figure is read
--------------------
1. :func:`sikyx.numbers.parse.iter_readings` finds the numeral phrases (digits, words, scale).
2. References are dropped: a number after "article", "page", "n°", "version", "CAC", "appeler
   le", "au kilomètre" ... (``not_figures.tsv``, with names such as "Six Nations"), inside a phone
   number ("0 800 06 66 66"), a time of day ("16h30", "à 15 h"), a version or IP number, a postal
   code; a model name ("la Peugeot 208": plain digits after a capitalised word inside a
   sentence); digits glued to letters that are not a unit ("A320", "16e", "1er") or to the dots
   and slashes of URLs and e-mail addresses; a score "3-1", "32 à 19" (no unit, the first number
   larger); ordinals in words ("vingt-cinquième"); a SET of the date layer ("toutes les six
   minutes", "deux fois par jour").
3. On the right: a unit from ``units.tsv``/``currencies.tsv`` (glued or after spaces; after a
   scale word, a collective or a whole number of millions also after "de/d'"), or else a counted
   noun; then a rate (``rates.tsv``, any unit, a noun of ``price_nouns.txt`` after "le/la", any
   singular noun after "par" for money and counts, ``rate_adjectives.tsv``). The kind stays the
   numerator's ("7,1 tonnes par hectare" is mass, metric_ton / hectare; counts write the rate in
   the noun: "bouteille / year"). A noun denominator becomes a pint unit of its own
   ("EUR / foyer").
4. Words whose meaning depends on the sentence: "points" (index points in a sentence naming a
   stock index or the market, ``stock_indices.tsv``; percentage_point next to a rate; a counted
   "point" in a score), "pb" (basis points about rates, else no unit), a bare "degrés" (degree_Celsius for weather and water, a
   delta after "redoux/hausse de", percent for alcohol, an ``angle`` flag for rotations, else
   pint's degree), "francs" (the franc the text names: CHF after "francs suisses", XOF after
   "francs CFA", XAF after "franc CFA BEAC", else FRF), "livres" (pounds of weight with a
   fractional value or in a sentence about weight or food).
5. On the left: a currency symbol or code, a qualifier from ``qualifiers.tsv``, "entre"/"de"
   opening a range.
6. A range "entre X et Y", "de X à Y", "X à Y", "X-Y", "X ou Y" shares the unit and the scale of
   Y with X ("entre 10 et 12 millions d'euros" -> low 10000000, high 12000000, EUR); after a verb
   of change ("passer de X à Y", "porter sa puissance de X à Y") they are two figures.
7. Elided figures (guideline 1.3), once every figure is read: a bare number takes the unit or
   noun of its parallel phrase — the next figure after "à/et/ou/×" ("de 6 000 à 5 000 euros",
   "31 et 38 ans", "97 × 130 cm"), else the nearest figure before it in the sentence ("49 voix
   contre 31", "dont 14"), else "le nombre de <noun>"; a scaled number ("420 millions", "9,5
   millions d'investissements": ``money_nouns.txt``) looks further back for money. A figure
   whose rate is elided takes the parallel rate ("0,2276 euro" after "0,2516 euro le
   kilowattheure, contre"). A participle after a number ("18,5 milliards attendus pour 2024",
   not ``participle_nouns.txt``) is no counted noun when a parallel figure stands before.

Counted nouns (kind ``count``) without POS tags: the first word after the number (after "de/d'"
only when a scale word or a collective precedes: "500 millions de messages") that is at least
two letters long, is not a number word, is not in ``not_nouns.txt`` (determiners,
prepositions, pronouns, auxiliaries, "derniers"...), is no elided clitic ("n'ont"), does not end
like a conjugated verb (-ait, -aient, -èrent, -eront, -ez) or an adverb (-ellement, -amment ...),
and is plural after 2 or more ("8 habituellement" is not); a capitalised noun is allowed ("quatre
Canadair"). One adjective of ``adjectives.txt`` may come between ("48 nouvelles
interpellations", "trois derniers étages"). The noun's lemma comes from ``lemmatize`` when
given, else from :func:`sikyx.quantities.nouns.singular` (hyphenated plurals: "sapeurs-pompiers"
-> "sapeur-pompier").

Approximate collectives: "une dizaine" -> value 10, qualifier approx; "des dizaines de saisies",
"plusieurs milliers", "des millions de" -> value None (no definite number), qualifier approx.

The determiner "un/une" is a figure only when counted or scaled (guideline 1.1): before a unit
("un euro", "une tasse"; not "un mois de juillet", "une année 2022", "une seconde centrale"), in a
proportion ("un cas sur dix"), after a qualifier ("au moins un carburant"; not "au moins une
partie de") or before a rate ("une cartouche par personne"): "une enquête" gives nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import regex

from ..numbers.lexicon import WORDS
from ..numbers.parse import NumberReading, iter_readings, normalize_decimal, read_at, words_value
from ..numbers.patterns import ET, SEP, SPACE, alt, trie
from ..spans import Match
from ..textnorm import normalise
from ..units import noun_unit, unit_from_string
from .lexicon import (
    ADJECTIVES, MONEY_NOUNS, NOT_FIGURES, NOT_NOUNS, PARTICIPLE_NOUNS, PLURALS, PRICE_NOUNS, QUALIFIERS, RATE_ADJECTIVES,
    RATES, STOCK_INDICES, UNITS, UnitEntry, is_case_insensitive, norm_surface,
)
from .nouns import singular
from .types import Quantity

__all__ = ["find_quantities"]

_FLAGS = regex.VERSION0


_SPACE_SET = frozenset(" \t\u00a0\u202f\u2009")
"""The characters of :data:`SPACE`."""


def _after_spaces(text: str, pos: int) -> str:
    """The first character from ``pos`` that is not a :data:`SPACE` ("" at the end of the text):
    a cheap test of what a pattern starting with spaces may match."""
    n = len(text)
    while pos < n and text[pos] in _SPACE_SET:
        pos += 1
    return text[pos] if pos < n else ""


_CASE_TWINS = {"i": "\u0130", "k": "\u212a", "s": "\u017f", "å": "\u212b"}
"""Characters that the regex module matches case-insensitively with an ASCII or Latin letter
besides its upper and lower case ("İ" with "i", the Kelvin sign with "k", "ſ" with "s", the
Ångström sign with "å"); tests/quantities/test_speed_gates.py checks this against every code point."""


def _case_variants(chars) -> frozenset[str]:
    """Every character that a case-insensitive pattern matches for one of ``chars``."""
    out = set()
    for c in chars:
        out |= {c, c.lower(), c.upper(), *_CASE_TWINS.get(c.lower(), "")}
    return frozenset(x for x in out if len(x) == 1)


def _surface_pattern(surface: str, insensitive: bool) -> str:
    parts = []
    for ch in surface:
        if ch == " ":
            parts.append(f"{SPACE}*" if not surface.replace(" ", "").isalpha() else f"{SPACE}+")
        elif ch in "'’":
            parts.append("['’]")
        else:
            parts.append(regex.escape(ch))
    body = "".join(parts)
    if surface[-1].isalnum():
        body += r"(?![\w'’])"
    return f"(?i:{body})" if insensitive else body


def _unit_piece(ch: str) -> str:
    if ch == " ":
        return f"{SPACE}*"
    if ch in "'’":
        return "['’]"
    return regex.escape(ch)


def _unit_end(surface: str) -> str:
    return r"(?![\w'’])" if surface[-1].isalnum() else ""


def _unit_alternation() -> str:
    """Two tries: the case-insensitive surfaces (words), then the exact ones (symbols,
    abbreviations). An exact surface that extends a case-insensitive one ("degrés C" after
    "degrés") joins the case-insensitive trie, so that the longest surface always wins."""
    insensitive = {s for s, e in UNITS.items() if is_case_insensitive(s, money=e.kind == "money")}
    exact = set(UNITS) - insensitive
    for s in sorted(exact):
        if any(s.lower().startswith(w) and s.lower() != w for w in insensitive):
            exact.discard(s)
            insensitive.add(s.lower())
    lower = {s.lower() for s in insensitive}
    return (
        f"(?:(?i:{trie(lower, _unit_piece, _unit_end)})"
        f"|{trie(exact, _unit_piece, _unit_end)})"
    )


UNIT_ALT = _unit_alternation()
"""Every unit and currency surface, longest first."""
UNIT_AFTER = regex.compile(
    rf"(?P<gap>{SPACE}*|-)(?:(?P<de>de{SPACE}+|d['’]{SPACE}*))?(?P<unit>{UNIT_ALT})", _FLAGS
)
"""A unit right after a number: "tonnes", "€", "d'euros" (the "de" is checked by the caller)."""

_PREFIX_CODES = sorted({e.unit for e in UNITS.values() if e.kind == "money"}, key=len, reverse=True)
_PREFIX_SIGNS = sorted({s for s, e in UNITS.items() if e.kind == "money" and ("$" in s and len(s) > 1 or s == "fr.")},
                       key=len, reverse=True)
"""Currency signs of several characters written before the number: "cad$ 15", Swiss "fr. 9,018,968"."""
PREFIX_CURRENCY = regex.compile(
    rf"(?<![\w])(?P<cur>(?i:{'|'.join(regex.escape(s) for s in _PREFIX_SIGNS)})"
    rf"|{'|'.join(_PREFIX_CODES)}|[€$£¥])({SPACE}?)\Z",
    _FLAGS | regex.REVERSE,
)
"""A currency written before the number: "$10", "EUR 20", "£ 50 millions", "cad$ 15", "fr. 20"."""
_PREFIX_LAST = frozenset("€$£¥") | {c for s in _PREFIX_SIGNS for c in (s[-1].lower(), s[-1].upper())} \
    | {code[-1] for code in _PREFIX_CODES}
"""The last character of every prefix currency (either case for the case-insensitive signs); the
full stop of "fr." is tested apart (:func:`_prefix_currency`), a sentence's end is not one."""
def _prefix_currency(text: str, lo: int, s: int):
    """:data:`PREFIX_CURRENCY` searched only when the character before ``s`` (or before one space)
    may end a currency; a non-ASCII character (with case-insensitive twins) is always searched."""
    k = s - 1
    if text[k] in _SPACE_SET:
        k -= 1
    c = text[k] if k >= lo else ""
    if c == ".":
        if text[max(lo, k - 2):k].lower() != "fr":
            return None  # a full stop, not "fr."
    elif c and c.isascii() and c not in _PREFIX_LAST:
        return None
    return PREFIX_CURRENCY.search(text, lo, s)


def _apostrophes(pattern: str) -> str:
    """Let an apostrophe of a lexicon entry match both ' and ’."""
    return "".join("['’]" if ch in "'’" else ch for ch in pattern)


def _qualifier_alternation() -> str:
    pats = []
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        words = phrase.split(" ")
        body = f"{SPACE}+".join(_apostrophes(regex.escape(w)) for w in words)
        if words[-1] == "de":
            body = body[: -len("de")] + f"(?:de{SPACE}+|d['’]{SPACE}*)"
        elif body.endswith("['’]"):
            body += f"{SPACE}*"
        else:
            body += f"{SPACE}+"
        pats.append(body)
    return "(?:" + "|".join(pats) + ")"


QUALIFIER_BEFORE = regex.compile(rf"(?<![\w])(?P<q>(?i:{_qualifier_alternation()}))\Z", _FLAGS | regex.REVERSE)
"""A qualifier ending right before the number (searched in a short window)."""
_QUALIFIER_ENDS = tuple(sorted({
    end for phrase in QUALIFIERS for end in (
        (phrase[:-2] + "d'", phrase + " ") if phrase.endswith(" de") else (phrase + " ", phrase + "'") if phrase.endswith("'")
        else (phrase + " ",)
    )
}))
_QUALIFIER_LAST = frozenset(p.split()[-1] for p in QUALIFIERS) | {w.split("'")[-1] for p in QUALIFIERS for w in p.split()}
_QUALIFIER_LAST_CHARS = frozenset(p[-1] for p in QUALIFIERS)
_TO_PLAIN = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " "})


def _qualifier_before(text: str, lo: int, s: int, exhaustive: bool = False):
    """:data:`QUALIFIER_BEFORE` searched only when the text before ``s`` ends like a qualifier
    (C-level string tests: the regex itself costs several microseconds); always searched when
    ``exhaustive``. Every qualifier ends with spaces or an apostrophe after one of its last words,
    which follows a non-word character."""
    if exhaustive:
        return QUALIFIER_BEFORE.search(text, lo, s)
    k = s - 1
    if k < lo:
        return None
    c = text[k]
    if c in _SPACE_SET:
        while k > lo and text[k] in _SPACE_SET:
            k -= 1
        last = _fold(text[k])
        if last not in _QUALIFIER_LAST_CHARS and last != "'":
            return None
    elif c != "'" and c != "’":
        return None
    window = text[max(lo, s - 24):s]
    words = window.rsplit(None, 1)
    if not words:
        return None
    w = _fold(words[-1])
    if w.isalpha():  # the usual case: the word is its only suffix
        if w not in _QUALIFIER_LAST:
            return None
    elif not w.endswith("'") and not any(x in _QUALIFIER_LAST for x in _word_suffixes(w)):
        return None
    tail = _fold(window)
    if not tail.endswith(_QUALIFIER_ENDS):
        if "\u00a0" in tail or "\u202f" in tail or "\u2009" in tail or "\t" in tail:
            tail = tail.translate(_TO_PLAIN)
        if not (tail.endswith(_QUALIFIER_ENDS) or "  " in tail or tail.rstrip().endswith("'")):
            return None
    return QUALIFIER_BEFORE.search(text, lo, s)


_NON_WORD = regex.compile(r"\W")


def _word_suffixes(w: str):
    """``w`` and each of its parts after a non-word character ("0/environ" -> "environ",
    "d'environ" -> "environ"): the words a pattern that starts after a non-word character may
    begin with."""
    yield w
    if not w.isalpha():
        for m in _NON_WORD.finditer(w):
            yield w[m.end():]


def _fold(s: str) -> str:
    """Lower case as the case-insensitive patterns compare (straight apostrophe, "ſ" as "s")."""
    s = s.lower()
    if "’" in s or "ſ" in s:
        s = s.replace("’", "'").replace("ſ", "s")
    return s


ENVIRON_AFTER = regex.compile(rf"{SPACE}+(?i:environ)(?![\w'’])(?!{SPACE}*[-+−]?\d)", _FLAGS)
"""A postposed "environ" ("300 millions d'euros environ", "un malade sur cent environ")."""
RANGE_OPEN = regex.compile(rf"(?<![\w])(?P<open>(?i:entre|de|d['’]|du|des)){SPACE}*\Z", _FLAGS | regex.REVERSE)
_RANGE_CONN_FIRST = frozenset("eEaAàÀoO-–—")
"""The characters :data:`RANGE_CONN` may start with after its spaces ("et", "à", "a", "ou", a
dash, either case): a cheap test before the regex."""
RANGE_CONN = regex.compile(
    rf"{SPACE}*(?:(?P<et>et)(?![\w])|(?P<a>à|a)(?![\w])|(?P<ou>ou)(?![\w])|(?P<dash>[-–—]))(?![-–—]){SPACE}*",
    regex.IGNORECASE | _FLAGS,
)
_WORDS_RE = regex.compile(r"[\w’'-]+")
_VERB_ENDINGS = (
    "e|es|ent|er|ez|ons|iez|ions|é|ée|és|ées|ant|ai|as|a|âmes|âtes|èrent|ais|ait|aient"
    "|erai|eras|era|erons|erez|eront|erais|erait|erions|eriez|eraient"
)
"""The endings of a first-group verb ("passe", "passera", "passé", "passant"...)."""
CHANGE_VERB = regex.compile(rf"(?i:^(?:pass|port|ramen|ramèn|évolu)(?:{_VERB_ENDINGS})$)")
"""A verb of change before "de X à Y" ("passera de 1,80 euro à 2,20 euros", "portera sa puissance
de 546 MW à 600 MW"): two figures, not a range (guideline 1.3). A noun of the same stem is no
verb: "le passage de 40 à 50 camions" is a range."""
_SUB_WORD = alt(w for w, (_, c) in WORDS.items() if c in ("one", "unit", "teen", "tens", "eighty"))
SUBUNIT_AFTER = regex.compile(
    rf"{SPACE}+(?:(?:(?i:et){SPACE}+)?(?:(?P<sub>\d{{1,2}})|(?P<subw>(?i:{_SUB_WORD}(?:(?:{ET}|{SEP}){_SUB_WORD})*)))"
    rf"{SPACE}*(?P<subunit>(?i:centimes?|cents?|pence)(?![\w])|(?i:cent|c)\.)"
    rf"|(?:(?i:et){SPACE}+)?(?P<sub2>\d{{2}})(?={SPACE}*(?:[.;:!?)]|,(?!\d)|\Z)"
    rf"|{SPACE}+(?i:le|la|les|l['’]|par)(?![\w])"
    rf"|(?<!(?i:et){SPACE}+\d\d){SPACE}+(?i:de{SPACE}+(?:plus|moins)|et|ou|pour|contre|soit|au|en)(?![\w'’])))",
    _FLAGS,
)
""""1 USD et 23 centimes", "1 USD 23 cents", "2 euros 50.", "3 fr. 50 le kilo", "1 euro 20 de plus" (a bare
two-digit group closing the phrase, before a price's denominator, "de plus" or a conjunction; never "9,4 millions d'euros et 1,1
million": a number after "et" needs its sub-unit)."""

_RATE_DEN = "|".join(
    _surface_pattern(s, is_case_insensitive(s) or s.isalpha() and len(s) > 2) for s in sorted(RATES, key=len, reverse=True)
)
RATE_LEAD = regex.compile(
    rf"{SPACE}*(?:(?P<par>(?i:par)){SPACE}+|(?P<slash>/){SPACE}*|(?P<les>(?i:les)){SPACE}+"
    rf"|(?P<art>(?i:le|la){SPACE}+|(?i:l)['’]{SPACE}*)|(?P<a>(?i:à){SPACE}+(?:(?i:la){SPACE}+|(?i:l)['’]{SPACE}*)|(?i:au){SPACE}+))",
    _FLAGS,
)
"""What opens a rate's denominator: "par", "/", "le/la/l'" or "les N" (a price), "à l'", "au"."""
RATE_DEN = regex.compile(rf"(?P<den>{_RATE_DEN})", _FLAGS)
UNIT_AT = regex.compile(rf"(?P<unit>{UNIT_ALT})", _FLAGS)
_NOUN_CHARS = r"[a-zà-öø-ÿœæ]"
_WORD = rf"{_NOUN_CHARS}(?:{_NOUN_CHARS}|['’-](?={_NOUN_CHARS}))*"
_DATE_WORD_AFTER = regex.compile(
    rf"{SPACE}+(?i:dernier|dernière|prochain|prochaine|passé|passée|précédent|précédente|suivant|suivante)(?![\w'’])", _FLAGS
)
DEN_NOUN = regex.compile(rf"(?P<noun>{_WORD})(?![\w'’])(?!{SPACE}+(?i:dernier|dernière|prochain|prochaine|passé|passée|précédent|précédente|suivant|suivante)\b)", _FLAGS)
"""A noun denominator ("par foyer", "la dose"); not a date ("l'an dernier")."""
_DIGIT_AFTER = regex.compile(rf"{SPACE}*\d")
_RATE_STOP = frozenset(
    "exemple ailleurs contre rapport conséquent suite hasard erreur défaut principe voie écrit ricochet "
    "endroit moment moments cœur coeur ordre biais intermédiaire avance semaine mois jour an heure".split()
)
"""Words after "par" that make no rate denominator ("par exemple", "par rapport")."""
RATE_ADJ = regex.compile(rf"{SPACE}+(?P<adj>{alt(RATE_ADJECTIVES)})(?![\w'’])", regex.IGNORECASE | _FLAGS)
_RATE_FIRST = frozenset("plàa/") | {w[0] for w in RATE_ADJECTIVES}
"""First letters of what may open a rate (a cheap test before the rate patterns)."""
_SCALED_UNITS = {
    (10, "liter"): "decaliter", (100, "liter"): "hectoliter", (1000, "liter"): "kiloliter",
    (100, "gram"): "hectogram", (1000, "gram"): "kilogram", (1000, "meter"): "kilometer",
    (100, "kilogram"): "quintal", (1000, "kilogram"): "metric_ton",
}
""""500 euros les 1 000 litres" -> EUR / kiloliter."""

NOUN_AFTER = regex.compile(
    rf"{SPACE}+(?:(?P<de>de{SPACE}+|d['’]{SPACE}*))?(?:(?P<adj>{alt(ADJECTIVES)}){SPACE}+)?"
    rf"(?P<noun>[A-ZÀ-ÖØ-Þ]?{_WORD})(?![\w'’])",
    _FLAGS,
)
"""A counted noun after the number (checked by :func:`_is_counted_noun`)."""
ADJ_BEFORE_UNIT = regex.compile(rf"{SPACE}+(?:{alt(ADJECTIVES)})(?={SPACE}+[^\W\d_])", _FLAGS)
"""An adjective between a number and its unit: "dix derniers kilomètres"."""
_VERBISH = regex.compile(r"(?:ait|aient|èrent|eront|erait|eraient|ez)\Z")
_ADVERB = regex.compile(r"(?:[ae]mment|[ei]llement|iquement|ablement|iblement|ivement|ièrement|eusement|ément|ûment)\Z")
_CLITIC = regex.compile(r"(?:[cdjlmnst]|qu)['’]", regex.IGNORECASE)
_NOT_NOUN_SHAPE = regex.compile(
    rf"^(?:[cdjlmnst]|qu)['’]|{_VERBISH.pattern[:-2]}\Z|{_ADVERB.pattern[:-2]}\Z", regex.IGNORECASE
)
"""A conjugated verb ("achetaient"), an elided clitic ("n'ont") or an adverb ("habituellement")."""


def _may_have_shape(w: str) -> bool:
    """Whether :data:`_NOT_NOUN_SHAPE` may match the lower-cased word ``w`` (straight
    apostrophes): every ending it tests ends with "t" or "z", every clitic has an apostrophe as
    second or third character. A cheap test before the regex (no other character matches "t",
    "z" or an apostrophe case-insensitively)."""
    return w[-1] in "tzTZ" or w[1] in "'’" or w[2:3] in ("'", "’")
_PARTICIPLE_LEMMA_ENDS = ("é", "ée", "u", "ue", "és", "ées", "us", "ues", "it", "ite", "its", "ites")
_PARTICIPLE = regex.compile(r"(?:és|ées|us|ues|its|ites)\Z")
_PREPOSITION_AFTER = regex.compile(
    rf"{SPACE}+(?i:par|pour|lors|d['’]ici|dans|en|à|au|aux|depuis|avant|après|cette|cet|ce|sur|hier|jusqu['’])(?![\w])", _FLAGS
)

MAGNITUDE_BEFORE = regex.compile(rf"(?<![\w])(?P<mag>(?i:magnitude)){SPACE}+(?:(?i:de){SPACE}+)?\Z", _FLAGS | regex.REVERSE)
PERCENTAGE_BEFORE = regex.compile(
    rf"(?<![\w])(?P<pc>(?i:pourcentages?|pourcent)){SPACE}+(?i:de{SPACE}+|des{SPACE}+|d['’]{SPACE}*)\Z", _FLAGS | regex.REVERSE
)
""""pourcentage de vingt" -> 20 %."""
FOIS_AFTER = regex.compile(rf"{SPACE}+(?i:fois)(?![\w'’])", _FLAGS)
MULTIPLIER_AFTER = regex.compile(
    rf"{SPACE}+(?i:plus|moins|supérieure?s?|inférieure?s?|autant|mieux|moindre|davantage|trop|pire|meilleure?s?)(?![\w'’])", _FLAGS
)
""""2,7 fois plus", "trois fois moins": a multiplier (kind number, span "2,7 fois")."""
TIMES_THE = regex.compile(
    rf"{SPACE}+(?:(?i:les|leurs|leur|le|la|son|sa|ses){SPACE}+|(?i:l)['’]{SPACE}*)(?P<noun>\p{{L}}[\p{{L}}-]*)(?![\w'’])",
    _FLAGS,
)
_MULTIPLIER_BEFORE = regex.compile(
    r"(?i:\b(?:est|était|sera|serait|soit|c['’]est|de|d['’]|à|environ|quelque|représent\w*|vau[tx]|valen?t|coût\w*"
    r"|pès\w*|pes\w+|équiva\w+|atteign\w*|atteint|gagn\w*|touch\w*|dépass\w*))[ \u00a0]+\Z",
    regex.REVERSE,
)
"""The word before "N fois le/la <noun>" when it compares ("est de 15 fois les bénéfices", "gagne dix
fois le SMIC", "près de 13 fois la surface"); after another verb the "fois" are occurrences
("a bombardé trois fois son territoire")."""
_NOT_MEASURES = frozenset(
    "semaine semaines mois année années an ans jour jours journée nuit nuits matin soir soirée week-end saison "
    "veille lendemain printemps été automne hiver même mêmes".split()
)


def _times_a_measure(text: str, s: int, pos: int) -> bool:
    """"fois" followed by a determiner and a noun ("13 fois la surface de Paris", "dix fois le SMIC",
    "15 fois les bénéfices"): a multiplier (guideline, held-out v2); not a time ("3 fois la semaine
    dernière") nor a pronoun before a verb ("3 fois les voir")."""
    m = TIMES_THE.match(text, pos, pos + _AHEAD) if _after_spaces(text, pos).lower() in ("l", "s") else None
    if m is None:
        return False
    w = m.group("noun").lower()
    return w not in _NOT_MEASURES and w not in NOT_NOUNS and not w.endswith(("er", "ir")) \
        and _MULTIPLIER_BEFORE.search(text, max(0, s - 30), s) is not None


SET_AFTER = regex.compile(rf"{SPACE}+(?i:par|chaque|tous|toutes)(?![\w'’])", _FLAGS)
""""deux fois par jour": a SET of the date layer, not a figure (guideline 2.2)."""
EVERY_BEFORE = regex.compile(rf"(?<![\w])(?i:tous|toutes){SPACE}+(?i:les){SPACE}+\Z", _FLAGS | regex.REVERSE)
""""toutes les six minutes", "tous les trois mois": a SET (the date layer), not a duration figure."""
AGE_BEFORE = regex.compile(r"(?<![\w])(?i:âgée?s?|agée?s?|nourrissons?|bébés?|enfants?)\s+(?:de\s+|d['’]\s*)\Z", _FLAGS | regex.REVERSE)
CALENDAR_AFTER = regex.compile(
    rf"(?:{SPACE}+(?:de{SPACE}+|d['’]{SPACE}*)(?i:janvier|février|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    rf"|novembre|décembre)\b|{SPACE}+\d{{4}}\b|(?<=(?i:seconde)){SPACE}+(?!par\b)[a-zà-ÿ]{{3,}})",
    _FLAGS,
)
"""After "un/une" + a time unit: a calendar name ("un mois de juillet", "une année 2022") or the
ordinal "seconde" ("une seconde centrale"), not a duration."""
_OF_AFTER = regex.compile(rf"{SPACE}+(?i:de|du|des)(?![\w'’])|{SPACE}+(?i:d)['’]", _FLAGS)

NOT_BEFORE = regex.compile(rf"(?<![\w])(?i:{NOT_FIGURES['before']}){SPACE}*\Z", _FLAGS | regex.REVERSE)


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def _expand(pattern: str) -> set[str] | None:
    """Every string a tiny regex matches (literals, "\\.", "x?", "(?:a|b)"); None if it uses more."""
    out = {""}
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            options, i = {pattern[i + 1]}, i + 2
        elif pattern.startswith("(?:", i):
            j = pattern.find(")", i)
            if j < 0 or "(" in pattern[i + 3:j]:
                return None
            options, i = set(pattern[i + 3:j].split("|")), j + 1
        elif ch in "()[]{}*+|^$\\.":
            return None
        else:
            options, i = {ch}, i + 1
        if i < len(pattern) and pattern[i] == "?":
            options.add("")
            i += 1
        out = {o + x for o in out for x in options}
    return out


def _last_words(alternatives: str) -> tuple[frozenset[str], object]:
    words: set[str] = set()
    rest = []
    for a in _top_level_alternatives(alternatives):
        last = regex.split(r"\\s[+*]", a)[-1]
        expanded = _expand(last)
        if expanded is None:
            rest.append(last)
        else:
            words |= {w.lower() for w in expanded}
    return frozenset(words), (regex.compile("(?i:" + "|".join(rest) + ")", _FLAGS) if rest else None)


_NOT_BEFORE_WORDS, _NOT_BEFORE_REST = _last_words(NOT_FIGURES["before"])
"""The last word of every :data:`NOT_BEFORE` context: the costly reverse search runs only when the
word before the number is one of them."""


def _not_before(text: str, lo: int, s: int) -> bool:
    """Whether :data:`NOT_BEFORE` ends at ``s``, searched only when the word before ``s`` (or its
    part after a non-word character) is the last word of one of its contexts."""
    words = text[max(lo, s - 30):s].rsplit(None, 1)
    if not words or not _may_end_not_before(words[-1]):
        return False
    return NOT_BEFORE.search(text, lo, s) is not None


@lru_cache(maxsize=4096)
def _may_end_not_before(w: str) -> bool:
    """Whether the word ``w`` (or its part after a non-word character) is the last word of a
    :data:`NOT_BEFORE` context (memoised: the words before numbers repeat, and the test of
    :data:`_NOT_BEFORE_REST` is a regex call)."""
    folded = w.lower().replace("ſ", "s") if "ſ" in w else w.lower()
    if w.isalpha() and folded.isalpha():  # the usual case: the word is its only suffix
        return folded in _NOT_BEFORE_WORDS or (_NOT_BEFORE_REST is not None and bool(_NOT_BEFORE_REST.fullmatch(w)))
    return any(x in _NOT_BEFORE_WORDS for x in _word_suffixes(folded)) or (
        _NOT_BEFORE_REST is not None and any(_NOT_BEFORE_REST.fullmatch(x) for x in _word_suffixes(w))
    )
NOT_AFTER = regex.compile(rf"{SPACE}+(?i:{NOT_FIGURES['after']})(?![\w])", _FLAGS)
_NOT_AFTER_FIRST = _case_variants(a[:1] for a in _top_level_alternatives(NOT_FIGURES["after"])) \
    if all(a[:1].isalpha() for a in _top_level_alternatives(NOT_FIGURES["after"])) else None
"""The characters a word of :data:`NOT_AFTER` may start with (a cheap test before the regex);
``None`` (no test) if an alternative does not start with a letter."""
NAME_AT = regex.compile(rf"(?:{NOT_FIGURES['name']})", _FLAGS)
_ADDRESS_AFTER = regex.compile(
    rf",{SPACE}*(?i:rue|avenue|av\.|boulevard|bd|allée|impasse|place|chemin|route|quai|cours|faubourg|square)(?![\w'’])", _FLAGS
)
_ADDRESS_BEFORE = regex.compile(
    rf"(?<![\w])(?i:demeurant|domiciliée?s?|résidant|habitant|au|du|hauteur{SPACE}+du){SPACE}+\Z", _FLAGS | regex.REVERSE
)
"""A street number written with a comma ("demeurant 49, route nationale", "à la hauteur du 37, rue de
la Libération"): after a word of dwelling or "au/du", so that "Ils étaient 300, boulevard Voltaire"
stays a figure."""
_ROAD_BEFORE = regex.compile(r"(?<![\w])(?:[lL]['’]A|[lL]a[ \u00a0]+(?:RN|RD|N|D|A))[ \u00a0]\Z", _FLAGS | regex.REVERSE)
"""A road named with a space before its number: "sur l'A 10", "la N 7", "la RD 813" (LOC entities)."""
_ROAD_LETTERS = frozenset("ADNR")
CAPITAL_WORD_BEFORE = regex.compile(
    r"(?P<before>[\p{Ll},’'])[ \u00a0]+(?P<w>\p{Lu}[\p{Ll}\p{Lu}-]*)[ \u00a0]\Z", _FLAGS | regex.REVERSE
)
""""la Peugeot 208", "l'ATR 72": a capitalised word inside a sentence names a model (guideline 1.1)."""
BLOCKERS = regex.compile(
    r"(?P<phone>(?<![\d+])(?:\+\d{2,3}[ .]?\(?0?\)?[ .]?[1-9]|0[1-9])(?:[ .\-]?\d{2}){4}(?!\d)"
    r"|(?<![\d+])0[ .]?[89]\d\d(?:[ .]?\d{2}){3}(?!\d))"
    r"|(?P<time>(?<![\d,])\d{1,2}[ ]?[hH][ ]?\d{2}(?!\d)|(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|(?<=\b(?:à|vers|dès|avant|après|jusqu'à|jusqu’à)[ \u00a0])\d{1,2}[ \u00a0]?h(?![\w]))"
    r"|(?P<version>(?<![\d.])(?!\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d]))\d+(?:\.\d+){2,}(?![\d]))"
    r"|(?P<postal>(?<![\d\w])\d{5}(?=[ ]+(?:[A-ZÉÈ][\w'-]+|cedex)))",
    _FLAGS,
)
"""Phone numbers (also "0 800 06 66 66"), times of day ("16h30", "à 15 h"), versions/IP addresses, postal codes.
(Digits inside URLs and e-mail addresses are glued to letters, dots or slashes, which the number
boundaries reject.)"""
SCORE = regex.compile(rf"{SPACE}?[-–]{SPACE}?\d", _FLAGS)
GLUED_LETTER = regex.compile(r"[^\W\d_]")
HYPHEN_WORD = regex.compile(r"-[^\W\d_]")
_DIGIT_START = regex.compile(r"[-−+]?\s?[\d,]")

# context words of a sentence (degrees, points, francs)
_WEATHER = regex.compile(
    r"(?i:\b(?:thermomètres?|mercure|eau|eaux|air|chaleur|froid|canicules?|gel|gelées?|météo|météo-france|maximales?|minimales?"
    r"|fièvre|redoux|vague de froid|ressentie?|piscines?|bassins?|mer|océan|atmosph\w+)\b)"
)
_ANGLE = regex.compile(r"(?i:\b(?:rotation|angles?|tourn\w*|virages?|pivot\w*|inclin\w*|pentes?|azimut|latitude|longitude)\b)")
_TEMPERATURE = regex.compile(r"(?i:\btempératures?\b)")
"""With a negative value ("la température est descendue à moins 12 degrés") a temperature is
Celsius; a positive one without weather words stays a bare degree ("régler la température à 100
degrés" may be Fahrenheit in a translated text)."""
_DELTA_BEFORE = regex.compile(
    r"(?i:\b(?:redoux|hausse|baisse|réchauffement|refroidissement|écart|augmentation|chute|diminution|gain|perte))"
    r"\s+(?:(?:de|d['’])\s*)?\Z", regex.REVERSE
)
_ALCOHOL = regex.compile(r"(?i:\b(?:vins?|alcools?|alcoolisée?s?|bières?|spiritueux|whisky|rhum|vodka|cidres?|champagnes?|titr\w+|cuvées?)\b)")
_POWER_CONTEXT = regex.compile(
    r"(?i:\bmoteurs?\b|\bpuissan\w*|\bcylindr\w*|\bdévelopp\w*|\bturbo|\bthermique|\bélectrique|\bhybride"
    r"|\bvoitures?\b|\bvéhicules?\b|\bberline|\bcitadine|\bSUV\b|\bmoto\w*|\bbateau|\bhors-bord|\btracteur)"
)
"""A sentence about engines: "chevaux" there are horsepower, elsewhere horses."""
_PERCENT_CONTEXT = regex.compile(
    r"(?i:%|\bpour\s*cent\b|\bpourcent|\btaux\b|\bpourcentage|\bchômage|\binflation|\bcroissance|\bPIB\b"
    r"|\bparticipation|\babstention|\bsondage|\bintentions? de vote|\bpopularité|\bindice)"
)
_PERCENT_BEFORE = regex.compile(
    r"(?i:\b(?:hauss\w*|baiss\w*|recul\w*|progress\w*|augment\w*|repli\w*|chut\w*|relev\w*|abaiss\w*|gagn\w*|perd\w*))"
    r"\s+(?:(?:de|d['’])\s*)?\Z", regex.REVERSE
)
_SPREAD_CONTEXT = regex.compile(
    r"(?i:\b(?:spread|écart|rendement|obligat\w*|emprunt\w*|crédit|BCE|Fed|banque\s+centrale|OAT|Bund|prime\s+de\s+risque))"
)
"""Words of interest rates and bond markets, where "points de base" are basis points (with the rate words of
:data:`_PERCENT_CONTEXT` and the verbs of change of :data:`_PERCENT_BEFORE`)."""
_STOCK_MARKET = regex.compile(
    r"(?<![\w&])(?:(?P<index>" + "|".join(p for p, named in STOCK_INDICES.items() if named) + ")|"
    + "|".join(p for p, named in STOCK_INDICES.items() if not named) + r")(?![\w&])"
)
"""A stock index ("CAC 40", "Dow Jones": group ``index``) or a market word ("la Bourse", "Wall
Street") of ``stock_indices.tsv``: "points" in its sentence are index points."""
_INDEX_POINT = unit_from_string("index_point")
_ANAPHORIC_START = regex.compile(
    r"\s*(?:Il|Elle|Celui-ci|Celle-ci|Ce\s+dernier|Cette\s+dernière|L['’]indice|Le\s+marché)(?![\w'’-])"
)
"""A sentence whose subject refers back ("Il a gagné 45 points"): "points" there belong to the stock
index or market of the sentence before."""


def _named_francs() -> dict[str, str]:
    """Surfaces of the currencies.tsv francs other than the French one ("francs suisses" -> CHF,
    "francs cfa" -> XOF, "fcfa" -> XOF, "francs cfa beac" -> XAF), with the codes CHF, XOF, XAF."""
    out = {s: e.unit for s, e in UNITS.items()
           if e.kind == "money" and e.unit != "FRF" and ("franc" in s.lower() or s.lower() == "fcfa")}
    out.update({code: code for code in set(out.values())})
    return out


_FRANC_NAMES = _named_francs()
_NAMED_FRANC = regex.compile(
    "|".join(
        (f"(?i:(?<![\\w'’]){_surface_pattern(s, False)})" if s not in _FRANC_NAMES.values() else rf"\b{s}\b")
        for s in sorted(_FRANC_NAMES, key=len, reverse=True)
    ),
    _FLAGS,
)
"""A document that names a franc other than the French one ("francs suisses", "CHF", "francs CFA",
"FCFA") means it by a bare "francs": the first one it names."""
_SENTENCE_END = regex.compile(r"[.!?…]+[»\"”)]*\s+|\n")

_WINDOW = 48
_AHEAD = 100
"""Every forward match gets an end position this far ahead: without one, a pattern with a required
literal ("fois", "sur") makes the regex module scan the rest of the text first (quadratic time)."""
_LOOKBACK = 600
"""How far back (characters) an elided figure looks for its parallel phrase across sentences."""


_ANY_DIGIT = regex.compile(r"\d")


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in BLOCKERS.finditer(text)]


class _Spans:
    """Sorted, merged char spans with an O(log n) overlap test."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted((int(s), int(e)) for s, e in spans if e > s):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        if not self.starts:
            return False
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


_SENTENCE_REACH = 400
"""How far (characters) a figure's sentence context reaches on each side of it."""


_ENGLISH_GROUPED = regex.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3}){2,}(?!,?\d)")
"""A number grouped by commas in two groups or more: English digits, no other reading fits."""


def _scale_remainder(text: str, e: int, reading: NumberReading) -> tuple[int, NumberReading] | None:
    """A whole number of millions or billions followed by the rest of the number in digits: "1
    million 200 000 habitants" -> 1200000, "2 milliards 300 millions d'euros" -> 2300000000
    (end, reading), or None."""
    value, scale = reading.value, reading.scale
    if value is None or scale < 1_000_000 or reading.collective or value % scale:
        return None
    got = read_at(text, e + 1, proportion=False)
    if got is None:
        return None
    _, end, rest = got
    v = rest.value
    if v is None or rest.determiner or rest.collective or not scale / 1000 <= v < scale or v != v.to_integral_value():
        return None  # the rest counts thousands of a million ("3 millions 2 enfants" is no 3000002)
    flags = reading.flags + tuple(f for f in rest.flags if f not in reading.flags)
    return end, replace(reading, value=value + v, flags=flags, scale=rest.scale)


def _english_thousands(reading: NumberReading) -> NumberReading:
    """"174,754" (flagged ``english_digits_doubt``, read as French 174.754) read as English
    thousands, 174754, in a text that writes English digits elsewhere."""
    flags = tuple(f for f in reading.flags if f != "english_digits_doubt") + ("english_digits",)
    return replace(reading, value=normalize_decimal(reading.value * 1000), flags=flags)


class _Context:
    """The text being read, what is excluded, and lazily computed facts about it."""

    __slots__ = ("text", "excluded", "lemma", "exhaustive", "_bounds", "_franc", "_english")

    def __init__(self, text: str, excluded: _Spans, lemma, exhaustive: bool = False):
        self.text, self.excluded, self.lemma, self.exhaustive = text, excluded, lemma, exhaustive
        self._bounds: list[int] | None = None
        self._franc: str | None = None
        self._english: bool | None = None

    @property
    def english_grouping(self) -> bool:
        """Whether the text groups thousands with commas the English way somewhere no other
        reading fits ("fr. 9,563,830"): then its "174,754 hectolitres" are thousands too."""
        if self._english is None:
            self._english = _ENGLISH_GROUPED.search(self.text) is not None
        return self._english

    def free(self, start: int, end: int) -> bool:
        return not self.excluded.overlaps(start, end)

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around ``pos``, at most :data:`_SENTENCE_REACH` characters
        on each side of it: the context searches of every figure stay within a bounded window, so a
        text of figures with no full stop is read in linear time ("3 points 3 points ..." was
        quadratic)."""
        if self._bounds is None:
            self._bounds = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._bounds, pos)
        start = self._bounds[i - 1] if i else 0
        end = self._bounds[i] if i < len(self._bounds) else len(self.text)
        return max(start, pos - _SENTENCE_REACH), min(end, pos + _SENTENCE_REACH)

    @property
    def franc(self) -> str:
        """The ISO code of the franc the text names ("francs suisses": CHF), else "FRF"."""
        if self._franc is None:
            m = _NAMED_FRANC.search(self.text)
            self._franc = "FRF" if m is None else _FRANC_NAMES[_franc_key(m.group())]
        return self._franc


def _franc_key(found: str) -> str:
    key = norm_surface(found)
    return key if key in _FRANC_NAMES else key.lower()


@lru_cache(maxsize=4096)
def _lookup_unit(surface: str) -> UnitEntry | None:
    """The entry of a unit surface as the text writes it (memoised: a few surfaces recur)."""
    key = norm_surface(surface)
    return UNITS.get(key) or UNITS.get(key.lower())


def _ambiguous(entry: UnitEntry) -> bool:
    return any(f.startswith("ambiguous") or f == "degree_unspecified" for f in entry.flags)


def _determiner_unit_ok(text: str, start: int, end: int) -> bool:
    """"un euro", "une tasse", "un demi-litre", "un $" are figures; "Une t." is not."""
    surface = text[start:end].strip(" -\u00a0")
    letters = sum(c.isalpha() for c in surface)
    return letters >= 3 or (letters == 0 and bool(surface))


def _looks_like_year(text: str, s: int, e: int, reading: NumberReading) -> bool:
    """A plain four-digit integer 1800-2100 ("en 2020 marque") is probably a year: it takes no
    counted noun (a count that large is written with a thousands space: "2 000 manifestants")."""
    return e - s == 4 and reading.value is not None and 1800 <= reading.value <= 2100 and text[s:e].isdigit()


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w.endswith(("s", "x", "z")) or w in PLURALS


@lru_cache(maxsize=8192)
def _is_counted_noun(word: str, plural: bool = False) -> bool:
    """Whether ``word`` after a number is its counted noun. ``plural``: the number is 2 or more
    (French then writes the noun in the plural: "8 habituellement", "quatre achète" are not).
    Memoised: a pure test of the word, and the same nouns recur."""
    w = word.lower().replace("’", "'")
    if len(w) < 2 or w in NOT_NOUNS or w in WORDS or (_may_have_shape(w) and _NOT_NOUN_SHAPE.search(w)):
        return False
    if word[0].isupper():
        return not word.isupper() and len(w) > 3  # "quatre Canadair" (a name used as a noun)
    return not plural or _is_plural(w)


class _Figure:
    """A figure being read. Attributes other than the offsets and the value default to the class
    attributes below (set per instance only when they change: the common bare number is cheap)."""

    low = high = unit = noun = base_unit = None  # base_unit: the numerator of a rate ("EUR" of "EUR / foyer")
    kind = "number"
    qualifier = "exact"
    flags: tuple | list = ()
    bare = False  # a number without unit or noun: an elided figure (guideline 1.3)
    scaled = False
    scale = 1  # the factor of the scale word that ends the number ("13,2 milliards": 10**9), else 1
    money_hint = False
    skip = False  # not a figure, but its numbers are consumed ("32 à 19", a score)
    parallel = True  # may lend its unit to an elided figure ("une seule branche ... une vingtaine" may not)

    def __init__(self, start, end):
        self.start = start
        self.end = self.num_end = end
        self.value = None
        self.flags = []

    def has_unit(self) -> bool:
        return self.unit is not None and not self.bare


_POUND = UnitEntry("pound", "mass")
_WEIGHT = regex.compile(r"(?i:\b(?:pès\w*|pes\w+|poids|kilos?|kilogrammes?|grammes?|tonnes?|t\.\s?métrique|bébés?|maigr\w+|gross\w+|perd\w*|mang\w+|régimes?|obès\w*|obésité)\b)")
"""A sentence about weight (of a body or of food: "perdre", "maigrir", "manger", "régime"):
"livres" there are pounds (mass), not pounds sterling nor books."""


def _unit_at(text: str, pos: int, reading: NumberReading, ctx: _Context | None = None):
    """(entry, end) of a unit right after ``pos``, or None."""
    um = UNIT_AFTER.match(text, pos, pos + _AHEAD)
    if um is None:
        return None
    gap, de, surface = um.groups()  # (regex reads a group by name several times slower)
    if de and not (reading.scaled or reading.collective or _million_multiple(reading) or _word_fraction(reading)):
        return None
    if gap == "-" and not (reading.determiner or surface.isalpha()):
        return None
    entry = _lookup_unit(surface)
    if entry is None:
        return None
    if entry.kind == "money" and de is None and surface.lower() in ("livre", "livres"):
        # "livres" alone: books, or pounds; a weight when the value is not whole ("2.204,62 livres")
        # or the sentence speaks of weight ("ce bébé est plus de deux livres")
        if ctx is not None and reading.value is not None and (
            reading.value != reading.value.to_integral_value() or _WEIGHT.search(text, *ctx.sentence(pos))
        ):
            return _POUND, um.end()
        return None
    if entry.unit == "troy_ounce" and ctx is not None and not _METAL_CONTEXT.search(text, *ctx.sentence(pos)):
        return _OUNCE, um.end()  # "10 onces de cannabis": the ounce (the troy ounce weighs precious metals)
    return entry, um.end()


_OUNCE = UnitEntry("ounce", "mass")
_METAL_CONTEXT = regex.compile(r"(?i:(?:\b[dl]['’]\s*|\ben\s+)or\b|\bargent\b|\bplatine\b|\bpalladium\b|\blingots?\b"
                               r"|\bmétaux\s+précieux\b|\bmétal\s+précieux\b|\baurifère)")
"""A sentence about precious metals ("l'once d'or", "un lingot de 400 onces"): its ounces are troy ounces."""


def _word_fraction(reading: NumberReading) -> bool:
    """A fraction in words ("un quart", "trois quarts", "un tiers"): like a scale word, it takes its
    unit after "de" ("un quart de point", "trois quarts de litre")."""
    v = reading.value
    return reading.is_word and not reading.determiner and v is not None and 0 < v < 1


def _million_multiple(reading: NumberReading) -> bool:
    """"4 000 000 de degrés": digits that are a whole number of millions take "de" like "millions"."""
    v = reading.value
    return v is not None and not reading.is_word and v >= 1_000_000 and v % 1_000_000 == 0


def find_quantities(
    text: str,
    *,
    exclude: Sequence[tuple[int, int]] = (),
    lemmatize: Callable[[str], str] | None = None,
    exhaustive: bool = False,
) -> list[Match[Quantity]]:
    """Every figure of a French ``text``, left to right, as ``Match[Quantity]``.

    Args:
        text: any text (a document).
        exclude: char spans (start, end exclusive) of temporal expressions; no figure overlaps one.
        lemmatize: turns a counted noun's surface ("téléphones") into its lemma ("téléphone");
            default: :func:`sikyx.quantities.nouns.singular`.
        exhaustive: read every candidate with the full grammar, without the fast paths (plain
            digits read without the number grammar, blockers looked for only in a text with
            digits, a number between two numbers read bare, the one-character tests that skip
            the qualifier, currency and reference patterns). Same output, slower: the reference
            the fast paths are tested against.

    Returns ``Match`` objects whose ``value`` is a :class:`~sikyx.quantities.Quantity` (span
    convention in this module's docstring). Never raises on any ``str``. A text in NFD, with
    invisible characters inside words (soft hyphen, zero-width space) or with case variants of
    letters ("ſ") is read in its normal form (:func:`sikyx.textnorm.normalise`); offsets and
    texts of the matches are those of ``text``.
    """
    norm = normalise(text)
    if norm is not None:
        spans = [norm.from_original(a, b) for a, b in exclude]
        return norm.restore(text, find_quantities(norm.text, exclude=spans, lemmatize=lemmatize, exhaustive=exhaustive))
    excluded = _Spans(exclude)
    # every blocker starts with a digit (or "+" and a digit): a text without digits has none
    blocked = _Spans(_blocked_spans(text) if exhaustive or _ANY_DIGIT.search(text) else ())
    ctx = _Context(text, excluded, lemmatize or singular, exhaustive)
    figs: list[_Figure] = []
    last_end = 0
    for s, e, reading in iter_readings(text, exhaustive):
        if s < last_end or excluded.overlaps(s, e) or blocked.overlaps(s, e):
            continue
        if reading.flags and "english_digits_doubt" in reading.flags and "," in text[s:e] and ctx.english_grouping:
            reading = _english_thousands(reading)  # "174,754 hectolitres, valant fr. 9,563,830"
        if reading.scaled and text[e:e + 1] == " " and text[e + 1:e + 2].isdigit():
            got = _scale_remainder(text, e, reading)
            if got is not None:
                if excluded.overlaps(s, got[0]) or blocked.overlaps(s, got[0]):
                    continue
                e, reading = got  # "1 million 200 000 habitants"
        if (
            not exhaustive and s > 1 and text[s - 1] == " " and text[e:e + 1] == " " and text[s - 2].isdigit()
            and text[e + 1:e + 2].isdigit() and not reading.is_word and not reading.flags
        ):
            # a number between two numbers ("1 2 3"): no unit, qualifier nor range can apply
            fig = _Figure(s, e)
            fig.value = reading.value
            if reading.approx:
                fig.qualifier = "approx"
            figs.append(fig)
            last_end = e
            continue
        try:
            fig = _read_figure(ctx, s, e, reading)
        except (ValueError, ArithmeticError):  # a malformed sub-phrase: not a figure
            continue
        if fig is None or fig.start < last_end or excluded.overlaps(fig.start, fig.end):
            continue
        last_end = fig.end
        if not fig.skip:
            figs.append(fig)
    if figs:
        _resolve_elided(ctx, figs)
        _centimes_currency(figs)
    out: list[Match[Quantity]] = []
    for fig in figs:
        if not _plausible(fig):
            continue
        if fig.kind == "number" and fig.unit is None and fig.low is None and not fig.flags and fig.qualifier == "exact":
            out.append(Match(fig.start, fig.end, text[fig.start:fig.end], _number_quantity(fig.value)))
            continue
        try:
            q = Quantity(
                kind=fig.kind, value=fig.value, unit=fig.unit, qualifier=fig.qualifier,
                low=fig.low, high=fig.high, noun=fig.noun, flags=tuple(dict.fromkeys(fig.flags)) if fig.flags else (),
            )
        except ValueError:  # pragma: no cover - defensive: a lexicon typo
            continue
        out.append(Match(fig.start, fig.end, text[fig.start:fig.end], q))
    return out


MAX_EXPONENT = 30
"""A figure of 10**30 or more (or a non-zero one below 10**-30) is a code or a digit run, not a
quantity of prose; leaving it out also keeps every value writable as an exact JSON number."""


def _plausible(fig: "_Figure") -> bool:
    for v in (fig.value, fig.low, fig.high):
        if v is not None and v != 0 and not -MAX_EXPONENT < v.adjusted() < MAX_EXPONENT:
            return False
    return True


@lru_cache(maxsize=4096)
def _number_quantity(value) -> Quantity:
    """The (immutable, shared) quantity of a bare number."""
    return Quantity(kind="number", value=value)


def _neighbours(text: str, s: int, e: int) -> tuple[str, str]:
    """The nearest non-space characters before ``s`` and after ``e`` (within two characters),
    "" at the text's ends; used to skip the context patterns that cannot match."""
    before = text[s - 1:s]
    if before in _SPACE_CHARS:
        before = text[max(0, s - 2):s].rstrip(" \u00a0\u202f\u2009")[-1:]
    after = text[e:e + 1]
    if after in _SPACE_CHARS:
        after = text[e:e + 2].lstrip(" \u00a0\u202f\u2009")[:1]
    return before, after


_SPACE_CHARS = frozenset(" \u00a0\u202f\u2009")


def _plural_noun_after(text: str, e: int, reading: NumberReading) -> bool:
    """A counted noun in the plural right after a number of 2 or more ("Nantes 3 buts"): the
    number counts it, whatever capitalised word (of three letters or more) stands before."""
    v = reading.value
    if v is None or v < 2:
        return False
    nm = NOUN_AFTER.match(text, e, e + _AHEAD)
    return nm is not None and not nm.group("de") and not nm.group("noun")[0].isupper() \
        and _is_counted_noun(nm.group("noun"), True)


def _model_name(text: str, s: int, e: int, lo: int) -> bool:
    """Plain digits right after a capitalised word inside a sentence: "la Peugeot 208"."""
    if not text[s:e].isdigit() or s < 3 or not text[s - 2].isalpha():
        return False
    j = text.rfind(" ", lo, s - 1)
    if not text[j + 1:j + 2].isupper():
        return False
    m = CAPITAL_WORD_BEFORE.search(text, lo, s)
    if m is None:
        return False
    w = m.group("w")
    return w not in _PREFIX_CODES and not (w.isupper() and len(w) <= 3 and _lookup_unit(w) is not None)


def _read_figure(ctx: _Context, s: int, e: int, reading: NumberReading) -> _Figure | None:
    text = ctx.text
    lo = s - _WINDOW if s > _WINDOW else 0
    before, after = _neighbours(text, s, e)
    left_context = bool(before) and not before.isdigit()
    if reading.determiner:
        return _determiner_figure(ctx, s, e, reading, lo, left_context)
    is_digits = not reading.is_word or bool(_DIGIT_START.match(text, s, s + _AHEAD))
    right_context = not after.isdigit()
    # digits glued to a word on the left ("A320", "COVID-19"), unless a currency code
    prefix = (PREFIX_CURRENCY.search(text, lo, s) if ctx.exhaustive else _prefix_currency(text, lo, s)) \
        if left_context else None
    if s and text[s - 1].isalnum() and is_digits and not prefix:
        return None
    if left_context and (NOT_BEFORE.search(text, lo, s) is not None if ctx.exhaustive else _not_before(text, lo, s)):
        return None
    if right_context and (_NOT_AFTER_FIRST is None or _after_spaces(text, e) in _NOT_AFTER_FIRST) \
            and NOT_AFTER.match(text, e, e + _AHEAD):
        return None
    if text[s].isupper() and NAME_AT.match(text, s, s + _AHEAD):
        return None  # "Six Nations", "SIX Swiss Exchange"
    if after == "," and text[e:e + 1] == "," and _ADDRESS_AFTER.match(text, e, e + _AHEAD) \
            and _ADDRESS_BEFORE.search(text, lo, s):
        return None  # "demeurant 49, route nationale": a street number
    if before in _ROAD_LETTERS and text[s - 1] in _SPACE_SET and _ROAD_BEFORE.search(text, lo, s):
        return None  # "sur l'A 10", "la N 7": a road (guideline 1.1)
    fig = _Figure(s, e)
    fig.value = reading.value
    fig.flags.extend(reading.flags)
    if reading.scaled:
        fig.scaled, fig.scale = True, reading.scale
    if not right_context and not left_context:
        if reading.approx:
            fig.qualifier = "approx"
        return fig
    entry = None
    unit_end = e
    u = _unit_at(text, e, reading, ctx) if right_context else None
    if u is None and right_context:
        am = ADJ_BEFORE_UNIT.match(text, e, e + _AHEAD) if text[e + 1:e + 16].split(" ", 1)[0] in ADJECTIVES else None
        if am is not None:
            u2 = _unit_at(text, am.end(), reading)
            if u2 is not None and text[am.end():u2[1]].strip().isalpha():
                u = u2
    if u is not None:
        entry, unit_end = u
        if text[unit_end - 1] == "°" and (_enumeration_mark(ctx, s, e, unit_end) or _ordinal_mark(text, lo, s, unit_end)):
            return None  # "ce qui suit : 1°. Conformément ...": primo; "le 25° anniversaire": an ordinal
    elif is_digits and e < len(text) and GLUED_LETTER.match(text, e, e + _AHEAD):
        return None  # "16e", "1er", "A320x": a reference or an ordinal, not a figure
    elif HYPHEN_WORD.match(text, e, e + _AHEAD):
        return None  # "deux-roues", "quatre-quatre": a compound word, not a figure
    if prefix is not None and (entry is None or (
        entry.kind == "money" and entry.factor < 1 and fig.value is not None and fig.value != fig.value.to_integral_value()
    )):
        # "fr. 3 50 c.": the currency before, the centimes after close the number (3.50 CHF)
        sub = entry
        entry = _lookup_unit(prefix.group("cur"))
        if entry is not None:
            fig.start = prefix.start()
        else:
            entry = sub
    if entry is None and left_context and _model_name(text, s, e, lo) and not (
        text[s - 4:s - 1].isalpha() and _plural_noun_after(text, e, reading)
    ):
        return None  # "la Peugeot 208" (not "a battu Nantes 3 buts à 0"; a letter "I 20 maisons" is OCR)
    if left_context and (entry is None or entry.kind == "duration") and "les" in text[max(0, s - 5):s] \
            and EVERY_BEFORE.search(text, lo, s):
        return None  # "toutes les six minutes": a SET of the date layer
    # a range: "entre X et Y", "de X à Y", "X à Y", "X-Y", "X ou Y"
    rng = _range(ctx, s, e, reading, entry, unit_end, lo)
    if rng is not None:
        return rng
    if is_digits and entry is None and SCORE.match(text, e, e + _AHEAD) and not reading.scaled:
        return None  # "3-1", "222-37": a score or a reference
    fig.end = unit_end
    if entry is not None:
        _half_after(text, fig, reading)
        _apply_unit(ctx, fig, entry, e, unit_end)
        if fig.kind == "money" and fig.end == unit_end:
            sub = SUBUNIT_AFTER.match(text, fig.end, fig.end + _AHEAD)
            if sub and fig.value is not None and fig.value == fig.value.to_integral_value() and not reading.scaled:
                raw = sub.group("sub") or sub.group("sub2")
                cents = Decimal(raw) if raw else words_value(sub.group("subw"))
                if cents < 100:
                    fig.value = normalize_decimal(fig.value + cents / 100)
                    fig.end = sub.end()
        elif fig.unit == _METER and fig.end == unit_end:
            _centimetres_after(text, fig, reading)
        _rate(ctx, fig)
    else:
        if not _bare_or_noun(ctx, fig, s, e, reading, lo):
            return None
    _qualify(ctx, fig, s, lo, left_context, reading)
    return fig


_METER = unit_from_string("meter")
_CENTIMETRES_AFTER = regex.compile(
    rf"{SPACE}+(?P<cm>\d{{2}})(?={SPACE}*(?:[.;:!?)]|,(?!\d)|\Z|(?i:de|d['’]){SPACE}*(?i:haut|long|large|hauteur|longueur"
    rf"|largeur|profondeur|diamètre|côté|tour|envergure)(?![\w'’])"
    rf"|{SPACE}+(?i:et|ou|puis|contre|pour|à|au|avec|lors|plus|soit|sur|en|par)(?![\w'’])))",
    _FLAGS,
)
"""Two digits closing a length in metres ("1 m 80.", "2 m 50 de haut", "2 m 50 et 2 m 45", "2 m 50
plus loin"): its centimetres (not "10 m 50 places": a count follows)."""


def _centimetres_after(text: str, fig: _Figure, reading: NumberReading) -> None:
    """"il mesure 1 m 80" -> 1.8 meter, "2 mètres 50 de haut", "3 m. 50" (old print) -> 2.5, 3.5
    meter (one span), like the cents of "2 euros 50"."""
    if fig.value is None or reading.scaled or fig.value != fig.value.to_integral_value():
        return
    pos = fig.end + 1 if text[fig.end:fig.end + 1] == "." and text[fig.end - 1:fig.end] == "m" else fig.end  # "3 m. 50"
    m = _CENTIMETRES_AFTER.match(text, pos, pos + _AHEAD) if _after_spaces(text, pos).isdigit() else None
    if m is not None:
        fig.value = normalize_decimal(fig.value + Decimal(m.group("cm")) / 100)
        fig.end = m.end()


_ENUMERATION_BEFORE = frozenset(":;.)—–-»\n")
"""What may stand before the "1°" of an enumeration (after spaces): the start of an item."""


def _enumeration_mark(ctx: _Context, s: int, e: int, unit_end: int) -> bool:
    """"1°", "2°" opening the items of a list (primo, secundo: "ce qui suit : 1°. Conformément
    ...", "; 2° Les personnes"): a small whole number at the start of an item, followed by a
    full stop, a bracket or a capitalised word, in a sentence without weather or temperature words."""
    text = ctx.text
    digits = text[s:e]
    if not digits.isdigit() or not 0 < int(digits) <= 20:
        return False
    k = s - 1
    while k >= 0 and text[k] in _SPACE_SET:
        k -= 1
    if k >= 0 and text[k] not in _ENUMERATION_BEFORE:
        return False
    nxt = text[unit_end:unit_end + 1]
    if nxt not in (".", ")") and not (nxt in _SPACE_SET and _after_spaces(text, unit_end).isupper()):
        return False
    a, b = ctx.sentence(s)
    return _WEATHER.search(text, a, b) is None and _TEMPERATURE.search(text, a, b) is None


_ORDINAL_BEFORE = regex.compile(
    rf"(?<![\w])(?i:le|la|l['’]|du|au|sa|son|leur|notre|votre|ce|cet|cette){SPACE}*\Z", _FLAGS | regex.REVERSE
)
_WORD_AFTER = regex.compile(rf"{SPACE}+(?P<w>[a-zà-öø-ÿœæ]{{3,}})(?![\w'’])", _FLAGS)


def _ordinal_mark(text: str, lo: int, s: int, unit_end: int) -> bool:
    """"°" written for the ordinal "e" of old print: "du 25° anniversaire", "le 3° régiment" (a
    determiner before, a noun right after); "il fait 20° à l'ombre" stays a degree."""
    w = _WORD_AFTER.match(text, unit_end, unit_end + _AHEAD)
    if w is None or w.group("w") in NOT_NOUNS or w.group("w") in ("celsius", "fahrenheit", "kelvin"):
        return False
    return _ORDINAL_BEFORE.search(text, lo, s) is not None


_HALF_AFTER = regex.compile(rf"{SPACE}+(?i:et){SPACE}+(?i:demie?)(?![\w'’])", _FLAGS)


def _half_after(text: str, fig: _Figure, reading: NumberReading) -> None:
    """"deux hectares et demi" -> 2.5 hectare (one span; before the unit's factor applies)."""
    if fig.value is None or reading.scaled or fig.value != fig.value.to_integral_value():
        return
    m = _HALF_AFTER.match(text, fig.end, fig.end + _AHEAD) if "et" in text[fig.end:fig.end + 4] else None
    if m is not None:
        fig.value = normalize_decimal(fig.value + Decimal("0.5"))
        fig.end = m.end()


def _qualify(ctx: _Context, fig: _Figure, s: int, lo: int, left_context: bool, reading: NumberReading | None) -> None:
    """The qualifier before the figure ("plus de", "près d'") or a postposed "environ"."""
    text = ctx.text
    if reading is not None and reading.approx:
        fig.qualifier = "approx"
    q = _qualifier_before(text, lo, s, ctx.exhaustive) if left_context else None
    if q is not None and fig.start == s:
        fig.qualifier = _qualifier_of(q.group("q"))
        fig.start = q.start()
    if fig.qualifier == "exact" and not fig.bare and "nviron" in text[fig.end:fig.end + 10]:
        env = ENVIRON_AFTER.match(text, fig.end, fig.end + _AHEAD)
        if env is not None and ctx.free(fig.end, env.end()):
            fig.qualifier = "approx"
            fig.end = env.end()
    if fig.value is None and fig.qualifier == "exact":
        fig.qualifier = "approx"


def _bare_or_noun(ctx: _Context, fig: _Figure, s: int, e: int, reading: NumberReading, lo: int) -> bool:
    """A number without a unit: a magnitude, a multiplier, a count of a noun, or a bare number
    (then elided: it takes the unit of a parallel phrase later). False: not a figure."""
    text = ctx.text
    mag = MAGNITUDE_BEFORE.search(text, lo, s) if "agnitude" in text[lo:s] else None
    if mag is not None:
        fig.kind = "other"
        fig.flags.append("richter_magnitude")
        fig.start = mag.start()
        return True
    fois = FOIS_AFTER.match(text, e, e + _AHEAD) if "ois" in text[e:e + 8] else None
    if fois is not None:
        if MULTIPLIER_AFTER.match(text, fois.end(), fois.end() + _AHEAD):
            fig.kind = "number"  # "2,7 fois plus": a multiplier
            fig.flags.append("multiplier")
            fig.end = fois.end()
            return True
        if SET_AFTER.match(text, fois.end(), fois.end() + _AHEAD):
            return False  # "deux fois par jour": a SET of the date layer
        if _times_a_measure(text, s, fois.end()):
            fig.kind = "number"  # "près de 13 fois la surface", "dix fois le SMIC": a multiplier
            fig.flags.append("multiplier")
            fig.end = fois.end()
            return True
        _as_count(fig, "fois")
        fig.end = fois.end()
        return True
    value = reading.value
    if _proportion(ctx, fig, value, e):
        return True  # "six sur dix", "sept Français sur dix", "deux jeunes sur trois": 0.6, 0.7, 2/3
    nm = NOUN_AFTER.match(text, e, e + _AHEAD)
    plural = value is not None and abs(value) >= 2 and not _nm_de(nm)
    if (
        nm is not None
        and (not nm.group("de") or reading.scaled or reading.collective or _million_multiple(reading))
        and not _looks_like_year(text, s, e, reading)
        and _is_counted_noun(nm.group("noun"), plural)
        and ctx.free(e, nm.end())
    ):
        noun = nm.group("noun")
        if nm.group("de") and reading.scaled and singular(noun) in MONEY_NOUNS:
            fig.bare = fig.money_hint = True  # "dont 9,5 millions d'investissements": elided euros
            return True
        _as_count(fig, ctx.lemma(noun))
        fig.end = nm.end()
        _rate(ctx, fig)
        return True
    if s and text[s - 1] in "([" and text[e:e + 1] in ")]":
        return False  # "(1)", "[12]": a note or a reference
    pc = PERCENTAGE_BEFORE.search(text, lo, s) if "ourcent" in text[lo:s] else None
    if pc is not None:
        fig.kind = "percent"
        fig.unit = unit_from_string("percent")
        fig.start = pc.start()
        return True
    fig.bare = not (reading.is_word and value is not None and value != value.to_integral_value())
    if _looks_like_year(text, s, e, reading):
        fig.bare = False
    return True


def _nm_de(nm) -> bool:
    return nm is not None and bool(nm.group("de"))


_PROPORTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000})
"""The denominators of a proportion "N (noun) sur D" with N above one: "sept Français sur dix",
"deux jeunes sur trois", "six sur dix". Other pairs are two counts ("81 départements sur 96",
"210 sièges sur 577", guideline 1.3)."""


_SUR_AHEAD = regex.compile(
    rf"(?:{SPACE}+(?!(?i:de|des|du|et|ou|à|sur)(?![\w'’]))[^\W\d_][\w'’-]*){{0,2}}{SPACE}+(?i:sur){SPACE}+", _FLAGS)
"""Up to two words (the counted noun and an adjective: "deux jeunes hommes", "un TGV") and "sur"."""


def _proportion(ctx: _Context, fig: _Figure, numerator, pos: int) -> bool:
    """Read "(noun) sur D" at ``pos`` after the numerator of ``fig`` as a proportion N/D
    (guideline 1.1: "un cas sur dix" -> 0.1, "six sur dix" -> 0.6): ``fig`` becomes the number N/D,
    flagged ``rounded`` when it has no exact decimal, its span running to D. False (``fig``
    unchanged) when no proportion follows: D not a denominator of :data:`_PROPORTION_DENOMINATORS`
    (one accepts any: "un sur 577"), N not a whole number below D, D followed by its own noun or
    unit ("trois buts sur cinq tirs", "un bateau sur 2 kilomètres": two figures) or D inside an
    excluded span."""
    text = ctx.text
    if numerator is None or numerator < 1 or text.find("sur", pos, pos + 40) < 0 or numerator != numerator.to_integral_value():
        return False
    sur = _SUR_AHEAD.match(text, pos, pos + _AHEAD)
    got = read_at(text, sur.end()) if sur is not None else None
    if got is None:
        return False
    _, den_end, den = got
    d = den.value
    if d is None or den.determiner or d != d.to_integral_value() or not numerator < d \
            or (numerator > 1 and d not in _PROPORTION_DENOMINATORS) or not ctx.free(fig.start, den_end):
        return False
    nm = NOUN_AFTER.match(text, den_end, den_end + _AHEAD)
    if nm is not None and not nm.group("de") and _is_counted_noun(nm.group("noun"), d >= 2) \
            or _unit_at(text, den_end, den) is not None:
        return False  # "trois buts sur cinq tirs", "un bateau sur 2 kilomètres": two figures
    value = Fraction(int(numerator), int(d))
    dec = Decimal(value.numerator) / Decimal(value.denominator)
    fig.kind, fig.unit, fig.noun, fig.bare = "number", None, None, False
    fig.value = normalize_decimal(dec)
    if Fraction(dec) != value:
        fig.flags.append("rounded")
    fig.end = den_end
    return True


LOOSE_COLLECTIVE = regex.compile(
    rf"{SPACE}+(?i:bonne|bon|petite|petit|grosse|gros|large|courte|court){SPACE}+"
    rf"(?P<coll>(?i:{alt(w for w, (_, c) in WORDS.items() if c == 'collective' and not w.endswith('s'))}))(?![\w'’])",
    _FLAGS,
)
""""une bonne centaine", "une petite dizaine", "un bon millier" after "un/une": the collective,
approximate ("une bonne centaine de personnes" -> 100 personne, approx)."""


def _determiner_figure(ctx: _Context, s: int, e: int, reading: NumberReading, lo: int, left_context: bool) -> _Figure | None:
    """"un/une" is a figure when counted or scaled (guideline 1.1): before a unit ("un euro", "une
    tasse"), in a proportion ("un cas sur dix" -> 0.1), after a qualifier ("au moins un
    carburant") or before a rate ("une cartouche par personne"). "une enquête" is not; "une bonne
    centaine de personnes" is the collective (:data:`LOOSE_COLLECTIVE`)."""
    text = ctx.text
    ahead = text[e:e + 24]
    if "aine" in ahead or "illier" in ahead:
        loose = LOOSE_COLLECTIVE.match(text, e, e + _AHEAD)
        if loose is not None:
            word = loose.group("coll").lower()
            coll = NumberReading(WORDS[word][0], (), True, True, collective=word)
            return _read_figure(ctx, s, loose.end(), coll)
    u = _unit_at(text, e, reading)
    fig = _Figure(s, e)
    fig.value = reading.value
    fig.flags.extend(reading.flags)
    if u is not None:
        entry, unit_end = u
        if _ambiguous(entry) and not (reading.value == Decimal("0.5") and "ambiguous_point" in entry.flags) \
                or not _determiner_unit_ok(text, e, unit_end):
            return None  # "un point de vue", "un degré potentiel" (but "un demi-point" of a rate)
        if entry.kind == "duration" and left_context and EVERY_BEFORE.search(text, lo, s):
            return None  # "toutes les demi-heures": a SET
        if entry.kind == "duration" and CALENDAR_AFTER.match(text, unit_end, unit_end + _AHEAD):
            return None  # "un mois de juillet", "une année 2022", "une seconde centrale": no measure
        if entry.unit == "troy_ounce" and not _METAL_CONTEXT.search(text, *ctx.sentence(s)):
            return None  # "pas une once de vérité": a figure of speech ("une once d'or" is one)
        fig.end = unit_end
        _apply_unit(ctx, fig, entry, e, unit_end)
        _rate(ctx, fig)
        _qualify(ctx, fig, s, lo, left_context, None)
        return fig
    if _proportion(ctx, fig, fig.value, e):  # "un cas sur dix" -> 0.1, "un TGV sur trois", "un sur dix"
        _qualify(ctx, fig, s, lo, left_context, None)
        return fig
    nm = NOUN_AFTER.match(text, e, e + _AHEAD)
    single = nm is not None and nm.group("adj") is not None and nm.group("adj").lower() in ("seul", "seule")
    if nm is None or nm.group("de") or (nm.group("adj") and not single) or not _is_counted_noun(nm.group("noun")):
        return None
    q = _qualifier_before(text, lo, s, ctx.exhaustive) if left_context else None
    if q is not None and "partir" in q.group("q").lower():
        return None  # "à partir d'une importante expérience", "à partir d'un certain âge": a determiner
    if q is None and not single and not _may_open_rate(text, nm.end()):
        return None  # "une enquête": a determiner (neither a qualifier, "seul(e)" nor a rate makes it a figure)
    if q is not None and _OF_AFTER.match(text, nm.end(), nm.end() + _AHEAD):
        return None  # "au moins une partie de son tabac": a determiner (guideline 1.1)
    _as_count(fig, ctx.lemma(nm.group("noun")))
    fig.end = nm.end()
    if single:
        fig.parallel = False  # "une seule voie": one, stressed; no parallel phrase for later figures
    if q is None and not single:
        before_rate = fig.noun
        _rate(ctx, fig)
        if fig.noun == before_rate:
            return None  # "une enquête": a determiner
    else:
        _rate(ctx, fig)
    _qualify(ctx, fig, s, lo, left_context, None)
    return fig


def _qualifier_of(phrase: str) -> str:
    p = " ".join(phrase.replace("’", "'").lower().split())
    if p.endswith("d'"):
        p = p[:-2].rstrip() + " de"
    return QUALIFIERS.get(p, "exact")


def _degree_reading(ctx: _Context, fig: _Figure, num_start: int) -> tuple[str, str]:
    """(kind, unit) of a degree without a scale, from its sentence (see units.tsv)."""
    text = ctx.text
    a, b = ctx.sentence(num_start)
    sentence = text[a:b]
    if _ALCOHOL.search(sentence):
        return "percent", "percent"  # "vins de moins de 14 degrés"
    if _DELTA_BEFORE.search(text, max(a, fig.start - 40), fig.start):
        return "temperature", "delta_degree_Celsius"  # "un redoux de 8 à 10 degrés"
    negative = (fig.value is not None and fig.value < 0) or (fig.low is not None and fig.low < 0)
    if _WEATHER.search(sentence) or (negative and _TEMPERATURE.search(sentence)):
        return "temperature", "degree_Celsius"
    if _ANGLE.search(sentence):
        fig.flags.append("angle")  # "tourner à 90 degrés", "Rotation 90°"
    return "other", "degree"


_COUNT_UNIT = unit_from_string("count")


def _as_count(fig: _Figure, noun: str) -> None:
    """Make ``fig`` a count of the counted noun ``noun`` (a lemma)."""
    fig.kind = "count"
    fig.unit = _COUNT_UNIT
    fig.noun = noun


_SUBUNIT_CURRENCY = regex.compile(
    rf"{SPACE}+(?i:de{SPACE}+|d['’]{SPACE}*)(?P<cur>{_WORD})(?![\w'’])(?:{SPACE}+(?P<more>{_WORD})(?![\w'’]))?", _FLAGS)
"""The currency named after a sub-unit: "centimes d'euro", "cents de dollar", "centimes de franc"."""


def _about_rates(ctx: _Context, start: int) -> bool:
    """Whether the sentence of a figure starting at ``start`` speaks of rates or spreads (the
    words of :data:`_PERCENT_CONTEXT` or :data:`_SPREAD_CONTEXT`, a verb of change of
    :data:`_PERCENT_BEFORE` before the figure): where "points de base" and "pb" are basis points."""
    a, b = ctx.sentence(start)
    text = ctx.text
    return bool(_PERCENT_CONTEXT.search(text, a, b) or _PERCENT_BEFORE.search(text, a, start)
                or _SPREAD_CONTEXT.search(text, a, b))


def _index_named(text: str, first, start: int, end: int):
    """The stock-market match that names the figure's index: the last index named before the figure
    ("le Dow Jones ..., tandis que le Nasdaq perdait 200 points": Nasdaq), else the first one of the
    sentence (``first``) or any index after it."""
    best = None
    for m in _STOCK_MARKET.finditer(text, first.start(), end):
        if m.group("index") and (best is None or m.start() < start):
            best = m
        if best is not None and m.start() >= start:
            break
    return best or first


_POINT_COMPOUND = regex.compile(
    rf"{SPACE}+(?i:de{SPACE}+(?:vente|contrôle|controle|passage|collecte|suture|retrait|deal|rencontre|vigilance|"
    rf"rassemblement|distribution|livraison|recharge|relais|fixation|chute|dépôt|depot|blocage|ravitaillement|"
    rf"sortie|entrée|départ|arrivée|repère|presse)|d['’]{SPACE}*(?:accueil|eau|accès|acces|appui|ancrage|arrêt|arret|"
    rf"entrée|information|étape|etape))(?![\w'’])", _FLAGS)
""""points de vente", "points de contrôle", "points d'accueil": places counted, never index or percentage points."""


def _as_index_point(fig: _Figure, market) -> None:
    """Make ``fig`` a level or a change of a stock index (GUIDELINES 1.4): kind other, unit
    index_point, noun the index its sentence names ("CAC 40"; None after a market word alone)."""
    fig.kind = "other"
    fig.unit = _INDEX_POINT
    fig.noun = " ".join(market.group("index").split()) if market.group("index") else None


def _apply_unit(ctx: _Context, fig: _Figure, entry: UnitEntry, unit_start: int, unit_end: int) -> None:
    kind, unit, flags = entry.kind, entry.unit, entry.flags
    if "degree_unspecified" in flags:
        kind, unit = _degree_reading(ctx, fig, fig.num_end if fig.num_end else unit_start)
        if unit != "degree" or "angle" in fig.flags:
            flags = ()  # a temperature or an angle: no longer unspecified
    elif "ambiguous_point" in flags:
        if _POINT_COMPOUND.match(ctx.text, unit_end, unit_end + _AHEAD):
            return _as_count(fig, "point")  # "3 000 points de vente", "12 points de contrôle": places
        a, b = ctx.sentence(fig.start)
        market = _STOCK_MARKET.search(ctx.text, a, b)
        if market is not None:
            return _as_index_point(fig, _index_named(ctx.text, market, fig.start, b))  # "le CAC 40 a clôturé à 6 100 points"
        rates = _PERCENT_CONTEXT.search(ctx.text, a, b) is not None
        if not rates and a and _ANAPHORIC_START.match(ctx.text, a, b):
            pa = ctx.sentence(a - 1)[0]
            market = _STOCK_MARKET.search(ctx.text, pa, a)
            if market is not None:
                # "Le CAC 40 a fini en hausse. Il a gagné 45 points.": the index of the sentence before
                return _as_index_point(fig, _index_named(ctx.text, market, a, a))
        if not (rates or _PERCENT_BEFORE.search(ctx.text, a, fig.start)):
            return _as_count(fig, "point")  # "a marqué 17 points": a score
        flags = ()
    elif "ambiguous_basis_point" in flags:
        if not (ctx.text[fig.num_end - 1:fig.num_end].isdigit() or _about_rates(ctx, fig.start)):
            # in digits ("25 points de base") or about rates they are basis points; in words and
            # elsewhere basic points ("l'accord repose sur trois points de base")
            return _as_count(fig, "point")
        flags = ()
    elif "ambiguous_basis_point_abbreviation" in flags:
        if not _about_rates(ctx, fig.start):
            fig.end, fig.bare = unit_start, fig.low is None  # "100 pb" outside rates: no unit read
            return None
        flags = ()  # "le spread s'est creusé de 100 pb"
    elif "horse_or_power" in flags:
        a, b = ctx.sentence(fig.start)
        if not _POWER_CONTEXT.search(ctx.text, a, b):
            return _as_count(fig, "cheval")  # "trois chevaux ont été retrouvés morts": horses
        flags = ()
    elif "currency_assumed" in flags and "d" in ctx.text[fig.end:fig.end + 3]:
        named = _SUBUNIT_CURRENCY.match(ctx.text, fig.end, fig.end + _AHEAD)
        if named is not None:
            # "3 centimes d'euro", "10 centimes de dollar", "50 centimes de francs suisses": the
            # currency is named, not assumed (two words when they name one: "francs suisses")
            end, entry2 = named.end(), _lookup_unit(ctx.text[named.start("cur"):named.end()]) if named.group("more") else None
            if entry2 is None:
                end, entry2 = named.end("cur"), _lookup_unit(named.group("cur"))
            if entry2 is not None and entry2.kind == "money" and entry2.factor == 1:
                unit, flags, fig.end = (ctx.franc if entry2.unit == "FRF" else entry2.unit), (), end
    elif unit == "FRF" and "fran" in ctx.text[unit_start:unit_end].lower() \
            and "franç" not in ctx.text[unit_start:unit_end].lower():
        unit = ctx.franc  # "21,2 milliards de francs" in an article about Switzerland: CHF
    fig.kind = kind
    fig.unit = unit_from_string(unit)
    if entry.factor != 1:
        if fig.value is not None:
            fig.value = normalize_decimal(fig.value * entry.factor)
        if fig.low is not None:
            fig.low = normalize_decimal(fig.low * entry.factor)
            fig.high = normalize_decimal(fig.high * entry.factor)
    fig.flags.extend(flags)


def _den_at(ctx: _Context, pos: int, lead, kind: str) -> tuple[str, object, int] | None:
    """The denominator of a rate at ``pos``: (name, pint unit or None for a count, end)."""
    text = ctx.text
    scale = None
    if lead.group("les"):
        got = read_at(text, pos)
        if got is None or got[2].value not in (10, 100, 1000) or got[2].is_word:
            return None
        scale = int(got[2].value)
        pos = got[1]
        while pos < len(text) and text[pos] in " \u00a0\u202f\u2009":
            pos += 1
    rm = RATE_DEN.match(text, pos, pos + _AHEAD) if scale is None else None
    if rm is not None and _DATE_WORD_AFTER.match(text, rm.end(), rm.end() + _AHEAD):
        return None  # "14 millions de $ l'année dernière": a date, not a rate
    um = UNIT_AT.match(text, pos, pos + _AHEAD)
    if rm is not None and (um is None or um.end() <= rm.end()):
        name = RATES.get(norm_surface(rm.group("den")), RATES.get(norm_surface(rm.group("den")).lower()))
        if name:
            return name, unit_from_string(name), rm.end()
    if um is not None and _DATE_WORD_AFTER.match(text, um.end(), um.end() + _AHEAD):
        return None
    if um is not None:
        entry = _lookup_unit(um.group("unit"))
        if entry is not None and entry.kind not in ("money", "percent", "temperature") and entry.factor == 1 \
                and (um.group("unit").isalpha() or not lead.group("art")):
            name = entry.unit
            if name == "troy_ounce" and not _METAL_CONTEXT.search(text, *ctx.sentence(pos)):
                name = "ounce"  # "200 dollars l'once" of cannabis: the ounce
            if scale is not None:
                name = _SCALED_UNITS.get((scale, name))
                if name is None:
                    return None
            return name, unit_from_string(name), um.end()
    if scale is not None or kind not in ("money", "count") or lead.group("slash") or lead.group("a"):
        return None
    nm = DEN_NOUN.match(text, pos, pos + _AHEAD)
    if nm is None:
        return None
    noun = nm.group("noun")
    w = noun.lower()
    if (
        len(w) < 3 or w in NOT_NOUNS or w in WORDS or w in _RATE_STOP or _CLITIC.match(w)
        or _VERBISH.search(w) or _ADVERB.search(w) or (_is_plural(w) and w not in RATES)
    ):
        return None
    name = ctx.lemma(noun)
    if (lead.group("art") or lead.group("les")) and name not in PRICE_NOUNS:
        return None  # "10 milliards de dollars le contrat": a price only per a unit of sale
    if kind == "count":
        return name, None, nm.end()
    unit = noun_unit(name)
    if unit is None:
        return None
    return name, unit, nm.end()


_L_AN = regex.compile(rf"{SPACE}*(?i:l)['’](?i:an)(?![\w'’])(?!{SPACE}+(?i:dernier|prochain|passé))", _FLAGS)
_YEAR = unit_from_string("year")


def _may_open_rate(text: str, pos: int) -> bool:
    """Whether a rate may open at ``pos``: the first character after the spaces may start "par",
    "/", "le", "à l'", "hebdomadaires" ... (a cheap test before the rate patterns)."""
    return _after_spaces(text, pos).lower() in _RATE_FIRST


def _rate(ctx: _Context, fig: _Figure) -> None:
    """A rate's denominator right after the unit or the counted noun ("par an", "/h", "le
    mégawattheure", "à l'hectare", "par foyer", "les 1 000 litres", "hebdomadaires"): the
    numerator keeps its kind (guideline 1.4), the unit becomes "unit / denominator"."""
    text = ctx.text
    if fig.unit is None or not _may_open_rate(text, fig.end):
        return
    lead = RATE_LEAD.match(text, fig.end, fig.end + _AHEAD)
    den = None
    if lead is not None:
        if (lead.group("art") or lead.group("les")) and fig.kind != "money":
            an = _L_AN.match(text, lead.start(), lead.start() + _AHEAD) if fig.kind == "percent" else None
            if an is not None:
                den = ("year", _YEAR, an.end())  # "un prêt à 3 % l'an": an interest rate
            # else "le/la" opens a price only: "143,6 euros le mégawattheure"
        else:
            den = _den_at(ctx, lead.end(), lead, fig.kind)
            if den is not None and _DIGIT_AFTER.match(text, den[2]):
                den = None  # "au kilomètre 212": a kilometre post
    if den is None:
        am = RATE_ADJ.match(text, fig.end, fig.end + _AHEAD)
        if am is None or not ctx.free(fig.end, am.end()):
            return
        name = RATE_ADJECTIVES[am.group("adj").lower()]
        den = (name, unit_from_string(name), am.end())
    name, unit, end = den
    if not ctx.free(fig.end, end):
        return
    fig.base_unit = fig.unit
    if fig.kind == "count":
        fig.noun = f"{fig.noun} / {name}"
    else:
        fig.unit = fig.unit / unit
    fig.end = end


_PLACE_HEIGHT = regex.compile(r"\s*(?:d['’]\s*altitude|de\s+profondeur)(?!\w)", _FLAGS | regex.IGNORECASE)
"""After "à N mètres": the height or depth of a place ("1,20 m à 1 800 mètres d'altitude": the first figure
has its own unit; "1 500 à 1 800 mètres d'altitude" stays a range)."""


def _range(ctx: _Context, s, e, reading, entry, unit_end, lo) -> _Figure | None:
    text = ctx.text
    if _after_spaces(text, unit_end) not in _RANGE_CONN_FIRST:
        return None
    cm = RANGE_CONN.match(text, unit_end, unit_end + _AHEAD)
    if cm is None:
        return None
    opener = RANGE_OPEN.search(text, lo, s)
    op = opener.group("open").lower().replace("’", "'") if opener else ""
    if cm.group("et") and op != "entre":
        return None
    if (cm.group("a") or cm.group("ou")) and op == "entre":
        return None
    if op in ("de", "d'") and cm.group("a") and _change_before(text, opener.start()):
        return None  # "passera de 1,80 euro à 2,20 euros": two figures
    got = read_at(text, cm.end())
    if got is None:
        return None
    _, m2_end, r2 = got
    if r2.value is None or reading.value is None:
        return None
    if r2.scaled and text[m2_end:m2_end + 1] == " " and text[m2_end + 1:m2_end + 2].isdigit():
        m2_end, r2 = _scale_remainder(text, m2_end, r2) or (m2_end, r2)  # "et 1 million 500 000 personnes"
    u2 = _unit_at(text, m2_end, r2)
    if r2.determiner and not u2:
        return None
    if GLUED_LETTER.match(text, m2_end, m2_end + _AHEAD) and not u2:
        return None
    entry2, end2 = (u2 if u2 else (None, m2_end))
    if entry is not None and entry2 is not None and (entry.unit != entry2.unit):
        return None
    if not op and cm.group("a") and entry is not None and _PLACE_HEIGHT.match(text, end2, end2 + _AHEAD):
        return None  # "1,20 m à 1 800 mètres d'altitude": where the first figure holds, not its upper bound
    if not op and cm.group("a") and entry is not None and "ambiguous_point" in entry.flags:
        return None  # "a gagné 40 points à 4 200 points": a change and the level it reached
    unit_entry = entry2 or entry
    if cm.group("dash") and unit_entry is None:
        return None
    low, high = reading.value, r2.value
    bound_scaled = False
    if reading.scale == 1 and r2.scale > 1 and entry is None:
        scale = r2.scale
        if scale > 1 and low * scale <= high:
            low = low * scale
    elif reading.scale == 1 and r2.scale == 1 and entry is None and not reading.is_word and not r2.is_word \
            and _THOUSANDS_GROUP_END.search(text, cm.end(), m2_end) and low == low.to_integral_value() \
            and 1 <= low < 1000 and low * 1000 < high and high % 1000 == 0:
        # "entre 3 et 4 000 personnes", "10 à 15 000 spectateurs": the first bound shares the
        # thousands of the second (3 000 to 4 000); a reading, so it is flagged
        low, bound_scaled = low * 1000, True
    if low > high:
        if cm.group("a") and not op and unit_entry is None and not reading.is_word and not r2.is_word \
                and low == low.to_integral_value() and high == high.to_integral_value():
            nm = NOUN_AFTER.match(text, m2_end, m2_end + _AHEAD)
            if nm is None or not _is_counted_noun(nm.group("noun"), True):
                score = _Figure(s, m2_end)
                score.skip = True  # "32 à 19": a score, not figures (guideline 1.1)
                return score
        if cm.group("a") and op in ("de", "d'") and unit_entry is None and low == low.to_integral_value() \
                and high == high.to_integral_value() and _SCORE_BEFORE.search(text, max(lo, opener.start() - 30), opener.start()):
            score = _Figure(opener.start(), m2_end)
            score.skip = True  # "le score est de 2 à 1", "une victoire de 3 à 1"
            return score
        return None  # "1990 à 1015 francs": not a range
    fig = _Figure(s, end2)
    fig.num_end = m2_end
    if r2.scaled:
        fig.scale = r2.scale  # "de 3 à 4 milliards d'euros": a parallel figure may share it
    fig.low, fig.high = normalize_decimal(low), normalize_decimal(high)
    fig.qualifier = "range"
    fig.flags = list(reading.flags) + list(r2.flags) + (["bound_scaled"] if bound_scaled else [])
    if op in ("entre", "de", "d'", "du") and opener is not None:
        fig.start = opener.start()
    if unit_entry is not None:
        _apply_unit(ctx, fig, unit_entry, m2_end, end2)
        _rate(ctx, fig)
    else:
        nm = NOUN_AFTER.match(text, m2_end, m2_end + _AHEAD)
        if nm is not None and (not nm.group("de") or r2.scaled) and _is_counted_noun(nm.group("noun")) and ctx.free(m2_end, nm.end()):
            _as_count(fig, ctx.lemma(nm.group("noun")))
            fig.end = nm.end()
            _rate(ctx, fig)
        elif cm.group("ou"):
            return None  # "2 ou 3": a range only with its unit or noun
    return fig


_SCORE_BEFORE = regex.compile(
    r"(?i:\b(?:score|scores|victoire|défaite|succès|revers|marque)(?:\s+(?:final|finale|est|était|a\s+été|fut))?)\s+\Z",
    regex.REVERSE,
)
"""A score's noun before "de X à Y" ("le score est de 2 à 1", "une victoire de 3 à 1"): X above Y is no range."""
_THOUSANDS_GROUP_END = regex.compile(r"(?<!\d)\d{1,3}[ \u00a0\u202f\u2009]000\Z")
"""The second bound of a range written "4 000" (one thousands group), searched in its own span."""


def _change_before(text: str, pos: int) -> bool:
    """A verb of change among the four words before ``pos`` ("est passé de", "portera sa
    puissance de")."""
    words = _WORDS_RE.findall(text, max(0, pos - 60), pos)[-4:]
    return any(CHANGE_VERB.match(w) for w in words)


# --- elided figures ---------------------------------------------------------------------------
_PARALLEL_BEFORE = regex.compile(r"(?i:\b(?:contre|dont|soit|voire|sur|et|ou)\s*\(?\s*)\Z", regex.REVERSE)
_FOLLOW_CONN = regex.compile(rf"{SPACE}*(?:à|a|et|ou|×|x|-|–|±|\+/?-|(?P<of>des|de|d['’]entre)){SPACE}*", regex.IGNORECASE)
"""What joins an elided figure to the next one, whose unit it takes: "de 6 000 à 5 000 euros",
"97 × 130 cm", "366 +/- 89 secondes", "25 ± 12 minutes"."""
_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_NOT_ELIDED_AFTER = regex.compile(
    rf"{SPACE}*(?:\.{SPACE}\d|[-–]|(?i:{_MONTHS}|janv|févr|sept|oct|nov|déc)\b|\"|''|['’]\d)"
    rf"|(?<=(?:[:;]|\A){SPACE}*\d+)\.{SPACE}+\p{{Lu}}"
)
"""A bare number that no parallel phrase completes: a day ("le 30 septembre" when no date layer
ran), a broken decimal "59. 2", a compound "30 - ans", the seconds and minutes of a race time
('41 " d'avance', "47'07"), the rank opening a list of results (": 1. Guidi (It)"; an
enumeration "3)" is tested apart)."""
_ABBREVIATION_AFTER = regex.compile(rf"{SPACE}+(?!(?i:env|etc|cf)\.)[a-zà-öø-ÿ]{{1,5}}\.")
"""An abbreviated word with its full stop right after a bare number ("50.000 sh.", "22,650 rixd."):
the number's own unit, which no parallel phrase supplies."""
_NUMBER_OF = regex.compile(rf"(?i:nombre{SPACE}+(?:de{SPACE}+|d['’]{SPACE}*))(?P<noun>{_WORD})(?![\w'’])")
_LOOK_FIGS = 8


def _resolve_elided(ctx: _Context, figs: list[_Figure]) -> None:
    """Elided figures take the unit or the noun of their parallel phrase (guideline 1.3): "49 voix
    contre 31" -> 31 voix, "640 millions d'euros ..., 420 millions par l'État" -> EUR, "de 6 000 à
    5 000 euros" -> 6 000 EUR, "97 × 130 cm"; a participle after a number ("18,5 milliards
    attendus pour 2024") is no counted noun when a parallel figure stands before it."""
    text = ctx.text
    n = len(figs)
    for i, f in enumerate(figs):
        if not f.bare:
            kind = f.kind
            if kind == "count":
                if f.noun.endswith(_PARTICIPLE_LEMMA_ENDS) and i:
                    _participle_to_bare(ctx, figs, i, f)
            elif f.unit is not None and f.base_unit is None and kind != "number" and (
                (i + 1 < n and figs[i + 1].base_unit is not None) or (i and figs[i - 1].base_unit is not None)
            ):
                _elided_rate(ctx, figs, i, f)
            if not f.bare:
                continue
        if f.value == 0 or _NOT_ELIDED_AFTER.match(text, f.end, f.end + _AHEAD):
            continue
        if "." in text[f.end + 2:f.end + 9] and _ABBREVIATION_AFTER.match(text, f.end, f.end + 12):
            continue  # "jusqu'à 50.000 sh.", "22,650 rixd.": a unit of its own the lexicon lacks
        if text[f.end:f.end + 1] == ")":
            a, _ = ctx.sentence(f.start)
            if text.rfind("(", a, f.start) <= text.rfind(")", a, f.start):
                continue  # "1) explique ... et 3) prédit": an enumeration, not "(plus de 750 000)"
        src = None
        after_parallel = _PARALLEL_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
        if i + 1 < len(figs) and not after_parallel:
            nxt = figs[i + 1]
            conn = _FOLLOW_CONN.fullmatch(text, f.end, nxt.start) if nxt.has_unit() and nxt.start - f.end <= 12 else None
            if conn is not None and (nxt.kind == "count" or not conn.group("of")):
                src = nxt  # "de 6 000 à 5 000 euros", "31 et 38 ans", "97 × 130 cm"
            elif nxt.bare:
                src = _list_end(text, figs, i)  # "12, 15 et 20 points", "de 20, 22 et 25 ans"
        a = max(ctx.sentence(f.start)[0], f.start - _LOOKBACK)
        if src is None:
            src = _previous_with_unit(figs, i, a)
            if src is not None and f.scaled and src.kind == "duration":
                src = None  # "les 600 millions" after "trois mois": millions of no months
        if src is None:
            nm = None
            k = text.rfind("nombre", a, f.start)
            if k >= 0:
                nm = _NUMBER_OF.match(text, k, f.start)
            if nm is not None:
                _as_count(f, ctx.lemma(nm.group("noun")))
                f.bare = False
                if i + 1 < n and not after_parallel:
                    _share_next_scale(text, f, figs[i + 1])  # "le nombre de chômeurs est passé de 3 à 3,2 millions"
                continue
        if src is None and (f.scaled or f.money_hint):
            src = _previous_with_unit(figs, i, max(0, f.start - _LOOKBACK), scaled_only=True)
            if src is None:  # "il faudrait « au moins 150 millions »": the currency of the text
                money = _previous_with_unit(figs, i, max(0, f.start - _LOOKBACK), money_only=True)
                if money is not None:
                    f.kind, f.unit, f.bare = "money", money.base_unit or money.unit, False
                    continue
            elif src is not None and src.end <= a and src.base_unit is not None:
                # "huit milliards de francs par année ! ... quelque deux millions": the currency of
                # an earlier sentence, not its rate
                f.kind, f.unit, f.bare = src.kind, src.base_unit, False
                continue
        if src is not None:
            f.kind, f.unit, f.noun, f.base_unit = src.kind, src.unit, src.noun, src.base_unit
            f.bare = False
            _share_scale(text, f, src, part=after_parallel and "dont" in text[max(0, f.start - 12):f.start].lower())
        elif i + 1 < n and not after_parallel:
            _share_next_scale(text, f, figs[i + 1])  # "le chômage est passé de 3 à 3,2 millions": two numbers


_LIST_COMMA = regex.compile(rf"{SPACE}*,{SPACE}*")
_LIST_MAX = 6
"""Figures at most in a list whose last item names the unit ("12, 15 et 20 points")."""


def _list_end(text: str, figs: list[_Figure], i: int) -> _Figure | None:
    """The last figure of a list "A, B et C <unit>" that ``figs[i]`` opens (bare figures joined by
    commas, the last two by "et", "ou", "à"), when that last one has a unit: its items share it."""
    j = i
    while j + 1 < len(figs) and j - i < _LIST_MAX:
        a, b = figs[j], figs[j + 1]
        if b.start - a.end > 12:
            return None
        if _LIST_COMMA.fullmatch(text, a.end, b.start) is not None and b.bare:
            j += 1
            continue
        conn = _FOLLOW_CONN.fullmatch(text, a.end, b.start) if j > i and b.has_unit() else None
        if conn is not None and not conn.group("of") and text[a.end:b.start].strip().lower() in ("et", "ou", "à"):
            return b
        return None
    return None


def _share_next_scale(text: str, f: _Figure, nxt: _Figure) -> None:
    """A figure joined to the next one as in "de 3 à 3,2 millions" (:data:`_FOLLOW_CONN`) takes its
    scale word even when neither has a unit or the noun comes from elsewhere ("le nombre de ...")."""
    if nxt.scaled and nxt.start - f.end <= 12 and _FOLLOW_CONN.fullmatch(text, f.end, nxt.start) is not None:
        _share_scale(text, f, nxt, part=False)


_SCALE_SHARED_BELOW = 1000
"""An elided figure takes the scale word of its parallel figure only when its own value is below
this (a mantissa: "contre 4,8"; never "dont 500 000")."""
_SCALE_SHARED_RATIO = 100
"""... and when the value so read is within this factor of the parallel figure's value."""


def _share_scale(text: str, f: _Figure, src: _Figure, part: bool) -> None:
    """An elided figure takes the scale word of the parallel figure it takes its unit from
    (guideline 1.3): "5,5 milliards d'euros, contre 4,8 en 2022" -> 4 800 000 000 EUR; "passée de
    1,2 à 1,5 million d'habitants" -> 1 200 000 habitants. Only digits with no scale word of their
    own, below :data:`_SCALE_SHARED_BELOW`, whose scaled value stays within
    :data:`_SCALE_SHARED_RATIO` of the parallel value (at most that value after "dont", a part
    of it). A reading, so flagged ``scale_shared``."""
    ref = src.value if src.value is not None else src.high
    v = f.value
    if src.scale <= 1 or f.scaled or v is None or ref is None or not 0 < v < _SCALE_SHARED_BELOW:
        return
    if not any(c.isdigit() for c in text[f.start:f.num_end]):
        return  # "contre deux": number words are not shortened this way
    v = v * src.scale
    if v > ref if part else not ref / _SCALE_SHARED_RATIO <= v <= ref * _SCALE_SHARED_RATIO:
        return
    f.value = normalize_decimal(v)
    f.scale = src.scale  # passed on: "7 millions de dollars (5 à prélever ... et 2 sur ...)"
    f.flags.append("scale_shared")


_EUR = unit_from_string("EUR")


def _centimes_currency(figs: list[_Figure]) -> None:
    """Centimes take the currency of the money figure before them in the text ("2 francs ... 30
    centimes" -> 0.3 FRF; "fr. 3 ... 45 c." -> CHF), EUR when there is none (``currency_assumed``)."""
    currency = None
    for f in figs:
        if f.kind != "money":
            continue
        base = f.base_unit or f.unit
        if "currency_assumed" not in f.flags:
            currency = base
        elif currency is not None and base == _EUR and currency != _EUR:
            f.unit = currency if f.base_unit is None else f.unit / _EUR * currency
            if f.base_unit is not None:
                f.base_unit = currency


def _previous_with_unit(figs: list[_Figure], i: int, start: int, scaled_only: bool = False,
                        money_only: bool = False) -> _Figure | None:
    for j in range(i - 1, max(-1, i - 1 - _LOOK_FIGS), -1):
        g = figs[j]
        if g.end <= start:
            return None
        if not g.has_unit() or g.kind == "number" or g.kind == "other" and g.unit != _INDEX_POINT or not g.parallel:
            continue  # index points lend their unit ("a perdu 300 points, contre 250 la veille"), other units not
        if scaled_only and not (g.scaled and g.kind == "money"):
            continue
        if money_only and g.kind != "money":
            continue
        return g
    return None





def _participle_to_bare(ctx: _Context, figs: list[_Figure], i: int, f: _Figure) -> None:
    text = ctx.text
    word = text[f.num_end:f.end].split()[-1] if f.end > f.num_end else ""
    w = word.lower()
    if not word or w in PARTICIPLE_NOUNS or w in PLURALS or not _PARTICIPLE.search(w):
        return
    if not _PREPOSITION_AFTER.match(text, f.end, f.end + _AHEAD) and not (
        _CLAUSE_END_AFTER.match(text, f.end, f.end + _AHEAD)
        and _RATE_PARALLEL_BEFORE.search(text, max(0, f.start - 10), f.start) is not None
    ):
        return  # a participle is followed by its complement ("attendus pour 2024") or closes a
        # contrast ("contre 3 000 espérés."); "dont 18 000 disques et ..." keeps its noun
    a, _ = ctx.sentence(f.start)
    if _previous_with_unit(figs, i, a) is None:
        return
    f.end = f.num_end
    f.kind, f.unit, f.noun = "number", None, None
    f.bare = True


_RATE_PARALLEL_BEFORE = regex.compile(r"(?i:\b(?:contre|soit|voire)\s*)\Z", regex.REVERSE)
_CLAUSE_END_AFTER = regex.compile(r"[ \u00a0]*(?:[.,;:!?)»]|\Z)")
_RATE_FOLLOW_CONN = regex.compile(rf"{SPACE}*(?i:à|a){SPACE}*")


def _elided_rate(ctx: _Context, figs: list[_Figure], i: int, f: _Figure) -> None:
    """A figure whose rate is elided takes the parallel one (guideline 1.3): "0,2516 euro le
    kilowattheure, contre 0,2276 euro l'an dernier" -> EUR / kilowatt_hour; "passée de 1 euro à
    21 euros par mégawattheure" -> both EUR / megawatt_hour."""
    text = ctx.text
    src = None
    if i + 1 < len(figs):
        nxt = figs[i + 1]
        if nxt.base_unit is not None and nxt.kind != "count" and nxt.start - f.end <= 6 \
                and _RATE_FOLLOW_CONN.fullmatch(text, f.end, nxt.start) and nxt.base_unit == f.unit:
            src = nxt
    if src is None and i and figs[i - 1].base_unit is not None and _RATE_PARALLEL_BEFORE.search(text, max(0, f.start - 10), f.start):
        prev = figs[i - 1]
        a, _ = ctx.sentence(f.start)
        if prev.end > a and prev.kind != "count" and prev.base_unit == f.unit:
            src = prev
    if src is not None:
        f.base_unit, f.unit = f.unit, src.unit
