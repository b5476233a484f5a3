"""No catastrophic backtracking: 1 MB of adversarial text in linear time."""

import time

from sikyx.numbers import find_numbers


def test_digits_and_spaces_megabyte():
    text = " ".join(str(i % 10) for i in range(500_000))
    t = time.perf_counter()
    found = find_numbers(text)
    assert time.perf_counter() - t < 60
    assert len(found) > 100_000


def test_repeated_de_megabyte():
    text = "de " * 350_000
    t = time.perf_counter()
    assert find_numbers(text) == []
    assert time.perf_counter() - t < 60


def test_repeated_number_words():
    text = "vingt et un " * 50_000
    t = time.perf_counter()
    find_numbers(text)
    assert time.perf_counter() - t < 60
