"""Helpers shared by the benchmark and snapshot scripts (run as ``python benchmarks/<script>.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from sikyx.evaluate.report import default_shared_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = default_shared_dir()
"""The shared data folder: ``$SIKYX_SHARED``, else ``../shared`` beside the checkout."""


def jsonl(path: Path) -> list[dict]:
    """The records of a JSONL file (blank and malformed lines skipped); [] when it is absent."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out
