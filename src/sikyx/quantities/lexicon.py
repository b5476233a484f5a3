"""Loaders of the quantities lexicons (data files beside this module), run once at import.

- ``units.tsv``: surface -> (pint unit string, kind, factor, flags)
- ``currencies.tsv``: ISO 4217 code <TAB> surface (money)
- ``qualifiers.tsv``: phrase -> qualifier
- ``rates.tsv``: rate denominator -> pint unit string or "" (a noun outside pint)
- ``not_nouns.txt``, ``adjectives.txt``: word lists for counted-noun detection
- ``not_figures.tsv``: before/after context regexes that make a number a reference
- ``plurals.tsv``: plural -> singular exceptions
- ``rate_adjectives.tsv``: adjective closing a rate ("hebdomadaires") -> pint unit
- ``money_nouns.txt``: nouns naming a sum ("investissements"): an elided currency
- ``participle_nouns.txt``: counted nouns that end like past participles ("blessés")
- ``price_nouns.txt``: units of sale of a price "X euros le sac" ("sac", "dose", "nuit")
- ``compound_particles.txt``: invariable parts of hyphenated nouns ("sous" in "sous-traitants")
- ``stock_indices.tsv``: stock-market words (regex -> "named" for an index, "generic"): "points"
  in their sentence are index points
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

__all__ = [
    "UnitEntry", "UNITS", "QUALIFIERS", "RATES", "NOT_NOUNS", "ADJECTIVES", "NOT_FIGURES",
    "PLURALS", "RATE_ADJECTIVES", "MONEY_NOUNS", "PARTICIPLE_NOUNS", "PRICE_NOUNS", "COMPOUND_PARTICLES", "STOCK_INDICES", "norm_surface",
    "is_case_insensitive",
]


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """One surface form of a unit: pint unit string, kind, multiplier into that unit, and the
    flags a figure with this surface gets ("degree_unspecified", "currency_assumed")."""

    unit: str
    kind: str
    factor: Decimal = Decimal(1)
    flags: tuple[str, ...] = ()


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def norm_surface(s: str) -> str:
    """Canonical key of a surface: single spaces, straight apostrophes."""
    return " ".join(s.replace("’", "'").split())


def is_case_insensitive(surface: str, money: bool = False) -> bool:
    """Whether a surface matches regardless of case: words of 4+ letters written in lower case
    (money words and codes of any length); symbols and abbreviations match exactly."""
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return False
    if money:
        return True
    return len(surface) >= 4 and surface == surface.lower()


def _units() -> dict[str, UnitEntry]:
    out: dict[str, UnitEntry] = {}
    for row in _rows("units.tsv"):
        surface, unit, kind = row[0], row[1], row[2]
        factor = Decimal(row[3]) if len(row) > 3 and row[3] else Decimal(1)
        flags = tuple(f for f in row[4].split(",") if f) if len(row) > 4 else ()
        key = norm_surface(surface)
        out[key.lower() if is_case_insensitive(key) else key] = UnitEntry(unit, kind, factor, flags)
    for row in _rows("currencies.tsv"):
        code, surface = row[0].strip(), row[1].strip()
        key = norm_surface(surface)
        out[key.lower() if is_case_insensitive(key, money=True) else key] = UnitEntry(code, "money")
    return out


UNITS: dict[str, UnitEntry] = _units()
"""Surface key (lower-cased when case-insensitive) -> :class:`UnitEntry`."""

QUALIFIERS: dict[str, str] = {norm_surface(r[0]).lower(): r[1] for r in _rows("qualifiers.tsv")}
RATES: dict[str, str] = {norm_surface(r[0]): (r[1] if len(r) > 1 else "") for r in _rows("rates.tsv")}
NOT_NOUNS: frozenset[str] = frozenset(r[0].strip() for r in _rows("not_nouns.txt"))
ADJECTIVES: frozenset[str] = frozenset(r[0].strip() for r in _rows("adjectives.txt"))
NOT_FIGURES: dict[str, str] = {r[0]: r[1] for r in _rows("not_figures.tsv")}
RATE_ADJECTIVES: dict[str, str] = {r[0].strip(): r[1].strip() for r in _rows("rate_adjectives.tsv")}
MONEY_NOUNS: frozenset[str] = frozenset(r[0].strip() for r in _rows("money_nouns.txt"))
PARTICIPLE_NOUNS: frozenset[str] = frozenset(r[0].strip() for r in _rows("participle_nouns.txt"))
PRICE_NOUNS: frozenset[str] = frozenset(r[0].strip() for r in _rows("price_nouns.txt"))
PLURALS: dict[str, str] = {r[0]: r[1] for r in _rows("plurals.tsv")}
COMPOUND_PARTICLES: frozenset[str] = frozenset(r[0].strip() for r in _rows("compound_particles.txt"))
STOCK_INDICES: dict[str, bool] = {r[0]: r[1].strip() == "named" for r in _rows("stock_indices.tsv")}
"""Regex of a stock-market word -> whether it names an index ("CAC 40") rather than the market."""
