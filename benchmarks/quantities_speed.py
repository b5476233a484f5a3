"""Time :func:`sikyx.quantities.find_quantities` on the benchmark's paragraphs.

Usage:
    python benchmarks/quantities_speed.py [RUNS]     # best of RUNS passes (default 5)

Prints the best wall-clock (perf_counter) and CPU (process_time) time of one pass over the 411
paragraphs of :func:`bench.documents` (the machine is shared: the best of several passes is the
figure to compare). A measurement helper only; it changes nothing in the benchmark itself.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import documents  # noqa: E402


def main() -> None:
    if len(sys.argv) > 2 or len(sys.argv) == 2 and not sys.argv[1].isdigit():
        print("usage: python benchmarks/quantities_speed.py [RUNS]", file=sys.stderr)
        sys.exit(2)
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from sikyx.quantities import find_quantities

    docs = documents()["paragraph"]
    for d in docs:  # warm the caches of the lexicons and of the regex engine
        find_quantities(d)
    wall = cpu = float("inf")
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        for d in docs:
            find_quantities(d)
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    print(f"find_quantities, {len(docs)} paragraphs: best of {runs}: wall {wall:.4f} s, cpu {cpu:.4f} s")


if __name__ == "__main__":
    main()
