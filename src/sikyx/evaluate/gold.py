"""The project's gold corpus format: loading and validation.

A gold file is JSONL, one document per line::

    {"id": str, "text": str, "reference_date": "YYYY-MM-DD", "source": str, "licence": str,
     "topic": str,
     "entities":   [{"start", "end", "text", "label"}],
     "quantities": [{"start", "end", "text", "kind", "value", "low", "high", "unit",
                     "qualifier", "flags"}],
     "dates":      [{"start", "end", "text", "type", "value", "start_date", "end_date"}]}

Offsets are Python string indices into ``text``, end exclusive. The conventions behind the
annotations are written down in ``corpus/GUIDELINES.md``; this module only checks what a
machine can check: offsets, vocabularies and the shape of every value.

>>> problems = validate_file("corpus/gold.jsonl")  # doctest: +SKIP
>>> problems
[]
"""

from __future__ import annotations

from ..jsonl import iter_jsonl

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

__all__ = [
    "ENTITY_LABELS",
    "QUANTITY_KINDS",
    "QUALIFIERS",
    "DATE_TYPES",
    "TIMEX3_VALUE",
    "load_gold",
    "validate_record",
    "validate_file",
]

ENTITY_LABELS = frozenset({"ORG", "LOC", "PER", "DATE"})
"""Labels of the entity layer (DATE entities mirror the date layer's DATE and TIME spans)."""

QUANTITY_KINDS = frozenset(
    {
        "money", "mass", "length", "area", "volume", "duration", "temperature", "energy",
        "power", "speed", "percent", "count", "number", "other",
    }
)
"""The ``kind`` vocabulary of the quantity layer."""

QUALIFIERS = frozenset(
    {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"}
)
"""The ``qualifier`` vocabulary of the quantity layer."""

DATE_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
"""TIMEX3 types of the date layer."""

_REQUIRED_TOP = ("id", "text", "reference_date", "source", "licence", "topic",
                 "entities", "quantities", "dates")
_ENTITY_KEYS = ("start", "end", "text", "label")
_QUANTITY_KEYS = ("start", "end", "text", "kind", "value", "low", "high", "unit",
                  "qualifier", "flags")
_DATE_KEYS = ("start", "end", "text", "type", "value", "start_date", "end_date")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")
_FLAG = re.compile(r"[a-z][a-z0-9_]*")
_PERIOD = re.compile(r"P[\dTX]")

# TimeML 1.2.1 TIMEX3 values: calendar dates (with X placeholders, weeks, quarters, halves,
# seasons, week-ends, decades and centuries), times (clock or part of day), durations and the
# three reference tokens.
_Y = r"(?:\d{4}|\d{3}|\d{2}|XXXX|\d{2}XX|\d{3}X)"
_DATE_PART = (
    rf"{_Y}"
    r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
)
_TIME_PART = (
    r"T(?:MO|MI|AF|EV|NI|DT"
    r"|(?:[01]\d|2[0-4]|XX)(?::(?:[0-5]\d|XX)(?::[0-5]\d(?:\.\d+)?)?)?)"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?"
)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (
    rf"P(?=[\dX]|T[\dX])(?:(?:{_NUM}Y)?(?:{_NUM}M)?(?:{_NUM}W)?(?:{_NUM}D)?"
    rf"(?:T(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?|XX)"
)
TIMEX3_VALUE = re.compile(
    rf"(?:{_DATE_PART}(?:{_TIME_PART})?|{_TIME_PART}|{_DURATION}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)"
)
"""Full-match regex for a TIMEX3 ``value`` (TimeML 1.2.1 shapes)."""


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file and return its documents, in file order.

    Blank lines are skipped. A line that is not a JSON object raises :class:`ValueError`
    naming the file and the line number.
    """
    records: list[dict[str, Any]] = []
    for lineno, record in iter_jsonl(path):
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{lineno}: a document must be a JSON object")
        records.append(record)
    return records


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _parse_date(value: Any) -> _dt.date | None:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def _check_span(span: Any, text: str, where: str, keys: tuple[str, ...]) -> list[str]:
    """Problems common to every span: keys, offsets, copied text, edges."""
    if not isinstance(span, dict):
        return [f"{where}: a span must be a JSON object"]
    problems = [f"{where}: missing key {key!r}" for key in keys if key not in span]
    extra = sorted(set(span) - set(keys))
    problems += [f"{where}: unexpected key {key!r}" for key in extra]
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) \
            or isinstance(end, bool):
        problems.append(f"{where}: start and end must be integers")
        return problems
    if not 0 <= start < end <= len(text):
        problems.append(f"{where}: offsets {start}..{end} out of range (text has {len(text)} chars)")
        return problems
    surface = text[start:end]
    if span.get("text") != surface:
        problems.append(f"{where}: text {span.get('text')!r} != text[{start}:{end}] {surface!r}")
    if surface != surface.strip():
        problems.append(f"{where}: whitespace at the edge of {surface!r}")
    return problems


def _check_overlaps(spans: list[dict[str, Any]], layer: str) -> list[str]:
    problems = []
    usable = [s for s in spans if isinstance(s, dict)
              and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
    ordered = sorted(usable, key=lambda s: (s["start"], s["end"]))
    for previous, current in zip(ordered, ordered[1:]):
        if current["start"] < previous["end"]:
            problems.append(
                f"{layer}: spans overlap: {previous.get('text')!r} "
                f"({previous['start']}..{previous['end']}) and {current.get('text')!r} "
                f"({current['start']}..{current['end']})"
            )
    return problems


def _check_quantity(q: dict[str, Any], where: str) -> list[str]:
    problems = []
    kind, value, low, high = q.get("kind"), q.get("value"), q.get("low"), q.get("high")
    unit, qualifier, flags = q.get("unit"), q.get("qualifier"), q.get("flags")
    if kind not in QUANTITY_KINDS:
        problems.append(f"{where}: unknown kind {kind!r}")
    if qualifier not in QUALIFIERS:
        problems.append(f"{where}: unknown qualifier {qualifier!r}")
    for name, number in (("value", value), ("low", low), ("high", high)):
        if number is not None and not _is_number(number):
            problems.append(f"{where}: {name} must be a number or null, not {number!r}")
    if qualifier == "range":
        if value is not None:
            problems.append(f"{where}: a range has value null")
        if not (_is_number(low) and _is_number(high)):
            problems.append(f"{where}: a range needs numeric low and high")
        elif low > high:
            problems.append(f"{where}: low {low} > high {high}")
    else:
        if low is not None or high is not None:
            problems.append(f"{where}: low/high are only for qualifier 'range'")
        if value is None and qualifier != "approx":
            problems.append(f"{where}: value null is only allowed for an approximate quantity "
                            f"with no number ('des dizaines de ...') or a range")
    if unit is not None and (not isinstance(unit, str) or not unit.strip()):
        problems.append(f"{where}: unit must be a non-empty string or null")
    elif kind == "money":
        base = unit.split(" / ")[0] if isinstance(unit, str) else None
        if base is None or not _CURRENCY.fullmatch(base):
            problems.append(f"{where}: money needs an ISO 4217 code as unit, not {unit!r}")
    elif kind == "number" and unit is not None:
        problems.append(f"{where}: a bare number has unit null, not {unit!r}")
    elif kind not in ("number", "other") and unit is None:
        problems.append(f"{where}: kind {kind!r} needs a unit")
    if not isinstance(flags, list) or not all(isinstance(f, str) and _FLAG.fullmatch(f)
                                              for f in flags):
        problems.append(f"{where}: flags must be a list of snake_case strings, not {flags!r}")
    return problems


def _check_date(d: dict[str, Any], where: str) -> list[str]:
    problems = []
    dtype, value = d.get("type"), d.get("value")
    if dtype not in DATE_TYPES:
        problems.append(f"{where}: unknown type {dtype!r}")
    if not isinstance(value, str) or not TIMEX3_VALUE.fullmatch(value):
        problems.append(f"{where}: {value!r} is not a TIMEX3 value")
    elif dtype == "DURATION" and not _PERIOD.match(value):
        problems.append(f"{where}: a DURATION value starts with 'P', not {value!r}")
    elif dtype in ("DATE", "TIME") and _PERIOD.match(value):
        problems.append(f"{where}: a {dtype} value cannot be a period {value!r}")
    elif dtype == "TIME" and "T" not in value and not value.endswith("_REF"):
        problems.append(f"{where}: a TIME value needs a time part, not {value!r}")
    bounds = {}
    for name in ("start_date", "end_date"):
        raw = d.get(name)
        if raw is None:
            bounds[name] = None
            continue
        parsed = _parse_date(raw)
        if parsed is None:
            problems.append(f"{where}: {name} {raw!r} is not YYYY-MM-DD")
        bounds[name] = parsed
    if (d.get("start_date") is None) != (d.get("end_date") is None):
        problems.append(f"{where}: start_date and end_date are both set or both null")
    if bounds.get("start_date") and bounds.get("end_date") \
            and bounds["start_date"] > bounds["end_date"]:
        problems.append(f"{where}: start_date {d['start_date']} > end_date {d['end_date']}")
    return problems


def validate_record(record: dict[str, Any]) -> list[str]:
    """Check one gold document and return its problems (empty when it is valid).

    Checked: the top-level keys; ``reference_date`` as a real ``YYYY-MM-DD`` date; for every
    span of every layer, integer offsets inside the text, ``text == text[start:end]`` and no
    whitespace at its edges; the label, kind, qualifier and type vocabularies; numbers for
    ``value``/``low``/``high``; a range has ``value`` null and ``low <= high``; ``value`` null
    otherwise only with qualifier ``approx`` ("des dizaines de saisies"); a bare ``number`` has no
    unit and other kinds except ``other`` have one; flags are snake_case strings; an ISO 4217
    looking code (three capital letters, optionally ``" / <denominator>"``) for money; a TIMEX3
    value matching :data:`TIMEX3_VALUE`; ``start_date <= end_date``; no two spans of one layer
    overlap; and every DATE entity matches a DATE or TIME span of the date layer.
    """
    if not isinstance(record, dict):
        return ["document: must be a JSON object"]
    rid = record.get("id", "?")
    problems = [f"{rid}: missing key {key!r}" for key in _REQUIRED_TOP if key not in record]
    text = record.get("text")
    if not isinstance(text, str) or not text:
        return problems + [f"{rid}: text must be a non-empty string"]
    if _parse_date(record.get("reference_date")) is None:
        problems.append(f"{rid}: reference_date {record.get('reference_date')!r} "
                        f"is not a YYYY-MM-DD date")
    for key in ("id", "source", "licence", "topic"):
        if key in record and (not isinstance(record[key], str) or not record[key]):
            problems.append(f"{rid}: {key} must be a non-empty string")
    layers = {}
    for layer in ("entities", "quantities", "dates"):
        spans = record.get(layer, [])
        if not isinstance(spans, list):
            problems.append(f"{rid}: {layer} must be a list")
            spans = []
        layers[layer] = spans
    for i, ent in enumerate(layers["entities"]):
        where = f"{rid}: entities[{i}]"
        span_problems = _check_span(ent, text, where, _ENTITY_KEYS)
        problems += span_problems
        if isinstance(ent, dict) and ent.get("label") not in ENTITY_LABELS:
            problems.append(f"{where}: unknown label {ent.get('label')!r}")
    for i, q in enumerate(layers["quantities"]):
        where = f"{rid}: quantities[{i}]"
        problems += _check_span(q, text, where, _QUANTITY_KEYS)
        if isinstance(q, dict):
            problems += _check_quantity(q, where)
    for i, d in enumerate(layers["dates"]):
        where = f"{rid}: dates[{i}]"
        problems += _check_span(d, text, where, _DATE_KEYS)
        if isinstance(d, dict):
            problems += _check_date(d, where)
    for layer, spans in layers.items():
        problems += _check_overlaps(spans, f"{rid}: {layer}")
    date_spans = {(d.get("start"), d.get("end")) for d in layers["dates"]
                  if isinstance(d, dict) and d.get("type") in ("DATE", "TIME")}
    date_ents = {(e.get("start"), e.get("end")) for e in layers["entities"]
                 if isinstance(e, dict) and e.get("label") == "DATE"}
    for start, end in sorted(date_spans - date_ents, key=str):
        problems.append(f"{rid}: date span {start}..{end} (DATE/TIME) has no DATE entity")
    for start, end in sorted(date_ents - date_spans, key=str):
        problems.append(f"{rid}: DATE entity {start}..{end} has no DATE/TIME date span")
    return problems


def validate_file(path: str | Path) -> list[str]:
    """Validate every document of a gold JSONL file; return all problems found.

    Besides :func:`validate_record` on each document, checks that ids are unique. A file that
    cannot be parsed gives a single problem naming the bad line.
    """
    try:
        records = load_gold(path)
    except (OSError, ValueError) as exc:
        return [str(exc)]
    problems: list[str] = []
    seen: set[Any] = set()
    for record in records:
        problems += validate_record(record)
        rid = record.get("id") if isinstance(record, dict) else None
        if rid in seen:
            problems.append(f"{rid}: duplicate id")
        seen.add(rid)
    return problems
