"""Throughput and memory of sikyx against plain fr_core_news_md, on one machine, in one run.

Usage: python benchmarks/bench.py [--repeat N] [--json PATH] [--skip-huge]

Measures, on article-length documents (the seed article and the corpus documents joined by
topic) and paragraph-length documents (their paragraphs), docs/s and tokens/s of:
  - fr_core_news_md, full pipeline (the baseline French spaCy users run);
  - sikyx.load(), everything on (NER + entities + dates + figures);
  - the dates and figures components on spacy.blank("fr");
the peak resident memory of each loaded pipeline after processing (each pipeline in its own
process, so figures do not mix), the CPU time of the tokenizer and of each component on the
paragraphs, and the time of one 1 MB and one 5 MB document through sikyx.extract (linear time
means a ratio near 5).
Tokens are counted once with spaCy's French tokenizer, so every pipeline is credited with the
same number of tokens.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIPELINES = ("fr_core_news_md", "sikyx", "sikyx_blank")


def documents() -> dict[str, list[str]]:
    """Article-length and paragraph-length French documents from the repo (seed + corpus)."""
    articles = [(ROOT / "seeds" / "000_01e362be8bce5c34.txt").read_text(encoding="utf-8")]
    corpus = ROOT / "corpus" / "gold.jsonl"
    if corpus.exists():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(json.loads(line)["text"])
    paragraphs = [p.strip() for a in articles for p in a.split("\n") if len(p.strip()) > 80]
    return {"article": articles, "paragraph": paragraphs}


def build(name: str):
    import spacy

    if name == "fr_core_news_md":
        return spacy.load("fr_core_news_md")
    import sikyx

    if name == "sikyx":
        return sikyx.load()
    return sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))


def measure(name: str, repeat: int) -> dict:
    """Run in a child process: throughput per document size and peak RSS."""
    import spacy

    docs = documents()
    counter = spacy.blank("fr")
    nlp = build(name)
    out = {"pipeline": name, "components": nlp.pipe_names}
    for size, texts in docs.items():
        batch = texts
        n_tokens = sum(len(counter(t)) for t in batch)
        n_chars = sum(len(t) for t in batch)
        list(nlp.pipe(batch[:20]))  # warm-up
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(batch, batch_size=64):
                pass
            best = min(best, time.perf_counter() - t0)
        out[size] = {"docs": len(batch), "tokens": n_tokens, "docs_per_s": round(len(batch) / best, 1),
                     "tokens_per_s": round(n_tokens / best), "chars_per_s": round(n_chars / best)}
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    for size, texts in docs.items():  # after the memory reading: this pass keeps every Doc
        out[size]["component_cpu_s"] = component_times(nlp, texts)
    return out


def component_times(nlp, texts: list[str], passes: int = 3) -> dict[str, float]:
    """CPU seconds (``time.process_time``) of the tokenizer and of each component, run one after
    the other over ``texts`` (each component on the Docs the previous one returned); the least of
    ``passes`` passes for each."""
    best: dict[str, float] = {}
    for _ in range(passes):
        t0 = time.process_time()
        docs = [nlp.make_doc(t) for t in texts]
        times = {"tokenizer": time.process_time() - t0}
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] = time.process_time() - t0
        best = {k: min(v, best.get(k, v)) for k, v in times.items()}
    return {k: round(v, 3) for k, v in best.items()}


def huge() -> dict:
    """Time of sikyx.extract on a 1 MB and a 5 MB document (child process)."""
    import sikyx

    nlp = sikyx.load()
    base = " ".join(documents()["article"])
    out = {}
    for mb in (1, 5):
        text = (base * (mb * 1_000_000 // len(base) + 1))[: mb * 1_000_000]
        t0 = time.perf_counter()
        result = sikyx.extract(text, reference_date="2021-04-05", nlp=nlp)
        out[f"{mb}MB_seconds"] = round(time.perf_counter() - t0, 2)
        out[f"{mb}MB_quantities"] = len(result.quantities)
    out["ratio_5MB_to_1MB"] = round(out["5MB_seconds"] / out["1MB_seconds"], 2)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def ner_agreement() -> dict:
    """Share of the full fr_core_news_md's entities that the reduced pipeline sikyx loads keeps."""
    import spacy

    import sikyx

    texts = documents()["article"]
    full = spacy.load("fr_core_news_md")
    reduced = spacy.load("fr_core_news_md", exclude=list(sikyx.pipeline.UNUSED_COMPONENTS))
    kept = total = 0
    for a, b in zip(full.pipe(texts), reduced.pipe(texts)):
        ea = {(e.start_char, e.end_char, e.label_) for e in a.ents}
        eb = {(e.start_char, e.end_char, e.label_) for e in b.ents}
        kept += len(ea & eb)
        total += len(ea)
    return {"entities": total, "kept": kept, "share": round(kept / total, 4) if total else None}


def child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--skip-huge", action="store_true", help="skip the 1 MB / 5 MB documents")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "huge":
        print(json.dumps(huge()))
        return
    if args.child == "ner":
        print(json.dumps(ner_agreement()))
        return
    if args.child:
        print(json.dumps(measure(args.child, args.repeat)))
        return

    results = {name: child(["--child", name, "--repeat", str(args.repeat)]) for name in PIPELINES}
    base = results["fr_core_news_md"]
    print(f"{'pipeline':<18} {'size':<10} {'docs/s':>9} {'tokens/s':>10} {'x md':>6} {'peak MB':>8}")
    for name, r in results.items():
        for size in ("article", "paragraph"):
            ratio = r[size]["tokens_per_s"] / base[size]["tokens_per_s"]
            print(f"{name:<18} {size:<10} {r[size]['docs_per_s']:>9.1f} {r[size]['tokens_per_s']:>10,} "
                  f"{ratio:>6.2f} {r['peak_rss_mb']:>8.0f}")
    print("\nCPU seconds per component (tokenizer first), least of 3 passes over the paragraphs:")
    for name, r in results.items():
        parts = ", ".join(f"{k} {v:.3f}" for k, v in r["paragraph"]["component_cpu_s"].items())
        print(f"  {name:<16} {parts}")
    if not args.skip_huge:
        results["huge"] = child(["--child", "huge"])
        h = results["huge"]
        print(f"\nsikyx.extract, one document: 1 MB {h['1MB_seconds']} s, 5 MB {h['5MB_seconds']} s "
              f"(ratio {h['ratio_5MB_to_1MB']}, linear = 5), peak {h['peak_rss_mb']:.0f} MB")
    results["ner_agreement"] = child(["--child", "ner"])
    a = results["ner_agreement"]
    print(f"\nfr_core_news_md NER without its parser: keeps {a['kept']}/{a['entities']} entities ({a['share']:.1%})")
    targets = {
        "sikyx tokens/s >= 1.8x fr_core_news_md (article)":
            results["sikyx"]["article"]["tokens_per_s"] >= 1.8 * base["article"]["tokens_per_s"],
        "figures+dates on blank >= 200k tokens/s (paragraph)":
            results["sikyx_blank"]["paragraph"]["tokens_per_s"] >= 200_000,
        "sikyx peak memory <= 550 MB": results["sikyx"]["peak_rss_mb"] <= 550,
    }
    print("\ntargets:")
    for name, ok in targets.items():
        print(f"  [{'x' if ok else ' '}] {name}")
    results["targets"] = targets
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
