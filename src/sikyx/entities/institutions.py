"""Institutions by rule: a head noun of a public body with a naming complement.

Grammar, on token texts (no POS tags, no parse)::

    HEAD   := a word of institution_heads.tsv ("parquet", "police", "Conseil"...)
    MOD    := a word of institution_adjectives.tsv ("fédéral", "judiciaire", "correctionnel"),
              of national_adjectives.txt ("belges", "européen") or an "anti-" compound
    COMPL  := ("de" | "du" | "des" | "d'") ("la" | "l'")? (NAME | DOMAIN ("et" DE? DOMAIN)?)
    LOWER  := ("de" | "du" | "des" | "d'") ("la" | "l'")? lower-case words ("de recherches")
    NAME   := capitalised words, joined by "-" or "de/la" ("Anvers", "Pays de la Loire")
    BODY   := HEAD MOD* (COMPL | LOWER){0,3}, ending on its last COMPL (or LOWER after a
              capitalised HEAD: "Conservatoire du littoral")

Heads of kind "qualified" ("direction", "centre") need an adjective, heads of kind
"capitalised" ("Ville") a capital. A BODY is an ORG when it has a COMPL, or a *naming* MOD ("fédéral", "national", "judiciaire",
"anti-stupéfiants"), or a national adjective after an *authority* head ("douanes
belges", "police canadienne"; but "banque algérienne" is generic). Descriptive adjectives
("correctionnel", "municipal", "général") continue a name without making one: "tribunal
correctionnel" and "conseil municipal" alone are generic.

The span starts at the head: a determiner is never included ("parquet d'Anvers"). A head right
after a bare "de"/"d'" is a generic use ("opération de police", "uniformes de police") and is
skipped. "parquet de la ville flamande" has neither a modifier nor a naming complement: not an
ORG (the guideline of :mod:`sikyx.entities.component`).
"""

from __future__ import annotations

import regex

from collections.abc import Sequence, Set
from itertools import compress

from .lexicon import phrase_set, tsv_map, word_set

__all__ = ["name_end", "descriptive_tail_end", "find_institutions", "find_bare_capitalised_heads", "find_cued_names", "find_legal_form_companies", "is_name_word"]

_DE = frozenset({"de", "du", "des", "d'", "d’"})
_GENERIC_BEFORE = frozenset({"de", "d'", "d’", "en"})
"""A head right after these is a generic use: "opération de police", "en service"."""
_ARTICLE = frozenset({"la", "l'", "l’"})
_DEFINITE = frozenset({"la", "le", "l'", "l’", "au", "du"})


def is_name_word(word: str) -> bool:
    """True for a capitalised word that can be part of a proper name ("Anvers", "ECC", "Saint-Denis")."""
    return len(word) > 0 and word[0].isupper() and any(ch.isalpha() for ch in word)


def _mod_kind(word: str) -> str | None:
    """"naming", "national", "descriptive" or None for a word after an institution head."""
    low = word.lower()
    if low.startswith("anti-") and len(low) > 6:
        return "naming"
    if low in word_set("national_adjectives.txt"):
        return "national"
    return tsv_map("institution_adjectives.tsv").get(low)


def _domain_end(words: Sequence[str], i: int) -> int:
    """End index of the longest domain phrase at ``i`` (``i`` itself when none)."""
    best = i
    for phrase in phrase_set("domains.txt"):
        n = len(phrase)
        if tuple(w.lower() for w in words[i:i + n]) == phrase:
            best = max(best, i + n)
    return best


MAX_NAME_WORDS = 8
"""A capitalised name is at most this many tokens (keeps every finder linear on odd input)."""


def name_end(words: Sequence[str], i: int) -> int:
    """End of a capitalised name at ``i``: name words, joined by "-" or by "de/du/des/la/l'"
    before another name word ("Pays de la Loire", "Centre-Val de Loire")."""
    j = i
    while j < len(words) and j - i < MAX_NAME_WORDS:
        if is_name_word(words[j]):
            j += 1
            continue
        k = j
        while k < len(words) and k - j < 2 and (words[k].lower() in _NAME_LINKS or words[k] == "-"):
            k += 1
        if j > i and k > j and k < len(words) and is_name_word(words[k]):
            j = k
            continue
        break
    return j


_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})
_NOT_GENERIC = frozenset({"les", "une", "aux", "qui", "que", "dont", "est", "sont", "ont", "été", "était", "pour", "par", "sur",
                          "dans", "avec", "plus", "moins", "très", "cette", "ces", "leur", "leurs", "son",
                          "ses", "sa", "tout", "tous", "toute", "toutes", "même", "autre", "autres"})


def _generic_end(words: Sequence[str], i: int) -> int:
    """End of a lower-case complement "de (la) WORD [WORD] [et (de) WORD]" at ``i`` ("de
    recherches", "de haute montagne", "d'incendie et de secours"), ``i`` when there is none.
    It only continues a body's name: a body never ends on it."""
    if i >= len(words) or words[i].lower() not in _DE:
        return i
    j = i + 1
    if j < len(words) and words[j].lower() in _ARTICLE:
        j += 1
    if not (j < len(words) and _generic_word(words[j])):
        return i
    end = j + 1
    # a second or third word only when it reads as part of the noun phrase: after a pre-nominal
    # adjective ("de haute montagne") or with an adjective ending ("de recherches géologiques");
    # a verb after the name stays out ("la Fédération française de l'assurance évalue")
    while (end < len(words) and end - j < 3 and _generic_word(words[end])
           and (words[end - 1].lower() in _PRENOMINAL or _ADJECTIVE_END.search(words[end].lower()))):
        end += 1
    if end + 2 < len(words) and words[end] == "et":
        k = end + 1 + (words[end + 1].lower() in _DE)
        if k < len(words) and _generic_word(words[k]):
            end = k + 1
    return end


_PRENOMINAL = frozenset({"haute", "haut", "hautes", "grande", "grand", "grandes", "grands", "petite", "petit",
                         "petites", "petits", "nouvelle", "nouveau", "nouvelles", "basse", "bas", "jeune",
                         "jeunes", "vieux", "vieille", "bonne", "bon", "premier", "première", "seconde"})
_ADJECTIVE_END = regex.compile(r"(?:ique|ale|aux|al|elle|el|ière|ier|ienne|ien|aire|ive|if|euse|eux|aine|ain|"
                               r"aise|ais|oise|ois|ée|é|ante|ant|ile|ible|able)s?$")


_MINISTRY_HEADS = frozenset({"ministère", "ministères", "secrétariat"})
_DOMAIN_ADJECTIVE = regex.compile(r"(?:ique|ale|al|aux|elle|aire|ive|if)s?$")
"""Adjective endings that may close a capitalised domain ("Transition énergétique"); participles
("chargé", "saisie") are left out: "le parquet de Paris chargé de l'enquête"."""


def _generic_word(word: str) -> bool:
    return (len(word) >= 3 and word[0].islower() and word.replace("-", "").isalpha()
            and word not in _NOT_GENERIC and word not in _NAME_LINKS and word not in _DE)


def _complement_end(words: Sequence[str], i: int, persons: Set[int] = frozenset(), ministry: bool = False) -> int:
    """End of a "de (la) NAME|DOMAIN" complement starting at ``i`` (``i`` when there is none);
    a NAME starting at an index of ``persons`` is a person, not a complement. After a
    ``ministry`` head a one-word NAME takes its adjective ("de la Transition énergétique"); after
    other heads it does not ("la commission du Conseil national" is the model's "Conseil national")."""
    if i >= len(words) or words[i].lower() not in _DE:
        return i
    j = i + 1
    if j < len(words) and words[j].lower() in _ARTICLE and words[i].lower() == "de":
        j += 1
    end = _domain_end(words, j)
    if end > j:
        # "de l'emploi et des affaires sociales"
        if end + 1 < len(words) and words[end] == "et":
            k = end + 1
            if words[k].lower() in _DE:
                k += 1
                if k < len(words) and words[k].lower() in _ARTICLE:
                    k += 1
            second = _domain_end(words, k)
            if second > k:
                end = second
        return _with_domain_adjective(words, j, end) if ministry else end
    end = name_end(words, j)
    if ministry:
        end = _with_domain_adjective(words, j, end)
    return end if end > j and j not in persons else i


def _with_domain_adjective(words: Sequence[str], j: int, end: int) -> int:
    """``end + 1`` when a one-word domain ``words[j]`` is followed by its adjective
    ("Transition énergétique", "Éducation nationale", "Santé publique"), else ``end``."""
    if (end == j + 1 and end < len(words) and _generic_word(words[end])
            and _DOMAIN_ADJECTIVE.search(words[end])):
        return end + 1
    return end


def _complements_end(words: Sequence[str], j: int, persons: Set[int], capital: bool = False,
                     ministry: bool = False) -> int:
    """End of up to three chained complements after ``j`` ("cour d'appel de Paris", "Peloton de
    gendarmerie de haute montagne de Chamonix"), ending on the last DOMAIN or NAME one (``j`` when
    there is none). After a ``capital`` head a lower-case complement names the body too
    ("Conservatoire du littoral", "Bureau de recherches géologiques et minières")."""
    pos = best = j
    for _ in range(3):
        end = _complement_end(words, pos, persons, ministry)
        if end > pos:
            pos = best = end
            continue
        end = _generic_end(words, pos)
        if end == pos:
            break
        pos = end
        if capital:
            best = end
    return best


_TAIL_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "aux", "au", "sur", "contre", "et"})
_TAIL_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
_HARD_STOPS = frozenset({",", ".", ";", ":", "(", ")", "«", "»", "!", "?"})
MAX_TAIL_WORDS = 12


def descriptive_tail_end(words: Sequence[str], end: int) -> int:
    """End of the lower-case tail of an association's or a federation's name at ``end``, when it
    runs to punctuation: segments "(de|du|des|pour|aux|sur|contre|et) [article] noun adjective*"
    ("Fédération du Doubs | pour la pêche | et la protection | du milieu aquatique,",
    "Collectif des citoyens exposés | aux nuisances aéroportuaires,"). Anything else before the
    punctuation (a verb: "... de l'amiante demande que") means no tail: ``end`` is returned.
    """
    j = end
    limit = min(len(words), end + MAX_TAIL_WORDS)
    while j < limit and words[j].lower() in _TAIL_LINKS:
        k = j + 1
        if k < limit and words[k].lower() in _TAIL_ARTICLES:
            k += 1
        if not (k < limit and _generic_word(words[k])):
            return end
        k += 1
        while k < limit and _generic_word(words[k]) and _ADJECTIVE_END.search(words[k]):
            k += 1
        j = k
    if j > end and j < len(words) and (words[j] in _HARD_STOPS or "\n" in words[j]):
        return j
    return end


def find_institutions(words: Sequence[str], persons: Set[int] = frozenset(),
                      lowered: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` (end exclusive) of named public bodies in ``words``;
    ``persons`` holds the token indices where a person's name starts ("sous la direction de
    Max Sturzenegger" is not a body); ``lowered``: the words in lower case, when the caller has
    them already.

    >>> find_institutions("le parquet fédéral et la police judiciaire fédérale d' Anvers".split())
    [(1, 3), (5, 10)]
    """
    heads = tsv_map("institution_heads.tsv")
    found: list[tuple[int, int]] = []
    if lowered is None:
        lowered = list(map(str.lower, words))
    after = 0  # a body found ends here: the next one starts at or after it
    for i in compress(range(len(words)), map(heads.__contains__, lowered)):  # only the head words
        kind = heads[lowered[i]]
        if i < after or (kind == "capitalised" and not words[i][:1].isupper()):
            continue
        if i > 0 and lowered[i - 1] in _GENERIC_BEFORE:
            continue
        j = i + 1
        named = False
        capital = words[i][:1].isupper()
        while j < len(words) and ((mod := _mod_kind(words[j])) is not None or (capital and _adjective(words[j]))):
            named = named or mod == "naming" or (mod == "national" and kind == "authority")
            j += 1
        if kind == "qualified" and j == i + 1:
            continue
        end = _complements_end(words, j, persons, capital=words[i][:1].isupper(),
                               ministry=lowered[i] in _MINISTRY_HEADS)
        if end > j or (named and end > i + 1):
            found.append((i, end))
            after = end
    return found


def _cue_modifiers_end(words: Sequence[str], i: int) -> int:
    """End of at most two words qualifying a cue noun at ``i``: adjectives ("vaudoise",
    "américain", "laitier", "soupçonné") or one "de/d' + noun" ("fabricant d'électroménager")."""
    j = i
    while j < len(words) and j - i < 2:
        word = words[j]
        if word.lower() in _DE and j + 1 < len(words) and _generic_word(words[j + 1]) and j == i:
            j += 2
        elif _generic_word(word) and (word in word_set("national_adjectives.txt")
                                      or _ADJECTIVE_END.search(word) or _CUE_ADJECTIVE_END.search(word)):
            j += 1
        else:
            break
    return j


_CUE_ADJECTIVE_END = regex.compile(r"(?:onne|arde?|ande?)s?$")
"""More adjective endings, trusted only between a cue and a name ("bretonne", "savoyarde", "normande")."""


def _adjective(word: str) -> bool:
    """A lower-case word with an adjective ending ("interprofessionnel", "scientifique"): after a
    capitalised head it continues the body's name like a descriptive modifier."""
    return _generic_word(word) and (_ADJECTIVE_END.search(word) is not None or word.endswith(("nel", "nelle")))


def find_cued_names(words: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of capitalised names announced by an organisation cue noun: the name only, without
    the cue. The cue may carry adjectives or a complement ("la société Sky ECC", "la fromagerie
    jurassienne Vercel-Bouvard", "le fabricant d'électroménager Valdora") or be set off by
    commas ("le bailleur, Lille Métropole Habitat, estime"); or the name comes first, followed
    by "un/une" and the cue ("Normaplast, un fabricant d'emballages")."""
    cues = word_set("org_cues.txt")
    found = []
    if cues.isdisjoint(words):  # both patterns need a cue word
        return found
    n = len(words)
    for i, word in enumerate(words[:-1]):
        if word not in cues:  # lower-case cue: "Banque" is a name word, not a cue
            continue
        j = _cue_modifiers_end(words, i + 1)
        appositive = j < n and words[j] == ","
        if appositive and _after_de(words, i):
            continue  # "le président du club, Frank Dumont": the person, not the club
        j += appositive
        end = name_end(words, j)
        if end > j and (not appositive or (end < n and words[end] in _APPOSITION_CLOSE)):
            found.append((j, end))
    for i in range(1, n - 2):
        if words[i] == "," and words[i + 1] in ("un", "une") and words[i + 2] in cues:
            start = i
            while start > 0 and i - start < 4 and is_name_word(words[start - 1]):
                start -= 1
            if start < i:
                found.append((start, i))
    return sorted(set(found))


_APPOSITION_CLOSE = frozenset({",", ".", ")", ";"})


def _after_de(words: Sequence[str], i: int) -> bool:
    """True when the noun at ``i`` is a complement: "du club", "de la société", "de l'association"."""
    before = [w.lower() for w in words[max(0, i - 2):i]]
    return bool(before) and (before[-1] in ("du", "des") or (len(before) == 2 and before[0] in _DE))


def find_legal_form_companies(words: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of capitalised names closed by a legal form ("Hälsa Pharma GmbH", "Acme SAS"),
    legal form included. At most four name words before the form."""
    forms = word_set("legal_forms.txt", lower=False)
    found = []
    if forms.isdisjoint(words):
        return found
    for i, word in enumerate(words):
        if word in forms and i > 0 and is_name_word(words[i - 1]) and words[i - 1] not in forms:
            start = i - 1
            while start > 0 and i - start < 4 and is_name_word(words[start - 1]):
                start -= 1
            found.append((start, i + 1))
    return found


def find_bare_capitalised_heads(words: Sequence[str], lowered: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Spans of a capitalised head alone after a definite article ("la Commission", "au
    Conseil", "L'Union"): the capital marks the name of a known body (after the article, it is not
    a sentence's capital). ``lowered``: the words in lower case, when the caller has them."""
    heads = tsv_map("institution_heads.tsv")
    found = []
    if lowered is None:
        lowered = list(map(str.lower, words))
    for i in compress(range(len(words)), map(heads.__contains__, lowered)):
        word = words[i]
        if (i > 0 and word[:1].isupper() and lowered[i - 1] in _DEFINITE
                and (i + 1 == len(words) or not (is_name_word(words[i + 1]) or _mod_kind(words[i + 1])
                                                 or _adjective(words[i + 1]) or words[i + 1].lower() in _DE))):
            found.append((i, i + 1))
    return found
