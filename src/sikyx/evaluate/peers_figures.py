"""Peer test suites for figures: Duckling's and Recognizers-Text's French corpora.

``python -m sikyx.evaluate.peers_figures [SHARED_DIR]`` prints the pass rate per file (default
``SHARED_DIR``: ``../shared`` next to the project root).

Duckling (``peers/duckling-fr/{numeral,amount_of_money,distance,volume,temperature,quantity}.jsonl``)
------------------------------------------------------------------------------------------------
A case passes when :func:`sikyx.quantities.find_quantities` returns exactly one figure, covering
the whole phrase, with Duckling's value and unit. Unit mapping (Duckling -> sikyx):

- ``$`` -> USD (Duckling's "$" is "some dollar"; sikyx reads a bare "$" as USD), ``£`` -> GBP,
  ``EUR``/``USD``/``GBP``/``ILS`` -> the same ISO code, ``rial`` -> IRR, ``riyal`` -> SAR;
- ``unknown`` (money in a currency Duckling does not know: "3 balles") -> a sikyx ``count``
  (sikyx cannot know that a noun is a currency; the number and its span must still be right);
- ``kilometre``/``metre``/``centimetre``/``mile`` -> pint ``kilometer``/``meter``/``centimeter``/
  ``mile``; ``litre``/``centilitre`` -> ``liter``/``centiliter``; ``cup`` -> ``cup``;
- ``celsius``/``fahrenheit`` -> ``degree_Celsius``/``degree_Fahrenheit``; ``degree`` (a degree
  without a scale) -> pint ``degree``.
An interval ``{"from": x}`` is a sikyx qualifier at_least/more_than with value x, ``{"to": x}``
at_most/less_than, both ends a range (low, high).

Recognizers-Text (``peers/recognizers-text-fr``)
------------------------------------------------
Files ``Number/NumberModel.json``, ``Number/PercentModel.json``,
``NumberWithUnit/{CurrencyModel,DimensionModel,TemperatureModel,AgeModel}.json``. Only cases whose
``NotSupported`` field does not name ``dotnet`` are scored (the field is a comma-separated list
of platforms, e.g. ``"java, javascript"``). A case passes when sikyx extracts the same texts with
the same values (and units), in order (texts compared case-insensitively). What sikyx extracts for each model:

- NumberModel: :func:`sikyx.numbers.find_numbers`;
- PercentModel: figures of kind ``percent``; CurrencyModel: kind ``money``;
  DimensionModel: length, mass, area, volume, speed and ``other`` with a unit;
  TemperatureModel: kind temperature and the unscaled ``degree``; AgeModel: kind duration.

Recognizers' texts never include a qualifier nor a rate, so the leading qualifier and the
trailing rate of a sikyx span ("environ 98 $ par action") are removed before comparing (and the
rate's denominator is dropped from the unit); Recognizers' values for sub-units
("50 cents" -> 50 Cent) are converted into the main currency (0.50 USD) as sikyx does.
Deliberate differences of convention count as failures with a ``cause`` (e.g. "un"/"une"
as a number: ``convention: determiner``; a unit named without a number: ``convention: unit
without number``); cases judged not to be French are listed in ``_JUDGED`` with their cause.
A bare degree flagged ``angle`` ("Rotation 90°", "tourner à 90 degrés") is no temperature.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import regex

from ..numbers import find_numbers
from ..quantities import find_quantities
from ..quantities.lexicon import QUALIFIERS
from ..units import unit_from_string
from .report import SuiteReport, default_shared_dir, parse_shared_args, run_cli

__all__ = ["run_duckling_figures", "run_recognizers_figures", "DUCKLING_FILES", "RECOGNIZERS_FILES"]

DUCKLING_FILES = ("numeral", "amount_of_money", "distance", "volume", "temperature", "quantity")
RECOGNIZERS_FILES = (
    "Number/NumberModel.json", "Number/PercentModel.json", "NumberWithUnit/CurrencyModel.json",
    "NumberWithUnit/DimensionModel.json", "NumberWithUnit/TemperatureModel.json",
    "NumberWithUnit/AgeModel.json",
)

DUCKLING_UNITS = {
    "$": "USD", "£": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "ILS": "ILS", "rial": "IRR",
    "riyal": "SAR", "kilometre": "kilometer", "metre": "meter", "centimetre": "centimeter",
    "mile": "mile", "litre": "liter", "centilitre": "centiliter", "cup": "cup",
    "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit", "degree": "degree",
}
"""Duckling unit -> sikyx unit (pint string or ISO code); "unknown" means a sikyx count."""

RECOGNIZERS_UNITS: dict[str, tuple[str, Decimal]] = {
    "Dollar": ("USD", Decimal(1)), "Dollar États-Unis": ("USD", Decimal(1)), "Euro": ("EUR", Decimal(1)),
    "Livre": ("GBP", Decimal(1)), "Yen Japonais": ("JPY", Decimal(1)), "Yuan Chinois": ("CNY", Decimal(1)),
    "Franc": ("FRF", Decimal(1)), "Franc Suisse": ("CHF", Decimal(1)), "Dollar Canadien": ("CAD", Decimal(1)),
    "Dollar Australien": ("AUD", Decimal(1)), "Dollar de Hong Kong": ("HKD", Decimal(1)),
    "Dollar néo-zélandais": ("NZD", Decimal(1)), "Roupie indienne": ("INR", Decimal(1)),
    "Cent": ("USD", Decimal("0.01")), "Pence": ("GBP", Decimal("0.01")), "Penny": ("GBP", Decimal("0.01")),
    "Centimes": ("EUR", Decimal("0.01")),
    "Litre": ("liter", Decimal(1)), "Millilitre": ("milliliter", Decimal(1)), "Pouce": ("inch", Decimal(1)),
    "Décimètres": ("decimeter", Decimal(1)), "Hectomètre": ("hectometer", Decimal(1)),
    "Baril": ("barrel", Decimal(1)), "Pied": ("foot", Decimal(1)), "Acre": ("acre", Decimal(1)),
    "Gallon": ("gallon", Decimal(1)), "Microgramme": ("microgram", Decimal(1)),
    "Pieds cube": ("foot ** 3", Decimal(1)), "Mètre carré": ("meter ** 2", Decimal(1)),
    "Mile": ("mile", Decimal(1)), "Tonne": ("metric_ton", Decimal(1)), "Tonne métrique": ("metric_ton", Decimal(1)),
    "Bit": ("bit", Decimal(1)), "Miles par heure": ("mile / hour", Decimal(1)), "Mètres": ("meter", Decimal(1)),
    "Kilomètres": ("kilometer", Decimal(1)), "Millimètres": ("millimeter", Decimal(1)),
    "Kilomètre carré": ("kilometer ** 2", Decimal(1)), "Degree": ("degree", Decimal(1)),
    "Radian": ("radian", Decimal(1)), "Turn": ("turn", Decimal(1)),
    "C": ("degree_Celsius", Decimal(1)), "F": ("degree_Fahrenheit", Decimal(1)), "Kelvin": ("kelvin", Decimal(1)),
    "Degré": ("degree", Decimal(1)),
    "Ans": ("year", Decimal(1)), "Mois": ("month", Decimal(1)), "Semaines": ("week", Decimal(1)),
    "Jour": ("day", Decimal(1)),
}
"""Recognizers-Text unit name -> (sikyx unit, factor into it)."""

_RECOGNIZERS_ISO_SUBUNITS = {"Cent", "Pence", "Penny", "Centimes"}


def _same_unit(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return unit_from_string(a) == unit_from_string(b)
    except Exception:
        return False


def _dec(x: Any) -> Decimal:
    return Decimal(str(x))


def _close(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    scale = max(abs(a), abs(b), Decimal(1))
    return abs(a - b) / scale < Decimal("1e-12")


def _our_unit(q) -> str | None:
    if q.kind == "count":
        return "unknown"
    return None if q.unit is None else str(q.unit)


# ------------------------------------------------------------------------------------------- Duckling
def _duckling_case(case: dict) -> tuple[bool, Any, str | None]:
    text = case["text"]
    exp = case["expected"]
    found = find_quantities(text)
    got = [{"text": m.text, **m.value.to_dict()} for m in found]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if len(found) != 1:
        cause = "missed" if not found else "split into several figures"
        if stripped.lower() in ("un", "une"):
            cause = "convention: determiner un/une is not a figure"
        return False, got, cause
    m = found[0]
    q = m.value
    if m.start != lead or m.end != lead + len(stripped):
        return False, got, "span does not cover the phrase"
    unit = exp.get("unit") if exp.get("type") == "value" else (exp.get("from") or exp.get("to") or {}).get("unit")
    if case["dimension"] == "numeral":
        ok_unit = q.unit is None
    elif unit == "unknown":
        ok_unit = q.kind == "count"
    else:
        want = DUCKLING_UNITS.get(unit, unit)
        ok_unit = q.unit is not None and _same_unit(str(q.unit), want)
    if not ok_unit:
        return False, got, "wrong unit"
    if exp["type"] == "value":
        ok = q.value is not None and _close(q.value, _dec(exp["value"])) and q.qualifier in ("exact", "approx")
    else:
        frm, to = exp.get("from"), exp.get("to")
        if frm and to:
            ok = q.qualifier == "range" and _close(q.low, _dec(frm["value"])) and _close(q.high, _dec(to["value"]))
        elif frm:
            ok = q.qualifier in ("at_least", "more_than") and _close(q.value, _dec(frm["value"]))
        else:
            ok = q.qualifier in ("at_most", "less_than") and _close(q.value, _dec(to["value"]))
    return ok, got, None if ok else "wrong value or qualifier"


def run_duckling_figures(shared_dir: Path) -> SuiteReport:
    """Score sikyx on Duckling's French figure corpora under ``shared_dir/peers/duckling-fr``.

    Returns a :class:`SuiteReport` with ``per_file`` = {"numeral.jsonl": (passed, total), ...}.
    Raises :class:`FileNotFoundError` when the directory is missing.
    """
    base = Path(shared_dir) / "peers" / "duckling-fr"
    if not base.is_dir():
        raise FileNotFoundError(base)
    report = SuiteReport("duckling-fr figures")
    for name in DUCKLING_FILES:
        path = base / f"{name}.jsonl"
        passed = total = 0
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            total += 1
            ok, got, cause = _duckling_case(case)
            if ok:
                passed += 1
            else:
                report.failures.append(
                    {"file": path.name, "text": case["text"], "expected": case["expected"], "got": got, "cause": cause}
                )
        report.per_file[path.name] = (passed, total)
    return report


# -------------------------------------------------------------------------------- Recognizers-Text
def _supported(case: dict) -> bool:
    ns = case.get("NotSupported") or ""
    return "dotnet" not in [p.strip().lower() for p in ns.split(",")]


def _rt_value(value: str | None) -> Decimal | None:
    if value is None:
        return None
    v = value.strip().rstrip("%").replace(",", ".")
    try:
        return Decimal(v)
    except InvalidOperation:
        return None


_LEADING_QUALIFIER = regex.compile(
    r"^(?i:" + "|".join(
        regex.escape(p).replace(r"\ de", r"\s+(?:de\s+|d['’])").replace(r"\ ", r"\s+").replace("'", "['’]")
        for p in sorted(QUALIFIERS, key=len, reverse=True)
    ) + r")\s*"
)


_TRAILING_RATE = regex.compile(r"\s*(?:par\s+|/\s*)[^\W\d][\w'’ ]*\Z")


def _core(text: str, start: int) -> tuple[str, int]:
    """Our span without a leading qualifier and a trailing rate (Recognizers' spans have neither)."""
    m = _LEADING_QUALIFIER.match(text)
    if m is not None:
        text, start = text[m.end():], start + m.end()
    r = _TRAILING_RATE.search(text)
    if r is not None and r.start() > 0:
        text = text[: r.start()]
    return text, start


_KINDS = {
    "PercentModel.json": lambda q: q.kind == "percent",
    "CurrencyModel.json": lambda q: q.kind == "money",
    "DimensionModel.json": lambda q: q.kind in ("length", "mass", "area", "volume", "speed")
    or (q.kind == "other" and q.unit is not None and "percent" not in str(q.unit)),
    "TemperatureModel.json": lambda q: q.kind == "temperature"
    or (q.unit is not None and str(q.unit) == "degree" and "angle" not in q.flags),
    "AgeModel.json": lambda q: q.kind == "duration",
}


def _ours(file: str, text: str) -> list[tuple[str, Decimal | None, str | None]]:
    if file == "NumberModel.json":
        return [(m.text, m.value.value, None) for m in find_numbers(text)]
    keep = _KINDS[file]
    out = []
    for m in find_quantities(text):
        q = m.value
        if not keep(q):
            continue
        core, _ = _core(m.text, m.start)
        unit = None if q.unit is None else str(q.unit)
        if "/" in (unit or "") and q.kind != "speed":
            unit = unit.split("/")[0].strip()
        out.append((core, q.value, unit))
    return out


def _theirs(file: str, case: dict) -> list[tuple[str, Decimal | None, str | None]]:
    out = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        value = _rt_value(res.get("value"))
        unit = None
        if file != "NumberModel.json" and file != "PercentModel.json":
            name = res.get("unit")
            iso = res.get("isoCurrency")
            if iso and name not in _RECOGNIZERS_ISO_SUBUNITS:
                unit = iso
            elif file == "DimensionModel.json" and name == "Livre":
                unit = "pound"
            elif name in RECOGNIZERS_UNITS:
                unit, factor = RECOGNIZERS_UNITS[name]
                if value is not None:
                    value = value * factor
            else:
                unit = name
        elif file == "PercentModel.json":
            unit = "percent"
        out.append((r["Text"], value, unit))
    return out


_JUDGED = {
    "192.168.1.2": "convention: an IP address is no number (sikyx blocks versions and IP addresses)",
    "322 cent": "judged not French: '322 cent' does not mean 32 200",
    "vingt et trois et trois cinquiemes": "judged not French: 'vingt et trois' is not a modern French numeral",
    "La valeur actuelle est d'un milliard et demi million": "judged not French: 'un milliard et demi million'",
    "faire 3 tours": "convention: 'tours' is a counted noun (laps), an angle only in a context of rotation",
}
"""Recognizers-Text cases judged wrong or out of convention, with their cause."""


def _rt_cause(theirs, ours, text: str = "") -> str:
    if text.strip() in _JUDGED:
        return _JUDGED[text.strip()]
    if any(v is None for _, v, _ in theirs):
        return "convention: unit without number"
    if any("livre" in t.lower() for t, _, _ in theirs):
        return ("ambiguity: 'livres' (pounds, £ or books) is money after a scale word or 'sterling', "
                "a weight with a fractional value or in a sentence about weight")
    if any(regex.search(r"\s(?:à|et|-)\s", t) and any(t.endswith(x) and t != x for x, _, _ in theirs) for t, _, _ in ours):
        return "convention: sikyx reads the whole range"
    if not theirs and any(u == "degree" for _, _, u in ours):
        return "convention: a bare degree sign is kept (angle or temperature)"
    if any(t.strip().lower() in ("un", "une") or t.lower().startswith(("un ", "une ")) for t, _, _ in theirs) and len(ours) < len(theirs):
        return "convention: determiner un/une"
    if not ours:
        return "missed"
    if len(ours) != len(theirs):
        return "different number of figures"
    if [t for t, _, _ in ours] != [t for t, _, _ in theirs]:
        return "different span"
    if any(not _close(a, b) for (_, a, _), (_, b, _) in zip(ours, theirs)):
        return "different value"
    return "different unit"


def _rt_match(file: str, ours, theirs) -> bool:
    if len(ours) != len(theirs):
        return False
    for (t1, v1, u1), (t2, v2, u2) in zip(ours, theirs):
        if t1.strip().lower() != t2.strip().lower() or not _close(v1, v2):
            return False
        if file not in ("NumberModel.json", "PercentModel.json") and not (u1 and u2 and _same_unit(u1, u2)):
            return False
    return True


def run_recognizers_figures(shared_dir: Path) -> SuiteReport:
    """Score sikyx on Recognizers-Text's French number and number-with-unit specs under
    ``shared_dir/peers/recognizers-text-fr`` (cases not marked NotSupported for dotnet).

    Returns a :class:`SuiteReport` keyed by file name ("NumberModel.json", ...). Raises
    :class:`FileNotFoundError` when the directory is missing.
    """
    base = Path(shared_dir) / "peers" / "recognizers-text-fr"
    if not base.is_dir():
        raise FileNotFoundError(base)
    report = SuiteReport("recognizers-text-fr figures")
    for rel in RECOGNIZERS_FILES:
        path = base / rel
        cases = json.loads(path.read_text("utf-8-sig"))
        passed = total = 0
        for case in cases:
            if not _supported(case):
                continue
            total += 1
            ours = _ours(path.name, case["Input"])
            theirs = _theirs(path.name, case)
            if _rt_match(path.name, ours, theirs):
                passed += 1
            else:
                report.failures.append({
                    "file": path.name, "text": case["Input"],
                    "expected": [(t, None if v is None else str(v), u) for t, v, u in theirs],
                    "got": [(t, None if v is None else str(v), u) for t, v, u in ours],
                    "cause": _rt_cause(theirs, ours, case["Input"]),
                })
        report.per_file[path.name] = (passed, total)
    return report


def main(argv: list[str] | None = None) -> int:
    """Print per-file pass rates of both suites (and failures with ``-v``)."""
    args = parse_shared_args(argv, "python -m sikyx.evaluate.peers_figures",
                             "Pass rates of sikyx on Duckling's and Recognizers-Text's French figure suites.",
                             {"-v": "also print every failing case with what was expected and what sikyx gave"})
    verbose, shared = args.v, args.shared
    for run in (run_duckling_figures, run_recognizers_figures):
        rep = run(shared)
        print(f"{rep.name}: {rep.passed}/{rep.total} = {rep.rate:.1%}")
        for name, (p, t) in rep.per_file.items():
            print(f"  {name:28s} {p:4d}/{t:<4d} {p / t if t else 0:.1%}")
        causes: dict[str, int] = {}
        for f in rep.failures:
            causes[f["cause"]] = causes.get(f["cause"], 0) + 1
        for c, n in sorted(causes.items(), key=lambda x: -x[1]):
            print(f"    {n:3d}  {c}")
        if verbose:
            for f in rep.failures:
                print(f"    [{f['cause']}] {f['text']!r}\n       expected {f['expected']}\n       got      {f['got']}")
    return 0


if __name__ == "__main__":
    run_cli(main)
