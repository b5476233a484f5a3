"""The ``sikyx_entities`` spaCy component: organisations, places and people after the NER.

Runs after ``ner`` (or alone on ``spacy.blank("fr")``: rules only) and rewrites ``doc.ents``.
DATE spans already present are never removed. Works on token texts only (no tags, no parse).

Guideline (what the rules decide)
---------------------------------
- **Institutions.** A head noun of a public body (``institution_heads.tsv``) is an ORG when it is
  *named*: followed by a naming adjective ("parquet fédéral", "gendarmerie nationale"), by a
  national adjective after an authority head ("douanes belges", "police canadienne"), or by a
  complement naming a place or a domain ("parquet d'Anvers", "ministère de la Justice",
  "services des douanes"). Bare or generic uses are not ORGs ("la police", "le parquet de la
  ville flamande", "uniformes de police", "tribunal correctionnel", "une banque algérienne"), and
  "justice" is never a head ("la justice belge" is the judiciary, not a body). This follows the
  project's corpus/GUIDELINES.md §3; the grammar is in :mod:`.institutions`. A body's name runs
  on to the French area that closes it ("Agence régionale de santé Bourgogne-Franche-Comté"), and
  an association's lower-case tail runs to the punctuation ("Fédération du Doubs pour la pêche
  et la protection du milieu aquatique,": :func:`.institutions.descriptive_tail_end`).
- **Known bodies** (``known_organisations.txt``: national public bodies, parties, unions by their
  official full names) are ORG as written, commas included ("Direction générale de la
  concurrence, de la consommation et de la répression des fraudes", "Météo-France").
- **Companies and clubs.** A cue noun, with its adjectives, a complement or an apposition,
  announces a name ("la fromagerie jurassienne Vercel-Bouvard", "le fabricant d'électroménager
  Valdora", "le bailleur, Lille Métropole Habitat,", "Normaplast, un fabricant d'emballages"); an
  acronym after an article opens an ORG, not a LOC ("l'ARS Occitanie", "la JL Bourg", "l'ASVEL");
  "Stade" + adjective is a club ("Stade rennais"; "Stade de France" is a venue).
- **Spans** start at the head or the name: no determiner, no organisation cue noun ("la société
  Sky ECC" → "Sky ECC"), no punctuation, guillemet or line break (see :mod:`.hygiene`).
- **Places** inside a body's name belong to the body ("parquet d'Anvers" is one ORG); a place
  after a generic noun is a LOC alone ("port d'Anvers" → LOC "Anvers", "canton de Genève" →
  "Genève"), but a street or venue keeps its head ("rue Sommeiller", "salle Pierre-Lamy"):
  :mod:`.places`; generics include "quartier", "gare", "route", "Ehpad", and events named by
  their place keep the place ("marathon de Lyon" → "Lyon", ``event_generics.txt``); a line "A-B"
  between two known places is two LOCs ("Rennes-Brest"). Gazetteer places
  (:func:`.lexicon.known_places`: French country names from CLDR via babel, French and Belgian
  areas, GeoNames cities) are added where the model has nothing, except a city opening a sentence and the
  ambiguous names of ``place_stoplist.txt`` ("Nice", "Tours", "Florence").
- **Acronyms** in brackets after an ORG are ORG too ("Office anti-stupéfiants (Ofast)"); a name
  the model cut short runs on to an acronym that spells it (:mod:`.acronyms`); and
  ``doc._.acronyms`` maps each such acronym to its expansion's text: ``{"Ofast": "Office
  anti-stupéfiants", "FBI": "police fédérale américaine"}``.
- **Credit lines** give PER and ORG ("Virginia Mayo/AP Photo", "Par Vincent Coste avec AFP");
  an agency acronym such as "AP" is trusted only there (:mod:`.credits`).
- **One label per surface** within a document: when one occurrence has rule evidence (a cue noun,
  a credit line, a legal form, a user pattern), every model occurrence of the same text
  (case-insensitive) takes that label ("Sky ECC" is ORG everywhere in the seed article);
  without evidence, a model MISC on a surface the model also tags ORG becomes ORG ("EncroChat":
  MISC twice, ORG once → ORG; measured: the same vote towards PER/LOC hurts HIPE, where most
  such MISC are OCR noise).
- **Relabelled**: a model span opened or closed by an organisation name word ("Éditions Odile
  Jacob", "Chase Manhattan Bank": ``org_name_words.txt``) is ORG; a capitalised institution head
  alone inside a sentence ("la Commission", "l'Union") is ORG, unless the model has a longer
  name around it; a rule span never cuts a model entity in two.
- **Demoted**: interface words and role nouns (``interface_words.txt``, ``role_nouns.txt``),
  surfaces that are never entities ("ISBN", "TVA", "l'État": ``not_entities.txt``), demonyms
  ("Français", "Kényan": ``national_adjectives.txt``; "les Villeurbannais"), a single
  sentence-initial capitalised word that the document also writes in lower case, a headline's
  rubric ("Horlogerie : ..."), and model spans that cannot be names: no capital letter
  ("chantier"), one letter ("C" of "°C"), a Roman ordinal ("XIXe").

Config (``nlp.add_pipe("sikyx_entities", config={...})``)
--------------------------------------------------------
- ``patterns``: list of entity_ruler patterns, ``{"label": "ORG", "pattern": "Sky ECC"}`` or a token
  pattern list (see :mod:`.patterns`); user patterns beat every other source.
- ``patterns_path``: a JSONL file of such patterns (``null`` for none).
- ``phrase_matcher_attr``: "ORTH" (default) or "LOWER" for phrase patterns.
- ``add_places``: add gazetteer places (:func:`.lexicon.known_places`) the model missed (default true).
- ``relabel_places``: a model ORG/MISC span that is exactly a country or French area name becomes
  LOC (default true; Sequoia's intrinsic-type convention).
- ``propagate``: tag the other occurrences of a multi-word name found once in the document
  ("Sky" → "Sky Global"; default true; single-word names are not propagated: measured, it costs
  ORG precision on HIPE).
- ``strip_titles``: leave a title before a name out of the span ("M. Jean Martin" → "Jean
  Martin", the corpus guideline 3.1; default true). HIPE-2020 puts the title inside the
  mention, so its comparison runs with ``false``.

Every rule was measured against the model alone on the Sequoia and HIPE-2020 dev sets (each
rule removed in turn); rerun the comparison with ``python -m sikyx.evaluate.ner_gold``.
Institution spans cost Sequoia some strict LOC/ORG matches (it tags only "Créteil" in "tribunal
de Créteil") and are kept for the guideline above.
"""

from __future__ import annotations

import regex
from collections import Counter
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..batching import BatchedComponent
from ..docspans import doc_text, orth_lookup
from .acronyms import acronym_after, expansion_end
from .credits import find_credits
from .hygiene import clean_span, is_noise, is_sentence_start, is_unnamelike
from .institutions import (descriptive_tail_end, find_bare_capitalised_heads, find_cued_names, find_institutions,
                           find_legal_form_companies, is_name_word, MAX_NAME_WORDS)
from .lexicon import known_places, lines, tsv_map, word_set
from .patterns import KnownNames, PatternSet, PhraseIndex, read_patterns
from .places import find_streets, strip_place_generic

__all__ = ["EntitiesComponent", "make_entities"]

if not Doc.has_extension("acronyms"):
    Doc.set_extension("acronyms", default=None)

# priorities: higher wins an overlap; equal priorities keep the longer span. A DATE (or any label
# not ours) already in doc.ents is never removed.
_DATE, _USER, _CREDIT, _RULE, _PROPAGATED, _MODEL, _PLACE = 7, 6, 5, 4, 3, 2, 1
_EVIDENCE = (_USER, _CREDIT, _RULE)
_KEPT_LABELS = ("ORG", "LOC", "PER", "MISC")
_DEMONYM_PLURAL = regex.compile(r"\p{Ll}(?:ais|ois|ains|iens|ens|ins|ards|ands|ins|ots)$")
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "au", "aux"})
_AREA_KINDS = frozenset({"country", "région", "département", "continent", "région belge",
                         "province belge", "région du monde"})


class EntitiesComponent(BatchedComponent):
    """Post-edits ``doc.ents``: rule ORG/PER/LOC, span hygiene, label consistency, user patterns.
    Sets ``doc._.acronyms`` (dict acronym → expansion text). See the module docstring."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict[str, Any]] | None = None,
                 patterns_path: str | None = None, phrase_matcher_attr: str = "ORTH",
                 add_places: bool = True, relabel_places: bool = True, propagate: bool = True,
                 strip_titles: bool = True):
        self.name = name
        self.strip_titles = strip_titles
        self.propagate = propagate
        self.add_places = add_places
        self.relabel_places = relabel_places
        user = list(patterns or [])
        if patterns_path:
            user += read_patterns(patterns_path)
        self.user = PatternSet(nlp.vocab, nlp.make_doc, user, phrase_matcher_attr)
        self.places = known_places()
        tokenizer = _scratch_tokenizer(nlp)
        self.place_index = PhraseIndex(tokenizer, self.places)
        self.known_orgs = KnownNames(tokenizer, lines("known_organisations.txt"))

    def __call__(self, doc: Doc) -> Doc:
        words, spaces = _texts(doc)
        cands = self._candidates(doc, words, spaces)
        chosen = self._harmonise(words, spaces, _resolve(cands))
        if self.propagate:
            chosen = _resolve(chosen + _propagate(doc, words, chosen))
        doc._.acronyms = {}
        ents = []
        for start, end, label, prio, ent_id in sorted(chosen):
            span = Span(doc, start, end, label=label, span_id=ent_id or 0)
            ents.append(span)
        _link_acronyms(doc, words, ents)
        doc.set_ents(ents, default="outside")
        return doc

    def _candidates(self, doc: Doc, words: list[str], spaces: list[str]) -> list[tuple]:
        cands: list[tuple] = []  # (start, end, label, priority, ent_id)

        def add(start: int, end: int, label: str, prio: int, ent_id: str = "", raw: bool = False) -> None:
            if raw:  # a listed name is taken as it is written, commas included
                if not (prio in (_MODEL, _PLACE) and is_unnamelike(words[start:end])):
                    cands.append((start, end, label, prio, ent_id))
                return
            span = clean_span(words, spaces, start, end, person=label == "PER", strip_titles=self.strip_titles)
            if span and prio in (_MODEL, _PLACE) and is_unnamelike(words[span[0]:span[1]]):
                return  # "chantier", "C" of "°C", "IIe" of "IIe siècle"
            if span and not is_noise(_text(words, spaces, span[0], span[1])):
                cands.append((span[0], span[1], label, prio, ent_id))

        lower_words = list(map(str.lower, words))
        lowered = {w for w in words if w[:1].islower()}
        place_spans = self.place_index(words)
        area_end = {s: e for s, e in place_spans if self.places[_text(words, spaces, s, e)] in _AREA_KINDS}
        model_ents = doc.ents  # the getter walks the whole Doc: read it once
        for ent in model_ents:
            if ent.label_ == "DATE" or ent.label_ not in _KEPT_LABELS:
                cands.append((ent.start, ent.end, ent.label_, _DATE, ent.ent_id_))
                continue
            if (len(ent) == 1 and ent.text.lower() in lowered
                    and is_sentence_start(words, spaces, ent.start)):
                continue  # "Travail sur..." at a sentence start: a capitalised common noun
            if ent.text in word_set("not_entities.txt", lower=False) or (
                    len(ent) == 1 and ent.text.lower() in word_set("national_adjectives.txt")
                    and ent.text not in self.places):
                continue  # "ISBN", "l'État"; demonyms "Français", "Kényan"
            if (len(ent) == 1 and ent.start > 0 and words[ent.start - 1].lower() == "les"
                    and _DEMONYM_PLURAL.search(ent.text) and ent.text not in self.places):
                continue  # "les Villeurbannais", "les Lyonnais": inhabitants, not a place
            if _portfolio(words, ent.start) and ent.text not in self.places:
                continue  # "le ministre des Comptes publics", "secrétaire d'État au Logement": a job title
            if len(ent) == 1 and _rubric(words, ent.start, self.places):
                continue  # "Horlogerie : les exportations..." a headline's rubric
            label = _model_label(ent, is_sentence_start(words, spaces, ent.start))
            start = ent.start
            if len(ent) > 1 and words[start] in word_set("org_cues.txt") and is_name_word(words[start + 1]):
                start, label = start + 1, "ORG"  # "opérateur Storengy" → ORG "Storengy"
            if self.relabel_places and label in ("ORG", "MISC") and self.places.get(ent.text) in _AREA_KINDS:
                label = "LOC"
            if (label == "LOC" and _opens_with_acronym(words, start, ent.end, self.places)
                    and start > 0 and words[start - 1].lower() in _ARTICLES):
                label = "ORG"  # "ARS Occitanie", "JL Bourg", "ASVEL": a body, not a place
            end = expansion_end(words, start, ent.end) if label == "ORG" else ent.end
            if label == "ORG":
                end = area_end.get(end, end)  # "Agence régionale de santé Occitanie"
                if _association_head(words[start]):
                    end = descriptive_tail_end(words, end)  # "Fédération du Doubs pour la pêche..."
            if label != "LOC" and words[start].lower() in word_set("event_generics.txt"):
                place = strip_place_generic(words, start, end, "event_generics.txt")
                if place > start and _text(words, spaces, place, end) in self.places:
                    start, label = place, "LOC"  # "marathon de Lyon", "festival de Cannes" → the place
            if label == "LOC":
                start = strip_place_generic(words, start, end)
                if _text(words, spaces, start, end) in self.places:
                    # a known place as written ("Le Havre": its article is part of the name)
                    add(start, end, label, _MODEL, ent.ent_id_, raw=True)
                    continue
                halves = _linked_places(words, spaces, start, end, self.places)
                if halves:
                    for s_, e_ in halves:  # "la ligne Rennes-Brest": two towns
                        add(s_, e_, label, _MODEL)
                    continue
            add(start, end, label, _MODEL, ent.ent_id_)
        persons = {e.start for e in model_ents if e.label_ == "PER"}
        owner: list[tuple[int, int] | None] = [None] * len(doc)
        for c in cands:
            if c[3] == _MODEL:
                owner[c[0]:c[1]] = [(c[0], c[1])] * (c[1] - c[0])
        for start, end in (find_institutions(words, persons, lower_words) + find_cued_names(words)
                           + find_legal_form_companies(words) + find_bare_capitalised_heads(words, lower_words)):
            end = area_end.get(end, end)  # "Agence régionale de santé Occitanie"
            if _association_head(words[start]):
                end = descriptive_tail_end(words, end)
            if _respects_model(start, end, owner):
                add(start, end, "ORG", _RULE)
        for start, end in self.known_orgs(words, lower_words):
            add(start, end, "ORG", _RULE, raw=True)
        for start, end in find_streets(words):
            if _respects_model(start, end, owner):
                add(start, end, "LOC", _RULE)
        for cstart, cend, label in find_credits(doc_text(doc, "".join(map(str.__add__, words, spaces)))):
            span = doc.char_span(cstart, cend, alignment_mode="contract")
            if span is not None and len(span):
                add(span.start, span.end, label, _CREDIT)
        for start, end, label, ent_id in self.user(doc):
            add(start, end, label, _USER, ent_id)
        if self.add_places:
            model_locs = {(c[0], c[1]) for c in cands if c[3] == _MODEL and c[2] == "LOC"}
            for start, end in place_spans:
                if not is_sentence_start(words, spaces, start) or self.places[_text(words, spaces, start, end)] in _AREA_KINDS:
                    # a known place that extends the model's LOC inside it wins over it ("Amérique" →
                    # "Amérique latine"): only a longer LOC of the place list, never another label
                    inner = any(start <= a and b <= end and b - a < end - start for a, b in model_locs) \
                        and not any(a < start < b or a < end < b for a, b, *_ in cands if (a, b) not in model_locs)
                    add(start, end, "LOC", _RULE if inner else _PLACE)
        return cands

    def _harmonise(self, words: list[str], spaces: list[str], chosen: list[tuple]) -> list[tuple]:
        """One label per surface (case-insensitive): rule evidence first; else a MISC given by the
        model to a surface that it also tags ORG becomes ORG (product/company confusion)."""
        evidence: dict[str, str] = {}
        votes: dict[str, Counter] = {}
        surnames = {words[end - 1] for start, end, label, _, _ in chosen
                    if label == "PER" and end - start > 1 and words[end - 1][:1].isupper()}
        for start, end, label, prio, _ in chosen:
            key = _text(words, spaces, start, end).lower()
            if prio in _EVIDENCE and label in _KEPT_LABELS:
                evidence.setdefault(key, label)
            elif prio == _MODEL and label in ("ORG", "LOC"):
                votes.setdefault(key, Counter())[label] += 1
        out = []
        for start, end, label, prio, ent_id in chosen:
            key = _text(words, spaces, start, end).lower()
            if prio == _MODEL and key in evidence:
                label = evidence[key]
            elif prio == _MODEL and label == "MISC" and key in votes:
                label = votes[key].most_common(1)[0][0]
            elif (prio == _MODEL and label in ("LOC", "ORG") and end - start == 1 and words[start] in surnames
                  and words[start] not in self.places):
                label = "PER"  # "Julien Ferrand ... Ferrand a attaqué": the surname, not a place or a firm
            out.append((start, end, label, prio, ent_id))
        return out


def _propagate(doc: Doc, words: list[str], chosen: list[tuple]) -> list[tuple]:
    """Other occurrences of a multi-word ORG/LOC/PER name found in the document, as candidates
    that beat the model's shorter spans inside them ("Sky" → "Sky Global" when the document also
    has "Sky Global" as one name). Matching ignores case ("Sky Ecc" for "Sky ECC") but an
    occurrence must start with a capital; occurrences overlapping another name are left to
    :func:`_resolve`."""
    names: dict[tuple[str, ...], str] = {}
    for start, end, label, _prio, _ in chosen:
        if label in ("ORG", "LOC", "PER") and 1 < end - start <= MAX_NAME_WORDS:
            names.setdefault(tuple(w.lower() for w in words[start:end]), label)
    if not names:
        return []
    lowered = [w.lower() for w in words]
    inside: list[tuple[int, int] | None] = [None] * len(words)
    for start, end, label, *_ in chosen:
        if label == "ORG":
            inside[start:end] = [(start, end)] * (end - start)
    found = []
    for start, end in PhraseIndex(token_phrases=names)(lowered):
        label = names[tuple(lowered[start:end])]
        if words[start][:1].isupper() and not (label == "LOC" and _strictly_inside(start, end, inside[start])):
            found.append((start, end, label, _PROPAGATED, ""))
    return found


def _strictly_inside(start: int, end: int, span: tuple[int, int] | None) -> bool:
    """True when ``span`` (a chosen ORG) holds ``start:end`` and more: a place named inside a
    body's name ("Agence régionale de santé Grand Est") is not another mention of the place."""
    return span is not None and span[0] <= start and end <= span[1] and span != (start, end)


_PORTFOLIO_LINKS = frozenset({"de", "des", "du", "d'", "d’", "au", "aux", "la", "l'", "l’", "à"})


def _portfolio(words: list[str], i: int) -> bool:
    """True when the name at ``i`` follows a minister's title and its links ("ministre des
    Comptes publics", "secrétaire d'État au Logement", "ministre déléguée à la Mer"): a
    government portfolio, part of a job title (GUIDELINES 3.3), not a body."""
    j = i
    while j > 0 and i - j < 2 and words[j - 1].lower() in _PORTFOLIO_LINKS:
        j -= 1
    if j == i or j == 0:
        return False
    before = words[j - 1].lower()
    if before in ("délégué", "déléguée") and j > 1:
        before = words[j - 2].lower()
    return before in ("ministre", "ministres") or (before in ("état", "etat") and j > 2
                                                   and words[j - 3].lower() == "secrétaire")


def _rubric(words: list[str], i: int, places: dict[str, str]) -> bool:
    """True when the document opens with the word at ``i`` and a colon ("Horlogerie :",
    "Contrebande :"), the word is not a known place ("Lausanne :") and the text never uses it
    again: a news rubric, not a name."""
    first = next((k for k, w in enumerate(words) if w.strip()), None)
    return (i == first and i + 1 < len(words) and words[i + 1] == ":" and words[i] not in places
            and words.count(words[i]) == 1)


def _association_head(word: str) -> bool:
    """A capitalised word that heads a body's descriptive name: "Fédération", "Collectif",
    "Association", "Comité" (``org_name_words.txt`` or an institution head)."""
    return word[:1].isupper() and (word in word_set("org_name_words.txt", lower=False)
                                   or tsv_map("institution_heads.tsv").get(word.lower()) == "body")


def _scratch_tokenizer(nlp: Language):
    """A copy of ``nlp``'s tokenizer (same rules, same vocab) to split the gazetteers with.

    spaCy's tokenizer caches at most 10 000 chunks (``max_cache_size``); the ~20 000 place names
    split with ``nlp.tokenizer`` itself would fill that cache and leave every chunk of the texts
    uncached (tokenising then cost ~9x more for the whole pipeline). A pipeline whose tokenizer is
    not a spaCy ``Tokenizer`` gets its own tokenizer back."""
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer):
        return nlp.tokenizer
    scratch = Tokenizer(nlp.vocab)
    scratch.from_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    return scratch


def _linked_places(words: list[str], spaces: list[str], start: int, end: int,
                   places: dict[str, str]) -> list[tuple[int, int]]:
    """The two halves of a hyphenated span "A-B" when both are known places and the whole is not
    ("Rennes-Brest", "Paris-Lyon" of a line or a route), else ``[]``."""
    dashes = [i for i in range(start + 1, end - 1) if words[i] == "-"]
    if len(dashes) != 1:
        return []
    mid = dashes[0]
    if _text(words, spaces, start, mid) in places and _text(words, spaces, mid + 1, end) in places:
        return [(start, mid), (mid + 1, end)]
    return []


def _opens_with_acronym(words: list[str], start: int, end: int, places: dict[str, str]) -> bool:
    """True when ``words[start:end]`` opens with an acronym that is not a known place ("ARS
    Occitanie", "JL Bourg", "ASVEL" alone when 3+ letters): the name of a body or a club, which
    the model often reads as the place it contains. "USA", "RDC" are places (in the gazetteer).
    The caller also asks for an article before it ("l'ASVEL"): a dateline in capitals ("VAUD.
    —", "MANTOUE, 15 juillet") has none."""
    first = words[start]
    letters = first.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
        return False
    if first in places or first.title() in places or first.capitalize() in places:
        return False
    return end - start > 1 or len(letters) >= 3


def _respects_model(start: int, end: int, owner: list[tuple[int, int] | None]) -> bool:
    """False when a rule span would cut a model entity (crossing boundaries: "commission du
    Conseil" against "Conseil national") or lies strictly inside one ("Union" inside "Union
    européenne"): the model's longer name is kept. ``owner[i]`` is the model span covering token
    ``i`` (model spans do not overlap), so the test costs the span's length."""
    for i in range(start, end):
        span = owner[i]
        if span is not None and span != (start, end) and not (start <= span[0] and span[1] <= end):
            return False
    return True


def _model_label(ent: Span, sentence_start: bool) -> str:
    """The model's label, corrected by the organisation name words: a multi-word name opened or
    closed by "Éditions", "Banque", "Bank"... is an ORG; a capitalised institution head alone
    inside a sentence ("la Commission") is an ORG, not a MISC."""
    label = ent.label_
    words = ent.text.split()
    name_words = word_set("org_name_words.txt", lower=False)
    if label != "ORG" and len(words) > 1 and (words[0] in name_words or words[-1] in name_words):
        return "ORG"
    if label != "ORG" and len(words) == 2 and words[0] == "Stade" and words[1].islower():
        return "ORG"  # a club: "Stade rennais", "Stade toulousain" (but "Stade de France" is a venue)
    if (label in ("LOC", "MISC") and len(ent) > 1 and words[0].islower()
            and tsv_map("institution_heads.tsv").get(words[0]) in ("body", "authority")):
        return "ORG"  # "hôpital Édouard-Herriot", "communauté de communes Roussillon Conflent"
    if (label == "MISC" and len(ent) == 1 and ent.text[:1].isupper() and not sentence_start
            and ent.text.lower() in tsv_map("institution_heads.tsv")):
        return "ORG"
    return label


def _resolve(cands: list[tuple]) -> list[tuple]:
    """Non-overlapping candidates: highest priority first, then longest, then leftmost."""
    taken = set()
    chosen = []
    for cand in sorted(cands, key=lambda c: (-c[3], -(c[1] - c[0]), c[0])):
        start, end = cand[0], cand[1]
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        chosen.append(cand)
    return chosen


def _text(words: list[str], spaces: list[str], start: int, end: int) -> str:
    """The text of tokens ``start:end`` (``doc[start:end].text`` without making a Span)."""
    if end - start == 1:
        return words[start]
    return "".join(w + s for w, s in zip(words[start:end - 1], spaces[start:end - 1])) + words[end - 1]


_SPACES = ("", " ")


def _texts(doc: Doc) -> tuple[list[str], list[str]]:
    """The token texts and the whitespace after each token, read from the Doc's arrays (creating
    a Token object per word costs more than everything else the component does)."""
    if not len(doc):
        return [], []
    texts = orth_lookup(doc.vocab.strings, "text", str)
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    return list(map(texts.__getitem__, orths)), list(map(_SPACES.__getitem__, spaces))


def _link_acronyms(doc: Doc, words: list[str], ents: list[Span]) -> None:
    """Tag "ORG ( ACRONYM )" acronyms as ORG and record them in ``doc._.acronyms``."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in list(ents):
        acro = acronym_after(words, ent.end) if ent.label_ == "ORG" else None
        if acro is None:
            continue
        doc._.acronyms[words[acro]] = ent.text
        if acro in taken:
            ents[:] = [e for e in ents if not e.start <= acro < e.end]
        ents.append(Span(doc, acro, acro + 1, label="ORG"))
    ents.sort(key=lambda e: e.start)


@Language.factory(
    "sikyx_entities",
    default_config={"patterns": [], "patterns_path": None, "phrase_matcher_attr": "ORTH",
                    "add_places": True, "relabel_places": True, "propagate": True, "strip_titles": True},
    assigns=["doc.ents", "doc._.acronyms"],
)
def make_entities(nlp: Language, name: str, patterns: list[dict[str, Any]], patterns_path: str | None,
                  phrase_matcher_attr: str, add_places: bool, relabel_places: bool,
                  propagate: bool, strip_titles: bool) -> EntitiesComponent:
    """spaCy factory of :class:`EntitiesComponent` (registered as ``sikyx_entities``)."""
    return EntitiesComponent(nlp, name, patterns=patterns, patterns_path=patterns_path,
                             phrase_matcher_attr=phrase_matcher_attr, add_places=add_places,
                             relabel_places=relabel_places, propagate=propagate, strip_titles=strip_titles)
