"""A known place that extends the model's LOC inside it wins over it: "Amérique latine" (the model
tags "Amérique"), while a place inside an organisation stays inside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, ents", [
    ("Une hausse des cas de dengue en Amérique latine.", [("Amérique latine", "LOC")]),
    ("Il voyage en Amérique du Sud et en Asie du Sud-Est.", [("Amérique du Sud", "LOC"), ("Asie du Sud-Est", "LOC")]),
    ("La mairie de Bordeaux a annoncé la fermeture.", [("mairie de Bordeaux", "ORG")]),
])
def test_known_place_extends_model_loc(sikyx_ner, text, ents):
    assert [(e.text, e.label_) for e in sikyx_ner(text).ents] == ents
