"""User patterns and gazetteers, in spaCy's entity_ruler format.

A pattern is ``{"label": "ORG", "pattern": "Sky ECC"}`` (a phrase, matched on token texts, or
on lower-cased texts with ``phrase_matcher_attr="LOWER"``) or ``{"label": "ORG", "pattern":
[{"LOWER": "cour"}, {"LOWER": "des"}, {"LOWER": "comptes"}]}`` (a spaCy Matcher token pattern);
an optional ``"id"`` is kept as the span's ``ent_id_``. A patterns file is JSONL, one pattern a
line, exactly like ``entity_ruler`` patterns files.
"""

from __future__ import annotations

from ..jsonl import iter_jsonl

import json
from itertools import compress
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["read_patterns", "PatternSet", "PhraseIndex", "KnownNames"]


def read_patterns(path: str | Path) -> list[dict[str, Any]]:
    """The patterns of a JSONL file. Raises ``OSError`` when unreadable and ``ValueError`` naming
    the line when a line is not a ``{"label", "pattern"}`` object."""
    patterns = []
    for n, item in iter_jsonl(path):
        _check(item, f"{path}:{n}")
        patterns.append(item)
    return patterns


LABELS = ("ORG", "LOC", "PER", "MISC")
"""Labels a user pattern may give (DATE comes from the dates component)."""


def _check(item: Any, where: str) -> None:
    if not (isinstance(item, dict) and isinstance(item.get("label"), str)
            and isinstance(item.get("pattern"), (str, list))):
        raise ValueError(f"{where}: a pattern is {{\"label\": str, \"pattern\": str | list}}, not {item!r}")
    if item["label"] not in LABELS:
        raise ValueError(f"{where}: label {item['label']!r} is not one of {', '.join(LABELS)} "
                         "(the labels of sikyx's output schema)")


class PatternSet:
    """Phrase and token patterns compiled once; :meth:`__call__` gives ``(start, end, label, id)``
    token spans, longest first among overlapping ones is left to the caller."""

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc], patterns: Iterable[dict[str, Any]],
                 phrase_matcher_attr: str = "ORTH"):
        self.phrases = PhraseMatcher(vocab, attr=phrase_matcher_attr)
        self.tokens = Matcher(vocab)
        self.labels: dict[int, tuple[str, str]] = {}
        phrase_groups: dict[str, list[Doc]] = {}
        for n, item in enumerate(patterns):
            _check(item, f"pattern {n}")
            key = f"{item['label']}\x1f{item.get('id', '')}"
            self.labels[vocab.strings.add(key)] = (item["label"], item.get("id", ""))
            if isinstance(item["pattern"], str):
                phrase_groups.setdefault(key, []).append(make_doc(item["pattern"]))
            else:
                self.tokens.add(key, [item["pattern"]])
        for key, docs in phrase_groups.items():
            self.phrases.add(key, docs)

    def __len__(self) -> int:
        return len(self.phrases) + len(self.tokens)

    def __call__(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        matches = []
        if len(self.phrases):
            matches += self.phrases(doc)
        if len(self.tokens):
            matches += self.tokens(doc)
        return [(start, end, *self.labels[key]) for key, start, end in matches]


class PhraseIndex:
    """A light exact-phrase matcher for large gazetteers (tens of thousands of names): a dict
    from first token to token tuples, longest first. Uses a few MB where spaCy's PhraseMatcher
    uses ~80 MB for 20 000 names; matching is linear in tokens times the (small) number of names
    sharing a first token."""

    def __init__(self, make_doc: Callable[[str], Doc] | None = None, phrases: Iterable[str] = (),
                 token_phrases: Iterable[tuple[str, ...]] = ()):
        """``phrases`` are tokenised with ``make_doc``; ``token_phrases`` are already token tuples."""
        index: dict[str, set[tuple[str, ...]]] = {}
        for words in (*(tuple(t.text for t in make_doc(p)) for p in phrases), *token_phrases):
            if words:
                index.setdefault(words[0], set()).add(words)
        self.index = {k: sorted(v, key=len, reverse=True) for k, v in index.items()}

    def __call__(self, words: list[str]) -> list[tuple[int, int]]:
        """Token spans ``(start, end)`` of the longest phrase starting at each token (overlaps allowed)."""
        found = []
        phrase_lists = list(map(self.index.get, words))  # one C-level pass; most words start nothing
        for i in compress(range(len(words)), phrase_lists):
            for phrase in phrase_lists[i]:
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase)))
                    break
        return found


class KnownNames:
    """A list of full names (``known_organisations.txt``) matched on token texts: a name of three
    or more words matches whatever its case ("direction générale des douanes et droits
    indirects"), a shorter one ("Météo-France", "Assurance maladie") only as written ("des
    dépenses d'assurance maladie" is not the body). Gives the longest ``(start, end)`` at each
    token, without overlaps (leftmost first)."""

    def __init__(self, make_doc: Callable[[str], Doc], names: Iterable[str]):
        names = list(names)
        self.exact = PhraseIndex(make_doc, [n for n in names if n.count(" ") < 2])
        self.lower = PhraseIndex(token_phrases=[tuple(t.text.lower() for t in make_doc(n))
                                                for n in names if n.count(" ") >= 2])

    def __call__(self, words: list[str], lowered: list[str] | None = None) -> list[tuple[int, int]]:
        """Token spans of the listed names in ``words`` (``lowered``: the words in lower case,
        when the caller has them already)."""
        found = sorted(self.exact(words) + self.lower(list(map(str.lower, words)) if lowered is None else lowered),
                       key=lambda s: (s[0], -s[1]))
        out: list[tuple[int, int]] = []
        for start, end in found:
            if not out or start >= out[-1][1]:
                out.append((start, end))
        return out
