"""Unit tests of the figures grammar pieces: exclusions, lemmas, not-figures, units."""

from decimal import Decimal

from sikyx.quantities import KINDS, QUALIFIERS, Quantity, find_quantities
from sikyx.quantities.nouns import singular
from sikyx.units import ureg


def test_public_exports():
    assert "count" in KINDS and "range" in QUALIFIERS and Quantity


def test_exclude_drops_overlapping_figures():
    text = "Au cours des 42 derniers jours, 27 tonnes ont été saisies."
    start = text.index("42 derniers jours")
    found = find_quantities(text, exclude=[(start, start + len("42 derniers jours"))])
    assert [m.text for m in found] == ["27 tonnes"]
    # a figure that only overlaps an excluded span is dropped as a whole
    found = find_quantities("plus de 27 tonnes", exclude=[(0, 4)])
    assert found == []


def test_lemmatize_callback_is_used():
    found = find_quantities("48 interpellations", lemmatize=lambda s: s.upper())
    assert found[0].value.noun == "INTERPELLATIONS"


def test_singular():
    assert singular("téléphones") == "téléphone"
    assert singular("journaux") == "journal"
    assert singular("travaux") == "travail"
    assert singular("bateaux") == "bateau"
    assert singular("prix") == "prix"
    assert singular("mois") == "mois"


def test_offset_units_are_exact():
    (m,) = find_quantities("Il fait 37,5 °C.")
    q = m.value
    assert q.to_pint() == ureg.Quantity(Decimal("37.5"), ureg.degree_Celsius)
    assert q.to_pint().to(ureg.kelvin).magnitude == Decimal("310.65")


def test_money_is_its_own_dimension():
    (m,) = find_quantities("1,382 milliard d'euros")
    assert m.value.to_pint().dimensionality != ureg.Quantity(1, "USD").dimensionality


def test_to_dict_json_shape():
    (m,) = find_quantities("entre 10 et 12 millions d'euros")
    assert m.value.to_dict() == {
        "kind": "money", "value": None, "low": 10000000, "high": 12000000, "unit": "EUR",
        "qualifier": "range", "flags": [],
    }


def test_determiner_with_unit_only():
    assert [m.text for m in find_quantities("un euro, un message, une tasse")] == ["un euro", "une tasse"]


def test_never_raises_on_odd_text():
    for text in ["", "€", "-", "1-", "de 1 à", "entre 3 et", "1 USD et", "$", "moins", "la moitié", "1/0", "0/1",
                 "9" * 400, "quatre " * 50, "1,1,1,1", "1.2.3.4.5", "½½", "1er 2e 3e", "12 345 678 901 234 567 890"]:
        for m in find_quantities(text):
            assert text[m.start:m.end] == m.text


def test_singular_of_hyphenated_compounds():
    assert singular("sapeurs-pompiers") == "sapeur-pompier"
    assert singular("allers-retours") == "aller-retour"
    assert singular("arcs-en-ciel") == "arc-en-ciel"
    assert singular("après-midi") == "après-midi"
    assert singular("bonus") == "bonus"


def _texts(text, **kw):
    return [(m.text, m.value.to_dict()["unit"], m.value.to_dict()["value"]) for m in find_quantities(text, **kw)]


def test_elided_figures_take_the_parallel_unit():
    text = "Le déficit sera de 16 milliards d'euros, contre 18,5 milliards attendus pour 2024."
    start = text.index("2024")
    assert _texts(text, exclude=[(start, start + 4)]) == [
        ("16 milliards d'euros", "EUR", 16 * 10**9), ("18,5 milliards", "EUR", 18_500_000_000)]
    # a number with nothing parallel stays bare; a day of a month is no elided figure
    assert _texts("Il est arrivé 12e sur 40.") == [("40", None, 40)]
    assert _texts("vendu 12 cents le 6 novembre") == [("12 cents", "USD", 0.12), ("6", None, 6)]


def test_swiss_francs_only_where_the_text_names_them():
    assert _texts("Il a payé 45.000 francs en 1961.")[0][1] == "FRF"
    swiss = "Les ventes atteignent 21,2 milliards de francs. En francs suisses, c'est un record."
    assert _texts(swiss)[0][1] == "CHF"


def test_change_is_two_figures_range_is_one():
    assert [t for t, _, _ in _texts("Le prix est passé de 6 000 à 5 000 euros.")] == ["6 000", "5 000 euros"]
    assert [t for t, _, _ in _texts("une enveloppe de 60 à 75 millions d'euros")] == ["de 60 à 75 millions d'euros"]


def test_jusqua_is_always_at_most():
    (m,) = find_quantities("jusqu'à 41 °C attendus")
    assert (m.text, m.value.qualifier) == ("jusqu'à 41 °C", "at_most")


def test_calendar_words_after_un_une_are_no_durations():
    assert find_quantities("après un mois de juillet sec") == []
    assert [m.text for m in find_quantities("limités à une heure par jour")] == ["une heure par jour"]
    assert find_quantities("Une seconde centrale sera construite") == []


def test_set_frequencies_are_not_figures():
    assert find_quantities("deux fois par jour") == []
    assert find_quantities("toutes les six minutes") == []
    assert find_quantities("toutes les demi-heures") == []


def test_noun_denominators_are_units_of_their_own():
    (m,) = find_quantities("500 euros par foyer")
    assert str(m.value.unit) == "EUR / foyer"
    assert find_quantities("10 milliards de dollars le contrat")[0].text == "10 milliards de dollars"


def test_a_500_digit_run_is_no_figure():
    from sikyx.quantities import find_quantities

    text = "Le code " + "7" * 500 + " a été saisi, avec 3 kg."
    assert [m.text for m in find_quantities(text)] == ["3 kg"]
