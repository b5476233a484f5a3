"""find_dates never raises and always returns ordered, disjoint, text-consistent matches."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sikyx.dates import find_dates

WORDS = ["le", "la", "du", "au", "de", "en", "depuis", "1er", "3", "17", "31", "32", "2020", "98", "mars", "Mars",
         "sept.", "sept", "lundi", "vendredis", "hier", "demain", "matin", "soir", "nuit", "h", "16h30", "à", "et",
         "dernier", "prochain", "fin", "mi-", "ans", "jours", "mois", "plus", "chaque", "tous", "les", "par", "semaine",
         "/", "-", ",", ".", "12/13", "2021-02-30", "29 février", "XIXe", "siècle", "années", "60", "été", "a", "il",
         "y", "dans", "quinze", "vingt-deux", "entre", "midi", "GMT", "heure", "suisse", "week-end", "trimestre"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([None, dt.date(2021, 4, 5),
                                                                       dt.datetime(2013, 2, 12, 4, 30)]),
       st.sampled_from(["past", "future", "nearest"]), st.sampled_from(["merge", "split"]))
def test_never_raises_and_matches_are_consistent(words, ref, prefer, intervals):
    text = " ".join(words)
    matches = find_dates(text, ref, prefer=prefer, intervals=intervals)
    for m in matches:
        assert text[m.start:m.end] == m.text and m.text
        assert m.value.start is None or m.value.end is None or m.value.start <= m.value.end
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode(text):
    for m in find_dates(text, dt.date(2021, 4, 5)):
        assert text[m.start:m.end] == m.text
