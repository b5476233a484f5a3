"""Snapshot of every figure sikyx reads, to prove that a speed change keeps the output identical.

Usage:
    python benchmarks/quantities_snapshot.py write SNAPSHOT     # record the current output
    python benchmarks/quantities_snapshot.py compare SNAPSHOT   # compare with a recorded one

Texts (every French text available; none is copied into the project): the seed article and the
development corpus (``corpus/gold.jsonl``; never the held-out set), and from the shared folder
(``$SIKYX_SHARED`` or ``../shared``) Duckling's French corpora (also ``negative/``),
Recognizers-Text's French specs (every ``Input``), French TimeBank, Sequoia and HIPE-2020 texts.
Texts with more than one line are also read line by line (paragraph-length documents).

For every text it records:
  - ``find_quantities(text)``: span, text, kind, value, low, high, unit, noun, qualifier, flags;
  - the ``sikyx_quantities`` component on ``spacy.blank("fr")`` alone (it runs find_dates itself)
    and after ``sikyx_dates``: the spans of ``doc._.quantities`` with their values, the offsets of
    ``doc._.dates`` after the component and the tokenisation (the component may split tokens).
``compare`` prints every differing record and exits with status 1 when there is any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from common import ROOT, SHARED, jsonl  # noqa: E402  (benchmarks/common.py)



def _inputs(node) -> list[str]:
    """Every "Input" string of a Recognizers-Text spec file."""
    out: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "Input" and isinstance(v, str):
                out.append(v)
            else:
                out.extend(_inputs(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(_inputs(v))
    return out


def texts() -> list[tuple[str, str]]:
    """(source, text) pairs, in a fixed order."""
    out: list[tuple[str, str]] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seeds/{p.name}", p.read_text("utf-8")))
    for rec in jsonl(ROOT / "corpus" / "gold.jsonl"):
        out.append((f"gold:{rec['id']}", rec["text"]))
    shared = SHARED
    for p in sorted((shared / "peers" / "duckling-fr").rglob("*.jsonl")):
        for i, rec in enumerate(jsonl(p)):
            out.append((f"duckling:{p.relative_to(shared)}:{i}", rec["text"]))
    for p in sorted((shared / "peers" / "recognizers-text-fr").rglob("*.json")):
        for i, t in enumerate(_inputs(json.loads(p.read_text("utf-8-sig")))):
            out.append((f"rt:{p.relative_to(shared)}:{i}", t))
    for name in ("fr-timebank", "sequoia-ne", "hipe2020-fr"):
        for rec in jsonl(shared / "gold" / name / "dev.jsonl"):
            out.append((f"{name}:{rec['id']}", rec["text"]))
    more = []
    for src, t in out:
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if len(lines) > 1:
            more.extend((f"{src}#line{i}", ln) for i, ln in enumerate(lines))
    return out + more


def describe(start: int, end: int, text: str, q) -> str:
    return json.dumps([start, end, text[start:end], q.kind, str(q.value), str(q.low), str(q.high),
                       None if q.unit is None else str(q.unit), q.noun, q.qualifier, list(q.flags)],
                      ensure_ascii=False)


def records(items: list[tuple[str, str]]):
    """Yield (key, line) for every text: the figures of find_quantities and of the components."""
    import spacy

    import sikyx
    from sikyx.quantities import find_quantities

    alone = spacy.blank("fr")
    alone.add_pipe("sikyx_quantities")
    both = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    for src, text in items:
        found = [describe(m.start, m.end, text, m.value) for m in find_quantities(text)]
        yield f"{src}\tfind", json.dumps(found, ensure_ascii=False)
        for name, nlp in (("alone", alone), ("after_dates", both)):
            doc = nlp(text)
            spans = [describe(s.start_char, s.end_char, text, s._.quantity) for s in doc._.quantities]
            dates = None if doc._.dates is None else [(s.start_char, s.end_char) for s in doc._.dates]
            tokens = [t.idx for t in doc]
            yield f"{src}\t{name}", json.dumps([spans, dates, tokens], ensure_ascii=False)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "compare"):
        print(__doc__)
        return 2
    action, path = argv[0], Path(argv[1])
    items = texts()
    current = dict(records(items))
    if action == "write":
        path.write_text("".join(f"{k}\t{v}\n" for k, v in current.items()), "utf-8")
        n_figs = sum(len(json.loads(v)) for k, v in current.items() if k.endswith("\tfind"))
        print(f"{len(items)} texts, {n_figs} figures from find_quantities written to {path}")
        return 0
    recorded = {}
    for line in path.read_text("utf-8").splitlines():
        src, name, value = line.split("\t", 2)
        recorded[f"{src}\t{name}"] = value
    diffs = 0
    for key in sorted(set(recorded) | set(current)):
        if recorded.get(key) != current.get(key):
            diffs += 1
            print(f"DIFF {key}\n  was: {recorded.get(key)}\n  now: {current.get(key)}")
    print(f"{len(items)} texts compared ({len(current)} records): {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
