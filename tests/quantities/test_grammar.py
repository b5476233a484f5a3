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
