"""The one pint ``UnitRegistry`` of sikyx.

Every unit that sikyx attaches to a quantity comes from :data:`ureg`. Magnitudes are
:class:`decimal.Decimal` (``non_int_type=Decimal``) so that no value is rounded through a float.

Currencies are defined from ``quantities/currencies.tsv``: each ISO 4217 code is its own base
dimension (``EUR = [currency_EUR]``), so ``EUR`` never converts to ``USD``: there is no exchange
rate in a unit registry, and a conversion attempt raises :class:`pint.DimensionalityError`.
A few units French text uses and pint lacks (``quintal``) are defined here as well.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import pint

__all__ = ["ureg", "currency_codes", "unit_from_string", "noun_unit"]

ureg: pint.UnitRegistry = pint.UnitRegistry(non_int_type=Decimal, cache_folder=None)
"""The library-wide registry; use it (not a registry of your own) to combine sikyx quantities."""

# Units missing from pint's default definitions that French text uses.
ureg.define("quintal = 100 * kilogram = q")
# A difference between two percentages ("le chômage a baissé de 0,3 point").
ureg.define("percentage_point = 0.01")
# A hundredth of a percentage point, the unit of interest rates and spreads ("relève ses taux de 25 points
# de base" = 0.25 percentage point).
ureg.define("basis_point = 0.0001")
# A point of a stock index ("le CAC 40 a clôturé à 6 100 points"): its own dimension, no percentage.
ureg.define("index_point = [index_point]")


def _load_currencies() -> tuple[str, ...]:
    codes = []
    text = resources.files("sikyx.quantities").joinpath("currencies.tsv").read_text("utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")), delimiter="\t")
    for row in rows:
        code = row[0].strip()
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _define_currencies() -> tuple[str, ...]:
    codes = _load_currencies()
    for code in codes:
        ureg.define(f"{code} = [currency_{code}]")
    return codes


currency_codes: tuple[str, ...] = _define_currencies()
"""The ISO 4217 codes defined in :data:`ureg`, each its own dimension."""


_NOUN_UNITS: dict[str, pint.Unit | None] = {}


def noun_unit(noun: str) -> pint.Unit | None:
    """A unit named after a French noun denominator ("foyer" in "500 euros par foyer" ->
    ``EUR / foyer``), defined on first use in :data:`ureg` as its own dimension ``[per_foyer]``.

    Returns ``None`` for a name pint cannot hold or that pint already reads as another unit.
    """
    if noun in _NOUN_UNITS:
        return _NOUN_UNITS[noun]
    unit = None
    if noun.isidentifier():
        try:
            unit = ureg.Unit(noun)
            if str(unit) != noun:
                unit = None
        except pint.UndefinedUnitError:
            try:
                ureg.define(f"{noun} = [per_{noun}]")
                unit = ureg.Unit(noun)
            except Exception:  # a name pint refuses
                unit = None
    _NOUN_UNITS[noun] = unit
    return unit


@lru_cache(maxsize=1024)
def unit_from_string(name: str) -> pint.Unit:
    """Return the :class:`pint.Unit` of :data:`ureg` named ``name``.

    ``name`` is a pint expression ("metric_ton", "kilometer ** 2", "EUR / year", "EUR / foyer").
    Lower-case names pint does not know are taken as noun units (:func:`noun_unit`), so a unit
    written by another process (``nlp.pipe(n_process=2)``, a pickled Doc) reads back.
    Raises :class:`pint.UndefinedUnitError` for a name that is neither.
    """
    try:
        return ureg.Unit(name)
    except pint.UndefinedUnitError as exc:
        names = exc.unit_names if isinstance(exc.unit_names, (list, tuple)) else [exc.unit_names]
        if not names or not all(n.isidentifier() and n.islower() and noun_unit(n) is not None for n in names):
            raise
        return ureg.Unit(name)
