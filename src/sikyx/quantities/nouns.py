"""A small French singulariser for counted nouns (used when no lemmatizer is given)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import COMPOUND_PARTICLES, PLURALS

__all__ = ["singular"]


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of a French plural noun, lower-cased (memoised: the same nouns recur).

    Rules (Grevisse, *Le Bon Usage* §§ 514-520): exceptions from ``plurals.tsv`` first
    ("travaux" -> "travail", "prix" -> "prix"); then -aux -> -al ("journaux" -> "journal"),
    -eaux/-eux/-oux -> drop the x ("bateaux" -> "bateau"), a final -s or -x is dropped
    ("téléphones" -> "téléphone"). Words that are not plural come back unchanged (lower-cased).
    A capitalised name of inhabitants in -ais/-ois is invariable ("Français" -> "français").
    A hyphenated compound takes the singular of each of its nouns (§ 528: "sapeurs-pompiers" ->
    "sapeur-pompier", "allers-retours" -> "aller-retour", "camions-citernes" -> "camion-citerne";
    short links such as "en" or "d'œuvre" stay: "arcs-en-ciel" -> "arc-en-ciel"; so do the
    prepositions and adverbs of ``compound_particles.txt``: "sous-traitants" -> "sous-traitant").
    """
    w = word.lower().replace("’", "'")
    if word[:1].isupper() and w.endswith(("ais", "ois")) and w not in PLURALS:
        return w  # a capitalised name of inhabitants is invariable: "six Français", "deux Lyonnais" (§ 514)
    if "-" in w and w not in PLURALS:
        return "-".join(
            _singular_word(p) if len(p) > 3 and "'" not in p and p not in COMPOUND_PARTICLES else p for p in w.split("-")
        )
    return _singular_word(w)


def _singular_word(w: str) -> str:
    if w in PLURALS:
        return PLURALS[w]
    if w.endswith("eaux") or w.endswith("eux") or w.endswith("oux"):
        return w[:-1]
    if w.endswith("aux") and len(w) > 4:
        return w[:-3] + "al"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ès")):
        return w[:-1]
    return w
