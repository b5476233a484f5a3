"""Build corpus/gold.jsonl from the marked-up sources in corpus/src/.

Usage::

    python corpus/build.py            # write corpus/gold.jsonl
    python corpus/build.py --check    # exit 1 if corpus/gold.jsonl is not what the sources give
    python corpus/build.py --stats    # print the counts shown in corpus/README.md
    python corpus/build.py --src corpus/src_heldout --out corpus/heldout.jsonl [--check]
                                      # another source directory / output file (held-out set)

Each source file ``corpus/src/NNN_topic.txt`` has a header, a line ``---`` and the marked-up
text (see corpus/README.md for the markup). Offsets are computed here, so they are right by
construction; any malformed mark stops the build with the file and line. The seed article's
markup is checked against ``seeds/000_01e362be8bce5c34.txt`` character for character.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = HERE / "src"
OUT = HERE / "gold.jsonl"
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"

HEADER_KEYS = ("id", "reference_date", "topic", "source", "licence")
ESCAPES = {"\\u00A0": "\u00a0", "\\u202F": "\u202f", "\\u2009": "\u2009"}
OPEN = {"[": "entity", "{": "quantity", "<": "date"}
CLOSE = {"entity": "]", "quantity": "}", "date": ">"}
ENTITY_LABELS = {"ORG", "LOC", "PER"}
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}

QUALIFIER_PREFIXES = [
    ("pas moins de", "at_least"), ("pas moins d'", "at_least"), ("au moins", "at_least"),
    ("au minimum", "at_least"),
    ("un peu plus de", "more_than"), ("un peu plus d'", "more_than"),
    ("plus de", "more_than"), ("plus d'", "more_than"), ("supérieur à", "more_than"),
    ("supérieure à", "more_than"), ("supérieures à", "more_than"), ("supérieurs à", "more_than"),
    ("inférieures à", "less_than"), ("inférieurs à", "less_than"), ("inférieur à", "less_than"), ("inférieure à", "less_than"),
    ("à partir de", "at_least"), ("à partir d'", "at_least"),
    ("près de", "approx"), ("près d'", "approx"), ("environ", "approx"), ("quelque", "approx"),
    ("presque", "approx"), ("quasiment", "approx"), ("autour de", "approx"),
    ("moins de", "less_than"), ("moins d'", "less_than"),
    ("jusqu'à", "at_most"), ("au plus", "at_most"), ("au maximum", "at_most"),
    ("entre", "range"),
]


class MarkupError(Exception):
    pass


def fail(path: Path, raw: str, pos: int, message: str) -> None:
    line = raw.count("\n", 0, pos) + 1
    raise MarkupError(f"{path.name}: line {line}: {message}")


def parse_number(raw: str) -> Decimal:
    try:
        return Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {raw!r}") from exc


def json_number(value: Decimal) -> int | float:
    """An exact JSON number: an int when integral, else a float whose repr is the decimal."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) != value:
        raise ValueError(f"{value} is not exactly representable as a JSON number")
    return as_float


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
           "WI": ((12, 21), (3, 19))}


def bounds_from_value(value: str) -> tuple[dt.date, dt.date] | None:
    """Inclusive day bounds implied by a TIMEX3 DATE/TIME value (None when not a calendar span)."""
    date_part, _, time_part = value.partition("T")
    if "X" in date_part or value.endswith("_REF") or value.startswith("P") or not date_part:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date_part):
        day = dt.date(*map(int, m.groups()))
        if time_part == "NI":  # a night runs into the next day
            return day, day + dt.timedelta(days=1)
        return day, day
    if time_part:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", date_part):
        y, mo = map(int, m.groups())
        return dt.date(y, mo, 1), month_end(y, mo)
    if m := re.fullmatch(r"\d{4}", date_part):
        y = int(date_part)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", date_part):
        y, w = int(m.group(1)), int(m.group(2))
        monday = dt.date.fromisocalendar(y, w, 1)
        if m.group(3):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", date_part):
        y, q = int(m.group(1)), int(m.group(2))
        return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    if m := re.fullmatch(r"(\d{4})-H([12])", date_part):
        y, h = int(m.group(1)), int(m.group(2))
        return dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", date_part):
        y = int(m.group(1))
        (m1, d1), (m2, d2) = SEASONS[m.group(2)]
        return dt.date(y, m1, d1), dt.date(y + (m.group(2) == "WI"), m2, d2)
    if m := re.fullmatch(r"\d{3}", date_part):
        y = int(date_part) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if m := re.fullmatch(r"\d{2}", date_part):
        y = int(date_part) * 100
        return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
    return None


_DIGITS = re.compile(r"([-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f\u2009.'’]\d{3})+|\d+)(?:,(\d+))?")
_SCALES = [(re.compile(r"milliards?\b|Mds?(?=\s?[€$£])|Mrds?\b"), 10**9),
           (re.compile(r"millions?\b|M(?=\s?[€$£])|Mio\b"), 10**6),
           (re.compile(r"mille\b|[kK](?=\s?[€$£])"), 10**3)]


def digits_value(text: str) -> Decimal | None:
    """The value the first digit group in a span spells (with a following scale word)."""
    dotted = re.search(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.,])", text)
    if dotted:  # a decimal point written the English (Swiss) way: "CHF 2.20"
        return Decimal(f"{dotted.group(1)}.{dotted.group(2)}")
    m = _DIGITS.search(text)
    if not m:
        return None
    whole = re.sub(r"[ \u00a0\u202f\u2009.'’]", "", m.group(2))
    number = Decimal(whole + ("." + m.group(3) if m.group(3) else ""))
    if m.group(1) or re.match(r"moins\s+\d", text, re.IGNORECASE):
        number = -number
    rest = text[m.end():].lstrip(" \u00a0\u202f")
    for word, factor in _SCALES:
        if word.match(rest):
            return number * factor
    if rest.startswith("centime"):
        return number / 100
    return number


def parse_quantity(fields: list[str]) -> dict:
    if not 2 <= len(fields) <= 5:
        raise ValueError("a quantity mark is {text|kind|value|unit|qualifier|flags}, "
                         "with unit, qualifier and flags optional")
    kind = fields[0]
    raw_value = fields[1]
    unit = fields[2] if len(fields) > 2 else "-"
    qualifier = fields[3] if len(fields) > 3 and fields[3] else "exact"
    flags = [f for f in fields[4].split(",") if f] if len(fields) > 4 else []
    value = low = high = None
    if ".." in raw_value:
        lo, _, hi = raw_value.partition("..")
        low, high = json_number(parse_number(lo)), json_number(parse_number(hi))
        if qualifier != "range":
            raise ValueError("a low..high value needs qualifier 'range'")
    elif raw_value not in ("-", "null"):
        value = json_number(parse_number(raw_value))
    return {"kind": kind, "value": value, "low": low, "high": high,
            "unit": None if unit in ("-", "") else unit, "qualifier": qualifier, "flags": flags}


def parse_date(fields: list[str]) -> dict:
    if not 2 <= len(fields) <= 3:
        raise ValueError("a date mark is <text|TYPE|value> or <text|TYPE|value|start..end|->")
    dtype, value = fields[0], fields[1]
    if dtype not in DATE_TYPES:
        raise ValueError(f"unknown date type {dtype!r}")
    start = end = None
    if len(fields) == 3:
        if fields[2] != "-":
            lo, sep, hi = fields[2].partition("..")
            if not sep:
                raise ValueError("bounds are written start..end (or - for none)")
            start, end = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    elif dtype in ("DATE", "TIME"):
        derived = bounds_from_value(value)
        if derived:
            start, end = derived
    return {"type": dtype, "value": value,
            "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None}


def parse_markup(path: Path, raw: str) -> tuple[str, list, list, list, list[str]]:
    """Strip the marks from ``raw``; return text, entities, quantities, dates and warnings."""
    out: list[str] = []
    length = 0
    entities, quantities, dates, warnings = [], [], [], []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch in OPEN:
            layer = OPEN[ch]
            close = raw.find(CLOSE[layer], i + 1)
            if close < 0:
                fail(path, raw, i, f"unclosed {ch} mark")
            body = raw[i + 1:close]
            if any(c in body for c in "[]{}<>\n"):
                fail(path, raw, i, f"mark {raw[i:close + 1]!r} contains another mark or a newline")
            surface, *fields = body.split("|")
            if not fields:
                fail(path, raw, i, f"mark {raw[i:close + 1]!r} has no annotation")
            if surface != surface.strip() or not surface:
                fail(path, raw, i, f"mark {raw[i:close + 1]!r}: whitespace at the edge")
            span = {"start": length, "end": length + len(surface), "text": surface}
            try:
                if layer == "entity":
                    if len(fields) != 1 or fields[0] not in ENTITY_LABELS:
                        raise ValueError(f"entity label must be one of {sorted(ENTITY_LABELS)}")
                    entities.append({**span, "label": fields[0]})
                elif layer == "quantity":
                    q = {**span, **parse_quantity(fields)}
                    quantities.append(q)
                    warnings += check_quantity(q)
                else:
                    dates.append({**span, **parse_date(fields)})
            except ValueError as exc:
                fail(path, raw, i, f"mark {raw[i:close + 1]!r}: {exc}")
            out.append(surface)
            length += len(surface)
            i = close + 1
        elif ch in "]}>|":
            fail(path, raw, i, f"stray {ch!r}")
        else:
            out.append(ch)
            length += 1
            i += 1
    return "".join(out), entities, quantities, dates, warnings


def check_quantity(q: dict) -> list[str]:
    """Consistency checks between a quantity's surface and its annotation (typo catchers)."""
    problems = []
    lowered = q["text"].lower()
    for prefix, qualifier in QUALIFIER_PREFIXES:
        if lowered.startswith(prefix):
            if q["qualifier"] != qualifier:
                problems.append(f"{q['text']!r}: starts with {prefix!r} but qualifier is "
                                f"{q['qualifier']!r}")
            break
    else:
        if q["qualifier"] not in ("exact", "range", "approx"):
            problems.append(f"{q['text']!r}: qualifier {q['qualifier']!r} without a qualifier word")
    spelled = digits_value(q["text"])
    target = q["low"] if q["qualifier"] == "range" else q["value"]
    if spelled is not None and target is not None and "decimal_comma_lost" not in q["flags"] \
            and q["qualifier"] != "range":
        if Decimal(str(target)) != spelled:
            problems.append(f"{q['text']!r}: digits spell {spelled}, annotated {target}")
    return problems


def read_source(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise MarkupError(f"{path.name}: no '---' line between header and text")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in HEADER_KEYS:
            raise MarkupError(f"{path.name}: bad header line {line!r}")
        meta[key.strip()] = value.strip()
    missing = [k for k in HEADER_KEYS if k not in meta]
    if missing:
        raise MarkupError(f"{path.name}: header lacks {missing}")
    if body.endswith("\n"):
        body = body[:-1]
    for escape, char in ESCAPES.items():
        body = body.replace(escape, char)
    text, entities, quantities, dates, warnings = parse_markup(path, body)
    if warnings:
        raise MarkupError(f"{path.name}: " + "; ".join(warnings))
    date_entities = [{"start": d["start"], "end": d["end"], "text": d["text"], "label": "DATE"}
                     for d in dates if d["type"] in ("DATE", "TIME")]
    by_start = lambda s: (s["start"], s["end"])  # noqa: E731
    return {
        "id": meta["id"],
        "text": text,
        "reference_date": meta["reference_date"],
        "source": meta["source"],
        "licence": meta["licence"],
        "topic": meta["topic"],
        "entities": sorted(entities + date_entities, key=by_start),
        "quantities": sorted(quantities, key=by_start),
        "dates": sorted(dates, key=by_start),
    }


def _load_validator():
    """sikyx.evaluate.gold.validate_record, from the checkout's src/ (installed or not)."""
    sys.path.insert(0, str(ROOT / "src"))
    from sikyx.evaluate.gold import validate_record

    return validate_record


def build(src: Path = SRC) -> str:
    validate_record = _load_validator()

    lines = []
    problems = []
    for path in sorted(Path(src).glob("*.txt")):
        record = read_source(path)
        # the seed article is checked only where it lives: among the default sources
        if path.resolve().parent == SRC.resolve() and path.name.startswith("000_"):
            seed = SEED.read_text(encoding="utf-8")
            if record["text"] != seed:
                raise MarkupError(f"{path.name}: text differs from {SEED.name}")
        problems += validate_record(record)
        lines.append(json.dumps(record, ensure_ascii=False))
    if problems:
        raise MarkupError("\n".join(problems))
    return "\n".join(lines) + "\n"


def stats(content: str) -> str:
    """Counts per layer, label, kind, qualifier and type, as Markdown (for corpus/README.md)."""
    from collections import Counter

    records = [json.loads(line) for line in content.splitlines() if line.strip()]
    topics = Counter(r["topic"] for r in records)
    labels = Counter(e["label"] for r in records for e in r["entities"])
    kinds = Counter(q["kind"] for r in records for q in r["quantities"])
    quals = Counter(q["qualifier"] for r in records for q in r["quantities"])
    money = Counter(q["unit"].split(" / ")[0] for r in records for q in r["quantities"]
                    if q["kind"] == "money")
    flags = Counter(f for r in records for q in r["quantities"] for f in q["flags"])
    types = Counter(d["type"] for r in records for d in r["dates"])
    words = sum(len(r["text"].split()) for r in records)

    def table(title: str, counter: Counter) -> str:
        rows = "\n".join(f"| {k} | {v} |" for k, v in counter.most_common())
        return f"| {title} | n |\n|---|---|\n{rows}\n"

    total = lambda layer: sum(len(r[layer]) for r in records)  # noqa: E731
    return "\n".join([
        f"{len(records)} documents, {words} words, {len(topics)} topics; "
        f"{total('entities')} entities, {total('quantities')} quantities, "
        f"{total('dates')} dates.\n",
        table("topic", topics), table("entity label", labels), table("quantity kind", kinds),
        table("qualifier", quals), table("currency", money), table("flag", flags),
        table("date type", types),
    ])


def _option(argv: list[str], name: str, default: Path) -> Path:
    """The path given as ``--name PATH`` or ``--name=PATH`` (relative to the working directory)."""
    for i, arg in enumerate(argv):
        if arg == name:
            if i + 1 >= len(argv):
                raise SystemExit(f"build.py: {name} needs a path")
            return Path(argv[i + 1]).resolve()
        if arg.startswith(name + "="):
            return Path(arg[len(name) + 1:]).resolve()
    return default


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str]) -> int:
    src = _option(argv, "--src", SRC)
    out = _option(argv, "--out", OUT)
    try:
        content = build(src)
    except MarkupError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 2
    if "--stats" in argv:
        print(stats(content))
        return 0
    if "--check" in argv:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != content:
            print(f"build.py: {_shown(out)} is out of date; run python corpus/build.py"
                  + ("" if (src, out) == (SRC, OUT) else f" --src {_shown(src)} --out {_shown(out)}"),
                  file=sys.stderr)
            return 1
        return 0
    out.write_text(content, encoding="utf-8")
    readme = HERE / "README.md"
    if out == OUT and readme.exists():  # the README counts describe corpus/gold.jsonl only
        text = readme.read_text(encoding="utf-8")
        updated = re.sub(r"(<!-- stats: written by build.py -->\n).*?(\n<!-- /stats -->)",
                         lambda m: m.group(1) + stats(content).strip() + m.group(2), text,
                         flags=re.S)
        if updated != text:
            readme.write_text(updated, encoding="utf-8")
    print(f"wrote {_shown(out)}: {content.count(chr(10))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
