"""Credit lines: photographers, authors and agencies."""

from __future__ import annotations

import pytest

from sikyx.entities.credits import find_credits


def _found(text):
    return [(text[s:e], label) for s, e, label in find_credits(text)]


@pytest.mark.parametrize("text, expected", [
    ("Tous droits réservés Virginia Mayo/AP Photo", [("Virginia Mayo", "PER"), ("AP", "ORG")]),
    ("Par Vincent Coste avec AFP", [("Vincent Coste", "PER"), ("AFP", "ORG")]),
    ("Par Anne Martin et Paul Durand (AFP)", [("Anne Martin", "PER"), ("Paul Durand", "PER"), ("AFP", "ORG")]),
    ("Photo : Jean-Pierre Müller / Reuters", [("Jean-Pierre Müller", "PER"), ("Reuters", "ORG")]),
    ("© Belga", [("Belga", "ORG")]),
    # not credits
    ("Il est parti avec AP", []),
    ("Par ailleurs, la police avec AFP", []),
    ("un rapport 2020/AP", []),
    ("Virginia Mayo/APX", []),
])
def test_credits(text, expected):
    assert _found(text) == expected
