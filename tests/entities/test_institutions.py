"""The institution grammar on token texts: phrase → expected body spans (corpus-driven)."""

from __future__ import annotations

import pytest
import spacy

from sikyx.entities.institutions import (find_bare_capitalised_heads, find_cued_names,
                                         find_institutions, find_legal_form_companies)

_NLP = spacy.blank("fr")


def _words(text: str) -> list[str]:
    return [t.text for t in _NLP.make_doc(text)]


def _texts(text: str, finder) -> list[str]:
    doc = _NLP.make_doc(text)
    return [doc[s:e].text for s, e in finder([t.text for t in doc])]


INSTITUTIONS = [
    ("Le ministère public d'Anvers ajoute", ["ministère public d'Anvers"]),
    ("Les douanes belges ont saisi", ["douanes belges"]),
    ("la police judiciaire fédérale d'Anvers, le parquet fédéral et le parquet d'Anvers",
     ["police judiciaire fédérale d'Anvers", "parquet fédéral", "parquet d'Anvers"]),
    ("des experts de la gendarmerie nationale", ["gendarmerie nationale"]),
    ("l'Office anti-stupéfiants (Ofast)", ["Office anti-stupéfiants"]),
    ("le ministère de la Justice a répondu", ["ministère de la Justice"]),
    ("la commission de l'emploi et des affaires sociales", ["commission de l'emploi et des affaires sociales"]),
    ("le tribunal cantonal de Schaffhouse", ["tribunal cantonal de Schaffhouse"]),
    ("la cour d'appel de Paris", ["cour d'appel de Paris"]),
    ("le Conseil fédéral", ["Conseil fédéral"]),
    ("la police canadienne", ["police canadienne"]),
    ("les services des douanes", ["services des douanes"]),  # corpus GUIDELINES 3.2
    ("le Peloton de gendarmerie de haute montagne de Chamonix",
     ["Peloton de gendarmerie de haute montagne de Chamonix"]),
    ("le Conservatoire du littoral", ["Conservatoire du littoral"]),
    ("le centre hospitalier de Roubaix", ["centre hospitalier de Roubaix"]),
    ("le comité régional des pêches des Pays de la Loire", ["comité régional des pêches des Pays de la Loire"]),
    # a ministry's domain keeps its adjective; another head's complement does not take one
    ("le ministère de l'Éducation nationale a publié", ["ministère de l'Éducation nationale"]),
    ("la préfecture du Gers voisine", ["préfecture du Gers"]),
    ("les bénévoles de la banque alimentaire de l'Aisne", ["banque alimentaire de l'Aisne"]),
    # an adjective the lexicon does not know continues a capitalised head
    ("le Comité interprofessionnel du gruyère de Savoie", ["Comité interprofessionnel du gruyère de Savoie"]),
    # generic uses: no body
    ("en direction de Lyon", []),
    ("au centre de Paris", []),
    ("le conseil de discipline", []),
    ("la justice belge", []),
    ("une opération de police contre le crime", []),
    ("des uniformes de police", []),
    ("le parquet de la ville flamande", []),
    ("le tribunal correctionnel a jugé", []),
    ("une banque algérienne", []),
    ("la police a été prévenue", []),
    ("sous la direction de Max Sturzenegger", []),
]


@pytest.mark.parametrize("text, expected", INSTITUTIONS)
def test_institutions(text, expected):
    assert _texts(text, find_institutions) == expected


def test_person_is_not_a_complement():
    words = _words("le comité de Jean Dupont")
    assert find_institutions(words, persons={3}) == []
    assert find_institutions(words) == [(1, 5)]


@pytest.mark.parametrize("text, expected", [
    ("commercialisés par la société Sky ECC, basée au Canada", ["Sky ECC"]),
    ("selon l'agence Reuter", ["Reuter"]),
    ("la société a fermé", []),
])
def test_cued_names(text, expected):
    assert _texts(text, find_cued_names) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hälsa Pharma GmbH Immermannstraße 3", ["Hälsa Pharma GmbH"]),
    ("la société Acme SAS a été rachetée", ["Acme SAS"]),
    ("le SA de la loi", []),
])
def test_legal_forms(text, expected):
    assert _texts(text, find_legal_form_companies) == expected


@pytest.mark.parametrize("text, expected", [
    ("une déclaration à la Commission et au Conseil.", ["Commission", "Conseil"]),
    ("La Commission pourrait utilement", ["Commission"]),
    ("Commission des tarifs", []),
    ("le Conseil fédéral", []),
    ("la commission a siégé", []),
])
def test_bare_capitalised_heads(text, expected):
    assert _texts(text, find_bare_capitalised_heads) == expected


@pytest.mark.parametrize("text, expected", [
    ("la Cour de cassation et le Conseil d'État", ["Cour de cassation", "Conseil d'État"]),
    ("le ministère de l'Intérieur et la Commission", ["ministère de l'Intérieur"]),
    ("le tribunal de grande instance de Paris", ["tribunal de grande instance de Paris"]),
    ("la préfecture de police de Paris", ["préfecture de police de Paris"]),
])
def test_complements_stop_at_the_name(text, expected):
    assert _texts(text, find_institutions) == expected


@pytest.mark.parametrize("text, span", [
    ("La Fédération française de l'assurance évalue les dégâts.", "Fédération française de l'assurance"),
    ("L'Organisation internationale du cacao prévoit une hausse.", "Organisation internationale du cacao"),
    ("Le Bureau de recherches géologiques et minières publie une carte.",
     "Bureau de recherches géologiques et minières"),
])
def test_a_verb_after_a_body_stays_out(text, span):
    assert span in _texts(text, find_institutions)
