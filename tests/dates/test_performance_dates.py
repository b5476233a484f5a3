"""Speed safeguards of the temporal tagger that do not time the machine: the fast trigger scan
finds exactly what the reference scanner finds, and the scan stays linear on adversarial input
(generous bounds: the speed targets themselves live in the benchmark)."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from sikyx.dates import find_dates, scanner

REF = dt.date(2021, 4, 5)


def _reference_triggers(text):
    return [(t.start(), t.end(), t.group("w")) for t in scanner.SCANNER.finditer(text)]


@pytest.mark.parametrize("text", [
    "", "x", "12", "Mai", "LUNDI 3 MAI 2020 à 12 H 30", "l'été 2020, l’Été", "mi-août", "janv.2020", "du 3 au 5 mai",
    "Le 12/03/2020 à 14:30, 5 p.m.", "12 h 12 h", "(2019-2020)", "ſept ans", "dımanche", "İl y a 2 ans", "µs 12 µ",
    "Jeudi\u00a012\u202fh", "week-end, WEEK END, après-midi",
])
def test_fast_trigger_scan_equals_scanner(text):
    assert list(scanner._triggers(text)) == _reference_triggers(text)


def test_fast_trigger_scan_equals_scanner_random():
    rnd = random.Random(6)
    words = sorted(scanner._all_words) + ["12", "2020", "3", "h", "le", "de", "1er", "12:30", "5 pm", "2 ans", "x",
                                          "İ", "ſ", "K", "ı", "ÉTÉ"]
    seps = [" ", "  ", "-", "'", ", ", ".", "", "\n", "/", ":", "\u00a0"]
    for _ in range(3000):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            w = rnd.choice(words)
            r = rnd.random()
            w = w.upper() if r < 0.3 else w.capitalize() if r < 0.5 else w
            parts += [w, rnd.choice(seps)]
        text = "".join(parts)
        assert list(scanner._triggers(text)) == _reference_triggers(text), text


@pytest.mark.parametrize("unit", ["12 h ", "le 3 mai ", "1 2 ", "du ", "été "])
def test_linear_time(unit):
    """Four times the text takes about four times as long (bound: 10x; a quadratic scan would take
    16x). CPU time of this process, best of three on each side, so that other processes on a
    loaded machine do not count."""
    def run(n):
        text = unit * n
        t0 = time.process_time()
        find_dates(text, REF)
        return time.process_time() - t0
    n = 20_000 // len(unit)
    run(n // 10)  # warm caches
    small = min(run(n) for _ in range(3))
    large = min(run(4 * n) for _ in range(3))
    assert large < 10 * max(small, 0.01), (small, large)
