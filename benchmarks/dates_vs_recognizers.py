"""Speed of sikyx's dates component against Recognizers-Text's French datetime model (issue 4).

The claim measured: "the dates component alone processes at least 100 times more characters per
second than Recognizers-Text's French datetime model on the same text".

Usage::

    python benchmarks/dates_vs_recognizers.py [--json PATH] [--repeat 3] [--peer-repeat 2]

What it does:

1. Texts: the seed article (seeds/000_01e362be8bce5c34.txt) and, when present, the texts of
   corpus/gold.jsonl (a text identical to one already taken is skipped), split into paragraphs
   (non-empty lines, stripped). Every tool gets the same list; characters are Unicode code points.
2. Peer: Microsoft Recognizers-Text, npm package ``@microsoft/recognizers-text-date-time``
   (version pinned in benchmarks/peers/package-lock.json). If benchmarks/peers/node_modules is
   missing, runs ``npm ci --prefix benchmarks/peers``. If node or npm is missing or the install
   fails, the peer is reported as skipped (the sikyx figures are still measured) and the script
   exits 0 with status "skipped". benchmarks/peers/recognizers_datetime.js then calls
   ``recognizeDateTime(text, Culture.French, DateTimeOptions.None, 2021-04-05)`` on each text
   after a warm-up that builds the French model (the library caches it), best of --peer-repeat.
3. sikyx: ``sikyx.load("blank", components=("sikyx_dates",))`` (spacy.blank("fr") tokenizer plus
   the dates component, nothing else) over the texts with ``nlp.pipe(..., as_tuples=True)`` and
   reference date 2021-04-05, best of --repeat; and the pure function
   ``sikyx.dates.find_dates(text, date(2021, 4, 5))`` alone, best of --repeat. For reference,
   the tokenizer alone (``spacy.blank("fr")``) is timed too. Because sikyx is fast, each timed
   pass loops over the text list as many times as needed to last about --min-seconds. If a
   part raises (e.g. ``find_dates`` not implemented yet), it is reported as unavailable.
4. Prints characters per second of each, the ratios sikyx / Recognizers-Text, whether the
   100x claim holds for the component, and the number of expressions each found (a speed
   figure only means something if the tool finds the dates). ``--json PATH`` writes all of it.

Runs in one process per tool, one after the other (never concurrently); on a shared machine
run it twice and keep the run with less load. Most of the run time is Recognizers-Text: about
5 s to build its French model, then about 2 500 characters a second per pass (so some 25 s for
25 000 characters with the default two passes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEERS = ROOT / "benchmarks" / "peers"
NODE_SCRIPT = PEERS / "recognizers_datetime.js"
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"
CORPUS = ROOT / "corpus" / "gold.jsonl"
REFERENCE_DATE = dt.date(2021, 4, 5)
CLAIM_RATIO = 100.0


def texts() -> tuple[list[str], list[str]]:
    """Paragraphs of the seed article and of the corpus texts, and the sources used."""
    docs = [SEED.read_text(encoding="utf-8")]
    sources = [str(SEED.relative_to(ROOT))]
    if CORPUS.exists():
        n = 0
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                if text not in docs:
                    docs.append(text)
                    n += 1
        sources.append(f"{CORPUS.relative_to(ROOT)} ({n} new text(s))")
    return [p.strip() for d in docs for p in d.split("\n") if p.strip()], sources


# --- peer: Recognizers-Text through node ----------------------------------------------------


def ensure_peer(timeout: float) -> str | None:
    """Install the Node peer if needed. Returns None when ready, else why it is skipped."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None:
        return "node is not installed (Node.js >= 18 needed for Recognizers-Text)"
    if (PEERS / "node_modules" / "@microsoft" / "recognizers-text-date-time").is_dir():
        return None
    if npm is None:
        return "npm is not installed and benchmarks/peers/node_modules is missing"
    print(f"installing the peer: npm ci --prefix {PEERS.relative_to(ROOT)}", file=sys.stderr)
    try:
        proc = subprocess.run([npm, "ci", "--prefix", str(PEERS), "--no-audit", "--no-fund"],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"npm ci timed out after {timeout:.0f} s"
    if proc.returncode != 0:
        head = [l for l in (proc.stderr or proc.stdout).splitlines() if l.strip()][:3]
        return f"npm ci failed (exit {proc.returncode}): " + " | ".join(head)
    return None


def run_peer(path: Path, repeat: int, timeout: float) -> dict:
    """Time the Node script on the texts in ``path``; its JSON line, plus chars_per_s."""
    proc = subprocess.run(["node", str(NODE_SCRIPT), str(path), "--repeat", str(repeat)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"node exited with {proc.returncode}: {proc.stderr.strip()[-500:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["chars_per_s"] = out["chars"] / out["seconds"]
    return out


# --- sikyx ----------------------------------------------------------------------------------


def best_time(run, repeat: int, min_seconds: float) -> tuple[float, int, int]:
    """Best seconds per pass of ``run(loops)`` over ``repeat`` timings, the loops per timing
    (chosen so that a timing lasts about ``min_seconds``) and the value ``run(1)`` returned."""
    result = run(1)  # warm-up (lazy compilation, caches)
    t0 = time.perf_counter()
    run(1)  # a first estimate of one pass
    once = max(time.perf_counter() - t0, 1e-6)
    loops = max(1, min(1000, math.ceil(min_seconds / once)))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run(loops)
        best = min(best, (time.perf_counter() - t0) / loops)
    return best, loops, result


def unavailable(exc: BaseException) -> dict:
    return {"available": False, "error": f"{type(exc).__name__}: {exc}".strip().rstrip(":")}


def time_component(items: list[str], repeat: int, min_seconds: float) -> dict:
    try:
        import sikyx

        nlp = sikyx.load("blank", components=("sikyx_dates",))
        context = {"reference_date": REFERENCE_DATE.isoformat()}

        def run(loops: int) -> int:
            n = 0
            for _ in range(loops):
                for doc, _ctx in nlp.pipe(((t, context) for t in items), as_tuples=True,
                                          batch_size=64):
                    n += len(doc._.dates)
            return n

        seconds, loops, found = best_time(run, repeat, min_seconds)
    except Exception as exc:  # noqa: BLE001 - reported, not hidden
        return unavailable(exc)
    return {"available": True, "pipeline": nlp.pipe_names, "seconds": seconds, "loops": loops,
            "matches": found}


def time_find_dates(items: list[str], repeat: int, min_seconds: float) -> dict:
    try:
        from sikyx.dates import find_dates

        def run(loops: int) -> int:
            n = 0
            for _ in range(loops):
                for t in items:
                    n += len(find_dates(t, REFERENCE_DATE))
            return n

        seconds, loops, found = best_time(run, repeat, min_seconds)
    except Exception as exc:  # noqa: BLE001
        return unavailable(exc)
    return {"available": True, "seconds": seconds, "loops": loops, "matches": found}


def time_tokenizer(items: list[str], repeat: int, min_seconds: float) -> dict:
    try:
        import spacy

        nlp = spacy.blank("fr")

        def run(loops: int) -> int:
            for _ in range(loops):
                for _doc in nlp.pipe(items, batch_size=64):
                    pass
            return 0

        seconds, loops, _ = best_time(run, repeat, min_seconds)
    except Exception as exc:  # noqa: BLE001
        return unavailable(exc)
    return {"available": True, "seconds": seconds, "loops": loops}


# --- report ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="PATH", help="write the results as JSON to PATH")
    ap.add_argument("--repeat", type=int, default=3, help="timings of sikyx, best kept (default 3)")
    ap.add_argument("--peer-repeat", type=int, default=2,
                    help="timed passes of Recognizers-Text, best kept (default 2)")
    ap.add_argument("--min-seconds", type=float, default=0.5,
                    help="minimum length of one sikyx timing (the texts are looped; default 0.5)")
    ap.add_argument("--timeout", type=float, default=900, help="limit for npm ci and node (s)")
    args = ap.parse_args(argv)

    items, sources = texts()
    chars = sum(len(t) for t in items)
    print(f"texts: {len(items)} paragraphs, {chars} characters, from {', '.join(sources)}; "
          f"reference date {REFERENCE_DATE}")

    results: dict = {
        "claim": (f"sikyx_dates component chars/s >= {CLAIM_RATIO:g} x Recognizers-Text's"
                  " French datetime model"),
        "texts": len(items), "chars": chars, "sources": sources,
        "reference_date": REFERENCE_DATE.isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")},
    }

    # peer first (a subprocess), then sikyx in this process: never both at once
    skip = ensure_peer(args.timeout)
    if skip is None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "texts.json"
            path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
            try:
                peer = run_peer(path, args.peer_repeat, args.timeout)
                if peer["chars"] != chars:
                    raise RuntimeError(f"node counted {peer['chars']} characters, Python {chars}")
            except Exception as exc:  # noqa: BLE001
                skip = f"{type(exc).__name__}: {exc}"
    if skip is not None:
        print(f"skipped: Recognizers-Text peer unavailable ({skip})")
        peer = {"available": False, "skipped": skip}
    else:
        peer["available"] = True
    results["recognizers_text"] = peer

    results["sikyx_dates_component"] = time_component(items, args.repeat, args.min_seconds)
    results["find_dates"] = time_find_dates(items, args.repeat, args.min_seconds)
    results["tokenizer_only"] = time_tokenizer(items, args.repeat, args.min_seconds)

    rows = [("Recognizers-Text fr datetime (node)", peer),
            ("sikyx_dates component (blank fr)", results["sikyx_dates_component"]),
            ("sikyx.dates.find_dates", results["find_dates"]),
            ("spacy.blank('fr') tokenizer only", results["tokenizer_only"])]
    print(f"\n{'':38} {'chars/s':>14} {'seconds/pass':>13} {'found':>6}")
    for name, r in rows:
        if r.get("available"):
            if "chars_per_s" not in r:
                r["chars_per_s"] = chars / r["seconds"]
            found = r.get("matches", "")
            print(f"{name:38} {r['chars_per_s']:14,.0f} {r['seconds']:13.4f} {found!s:>6}")
        else:
            print(f"{name:38} {'unavailable':>14}  {r.get('error') or r.get('skipped')}")

    ratios = {}
    if peer.get("available"):
        for key in ("sikyx_dates_component", "find_dates"):
            if results[key].get("available"):
                ratios[key] = results[key]["chars_per_s"] / peer["chars_per_s"]
    results["ratios_vs_recognizers_text"] = ratios
    print()
    for key, ratio in ratios.items():
        print(f"ratio {key} / Recognizers-Text: {ratio:,.1f}x")

    comp = ratios.get("sikyx_dates_component")
    if comp is None:
        status = "skipped" if not peer.get("available") else "unavailable"
        print(f"claim (>= {CLAIM_RATIO:g}x): not measured ({status})")
    else:
        status = "holds" if comp >= CLAIM_RATIO else "fails"
        print(f"claim (component >= {CLAIM_RATIO:g}x Recognizers-Text): {status} ({comp:,.1f}x)")
        if not results["sikyx_dates_component"].get("matches"):
            print("warning: the dates component found no expression; the ratio is not meaningful")
    results["status"] = status

    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
