"""No catastrophic backtracking in the figures grammar: 1 MB of adversarial text, bounded time."""

import time

from sikyx.quantities import find_quantities


def test_digits_and_spaces_megabyte():
    text = " ".join(str(i % 10) for i in range(500_000))
    t = time.perf_counter()
    found = find_quantities(text)
    assert time.perf_counter() - t < 10
    assert len(found) == 500_000 and found[-1].value.value == 9


def test_repeated_de_megabyte():
    text = "de " * 350_000
    t = time.perf_counter()
    assert find_quantities(text) == []
    assert time.perf_counter() - t < 10


def test_repeated_qualifiers_and_units():
    text = "plus de 3 tonnes entre 10 et 12 millions d'euros de " * 20_000
    t = time.perf_counter()
    found = find_quantities(text)
    assert time.perf_counter() - t < 10
    assert len(found) == 40_000
