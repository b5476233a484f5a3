"""Figures fixed for issue #3 (development corpus and Recognizers-Text), each as a whole kind:
the case that exposed the fault and others of the same kind, asserting real values."""

from decimal import Decimal

import pytest

from sikyx.numbers import find_numbers
from sikyx.quantities import find_quantities
from sikyx.quantities.nouns import singular


def _read(text):
    return [(m.text, m.value.kind, m.value.value, m.value.low, m.value.high, m.value.unit_name, m.value.qualifier)
            for m in find_quantities(text)]


def test_a_noun_of_change_is_no_verb_of_change():
    """"le passage de 40 à 50 camions" is a range; "passera de X à Y" stays two figures (1.3)."""
    assert _read("le passage de 40 à 50 camions par jour.") == [
        ("de 40 à 50 camions par jour", "count", None, Decimal(40), Decimal(50), "camion / day", "range")]
    assert _read("les passagers de 40 à 50 ans") == [
        ("de 40 à 50 ans", "duration", None, Decimal(40), Decimal(50), "year", "range")]
    assert [m.text for m in find_quantities("le prix passera de 1,80 euro à 2,20 euros")] == ["1,80 euro", "2,20 euros"]
    assert [m.text for m in find_quantities("la jauge est passée de 300 à 500 places")] == ["300", "500 places"]


@pytest.mark.parametrize("text, value", [
    ("avec des minimales de moins 4 degrés, puis", Decimal(-4)),
    ("un taux de moins 0,5 % cette année", Decimal("-0.5")),
])
def test_moins_after_de_is_a_sign(text, value):
    (m,) = find_quantities(text)
    assert m.text.startswith("moins ") and m.value.value == value


def test_moins_de_stays_a_qualifier():
    (m,) = find_quantities("à moins de 12 degrés")
    assert (m.text, m.value.value, m.value.qualifier) == ("moins de 12 degrés", Decimal(12), "less_than")


def test_particles_of_compound_nouns_stay():
    assert singular("sous-traitants") == "sous-traitant"
    assert singular("arrière-grands-parents") == "arrière-grand-parent"
    assert singular("hors-bords") == "hors-bord"
    assert singular("sous") == "sou"  # "trois sous": the coin
    (m,) = find_quantities("qui vise cinq sous-traitants, sera")
    assert (m.value.value, m.value.noun) == (Decimal(5), "sous-traitant")


@pytest.mark.parametrize("text, span, kind, value, unit", [
    ("à investir une quarantaine de millions d'euros dans", "une quarantaine de millions d'euros", "money",
     Decimal(40_000_000), "EUR"),
    ("une dizaine de milliers de manifestants", "une dizaine de milliers de manifestants", "count",
     Decimal(10_000), "manifestant"),
    ("une centaine de milliers d'euros", "une centaine de milliers d'euros", "money", Decimal(100_000), "EUR"),
    ("des dizaines de millions d'euros", "des dizaines de millions d'euros", "money", None, "EUR"),
    ("plusieurs centaines de milliers de personnes", "plusieurs centaines de milliers de personnes", "count",
     None, "personne"),
])
def test_collective_of_a_scale(text, span, kind, value, unit):
    """"une quarantaine de millions" = 40 000 000, approximate; "des dizaines de millions": no
    definite number (guideline 1.1)."""
    (m,) = find_quantities(text)
    assert (m.text, m.value.kind, m.value.value, m.value.unit_name, m.value.qualifier) == (span, kind, value, unit, "approx")


@pytest.mark.parametrize("text, unit", [
    ("pouvant réclamer jusqu'à 1 900 euros la garde.", "EUR / garde"),
    ("Le moniteur demande 35 euros la leçon.", "EUR / leçon"),
    ("Comptez 60 euros la visite.", "EUR / visite"),
])
def test_price_per_unit_of_service(text, unit):
    (m,) = find_quantities(text)
    assert m.value.kind == "money" and m.value.unit_name == unit


@pytest.mark.parametrize("text, code", [
    ("Le prix passe à 1 500 francs CFA le kilo. « Avec 1 500 francs, je paie deux ouvriers »", "XOF"),
    ("Le salaire est payé en FCFA. Il touche 60 000 francs par mois.", "XOF"),
    ("Le franc CFA BEAC a cours au Cameroun. Un sac coûte 12 000 francs.", "XAF"),
    ("La BNS, en francs suisses, a perdu 21,2 milliards de francs.", "CHF"),
    ("En 1990, le loyer était de 4 500 francs.", "FRF"),
])
def test_a_bare_franc_is_the_franc_the_text_names(text, code):
    money = [m for m in find_quantities(text) if m.value.kind == "money"]
    assert money and money[-1].value.unit_name.split(" / ")[0] == code


def test_elided_figure_before_a_participle():
    """"dont environ 300 détruits à" (a participle in -its), "contre 3 000 espérés." (a contrast
    closed by its participle): the figures take the parallel unit; "dont 18 000 disques et" keeps
    its noun."""
    text = "sur quelque 1 200 hectares entre Colmar et Turckheim, dont environ 300 détruits à plus de 80 %."
    assert _read(text)[1] == ("environ 300", "area", Decimal(300), None, None, "hectare", "approx")
    assert _read("2 400 litres ont été donnés, contre 3 000 espérés.")[1] == (
        "3 000", "volume", Decimal(3000), None, None, "liter", "exact")
    assert _read("110 000 documents, dont 18 000 disques et 2 500 jeux.")[1][0] == "18 000 disques"
    assert _read("Il a vendu 40 voitures, dont 3 produits en Chine.")[1][5] == "produit"


def test_livres_in_a_sentence_about_eating_are_pounds():
    text = "Elle ne mange plus le midi pour laisser tomber 25 livres."
    assert _read(text) == [("25 livres", "mass", Decimal(25), None, None, "pound", "exact")]
    assert _read("Il a acheté 25 livres pour l'école.")[0][5] == "livre"  # books


def test_dotted_codes_are_no_numbers():
    assert find_numbers("l'adresse 192.168.1.2 répond") == []
    assert [m.value.value for m in find_numbers("il a couru 3.5 km et 1.200.000 fois")] == [
        Decimal("3.5"), Decimal(1_200_000)]


def test_arrete_is_a_reference_only_as_a_noun():
    """"l'arrêté 2021-45" is a decree number; "ont arrêté cinq suspects" counts suspects."""
    assert _read("Les enquêteurs ont arrêté cinq suspects.") == [
        ("cinq suspects", "count", Decimal(5), None, None, "suspect", "exact")]
    assert _read("il a arrêté 3 personnes") == [("3 personnes", "count", Decimal(3), None, None, "personne", "exact")]
    assert find_quantities("selon l'arrêté 2021-45 du préfet") == []
    assert find_quantities("par arrêté 45 du maire") == []
