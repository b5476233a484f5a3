"""Reading JSON Lines files: one JSON value a line, blank lines skipped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["iter_jsonl"]


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, value)`` for each non-blank line of the UTF-8 file at ``path``.

    Lines are separated by "\\n" only (U+2028 may stand inside a JSON string). Raises
    :class:`OSError` when the file cannot be read, :class:`UnicodeDecodeError` when it is not
    UTF-8, and :class:`ValueError` naming ``path:line`` for a line that is not JSON (including
    integers too long for Python and nesting too deep).
    """
    with open(path, encoding="utf-8", newline="") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            except (ValueError, RecursionError) as exc:
                raise ValueError(f"{path}:{lineno}: not readable JSON ({type(exc).__name__})") from None
