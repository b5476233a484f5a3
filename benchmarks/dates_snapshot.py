"""Snapshot every output of :func:`sikyx.dates.find_dates` on every French text at hand, to check
that a change to the scanner changes nothing.

Usage::

    PYTHONPATH=src python benchmarks/dates_snapshot.py write /tmp/before.jsonl
    PYTHONPATH=src python benchmarks/dates_snapshot.py check /tmp/before.jsonl   # exit 1 on any diff

The texts: the project's corpus (gold + held-out, reference date from each record), the seed
article, ``tests/dates/corpus.tsv``, and, from ``../shared`` when present: French TimeBank dev
(``dct``), Duckling's French corpora (every dimension, negatives included; their reference time),
Recognizers-Text French specs (their ``Context.ReferenceDateTime``, else 2016-11-07), Sequoia and
HIPE-2020 texts (no dates of their own: reference 2021-04-05). Each text also runs without a
reference date. Every text runs under the three ``prefer`` settings and the two ``intervals``
settings; a result line holds the spans, types, values, bounds, mods and flags.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from common import ROOT, SHARED, jsonl  # noqa: E402  (benchmarks/common.py)
DEFAULT_REF = dt.date(2021, 4, 5)



def _ref(value) -> dt.date | dt.datetime | None:
    if not value:
        return None
    value = str(value)
    try:
        return dt.datetime.fromisoformat(value) if "T" in value or " " in value else dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def texts() -> list[tuple[str, str, dt.date | dt.datetime | None]]:
    """(source, text, reference date) of every text at hand, in a fixed order."""
    out: list[tuple[str, str, dt.date | dt.datetime | None]] = []
    for name in ("gold.jsonl", "heldout.jsonl"):
        for rec in jsonl(ROOT / "corpus" / name):
            if isinstance(rec.get("text"), str):
                out.append((f"corpus/{name}", rec["text"], _ref(rec.get("reference_date")) or DEFAULT_REF))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seeds/{seed.name}", seed.read_text(encoding="utf-8"), DEFAULT_REF))
    tsv = ROOT / "tests" / "dates" / "corpus.tsv"
    if tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) >= 2:
                out.append(("tests/dates/corpus.tsv", cols[1], _ref(cols[0]) if cols[0] != "-" else None))
    for rec in jsonl(SHARED / "gold" / "fr-timebank" / "dev.jsonl"):
        out.append(("fr-timebank/dev", rec["text"], _ref(rec.get("dct"))))
    for name in ("sequoia-ne", "hipe2020-fr"):
        for rec in jsonl(SHARED / "gold" / name / "dev.jsonl"):
            out.append((f"{name}/dev", rec["text"], DEFAULT_REF))
    duck = SHARED / "peers" / "duckling-fr"
    for path in sorted(duck.glob("*.jsonl")) + sorted((duck / "negative").glob("*.jsonl")):
        for case in jsonl(path):
            if isinstance(case.get("text"), str):
                ref = _ref(case.get("reference_time")) or dt.datetime(2013, 2, 12, 4, 30)
                out.append((f"duckling/{path.name}", case["text"], ref))
    rt = SHARED / "peers" / "recognizers-text-fr"
    for path in sorted(rt.glob("*/*.json")):
        try:
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        for case in cases if isinstance(cases, list) else []:
            if isinstance(case, dict) and isinstance(case.get("Input"), str):
                ref = _ref((case.get("Context") or {}).get("ReferenceDateTime")) or dt.date(2016, 11, 7)
                out.append((f"recognizers/{path.parent.name}/{path.name}", case["Input"], ref))
    return out


def _row(m) -> list:
    t = m.value
    return [m.start, m.end, m.text, t.type, t.value, str(t.start) if t.start else None,
            str(t.end) if t.end else None, t.mod, list(t.flags)]


def results():
    """One dict per (text, reference, prefer, intervals), with the full find_dates output."""
    from sikyx.dates import find_dates

    for k, (source, text, ref) in enumerate(texts()):
        for r in (ref, None) if ref is not None else (None,):
            for prefer in ("past", "future", "nearest"):
                for intervals in ("merge", "split"):
                    try:
                        got = [_row(m) for m in find_dates(text, r, prefer=prefer, intervals=intervals)]
                    except Exception as exc:  # noqa: BLE001 -- an exception is an output too
                        got = f"{type(exc).__name__}: {exc}"
                    yield {"k": k, "source": source, "ref": str(r), "prefer": prefer, "intervals": intervals,
                           "out": got}


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        print("usage: python benchmarks/dates_snapshot.py write|check SNAPSHOT", file=sys.stderr)
        sys.exit(2)
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "write":
        n = 0
        with path.open("w", encoding="utf-8") as fh:
            for row in results():
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        print(f"{len(texts())} texts, {n} runs written to {path}")
        return
    before = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    after = list(results())
    diffs = [(a, b) for a, b in zip(before, after) if a != b]
    if len(before) != len(after):
        print(f"different number of runs: {len(before)} before, {len(after)} now")
        sys.exit(1)
    for a, b in diffs[:20]:
        print("BEFORE", json.dumps(a, ensure_ascii=False))
        print("AFTER ", json.dumps(b, ensure_ascii=False))
    n_texts = len({row["k"] for row in before})
    print(f"{n_texts} texts, {len(before)} runs compared, {len(diffs)} differences")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
