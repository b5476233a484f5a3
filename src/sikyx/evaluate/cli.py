"""``sikyx evaluate``: score sikyx on a gold JSONL file, or run a peer test suite.

Gold files: the project's corpus format (``corpus/gold.jsonl``, see ``corpus/GUIDELINES.md``),
and the shared gold sets (``../shared/gold/*/dev.jsonl``): French TimeBank records (with ``dct``
and TIMEX3 labels) are scored on the dates layer; Sequoia and HIPE on entities.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..extensions import parse_reference_date
from ..jsonl import iter_jsonl
from .report import default_shared_dir
from .scorer import score_documents

__all__ = ["add_arguments", "run_evaluate", "load_any_gold", "predict", "baseline_predict", "default_shared_dir",
           "SUITES"]

TIMEX_LABELS = ("DATE", "TIME", "DURATION", "SET")
ENTITY_LABELS = ("ORG", "LOC", "PER", "DATE")
SUITES = ("duckling-figures", "recognizers-figures", "timebank", "duckling-time", "recognizers-dates", "ner-gold")


def load_any_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file into the project's document shape.

    TimeBank-style records (a ``dct`` field, TIMEX3 labels) become ``{"dates": [...]}`` documents
    with ``reference_date = dct``; other records keep their ``entities`` (labels outside
    ORG/LOC/PER/DATE dropped) and, when present, ``quantities`` and ``dates``.
    Raises :class:`ValueError` naming the line of a malformed record.
    """
    docs = []
    lines = iter_jsonl(path)
    while True:
        try:
            lineno, rec = next(lines)
        except StopIteration:
            break
        except ValueError as exc:  # a line that is not JSON at all
            raise ValueError(f"{exc}: not a gold record") from None
        try:
            docs.append(_gold_record(rec, f"{path}:{lineno}"))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}:{lineno}: not a gold record ({type(exc).__name__}: {exc})") from None
    return docs


def _spans(items: Any, text: str, layer: str) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not all(isinstance(e, dict) for e in items):
        raise ValueError(f"'{layer}' must be a list of objects")
    for e in items:
        start, end = e.get("start"), e.get("end")
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            raise ValueError(f"{layer} span {start!r}..{end!r} is not inside the text")
    return items


def _gold_record(rec: Any, where: str) -> dict[str, Any]:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise ValueError("expected an object with a string 'text'")
    text = rec["text"]
    ref = rec.get("reference_date") or rec.get("dct")
    if ref is not None:
        parse_reference_date(ref)
    doc: dict[str, Any] = {"id": rec.get("id", where), "text": text, "reference_date": ref}
    ents = _spans(rec.get("entities", []), text, "entities")
    if "dct" in rec and "TIMEX3" in rec.get("annotated_types", ["TIMEX3"]):
        doc["dates"] = [{"start": e["start"], "end": e["end"], "text": e["text"], "type": e["label"],
                         "value": e.get("value")} for e in ents if e.get("label") in TIMEX_LABELS]
    else:
        doc["entities"] = [{"start": e["start"], "end": e["end"], "text": text[e["start"]:e["end"]],
                            "label": e["label"]} for e in ents if e.get("label") in ENTITY_LABELS]
        for layer in ("quantities", "dates"):
            if layer in rec:
                doc[layer] = _spans(rec[layer], text, layer)
    return doc


def predict(docs: list[dict[str, Any]], nlp=None) -> list[dict[str, Any]]:
    """Run sikyx on gold documents (their text and reference date); public JSON shape."""
    from ..extraction import extract_many

    return [e.to_dict() for e in extract_many(
        ({"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")} for d in docs), nlp=nlp)]


def baseline_predict(docs: list[dict[str, Any]], model: str) -> list[dict[str, Any]]:
    """Entities of a plain spaCy pipeline (e.g. fr_core_news_md), in the public JSON shape."""
    import spacy

    nlp = spacy.load(model)
    out = []
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs)):
        out.append({"id": d["id"], "text": d["text"], "entities": [
            {"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_} for e in doc.ents]})
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", help="gold JSONL file (corpus/gold.jsonl, ../shared/gold/*/dev.jsonl)")
    parser.add_argument("--suite", choices=SUITES + ("all",), help="run a peer suite from the shared data instead")
    parser.add_argument("--shared-dir", type=Path, default=None, help="the shared data folder (default ../shared)")
    parser.add_argument("--baseline", metavar="MODEL", help="also score a plain spaCy pipeline's entities")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    parser.add_argument("--errors", type=Path, metavar="PATH",
                        help="write every error with its context here (default: errors/<gold name>.errors.jsonl)")


def _print_layer(name: str, layer: dict[str, Any], baseline: dict[str, Any] | None = None) -> None:
    print(f"\n## {name}")
    header = f"  {'label':<10} {'strict P':>8} {'R':>6} {'F1':>6}   {'relaxed P':>9} {'R':>6} {'F1':>6}"
    if baseline:
        header += f"   {'baseline strict F1':>18}"
    print(header)
    for label, s in layer["strict"].items():
        r = layer["relaxed"].get(label, {"precision": 0, "recall": 0, "f1": 0})
        line = (f"  {label:<10} {s['precision']:>8.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}   "
                f"{r['precision']:>9.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}")
        if baseline:
            b = baseline["strict"].get(label)
            line += f"   {b['f1']:>18.3f}" if b else f"   {'-':>18}"
        print(line)
    if layer.get("value_accuracy") is not None:
        print(f"  value accuracy on {layer['matched']} matched spans: {layer['value_accuracy']:.3f}")
        for f, acc in layer.get("field_accuracy", {}).items():
            print(f"    {f:<10} {acc:.3f}")
        if layer.get("value_accuracy_by_label"):
            print("  value accuracy by " + ("kind" if name == "quantities" else "type") + ": " + ", ".join(
                f"{k} {v:.2f}" for k, v in layer["value_accuracy_by_label"].items()))
    if layer.get("confusion"):
        print("  confusion (gold -> predicted, '-' = none): " + ", ".join(
            f"{k}: {v}" for k, v in layer["confusion"].items()))


def _run_suite(name: str, shared: Path) -> dict[str, Any]:
    if name == "duckling-figures":
        from .peers_figures import run_duckling_figures
        return run_duckling_figures(shared).to_dict()
    if name == "recognizers-figures":
        from .peers_figures import run_recognizers_figures
        return run_recognizers_figures(shared).to_dict()
    if name == "timebank":
        from .peers_dates import run_timebank
        return run_timebank(shared)
    if name == "duckling-time":
        from .peers_dates import run_duckling_time
        return run_duckling_time(shared).to_dict()
    if name == "recognizers-dates":
        from .peers_dates import run_recognizers_dates
        return run_recognizers_dates(shared).to_dict()
    if name == "ner-gold":
        import spacy

        from .ner_gold import GOLD_SETS, compare_on_gold, sikyx_pipeline

        base = spacy.load("fr_core_news_md")
        return {rel: compare_on_gold(shared / "gold" / rel, sikyx_pipeline(rel), base) for rel in GOLD_SETS}
    raise ValueError(name)


def run_evaluate(args: argparse.Namespace) -> int:
    """Run ``sikyx evaluate``; returns the exit status (2 on bad input)."""
    if args.suite:
        shared = args.shared_dir or default_shared_dir()
        if not shared.is_dir():
            print(f"sikyx: error: shared data folder {shared} not found (use --shared-dir or $SIKYX_SHARED)",
                  file=sys.stderr)
            return 2
        names = SUITES if args.suite == "all" else (args.suite,)
        results = {}
        for name in names:
            results[name] = _run_suite(name, shared)
            if args.format == "table":
                _print_suite(name, results[name])
        if args.format == "json":
            print(json.dumps(results, ensure_ascii=False, indent=2, default=str))
        return 0
    if not args.gold:
        print("sikyx: error: give a gold JSONL file or --suite", file=sys.stderr)
        return 2
    try:
        docs = load_any_gold(args.gold)
    except FileNotFoundError:
        print(f"sikyx: error: {args.gold}: no such file", file=sys.stderr)
        return 2
    except IsADirectoryError:
        print(f"sikyx: error: {args.gold}: is a directory", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"sikyx: error: {args.gold}: not UTF-8 text (invalid byte at offset {exc.start})", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"sikyx: error: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"sikyx: error: {args.gold}: no gold record", file=sys.stderr)
        return 2
    preds = predict(docs)
    result = score_documents(list(zip(docs, preds)))
    baseline = None
    if args.baseline and "entities" in result:
        base_preds = baseline_predict(docs, args.baseline)
        baseline = score_documents([(g, p) for g, p in zip(docs, base_preds)])
        result["baseline"] = {"model": args.baseline, "entities": baseline["entities"]}
    errors_path = args.errors or Path("errors") / (Path(args.gold).stem + ".errors.jsonl")
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    with open(errors_path, "w", encoding="utf-8") as fh:
        for layer in ("entities", "quantities", "dates"):
            for err in result.get(layer, {}).get("errors", []):
                fh.write(json.dumps(err, ensure_ascii=False) + "\n")
    if args.format == "json":
        slim = {k: ({kk: vv for kk, vv in v.items() if kk != "errors"} if isinstance(v, dict) else v)
                for k, v in result.items()}
        print(json.dumps(slim, ensure_ascii=False, indent=2))
    else:
        print(f"# {args.gold}: {len(docs)} documents")
        for layer in ("entities", "quantities", "dates"):
            if layer in result:
                _print_layer(layer, result[layer], baseline["entities"] if baseline and layer == "entities" else None)
        print(f"\nerrors with context: {errors_path}")
    return 0


def _print_suite(name: str, result: dict[str, Any]) -> None:
    print(f"\n## {name}")
    if name == "ner-gold":
        from .ner_gold import format_table

        for rel, comparison in result.items():
            print(format_table(rel, comparison))
        return
    if "per_file" in result:
        for f, c in result["per_file"].items():
            rate = c["passed"] / c["total"] if c["total"] else 0
            print(f"  {f:<45} {c['passed']:>5}/{c['total']:<5} {rate:6.1%}")
        print(f"  {'total':<45} {result['passed']:>5}/{result['total']:<5} {result['rate']:6.1%}")
    else:
        print(json.dumps({k: v for k, v in result.items() if k not in ("failures", "errors")},
                         ensure_ascii=False, indent=2, default=str))
