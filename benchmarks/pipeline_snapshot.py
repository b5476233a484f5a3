"""Snapshot the whole ``sikyx.load()`` output (entities, acronyms, dates, figures) on every French
text at hand, to check that a speed change to the pipeline changes nothing.

Usage::

    PYTHONPATH=src python benchmarks/pipeline_snapshot.py write /tmp/before.jsonl
    PYTHONPATH=src python benchmarks/pipeline_snapshot.py check /tmp/before.jsonl   # exit 1 on any diff

The texts: the project's corpus (gold + held-out), each of their paragraphs (the benchmark's
paragraphs: lines longer than 80 characters), the seed article, and the Sequoia, HIPE-2020 and
French TimeBank dev texts of ``../shared/gold`` when present. Each text runs through
``sikyx.load()`` with ``nlp.pipe`` (batch 64) and, for the gold NER sets, also through the
entities-only pipeline :func:`sikyx.evaluate.ner_gold.sikyx_pipeline` uses. A line holds
``doc.ents`` offsets and labels, ``doc._.acronyms``, and the offsets and values of
``doc._.dates`` / ``doc._.quantities``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from common import ROOT, SHARED, jsonl  # noqa: E402  (benchmarks/common.py)



def texts() -> list[tuple[str, str]]:
    """(source, text) of every text at hand, in a fixed order."""
    out: list[tuple[str, str]] = []
    articles = []
    for name in ("gold.jsonl", "heldout.jsonl"):
        for rec in jsonl(ROOT / "corpus" / name):
            out.append((f"corpus/{name}", rec["text"]))
            articles.append(rec["text"])
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        out.append((f"seeds/{seed.name}", text))
        articles.append(text)
    for article in articles:
        for para in article.split("\n"):
            if len(para.strip()) > 80:
                out.append(("paragraph", para.strip()))
    for rel in ("sequoia-ne/dev.jsonl", "hipe2020-fr/dev.jsonl", "fr-timebank/dev.jsonl"):
        for rec in jsonl(SHARED / "gold" / rel):
            out.append((rel, rec["text"]))
    return out


def _value(v) -> str:
    return repr(v)


def record(source: str, doc) -> dict:
    return {
        "source": source,
        "ents": [(e.start_char, e.end_char, e.label_, e.id_) for e in doc.ents],
        "acronyms": doc._.acronyms,
        "dates": [(s.start_char, s.end_char, _value(s._.date)) for s in (doc._.dates or [])],
        "quantities": [(s.start_char, s.end_char, _value(s._.quantity)) for s in (doc._.quantities or [])],
    }


def snapshot() -> list[dict]:
    import sikyx
    from sikyx.evaluate.ner_gold import sikyx_pipeline

    items = texts()
    nlp = sikyx.load()
    out = [record(src, doc) for (src, _), doc in zip(items, nlp.pipe([t for _, t in items], batch_size=64))]
    for rel in ("sequoia-ne/dev.jsonl", "hipe2020-fr/dev.jsonl"):
        sub = [t for src, t in items if src == rel]
        ents_nlp = sikyx_pipeline(rel)
        for doc in ents_nlp.pipe(sub):
            out.append({"source": f"entities-only {rel}",
                        "ents": [(e.start_char, e.end_char, e.label_, e.id_) for e in doc.ents],
                        "acronyms": doc._.acronyms})
    return json.loads(json.dumps(out, ensure_ascii=False))


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        print("usage: python benchmarks/pipeline_snapshot.py write|check SNAPSHOT", file=sys.stderr)
        return 2
    mode, path = sys.argv[1], Path(sys.argv[2])
    current = snapshot()
    if mode == "write":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in current), encoding="utf-8")
        print(f"{len(current)} records written to {path}")
        return 0
    before = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if len(before) != len(current):
        print(f"record count differs: {len(before)} before, {len(current)} now")
        return 1
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(before, current)) if a != b]
    for i, a, b in diffs[:10]:
        print(f"#{i} {a['source']}\n  before {a}\n  now    {b}")
    n_ents = sum(len(r["ents"]) for r in current)
    print(f"{len(current)} records, {n_ents} entities, {len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
