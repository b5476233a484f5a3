"""CPU time of the temporal tagger alone, for comparing two versions on a shared, noisy machine.

Usage::

    PYTHONPATH=src python benchmarks/dates_speed.py [--repeat N]

Measures ``time.process_time()`` (this process's CPU, not the wall clock: other processes on the
machine do not count), best of N runs, on the seed article + the corpus articles
(``corpus/gold.jsonl``, reference date from each record) and on their paragraphs (> 80 chars, as in
``benchmarks/bench.py``):

- ``find_dates`` alone, and its rule loop (``candidates``) alone;
- the ``sikyx_dates`` component on ``spacy.blank("fr")`` Docs (tokenisation not counted);
- the tokenizer, for scale.

Tokens are counted with spaCy's French tokenizer.
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


def cpu_time(fn, items) -> float:
    """CPU time (``time.process_time``) of ``fn(item)`` over ``items``."""
    t0 = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import spacy

    import sikyx
    from sikyx.dates import find_dates, scanner

    nlp = sikyx.load("blank", components=("sikyx_dates",))
    component = nlp.get_pipe("sikyx_dates")
    counter = spacy.blank("fr")

    for size, docs in documents().items():
        texts = [t for t, _ in docs]
        n_tokens = sum(len(counter(t)) for t in texts)
        for t, ref in docs:  # warm-up (lazy caches)
            find_dates(t, ref)

        def made_docs():
            made = [nlp.make_doc(t) for t in texts]
            for d, (_, ref) in zip(made, docs):
                d._.reference_date = ref
            return made

        runs = (("find_dates", lambda: cpu_time(lambda tr: find_dates(*tr), docs)),
                ("  rule loop (candidates)", lambda: cpu_time(scanner.candidates, texts)),
                ("sikyx_dates component", lambda: cpu_time(component, made_docs())),
                ("tokenizer", lambda: cpu_time(nlp.make_doc, texts)))
        print(f"{size}: {len(texts)} docs, {n_tokens} tokens")
        for name, run in runs:
            sec = min(run() for _ in range(args.repeat))
            print(f"  {name:<26} {sec * 1000:8.1f} ms  {n_tokens / sec:>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
