"""Result shape shared by the evaluation runners (gold corpora and peer suites)."""

from __future__ import annotations

import argparse
import os
import sys
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


def parse_shared_args(argv, prog: str, description: str, flags: dict[str, str] | None = None):
    """Command-line arguments of the ``python -m sikyx.evaluate.*`` runners.

    ``argv``: the arguments (``None``: ``sys.argv[1:]``); ``flags``: extra boolean options, e.g.
    ``{"-v": "also print every failing case"}``. Returns an ``argparse.Namespace`` whose ``shared``
    is an existing folder (default :func:`default_shared_dir`). ``--help`` prints the usage and
    raises ``SystemExit(0)``; an unknown option or a missing folder prints one line on stderr and
    raises ``SystemExit(2)`` — never a traceback.
    """
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("shared", nargs="?", type=Path, default=None,
                        help="the shared data folder (default: $SIKYX_SHARED or ../shared beside the project)")
    for flag, help_text in (flags or {}).items():
        parser.add_argument(flag, action="store_true", help=help_text)
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    args.shared = args.shared or default_shared_dir()
    if not args.shared.is_dir():
        print(f"{prog}: shared data folder not found: {args.shared} (pass it as an argument, or set $SIKYX_SHARED)",
              file=sys.stderr)
        raise SystemExit(2)
    return args


def run_cli(main) -> None:
    """Run a runner's ``main()`` as a script: exit with its status; a closed standard output
    (``... | head``) ends the run quietly instead of with a ``BrokenPipeError`` traceback."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    raise SystemExit(status)


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
