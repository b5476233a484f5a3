"""Result shape shared by the evaluation runners (gold corpora and peer suites)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["SuiteReport", "default_shared_dir"]


def default_shared_dir() -> Path:
    """The shared data folder: ``$SIKYX_SHARED`` if set, else ``../shared`` beside the source
    checkout (the folder holding ``pyproject.toml``), else ``../shared`` from the working directory."""
    if os.environ.get("SIKYX_SHARED"):
        return Path(os.environ["SIKYX_SHARED"])
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path.cwd().parent / "shared"


@dataclass
class SuiteReport:
    """Cases passed per file of one test suite.

    ``per_file`` maps a file name (e.g. "numeral.jsonl") to ``(passed, total)``;
    ``failures`` holds one dict per failed case: at least ``file``, ``text``, ``expected``, ``got``
    and, where known, ``cause`` (a short tag used to group failures).
    """

    name: str
    per_file: dict[str, tuple[int, int]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(p for p, _ in self.per_file.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.per_file.values())

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "passed": self.passed,
            "total": self.total,
            "rate": round(self.rate, 4),
            "per_file": {k: {"passed": p, "total": t} for k, (p, t) in self.per_file.items()},
            "failures": self.failures,
        }
