"""Turning character offsets from the pure finders into token-aligned spaCy Spans."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

__all__ = ["align_boundaries", "char_span"]


def align_boundaries(doc: Doc, offsets: Iterable[tuple[int, int]]) -> None:
    """Split tokens so that every start and end offset falls on a token boundary.

    spaCy's French tokenizer keeps an elision glued to digits ("d'1,2" is one token); a figure
    starting at "1" needs its own token. Each split token keeps its whitespace on the last piece;
    the new pieces are attached to the piece holding the original head. Offsets outside the text
    or already on a boundary are ignored. Runs in O(tokens + offsets).
    """
    cuts: dict[int, set[int]] = {}
    text_len = len(doc.text)
    starts = {t.idx for t in doc}
    for start, end in offsets:
        for pos in (start, end):
            if 0 < pos < text_len and pos not in starts:
                tok = _token_at(doc, pos)
                if tok is not None and tok.idx < pos < tok.idx + len(tok.text):
                    cuts.setdefault(tok.i, set()).add(pos - tok.idx)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, rel in cuts.items():
            tok = doc[i]
            points = sorted(rel)
            pieces = []
            prev = 0
            for p in points:
                pieces.append(tok.text[prev:p])
                prev = p
            pieces.append(tok.text[prev:])
            heads = [(tok, len(pieces) - 1)] * len(pieces)
            heads[-1] = tok.head if tok.head.i != tok.i else (tok, len(pieces) - 1)
            # every piece points to the last piece; the last piece keeps the original head
            heads = [(tok, len(pieces) - 1) for _ in pieces[:-1]] + [tok.head]
            retokenizer.split(tok, pieces, heads=heads)


def _token_at(doc: Doc, char: int):
    # binary search on token start offsets
    lo, hi = 0, len(doc) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        t = doc[mid]
        if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_):
            return t
        if char < t.idx:
            hi = mid - 1
        else:
            lo = mid + 1
    return None


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """``doc.char_span(start, end, label)`` that expands to token boundaries (never ``None`` for a
    non-empty in-text range), or ``None`` for an empty or out-of-text range."""
    if not (0 <= start < end <= len(doc.text)):
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")
