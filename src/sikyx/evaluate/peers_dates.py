"""Peer-suite and gold-set runners for the temporal tagger (:func:`sikyx.dates.find_dates`).

* :func:`run_timebank` — French TimeBank 1.1 dev half (``gold/fr-timebank/dev.jsonl``).
* :func:`run_duckling_time` — Duckling's French time/duration corpora and negative cases.
* :func:`run_recognizers_dates` — Microsoft Recognizers-Text French DateTime specs.

``python -m sikyx.evaluate.peers_dates [SHARED_DIR]`` prints the figures (SHARED_DIR defaults to
``../shared`` next to the project root).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from ..dates import find_dates
from .report import SuiteReport

__all__ = ["run_timebank", "run_duckling_time", "run_recognizers_dates", "default_shared_dir"]


def default_shared_dir() -> Path:
    """``../shared`` relative to the project root (the directory holding ``pyproject.toml``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            return parent / ".." / "shared"
    return Path("../shared")


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def run_timebank(shared_dir: Path, *, with_errors: bool = False) -> dict[str, Any]:
    """Score find_dates on French TimeBank dev (reference date = each document's ``dct``).

    Predictions are made with ``intervals="split"`` (TimeBank annotates the endpoints of an interval
    as separate TIMEX3s). All four TIMEX3 types count (DATE, TIME, DURATION, SET).

    Returns ``{"documents", "gold", "predicted", "strict": {precision, recall, f1}, "relaxed":
    {...}, "value_accuracy", "value_matched", "errors"?}``:

    * strict: same (start, end);
    * relaxed: one-to-one overlap matching (each gold span paired with at most one predicted span,
      greedily in text order);
    * value_accuracy: among the relaxed pairs, the share whose TIMEX3 ``value`` equals the gold one.

    Raises FileNotFoundError if the corpus is absent.
    """
    path = Path(shared_dir) / "gold" / "fr-timebank" / "dev.jsonl"
    n_gold = n_pred = tp_strict = tp_relaxed = value_ok = 0
    errors: list[dict[str, Any]] = []
    docs = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs += 1
            text = rec["text"]
            ref = dt.date.fromisoformat(rec["dct"][:10])
            gold = [(e["start"], e["end"], e.get("value"), e["text"]) for e in rec["entities"]]
            pred = [(m.start, m.end, m.value.value, m.text) for m in find_dates(text, ref, intervals="split")]
            n_gold += len(gold)
            n_pred += len(pred)
            gold_spans = {(g[0], g[1]) for g in gold}
            tp_strict += sum(1 for p in pred if (p[0], p[1]) in gold_spans)
            used: set[int] = set()
            for g in gold:
                match = None
                for i, p in enumerate(pred):
                    if i not in used and p[0] < g[1] and g[0] < p[1]:
                        match = i
                        break
                if match is None:
                    errors.append({"doc": rec["id"], "kind": "missed", "gold": g[3], "value": g[2],
                                   "context": text[max(0, g[0] - 40):g[1] + 20]})
                    continue
                used.add(match)
                tp_relaxed += 1
                p = pred[match]
                if p[2] == g[2]:
                    value_ok += 1
                else:
                    errors.append({"doc": rec["id"], "kind": "value", "gold": g[3], "pred": p[3],
                                   "value": g[2], "got": p[2], "context": text[max(0, g[0] - 40):g[1] + 20]})
                if (p[0], p[1]) != (g[0], g[1]):
                    errors.append({"doc": rec["id"], "kind": "boundary", "gold": g[3], "pred": p[3]})
            for i, p in enumerate(pred):
                if i not in used:
                    errors.append({"doc": rec["id"], "kind": "spurious", "pred": p[3], "got": p[2],
                                   "context": text[max(0, p[0] - 40):p[1] + 20]})
    out: dict[str, Any] = {
        "documents": docs, "gold": n_gold, "predicted": n_pred,
        "strict": _prf(tp_strict, n_pred, n_gold), "relaxed": _prf(tp_relaxed, n_pred, n_gold),
        "value_accuracy": round(value_ok / tp_relaxed, 4) if tp_relaxed else 0.0, "value_matched": tp_relaxed,
    }
    if with_errors:
        out["errors"] = errors
    return out


# --------------------------------------------------------------------------- Duckling
_PREPOSITIONS = ("à ", "a ", "vers ", "dans ", "il y a ", "en ", "au ", "du ", "dès ", "à partir du ", "n'importe quand avant ", "plus tard que ",
                 "à partir de ", "après ", "avant ", "pendant ", "depuis ", "jusqu'à ", "aux alentours de ")


def _ddate(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _duckling_grain_end(value: str, grain: str) -> dt.date:
    """Inclusive last day of a Duckling exclusive interval end."""
    d = dt.datetime.fromisoformat(value[:19])
    if grain in ("hour", "minute", "second"):
        return (d - dt.timedelta(seconds=1)).date()
    return d.date() - dt.timedelta(days=1)


def _duckling_case_ok(case: dict, matches) -> tuple[bool, str]:
    text = case["text"]
    exp = case["expected"]
    if exp is None:
        return (not matches), "negative"
    if not matches:
        return False, "missed"
    # coverage: the matches, from the first to the last, cover the phrase minus leading prepositions
    core_start = 0
    low = text.lower()
    for p in sorted(_PREPOSITIONS, key=len, reverse=True):
        if low.startswith(p):
            core_start = len(p)
            break
    first, last = matches[0], matches[-1]
    if first.start > core_start or last.end < len(text.rstrip(" .")) - 1:
        return False, "span"
    if case["dimension"] == "duration":
        unit = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
                "quarter": "M"}[exp["unit"]]
        n = exp["value"] * (3 if exp["unit"] == "quarter" else 1)
        t = "T" if exp["unit"] in ("second", "minute", "hour") else ""
        want = f"P{t}{n}{unit}"
        return (any(m.value.value == want for m in matches)), "duration_value"
    if exp.get("type") == "value":
        grain = exp["grain"]
        want_day = _ddate(exp["value"])
        got = last.value
        if grain in ("hour", "minute", "second"):
            hhmm = exp["value"][11:16]
            if grain == "second" and got.value == "PRESENT_REF":
                return True, ""
            ok = got.start == want_day and hhmm in got.value
            if not ok and len(matches) > 1:
                ok = matches[0].value.start == want_day and hhmm in got.value
            return ok, "time_value"
        if got.start is None:
            return False, "unresolved"
        if grain == "day":
            return got.start == want_day and got.end == want_day or got.start == want_day and "T" in got.value, "day_value"
        if grain == "week":
            return got.start == want_day, "week_value"
        if grain == "month":
            return got.start == want_day and got.end.month == want_day.month, "month_value"
        if grain == "year":
            return got.start == want_day and got.end.year == want_day.year, "year_value"
        return False, "grain"
    # interval
    frm, to = exp.get("from"), exp.get("to")
    got = matches[0].value if len(matches) == 1 else None
    if got is None:
        s, e = matches[0].value.start, matches[-1].value.end
    else:
        s, e = got.start, got.end
    if frm and s != _ddate(frm["value"]):
        return False, "interval_start"
    if to and frm and frm["grain"] not in ("hour", "minute", "second"):
        if e != _duckling_grain_end(to["value"], to["grain"]):
            return False, "interval_end"
    return True, ""


def run_duckling_time(shared_dir: Path) -> SuiteReport:
    """Duckling's French time.jsonl, duration.jsonl and negative/*.jsonl (reference 2013-02-12T04:30).

    Pass criterion (Duckling's own values are end-exclusive intervals at the expected grain):
    * negative cases: no match at all;
    * otherwise the matches must run from the start of the phrase (a leading preposition such as
      "à", "vers", "dans", "il y a" may be left out: our span convention) to its end, and
      - duration: one match with the TIMEX3 value of Duckling's (value, unit);
      - a value at day/week/month/year grain: the last match's inclusive start (and end for day,
        month, year) equal Duckling's period;
      - a value at hour/minute grain: the day and the HH:MM of the last match (a date match
        followed by a time match counts as one phrase: our times resolve on the day just mentioned);
      - an interval: our inclusive start equals ``from``; for day-or-coarser grains our inclusive
        end equals ``to`` minus one grain (for hour grains only the start day is compared).
    ``find_dates`` is called with ``prefer="future"``, Duckling's convention for unmarked dates.
    """
    base = Path(shared_dir) / "peers" / "duckling-fr"
    report = SuiteReport("duckling-fr dates")
    files = [base / "time.jsonl", base / "duration.jsonl"] + sorted((base / "negative").glob("*.jsonl"))
    for f in files:
        name = f.name if f.parent == base else f"negative/{f.name}"
        passed = total = 0
        for line in f.open(encoding="utf-8"):
            case = json.loads(line)
            if case.get("dimension") not in ("time", "duration"):
                continue
            total += 1
            ref = dt.datetime.fromisoformat(case.get("reference_time") or "2013-02-12T04:30:00")
            matches = find_dates(case["text"], ref, prefer="future")
            ok, cause = _duckling_case_ok(case, matches)
            if ok:
                passed += 1
            else:
                report.failures.append({"file": name, "text": case["text"], "expected": case["expected"],
                                        "got": [(m.text, m.value.value, str(m.value.start), str(m.value.end))
                                                for m in matches], "cause": cause})
        report.per_file[name] = (passed, total)
    return report


# --------------------------------------------------------------------------- Recognizers-Text
RECOGNIZERS_FILES = [f"{c}{k}.json" for c in ("Date", "DatePeriod", "Duration", "Set", "Time", "TimePeriod", "DateTime")
                     for k in ("Extractor", "Parser")]


def _supported(case: dict) -> bool:
    ns = case.get("NotSupported") or ""
    ns = ",".join(ns) if isinstance(ns, list) else str(ns)
    return "dotnet" not in ns.lower().replace(" ", "").replace(".", "")


_CLOCK = re.compile(r"T(\d\d)(?::(\d\d))?(?::(\d\d))?|T(MO|AF|EV|NI|DT)")


def _clocks(value: str) -> list[str]:
    """Times of day in a TIMEX3 value, normalised: "T07" -> "07:00", "…T16:30:05" -> "16:30:05", "TMO" -> "MO"."""
    out = []
    for m in _CLOCK.finditer(value):
        if m.group(4):
            out.append(m.group(4))
        else:
            out.append(f"{m.group(1)}:{m.group(2) or '00'}" + (f":{m.group(3)}" if m.group(3) else ""))
    return out


def _timex_ok(expected: dict, got) -> bool:
    val = expected.get("Value") or {}
    timex = val.get("Timex")
    if timex is None:
        return True
    if got.value == timex:
        return True
    # time-only spec values ("T07", "TMO", "(T16,T17,PT1H)"): compare the times of day
    if (timex.startswith("T") or timex.startswith("(T")) and _clocks(timex):
        want = _clocks(timex)
        return _clocks(got.value)[:len(want)] == want
    fut, past = val.get("FutureResolution") or {}, val.get("PastResolution") or {}
    days = set()
    for res in (fut, past):
        for k in ("date", "startDate"):
            if k in res:
                days.add(res[k][:10])
        if "dateTime" in res:
            days.add(res["dateTime"][:10])
            if got.value.endswith(res["dateTime"][11:16]) or res["dateTime"][11:16] in got.value:
                if got.start and got.start.isoformat() == res["dateTime"][:10]:
                    return True
    if timex.startswith("P") or timex.startswith("T"):
        return got.value == timex or got.value.replace("T", "") == timex.replace("T", "")
    if timex.startswith("("):
        parts = timex.strip("()").split(",")
        return bool(got.start and got.start.isoformat() in (fut.get("startDate", ""), past.get("startDate", ""), parts[0]))
    return bool(got.start and got.start.isoformat() in days and (got.start == got.end or len(timex) <= 10))


_REC_PREPOSITIONS = ("à ", "a ", "vers ", "dans ", "en ", "du ", "au ", "de ", "pour ", "depuis ", "pendant ", "il y a ")
_REC_DETERMINERS = ("le ", "la ", "l'", "l’", "les ")


_GLUE = re.compile(r"\s*(?:,\s*)?(?:(?:à|a|vers)\s+)?", re.IGNORECASE)


def _merge_date_time(text: str, matches: list) -> list:
    """Join a date match and the time match right after it ("le 14 octobre" + "8:00") into one
    (text, value) pair: our convention keeps them apart (French TimeBank), the spec joins them. The
    time's value already carries the date (it is resolved on the day just mentioned)."""
    out = []
    for m in matches:
        if out and m.value.type == "TIME" and out[-1].value.type == "DATE" and "T" not in out[-1].value.value:
            gap = text[out[-1].end:m.start]
            g = _GLUE.fullmatch(gap)
            if g is not None:
                prev = out.pop()
                out.append(type(m)(prev.start, m.end, text[prev.start:m.end], m.value))
                continue
        out.append(m)
    return out


def run_recognizers_dates(shared_dir: Path) -> SuiteReport:
    """Recognizers-Text French DateTime {Date,DatePeriod,Duration,Set,Time,TimePeriod,DateTime}
    {Extractor,Parser}.json, cases not marked NotSupported for dotNet.

    Reference date: the case's ``Context.ReferenceDateTime``, else 2016-11-07. A case passes when
    our matches have exactly the expected texts, up to our span convention (a leading preposition
    that the spec keeps and we drop, "à"/"vers"/"dans"/"en"/"du"/"pour"..., or a leading determiner
    that we keep and the spec drops, "le"/"la"/"l'"), and,
    for parser files, each value agrees: same TIMEX3 value, or (for unresolved spec values such as
    "XXXX-10-02") our resolved day is the spec's future or past resolution. A date and the time
    right after it ("le 14 octobre à 8:00") are two spans in our convention (French TimeBank's); they
    are joined before comparing, the time's value (which carries the date) standing for both.
    """
    base = Path(shared_dir) / "peers" / "recognizers-text-fr" / "DateTime"
    report = SuiteReport("recognizers-text-fr dates")
    for fname in RECOGNIZERS_FILES:
        f = base / fname
        if not f.exists():
            continue
        passed = total = 0
        for case in json.loads(f.read_text(encoding="utf-8-sig")):
            if not _supported(case):
                continue
            total += 1
            ctx = case.get("Context") or {}
            ref = dt.datetime.fromisoformat(ctx.get("ReferenceDateTime", "2016-11-07T00:00:00")[:19])
            matches = _merge_date_time(case["Input"], find_dates(case["Input"], ref))
            expected = case.get("Results") or []
            ok, cause = True, ""
            if len(matches) != len(expected):
                ok, cause = False, "count"
            else:
                for m, exp in zip(matches, expected):
                    etext = exp["Text"].lower()
                    mtext = m.text.lower()
                    if mtext != etext and not any(etext == p + mtext for p in _REC_PREPOSITIONS) \
                            and not any(mtext == d + etext for d in _REC_DETERMINERS):
                        ok, cause = False, "span"
                        break
                    if fname.endswith("Parser.json") and not _timex_ok(exp, m.value):
                        ok, cause = False, "value"
                        break
            if ok:
                passed += 1
            else:
                report.failures.append({"file": fname, "text": case["Input"],
                                        "expected": [(r["Text"], (r.get("Value") or {}).get("Timex")) for r in expected],
                                        "got": [(m.text, m.value.value) for m in matches], "cause": cause})
        report.per_file[fname] = (passed, total)
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(argv[0]) if argv else default_shared_dir()
    if not shared.exists():
        print(f"no shared data at {shared}", file=sys.stderr)
        return 2
    tb = run_timebank(shared)
    print("French TimeBank dev:", json.dumps(tb, ensure_ascii=False))
    for rep in (run_duckling_time(shared), run_recognizers_dates(shared)):
        print(f"{rep.name}: {rep.passed}/{rep.total} = {rep.rate:.3f}")
        for k, (p, t) in rep.per_file.items():
            print(f"  {k}: {p}/{t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
