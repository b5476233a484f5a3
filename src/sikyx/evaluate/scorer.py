"""Scoring sikyx output against gold annotations in the project's JSONL gold format.

Both sides are JSON-shaped documents (``Extraction.to_dict()`` for predictions; see
``corpus/GUIDELINES.md`` for gold): ``{"id", "text", "entities": [...], "quantities": [...],
"dates": [...]}`` with character offsets (end exclusive).

Span matching follows the usual NER conventions (MUC/CoNLL; Segura-Bedmar et al. 2013 for the
strict/relaxed split): *strict* = same start, end and label; *relaxed* = overlapping spans with
the same label, paired one-to-one (largest overlap first). Value accuracy is computed on the
relaxed pairs, so a boundary difference does not hide a correct value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

__all__ = ["prf", "match_spans", "score_layer", "score_documents", "QUANTITY_FIELDS", "DATE_FIELDS"]

QUANTITY_FIELDS = ("kind", "value", "low", "high", "unit", "qualifier")
"""Fields a quantity must get right for its value to count as right (flags are reported apart)."""

DATE_FIELDS = ("type", "value")
"""Fields a date must get right for its value to count as right (bounds are reported apart)."""


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(gold: Sequence[dict], pred: Sequence[dict], *, label_key: str | None = "label",
                strict: bool = False) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one-to-one; returns ``(gold_index, pred_index)`` pairs.

    ``strict``: same offsets; otherwise any overlap, largest overlap first. With ``label_key``
    set, only spans with equal labels pair.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if label_key and g.get(label_key) != p.get(label_key):
                continue
            if strict:
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    candidates.append((g["end"] - g["start"], gi, pi))
            else:
                ov = _overlap(g, p)
                if ov > 0:
                    candidates.append((ov, gi, pi))
    candidates.sort(key=lambda c: -c[0])
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _num(v: Any) -> Any:
    if isinstance(v, (int, float, str)) and not isinstance(v, bool):
        try:
            return Decimal(str(v))
        except Exception:
            return v
    return v


def _fields_equal(g: dict, p: dict, fields: Iterable[str]) -> list[str]:
    """Names of the fields that differ (numbers compared as exact decimals)."""
    return [f for f in fields if _num(g.get(f)) != _num(p.get(f))]


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def score_layer(docs: Sequence[tuple[dict, dict]], layer: str, *, label_of: Callable[[dict], str],
                fields: Sequence[str] = (), labels: Sequence[str] | None = None,
                group_of: Callable[[dict], str] | None = None) -> dict[str, Any]:
    """Score one layer ("entities", "quantities" or "dates") over (gold_doc, pred_doc) pairs.

    Returns ``{"strict": {label: prf}, "relaxed": {label: prf}, "value_accuracy": float|None,
    "field_accuracy": {field: float}, "value_accuracy_by_label": {...}, "confusion": {(gold, pred):
    n}, "errors": [...]}``; the label ``"ALL"`` is the micro average. ``group_of`` (default
    ``label_of``) names the groups of ``value_accuracy_by_label`` (e.g. the gold ``kind``).
    """
    group_of = group_of or label_of
    strict_counts: dict[str, Counter] = defaultdict(Counter)
    relaxed_counts: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    field_right: Counter = Counter()
    value_right = value_total = 0
    by_label_right: Counter = Counter()
    by_label_total: Counter = Counter()
    errors: list[dict[str, Any]] = []

    def keep(span: dict) -> bool:
        return labels is None or label_of(span) in labels

    for gold_doc, pred_doc in docs:
        text = gold_doc["text"]
        gold = [dict(s, _label=label_of(s)) for s in gold_doc.get(layer, []) if keep(s)]
        pred = [dict(s, _label=label_of(s)) for s in pred_doc.get(layer, []) if keep(s)]
        for strict, counts in ((True, strict_counts), (False, relaxed_counts)):
            pairs = match_spans(gold, pred, label_key="_label", strict=strict)
            matched_g = {g for g, _ in pairs}
            matched_p = {p for _, p in pairs}
            for gi, g in enumerate(gold):
                counts[g["_label"]]["tp" if gi in matched_g else "fn"] += 1
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    counts[p["_label"]]["fp"] += 1
            if strict:
                continue
            for gi, pi in pairs:
                g, p = gold[gi], pred[pi]
                if fields:
                    diff = _fields_equal(g, p, fields)
                    value_total += 1
                    by_label_total[group_of(g)] += 1
                    for f in fields:
                        field_right[f] += f not in diff
                    if not diff:
                        value_right += 1
                        by_label_right[group_of(g)] += 1
                    else:
                        errors.append({"id": gold_doc.get("id"), "layer": layer, "error": "wrong_value",
                                       "fields": diff, "gold": _public(g), "pred": _public(p),
                                       "context": _context(text, g["start"], g["end"])})
                if (g["start"], g["end"]) != (p["start"], p["end"]):
                    errors.append({"id": gold_doc.get("id"), "layer": layer, "error": "boundary",
                                   "gold": _public(g), "pred": _public(p),
                                   "context": _context(text, g["start"], g["end"])})
            # label confusion: unmatched gold overlapping an unmatched prediction of another label
            any_pairs = match_spans([gold[i] for i in range(len(gold)) if i not in matched_g],
                                    [pred[i] for i in range(len(pred)) if i not in matched_p], label_key=None)
            un_g = [gold[i] for i in range(len(gold)) if i not in matched_g]
            un_p = [pred[i] for i in range(len(pred)) if i not in matched_p]
            confused_g = {gi for gi, _ in any_pairs}
            confused_p = {pi for _, pi in any_pairs}
            for gi, pi in any_pairs:
                confusion[(un_g[gi]["_label"], un_p[pi]["_label"])] += 1
                errors.append({"id": gold_doc.get("id"), "layer": layer, "error": "wrong_label",
                               "gold": _public(un_g[gi]), "pred": _public(un_p[pi]),
                               "context": _context(text, un_g[gi]["start"], un_g[gi]["end"])})
            for gi, g in enumerate(un_g):
                if gi not in confused_g:
                    confusion[(g["_label"], "-")] += 1
                    errors.append({"id": gold_doc.get("id"), "layer": layer, "error": "missed",
                                   "gold": _public(g), "context": _context(text, g["start"], g["end"])})
            for pi, p in enumerate(un_p):
                if pi not in confused_p:
                    confusion[("-", p["_label"])] += 1
                    errors.append({"id": gold_doc.get("id"), "layer": layer, "error": "spurious",
                                   "pred": _public(p), "context": _context(text, p["start"], p["end"])})

    def table(counts: dict[str, Counter]) -> dict[str, Any]:
        out = {lab: prf(c["tp"], c["fp"], c["fn"]) for lab, c in sorted(counts.items())}
        total = Counter()
        for c in counts.values():
            total.update(c)
        out["ALL"] = prf(total["tp"], total["fp"], total["fn"])
        return out

    return {
        "strict": table(strict_counts),
        "relaxed": table(relaxed_counts),
        "value_accuracy": round(value_right / value_total, 4) if value_total else None,
        "matched": value_total,
        "field_accuracy": {f: round(field_right[f] / value_total, 4) for f in fields} if value_total else {},
        "value_accuracy_by_label": {lab: round(by_label_right[lab] / n, 4) for lab, n in sorted(by_label_total.items())},
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
        "errors": errors,
    }


def _public(span: dict) -> dict:
    return {k: v for k, v in span.items() if not k.startswith("_")}


ENTITY_LABELS = ("ORG", "LOC", "PER", "DATE")


def score_documents(pairs: Sequence[tuple[dict, dict]], *, entity_labels: Sequence[str] = ENTITY_LABELS) -> dict[str, Any]:
    """Score every layer the gold documents annotate.

    ``pairs``: ``(gold_doc, predicted_doc)`` in the public JSON shape. Returns
    ``{"documents": n, "entities": ..., "quantities": ..., "dates": ...}`` (a layer is present
    only when the gold has it), each as :func:`score_layer` returns it.
    """
    result: dict[str, Any] = {"documents": len(pairs)}
    if any("entities" in g for g, _ in pairs):
        result["entities"] = score_layer(pairs, "entities", label_of=lambda s: s["label"], labels=entity_labels)
    if any("quantities" in g for g, _ in pairs):
        result["quantities"] = score_layer(pairs, "quantities", label_of=lambda s: "QUANTITY", fields=QUANTITY_FIELDS,
                                           group_of=lambda s: s["kind"])
    if any("dates" in g for g, _ in pairs):
        result["dates"] = score_layer(pairs, "dates", label_of=lambda s: "TIMEX", fields=DATE_FIELDS,
                                      group_of=lambda s: s["type"])
        result["dates"]["types"] = score_layer(pairs, "dates", label_of=lambda s: s["type"],
                                               fields=DATE_FIELDS)["relaxed"]
    return result
