"""CPU time of the temporal tagger alone, for comparing two versions on a shared, noisy machine.

Usage::

    PYTHONPATH=src python benchmarks/dates_speed.py [--repeat N] [--exhaustive]

Measures ``time.process_time()`` (this process's CPU, not the wall clock: other processes on the
machine do not count), best of N runs, on the seed article + the corpus articles
(``corpus/gold.jsonl``, reference date from each record) and on their paragraphs (> 80 chars, as in
``benchmarks/bench.py``):

- ``find_dates`` alone, and its rule loop (``candidates``) alone;
- the ``sikyx_dates`` component on ``spacy.blank("fr")`` Docs (tokenisation not counted);
- the tokenizer, for scale.

Tokens are counted with spaCy's French tokenizer. ``--exhaustive`` runs the reference rule loop
(``sikyx.dates.fastscan.EXHAUSTIVE``) instead of the fast one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def documents() -> dict[str, list[tuple[str, dt.date | None]]]:
    """Articles (seed + corpus, with their reference dates) and their paragraphs."""
    articles = [((ROOT / "seeds" / "000_01e362be8bce5c34.txt").read_text(encoding="utf-8"), dt.date(2021, 4, 5))]
    for line in (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            ref = rec.get("reference_date")
            articles.append((rec["text"], dt.date.fromisoformat(ref[:10]) if ref else None))
    paragraphs = [(p.strip(), ref) for a, ref in articles for p in a.split("\n") if len(p.strip()) > 80]
    return {"article": articles, "paragraph": paragraphs}


def best_of(repeat: int, run) -> float:
    """The smallest CPU time of ``repeat`` calls of ``run(prepared)``; ``run`` returns its own time."""
    return min(run() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--exhaustive", action="store_true", help="run the reference rule loop")
    args = parser.parse_args()

    import spacy

    import sikyx
    from sikyx.dates import find_dates

    try:
        from sikyx.dates import fastscan
    except ImportError:  # a version before the fast loop: its only loop is the reference
        from sikyx.dates import scanner as fastscan
    fastscan.EXHAUSTIVE = args.exhaustive
    nlp = sikyx.load("blank", components=("sikyx_dates",))
    component = nlp.get_pipe("sikyx_dates")
    counter = spacy.blank("fr")
    clock = time.process_time

    for size, docs in documents().items():
        texts = [t for t, _ in docs]
        n_tokens = sum(len(counter(t)) for t in texts)
        for t, ref in docs:  # warm-up (lazy caches)
            find_dates(t, ref)

        def run_find():
            t0 = clock()
            for t, ref in docs:
                find_dates(t, ref)
            return clock() - t0

        def run_candidates():
            t0 = clock()
            for t in texts:
                fastscan.candidates(t)
            return clock() - t0

        def run_component():
            made = [nlp.make_doc(t) for t in texts]
            for d, (_, ref) in zip(made, docs):
                d._.reference_date = ref
            t0 = clock()
            for d in made:
                component(d)
            return clock() - t0

        def run_tokenizer():
            t0 = clock()
            for t in texts:
                nlp.make_doc(t)
            return clock() - t0

        print(f"{size}: {len(texts)} docs, {n_tokens} tokens")
        for name, run in (("find_dates", run_find), ("  rule loop (candidates)", run_candidates),
                          ("sikyx_dates component", run_component), ("tokenizer", run_tokenizer)):
            sec = best_of(args.repeat, run)
            print(f"  {name:<26} {sec * 1000:8.1f} ms  {n_tokens / sec:>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
