"""Adversarial review of session 5's figure rules: faults found and fixed, each as a kind."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sikyx.quantities import find_quantities


def _figs(text):
    return [(m.text, m.value.kind, m.value.value, str(m.value.unit) if m.value.unit else None, m.value.noun)
            for m in find_quantities(text)]


# An elided figure after index points takes them, with the index (guideline 1.3: "contre 45 en année
# normale" -> the unit of the first figure); it was a bare number.
@pytest.mark.parametrize("text, expected", [
    ("L'indice Nikkei a perdu 300 points, contre 250 la veille.",
     [("300 points", "other", Decimal("300"), "index_point", "Nikkei"),
      ("250", "other", Decimal("250"), "index_point", "Nikkei")]),
    ("Le CAC 40 a gagné 45 points, contre 30 la veille.",
     [("45 points", "other", Decimal("45"), "index_point", "CAC 40"),
      ("30", "other", Decimal("30"), "index_point", "CAC 40")]),
])
def test_elided_figure_takes_index_points(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # other units of kind "other" still lend nothing (an unspecified degree, decibels)
    ("Il fait 20°, contre 18 hier.", "18"),
    ("Le bruit atteint 90 dB, contre 80 avant les travaux.", "80"),
])
def test_elided_figure_takes_no_other_unit(text, expected):
    figs = {f[0]: f for f in _figs(text)}
    assert figs[expected][1] == "number" and figs[expected][3] is None


def test_index_points_lend_nothing_to_a_count():
    assert _figs("Le CAC 40 a gagné 45 points, et 12 valeurs ont progressé.")[1] == (
        "12 valeurs", "count", Decimal("12"), "count", "valeur")
