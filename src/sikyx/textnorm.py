"""Reading text that is not in the form the grammars expect, with offsets kept in the original.

The figure and date grammars are written for NFC text (the form of nearly all French text on the
web): "février" with one "é". Text copied from PDFs or macOS file names is often NFD ("e" followed
by U+0301), and web text carries invisible characters inside words (soft hyphen U+00AD, zero-width
space U+200B, word joiner U+2060, byte order mark U+FEFF...). :func:`normalise` gives the NFC text
without those characters and a map back to the original offsets, so that every match is reported
on the text the user passed.

Unicode references: UAX #15 (normalization forms); the invisible characters are the default
ignorable code points of the Unicode Standard (§5.21) that occur inside words in practice.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace

__all__ = ["Normalised", "normalise", "INVISIBLE", "CASE_VARIANTS"]

INVISIBLE = ("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
             + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
"""Characters removed by :func:`normalise`: soft hyphen, combining grapheme joiner, Mongolian vowel
separator, zero-width space / non-joiner / joiner, left-to-right and right-to-left marks, the bidi
embeddings, overrides and isolates, word joiner, invisible operators, zero-width no-break space
(BOM) and the variation selectors."""

CASE_VARIANTS = {"\u017f": "s", "\u212a": "K", "\u212b": "\u00c5", "\u0130": "I",
                 # superscript letters of French ordinals and abbreviations ("1ᵉʳ", "2ᵉ", "XIXᵉ", "Mᵐᵉ")
                 "\u1d49": "e", "\u02b3": "r", "\u1d48": "d", "\u1d50": "m", "\u02e2": "s", "\u1d43": "a"}
"""Letters read as a letter of the French alphabet: those that case-insensitive matching (simple
case folding, which the grammars' ``regex`` patterns use) equates with one but that
``str.lower()`` keeps apart — long s "ſ", Kelvin sign "K", Ångström sign "Å", dotted capital "İ"
(whose ``lower()`` is two characters) —, so that a lexicon lookup of a matched word never misses;
and the superscript letters of typeset ordinals ("1ᵉʳ mars" reads as "1er mars"; their NFKC form)."""

_NEEDS_WORK = re.compile(f"[{re.escape(INVISIBLE)}{''.join(CASE_VARIANTS)}\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""A text without any of these is returned as it is: no invisible character, no case variant and
no combining mark (NFD text always has combining marks; NFC French text has none)."""


@dataclass(frozen=True, slots=True)
class Normalised:
    """The NFC text without invisible characters or case variants, and its map to the original.

    Attributes:
        text: the normalised text.
        starts: ``starts[i]`` is the offset in the original text where the character ``text[i]``
            comes from; ``starts[len(text)]`` is ``len(original)``.
        ends: ``ends[i]`` is the end (exclusive) in the original text of what ``text[i]`` comes from.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the span ``text[start:end]`` (``start < end``)."""
        return self.starts[start], self.ends[end - 1]

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """The normalised offsets of the original span ``[start, end)``: the normalised characters
        that come from inside it (an empty span where none does)."""
        a = bisect.bisect_left(self.starts, start, 0, len(self.text))
        b = bisect.bisect_left(self.starts, end, a, len(self.text))
        return a, b

    def restore(self, original: str, matches: list) -> list:
        """``matches`` found in :attr:`text` (:class:`sikyx.spans.Match`) with the offsets and
        text of ``original``, the text this was made from."""
        out = []
        for m in matches:
            s, e = self.to_original(m.start, m.end)
            out.append(replace(m, start=s, end=e, text=original[s:e]))
        return out


def normalise(text: str) -> Normalised | None:
    """NFC form of ``text`` without :data:`INVISIBLE` characters, with its offset map; ``None``
    when ``text`` needs no change (the usual case, decided by one regex search). Idempotent:
    ``normalise(normalise(t).text)`` is ``None``, so a finder may call itself on the result and
    map its matches back with :meth:`Normalised.restore`.

    Each base character and the combining marks after it are composed together (NFC of that
    cluster), so every normalised character maps to one contiguous piece of the original.
    """
    if _NEEDS_WORK.search(text) is None:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in INVISIBLE:
            i += 1
            continue
        j = last = i + 1  # the cluster: a base and its combining marks (invisibles between them skipped)
        while j < n and (unicodedata.combining(text[j]) or text[j] in INVISIBLE):
            j += 1
            if text[j - 1] not in INVISIBLE:
                last = j
        cluster = unicodedata.normalize("NFC", "".join(CASE_VARIANTS.get(ch, ch) for ch in text[i:last]
                                                       if ch not in INVISIBLE))
        for ch in cluster:
            out.append(ch)
            starts.append(i)
            ends.append(last)  # a span never ends on the invisible characters after its last letter
        i = j
    starts.append(n)
    normal = "".join(out)
    if normal == text:
        return None  # combining marks that compose with nothing ("x\u0301"): already normal
    return Normalised(normal, tuple(starts), tuple(ends))

