"""Turning character offsets from the pure finders into token-aligned spaCy Spans."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

__all__ = ["align_boundaries", "char_span", "doc_text", "make_spans", "orth_lookup"]


_TEXTS: dict[int, tuple[weakref.ref, str]] = {}
"""id(Doc) -> (a weak reference to the Doc, its text): the texts of the Docs in flight."""
_TEXTS_MAX = 4096
"""Texts kept at most (the oldest go first): more than one ``nlp.pipe`` batch (1 000 Docs by default)."""


def doc_text(doc: Doc, text: str | None = None) -> str:
    """``doc.text``, built once per Doc and shared by the sikyx components of a pipeline.

    ``doc.text`` joins the text of every token (a Token object each): ~11 µs for a 50-token
    paragraph, paid again by every component that reads it. The text is kept, under a weak reference
    to the Doc, until the Doc is freed or :data:`_TEXTS_MAX` newer texts are kept; retokenising
    never changes a Doc's text. ``text``: the Doc's text when the caller has just built it (it is
    kept and returned; the caller guarantees it equals ``doc.text``).
    """
    key = id(doc)
    kept = _TEXTS.get(key)
    if kept is not None and kept[0]() is doc:
        return kept[1]
    if text is None:
        text = doc.text
    if len(_TEXTS) >= _TEXTS_MAX:
        del _TEXTS[next(iter(_TEXTS))]
    _TEXTS[key] = (weakref.ref(doc, _forget(key)), text)
    return text


def _forget(key: int):
    """The weak-reference callback that drops the text of a freed Doc (only its own entry: the id
    may already belong to a newer Doc)."""

    def callback(ref: weakref.ref) -> None:
        kept = _TEXTS.get(key)
        if kept is not None and kept[0] is ref:
            del _TEXTS[key]

    return callback


def align_boundaries(doc: Doc, offsets: Iterable[tuple[int, int]], text_length: int | None = None) -> bool:
    """Split tokens so that every start and end offset falls on a token boundary.

    spaCy's French tokenizer keeps an elision glued to digits ("d'1,2" is one token); a figure
    starting at "1" needs its own token. In a split token, every piece but the last is attached
    to the last piece, which keeps the original head. Offsets at 0, at the end of the text
    (``text_length``, default ``len(doc.text)``), inside whitespace or already on a boundary
    change nothing. O(offsets · log tokens). Returns whether any token was split: Span objects
    made before a split are stale and must be made again from their character offsets.
    """
    n = len(doc.text) if text_length is None else text_length
    cuts: dict[int, set[int]] = {}
    for start, end in offsets:
        for pos in (start, end):
            if 0 < pos < n:
                tok = _token_at(doc, pos)
                if tok is not None and tok.idx < pos < tok.idx + len(tok):
                    cuts.setdefault(tok.i, set()).add(pos - tok.idx)
    if not cuts:
        return False
    with doc.retokenize() as retokenizer:
        for i, rel in cuts.items():
            tok = doc[i]
            bounds = [0, *sorted(rel), len(tok)]
            pieces = [tok.text[a:b] for a, b in zip(bounds, bounds[1:])]
            heads = [(tok, len(pieces) - 1)] * (len(pieces) - 1) + [tok.head]
            retokenizer.split(tok, pieces, heads=heads)
    return True


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token whose text or trailing whitespace holds character ``char`` (binary search)."""
    lo, hi = 0, len(doc) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        t = doc[mid]
        if char < t.idx:
            hi = mid - 1
        elif char >= t.idx + len(t) + len(t.whitespace_):
            lo = mid + 1
        else:
            return t
    return None


def char_span(doc: Doc, start: int, end: int, label: str = "", text_length: int | None = None) -> Span | None:
    """``doc.char_span(start, end, label)`` expanded to token boundaries; ``None`` for an empty
    or out-of-text range (``text_length`` defaults to ``len(doc.text)``)."""
    n = len(doc.text) if text_length is None else text_length
    if not (0 <= start < end <= n):
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def make_spans(doc: Doc, items: Iterable[tuple[int, int, Any]], label: str, attr: str,
               text_length: int | None = None) -> list[Span]:
    """Spans for ``(start_char, end_char, value)`` items, each with ``span._.<attr> = value``.

    Offsets are expanded to token boundaries (call :func:`align_boundaries` first for exact
    spans); empty or out-of-text ranges are skipped.
    """
    n = len(doc.text) if text_length is None else text_length
    spans = []
    for start, end, value in items:
        span = char_span(doc, start, end, label, n)
        if span is not None:
            span._.set(attr, value)
            spans.append(span)
    return spans


class _OrthCache(dict):
    """orth id → ``read(text)``, filled from a StringStore on first use (a dict lookup costs less
    than ``StringStore.__getitem__``; an orth id is the hash of its text, so entries never go stale)."""

    def __init__(self, strings, read):
        super().__init__()
        self.strings, self.read = strings, read

    def __missing__(self, orth: int):
        value = self[orth] = self.read(self.strings[orth])
        return value


_ORTH_CACHES: dict[str, _OrthCache] = {}  # one per name: the last StringStore seen
_ORTH_CACHE_MAX = 1_000_000


def orth_lookup(strings, name: str, read) -> dict:
    """A dict from orth ids to ``read(token_text)`` for the StringStore ``strings``, kept between
    calls under ``name`` (a new one when the StringStore changes or the cache holds a million
    entries). Lets a component read per-token facts from ``doc.to_array(ORTH)`` without creating a
    Token object per word."""
    cache = _ORTH_CACHES.get(name)
    if cache is None or cache.strings is not strings or len(cache) > _ORTH_CACHE_MAX:
        cache = _ORTH_CACHES[name] = _OrthCache(strings, read)
    return cache
