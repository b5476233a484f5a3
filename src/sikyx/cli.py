"""The ``sikyx`` command line: ``sikyx extract`` and ``sikyx evaluate``.

Exit status: 0 on success, 2 on bad input (a missing or unreadable file, a non-UTF-8 file, a
malformed JSONL line, a bad reference date) with one line on stderr naming the file and line;
with ``--keep-going`` bad documents are written with an ``"error"`` field instead and the exit
status is 0 only if every document could be read (else 2, after writing all of them).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from .extensions import parse_reference_date

__all__ = ["main"]


class InputError(Exception):
    """A document that cannot be read; ``str(exc)`` names the file (and line) and the problem."""

    def __init__(self, message: str, record: dict[str, Any] | None = None):
        super().__init__(message)
        self.record = record or {}


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _read_text_file(path: str) -> str:
    try:
        if path == "-":
            if sys.stdin is None:
                raise InputError("<stdin>: standard input is closed")
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _iter_documents(paths: list[str], input_format: str | None) -> Iterator[dict[str, Any] | InputError]:
    """Yield ``{"id", "text", "reference_date"}`` records, or an InputError for a bad document."""
    for path in paths:
        fmt = input_format or ("jsonl" if path.endswith(".jsonl") else "text")
        try:
            text = _read_text_file(path)
        except InputError as exc:
            yield InputError(str(exc), {"id": path})
            continue
        name = "<stdin>" if path == "-" else path
        if fmt == "text":
            yield {"id": "stdin" if path == "-" else os.path.basename(path), "text": text, "reference_date": None}
            continue
        # JSON Lines are separated by "\n" only: U+2028 and U+0085 may stand inside a JSON string
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                record = json.loads(line, parse_constant=_reject_constant)
            except json.JSONDecodeError as exc:
                yield InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})", {"id": where})
                continue
            except (ValueError, RecursionError) as exc:  # huge integers, deep nesting, NaN
                yield InputError(f"{where}: unreadable JSON ({type(exc).__name__}: {str(exc)[:80]})", {"id": where})
                continue
            if not isinstance(record, dict):
                yield InputError(f"{where}: expected a JSON object, got {type(record).__name__}", {"id": where})
                continue
            doc_id = record.get("id", where)
            if not _is_plain_json(doc_id):
                yield InputError(f"{where}: 'id' holds a lone surrogate escape or a non-finite number", {"id": where})
                continue
            if not isinstance(record.get("text"), str):
                yield InputError(f"{where}: field 'text' missing or not a string", {"id": doc_id})
                continue
            if _has_lone_surrogate(record["text"]):
                yield InputError(f"{where}: 'text' holds a lone surrogate escape (not Unicode text)", {"id": doc_id})
                continue
            ref = record.get("reference_date")
            try:
                if ref is not None and not isinstance(ref, str):
                    raise ValueError("'reference_date' must be a string YYYY-MM-DD or null")
                parse_reference_date(ref)
            except ValueError as exc:  # the text was read: it is written with the error
                yield InputError(f"{where}: {exc}", {"id": doc_id, "text": record["text"]})
                continue
            yield {"id": doc_id, "text": record["text"], "reference_date": ref}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _is_plain_json(value: Any) -> bool:
    """True unless ``value`` holds a lone surrogate or a non-finite float (not writable as JSON)."""
    if isinstance(value, str):
        return not _has_lone_surrogate(value)
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, dict):
        return all(_is_plain_json(k) and _is_plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_plain_json(v) for v in value)
    return True


def _format_value(q: dict[str, Any]) -> str:
    if q["value"] is not None:
        return f"{q['value']:,}".replace(",", "\u202f") if isinstance(q["value"], int) else str(q["value"]).replace(".", ",")
    if q["low"] is not None or q["high"] is not None:
        return f"{q['low']} – {q['high']}"
    return "?"


def _table(doc: dict[str, Any]) -> str:
    lines = [f"== {doc['id']}  (reference date: {doc['reference_date'] or 'none'})"]
    if doc.get("error"):
        lines.append(f"   error: {doc['error']}")
        return "\n".join(lines)

    def section(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        lines.append(f"\n{title} ({len(rows)})")
        if not rows:
            return
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        lines.append("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
        lines.append("  " + "  ".join("-" * w for w in widths))
        for r in rows:
            lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())

    def clean(t: str) -> str:
        return " ".join(t.split())

    section("Entities", ("label", "text", "offsets"),
            [(e["label"], clean(e["text"]), f"{e['start']}-{e['end']}") for e in doc["entities"]])
    section("Dates", ("type", "value", "mod", "start", "end", "flags", "text"),
            [(d["type"], d["value"], d["mod"] or "", d["start_date"] or "", d["end_date"] or "", ",".join(d["flags"]),
              clean(d["text"])) for d in doc["dates"]])
    section("Figures", ("kind", "value", "unit", "qualifier", "flags", "text"),
            [(q["kind"], _format_value(q), q["unit"] or "", q["qualifier"], ",".join(q["flags"]), clean(q["text"]))
             for q in doc["quantities"]])
    return "\n".join(lines)


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        default_ref = parse_reference_date(args.reference_date)
    except ValueError as exc:
        print(f"sikyx: error: --reference-date: {exc}", file=sys.stderr)
        return 2
    paths = args.paths or ["-"]
    if paths.count("-") > 1:
        print("sikyx: error: '-' (standard input) may be given only once", file=sys.stderr)
        return 2

    from .extraction import Extraction, extract_many

    def run() -> Iterator[Extraction]:
        """Extractions in input order; unreadable documents become error records."""
        batch: list[dict[str, Any]] = []

        def flush() -> Iterator[Extraction]:
            if batch:
                for extraction in extract_many(batch, reference_date=default_ref, on_error="record"):
                    if extraction.error is not None:  # name the document in the message
                        extraction.error = f"{json.dumps(extraction.id, ensure_ascii=False)}: {extraction.error}"
                    yield extraction
                batch.clear()

        for item in _iter_documents(paths, args.input_format):
            if isinstance(item, InputError):
                yield from flush()
                yield Extraction(item.record.get("id"), item.record.get("text", ""), None, error=str(item))
                continue
            batch.append(item)
            if len(batch) >= 64:
                yield from flush()
        yield from flush()

    results: Iterator[Extraction] = run()
    show_progress = not args.quiet and sys.stderr.isatty() and (len(paths) > 1 or args.input_format == "jsonl"
                                                               or any(p.endswith(".jsonl") for p in paths))
    if show_progress:
        from tqdm import tqdm

        results = tqdm(results, desc="sikyx", unit="doc", file=sys.stderr)

    out = sys.stdout
    status = 0
    first = True
    if args.format == "json":
        out.write("[")
    for extraction in results:
        data = extraction.to_dict()
        if data.get("error"):
            print(f"sikyx: error: {data['error']}", file=sys.stderr)
            status = 2
            if not args.keep_going:
                break
        if args.format == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False, allow_nan=False) + "\n")
        elif args.format == "json":
            out.write(("\n" if first else ",\n") + json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
        else:
            out.write(("" if first else "\n\n") + _table(data) + "\n")
        out.flush()
        first = False
    if args.format == "json":
        out.write("\n]\n" if not first else "]\n")
    return status


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate.cli import run_evaluate

    return run_evaluate(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sikyx", description="French figures, dates and entities as typed values.")
    parser.add_argument("--version", action="version", version=f"sikyx {__import__('sikyx').__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities, dates and figures from documents")
    ex.add_argument("paths", nargs="*", metavar="PATH", help="text or .jsonl files; '-' or nothing for standard input")
    ex.add_argument("--reference-date", metavar="YYYY-MM-DD[THH:MM[:SS]]",
                    help="reference date for documents that give none of their own")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default="table",
                    help="table (readable, the default), json (one array) or jsonl (one object a line)")
    ex.add_argument("--input-format", choices=("text", "jsonl"), default=None,
                    help="default: jsonl for *.jsonl files, text otherwise")
    ex.add_argument("--keep-going", action="store_true",
                    help="write bad documents with an 'error' field and go on (exit status 2 at the end)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=_cmd_extract)

    ev = sub.add_parser("evaluate", help="score sikyx on a gold JSONL file or a peer suite")
    from .evaluate.cli import add_arguments

    add_arguments(ev)
    ev.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``sikyx`` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if sys.stdout is None:  # started with standard output closed
        if sys.stderr is not None:
            print("sikyx: error: standard output is closed", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("sikyx: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except OSError as exc:  # e.g. a full disk or a closed standard output
        print(f"sikyx: error: cannot write output ({exc.strerror or exc})", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
