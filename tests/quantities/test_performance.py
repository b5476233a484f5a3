"""No catastrophic backtracking in the figures grammar: 1 MB of adversarial text, bounded time."""

import time

from sikyx.quantities import find_quantities


def test_digits_and_spaces_megabyte():
    text = " ".join(str(i % 10) for i in range(500_000))
    t = time.perf_counter()
    found = find_quantities(text)
    assert time.perf_counter() - t < 60
    assert len(found) == 500_000 and found[-1].value.value == 9


def test_repeated_de_megabyte():
    text = "de " * 350_000
    t = time.perf_counter()
    assert find_quantities(text) == []
    assert time.perf_counter() - t < 60


def test_repeated_qualifiers_and_units():
    text = "plus de 3 tonnes entre 10 et 12 millions d'euros de " * 20_000
    t = time.perf_counter()
    found = find_quantities(text)
    assert time.perf_counter() - t < 60
    assert len(found) == 40_000


def test_elided_and_proportion_inputs_stay_linear():
    # bare numbers look back for a parallel phrase (bounded window); "un sur un sur ..." recursed
    for chunk, n in (("x 12 ", 40_000), ("12 voix contre 31 ", 11_000), ("un sur ", 28_000), ("fois sur ", 22_000)):
        text = chunk * n
        t = time.perf_counter()
        find_quantities(text)
        assert time.perf_counter() - t < 60, chunk


def test_sentence_context_of_units_stays_linear():
    # ambiguous units read the sentence around them ("points" of a rate, "chevaux" of an engine,
    # "livres" of a weight, "degrés" of the weather): a text with no full stop was quadratic
    for chunk, n in (("3 points ", 30_000), ("un quart de point ", 15_000), ("3 chevaux ", 30_000),
                     ("5 livres ", 30_000), ("90 degrés ", 30_000)):
        text = chunk * n
        t = time.perf_counter()
        find_quantities(text)
        assert time.perf_counter() - t < 60, chunk
