"""find_dates API, the grammar pieces, the resolver conventions and the linear-time guarantee."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
import regex

from sikyx.dates import TIMEX_TYPES, Timex, find_dates
from sikyx.dates.expr import Expr
from sikyx.dates.grammar import RULES
from sikyx.dates.pieces import PIECES
from sikyx.dates.scanner import TRIGGERS
from sikyx.dates.lexicon import LEXICON, read_number_word
from sikyx.dates.resolver import duration_value, resolve

REF = dt.date(2021, 4, 5)  # a Monday


def test_public_exports():
    assert TIMEX_TYPES == ("DATE", "TIME", "DURATION", "SET")
    assert Timex("DATE", "2021").to_dict()["value"] == "2021"


@pytest.mark.parametrize("kw", [{"prefer": "sometimes"}, {"intervals": "both"}])
def test_bad_options_raise(kw):
    with pytest.raises(ValueError):
        find_dates("lundi", REF, **kw)


def test_resolve_bad_prefer():
    with pytest.raises(ValueError):
        resolve(Expr("date", weekday=1), REF, prefer="soon")


@pytest.mark.parametrize("text,value", [("mardi", "2021-04-06"), ("dimanche", "2021-04-04"), ("mercredi", "2021-04-07"),
                                        ("jeudi", "2021-04-01"), ("samedi", "2021-04-03")])
def test_weekday_prefer_past(text, value):
    # past unless the next occurrence is at least twice as close: Tuesday is 1 day ahead vs 6 back,
    # Wednesday 2 ahead vs 5 back, Thursday 3 ahead vs 4 back (past)
    assert find_dates(text, REF)[0].value.value == value


@pytest.mark.parametrize("prefer", ["past", "future", "nearest"])
def test_prefer_option(prefer):
    # from Saturday 2021-04-10, Wednesday is 3 days back and 4 ahead
    got = find_dates("mercredi", dt.date(2021, 4, 10), prefer=prefer)[0].value.value
    assert got == {"past": "2021-04-07", "future": "2021-04-14", "nearest": "2021-04-07"}[prefer]
    # "le 20 février" from 2021-04-05: 44 days back, 321 ahead
    got = find_dates("le 20 février", REF, prefer=prefer)[0].value.value
    assert got == {"past": "2021-02-20", "future": "2022-02-20", "nearest": "2021-02-20"}[prefer]
    # "le 30 juin" from 2021-04-05: 279 days back, 86 ahead (twice as close: the coming one under "past")
    got = find_dates("le 30 juin", REF, prefer=prefer)[0].value.value
    assert got == "2021-06-30"


def test_future_tense_points_forward():
    # the sentence's verb is in the future: an unmarked weekday is the coming one
    assert find_dates("La fête se déroulera dimanche.", dt.date(1999, 5, 18))[0].value.value == "1999-05-23"
    assert find_dates("La fête a eu lieu dimanche.", dt.date(1999, 5, 18))[0].value.value == "1999-05-16"


def test_day_month_year_choice():
    assert find_dates("le 30 juin", dt.date(1999, 5, 21))[0].value.value == "1999-06-30"
    assert find_dates("le 20 février", REF)[0].value.value == "2021-02-20"
    assert find_dates("le 20 février", REF, prefer="future")[0].value.value == "2022-02-20"


def test_split_intervals_timebank_practice():
    ms = find_dates("du mercredi 3 avril au samedi 6 avril", dt.date(2002, 4, 3), intervals="split")
    assert [(m.text, m.value.value) for m in ms] == [("mercredi 3 avril", "2002-04-03"), ("samedi 6 avril", "2002-04-06")]
    ms = find_dates("du 3 au 5 mai", REF, intervals="split")
    assert [(m.text, m.value.value) for m in ms] == [("3", "2021-05-03"), ("5 mai", "2021-05-05")]
    ms = find_dates("de 18 h à 23 h", REF, intervals="split")
    assert [m.text for m in ms] == ["18 h", "23 h"]


def test_list_of_days_is_two_matches():
    ms = find_dates("les 6 et 13 avril prochains", dt.date(2003, 2, 24))
    assert [(m.text, m.value.value) for m in ms] == [("les 6", "2003-04-06"), ("13 avril prochains", "2003-04-13")]


def test_time_anchored_on_previous_day():
    ms = find_dates("le samedi 5 juin à 17 h", dt.date(1999, 5, 22))
    assert [(m.text, m.value.value) for m in ms] == [("le samedi 5 juin", "1999-06-05"), ("17 h", "1999-06-05T17:00")]


def test_unresolved_without_reference():
    vals = {m.text: m.value for m in find_dates("lundi, le 17 mars et en mars 2020", None)}
    assert vals["lundi"].value == "XXXX-WXX-1" and vals["lundi"].start is None
    assert vals["le 17 mars"].value == "XXXX-03-17"
    assert vals["mars 2020"].value == "2020-03"


def test_datetime_reference_accepted():
    ms = find_dates("dans deux heures", dt.datetime(2013, 2, 12, 4, 30))
    assert ms[0].value.value == "2013-02-12T06:30" and ms[0].value.type == "TIME"


@pytest.mark.parametrize("n,unit,value", [
    (Decimal(42), "D", "P42D"), (None, "Y", "PXY"), (Decimal("0.5"), "H", "PT30M"), (Decimal("30.4"), "S", "PT30.4S"),
    (Decimal(2), "DE", "P20Y"), (Decimal(1), "Q", "P3M"), (Decimal("2.5"), "Y", "P30M"), (Decimal(3), "MIN", "PT3M"),
])
def test_duration_value(n, unit, value):
    assert duration_value(n, unit) == value


@pytest.mark.parametrize("words,value", [("un", 1), ("quarante-deux", 42), ("soixante et onze", 71),
                                         ("quatre-vingt-dix-neuf", 99), ("vingt et un", 21), ("dix sept", 17),
                                         ("septante", 70), ("cent", 100)])
def test_number_words(words, value):
    assert read_number_word(words) == value


def test_number_word_rejects():
    with pytest.raises(KeyError):
        read_number_word("mille")


@pytest.mark.parametrize("piece,text,ok", [
    ("month", "févr.", True), ("month", "sept.", True), ("month", "janvier", True), ("month", "mardi", False),
    ("weekday", "lundis", True), ("weekday", "lun.", True), ("day", "1er", True), ("day", "31", True),
    ("day", "32", False), ("year", "1998", True), ("year", "19985", False), ("part_of_day", "après-midi", True),
    ("direction", "dernières", True), ("clock", "16 h 30", True), ("clock", "16:30", True), ("clock", "midi", True),
])
def test_pieces(piece, text, ok):
    rx = regex.compile(rf"(?:{PIECES[piece]})\Z", regex.IGNORECASE)
    assert bool(rx.match(text)) is ok


def test_sept_abbreviation_is_september():
    assert find_dates("le 1er sept. 2024", REF)[0].value.value == "2024-09-01"
    assert find_dates("sept ans", REF)[0].value.value == "P7Y"


def test_every_rule_has_trigger_and_lexicon_kinds():
    assert {r.name for r in RULES} == set(TRIGGERS)
    for kind in ("month", "weekday", "part_of_day", "season", "unit", "direction", "relative_day"):
        assert LEXICON[kind]


@pytest.mark.parametrize("text", ["1 2 " * 250_000, "de " * 333_334, "12 " * 333_334, "2020 " * 200_000,
                                  "12 h " * 10_000, "du " * 333_334, "été " * 250_000])
def test_linear_time_on_adversarial_input(text):
    t0 = time.perf_counter()
    find_dates(text, REF)
    assert time.perf_counter() - t0 < 60  # generous: catastrophic backtracking takes minutes


def test_matches_are_sorted_and_disjoint():
    text = "Du 3 au 5 mai, puis le 9 mars 2020 à 16 h 30 et depuis deux ans, chaque lundi, hier soir."
    ms = find_dates(text, REF)
    assert len(ms) >= 5
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("text,value,start,end", [
    ("du 3 au 5 mai", "P3D", dt.date(2021, 5, 3), dt.date(2021, 5, 5)),
    ("entre 2019 et 2021", "P3Y", dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
    ("de septembre à novembre", "P3M", dt.date(2020, 9, 1), dt.date(2020, 11, 30)),
    ("samedi 3 avril de 10 heures à 16 heures", "PT6H", dt.date(2021, 4, 3), dt.date(2021, 4, 3)),
    ("Il faut éviter tout effort. Entre 11 heures et 21 heures, restez chez vous.", "PT10H", None, None),
])
def test_merged_interval_is_a_duration(text, value, start, end):
    # guideline 2.1: one DURATION span, value the length, start/end the inclusive bounds
    t = [m for m in find_dates(text, REF) if m.value.type == "DURATION"][0].value
    assert (t.value, t.start, t.end) == (value, start, end)


def test_weekday_and_time_one_span_unless_split():
    text = "La vigilance a été levée lundi à 6 heures."
    assert [m.text for m in find_dates(text, REF)] == ["lundi à 6 heures"]
    assert [m.text for m in find_dates(text, REF, intervals="split")] == ["lundi", "6 heures"]


def test_since_and_until_keep_own_bounds():
    t = find_dates("depuis le 20 février", REF)[0].value
    assert (t.start, t.end) == (dt.date(2021, 2, 20), dt.date(2021, 2, 20)) and "since" in t.flags


def test_ages_and_rates_are_not_dates():
    text = ("Un homme de 29 ans, les plus de 65 ans, un nourrisson de 7 mois, des personnes âgées de 19 à 41 "
            "ans, 2,5 mètres par an, ouverte 52 heures par semaine.")
    assert find_dates(text, REF) == []


def test_first_word_filter_is_exact():
    # the first-word filter of the scanner never changes the result, only skips hopeless starts
    from sikyx.dates import scanner
    text = ("Au cours des 42 derniers jours, le 9 mars, au mois de mars, à ce jour, en ce moment, "
            "l'été 2017, chaque hiver, de 10 heures à 16 heures, lundi à 5 h 18, il y a trois ans.")
    got = scanner.candidates(text)
    saved = scanner._NO_FIRST_FILTER
    try:
        scanner._NO_FIRST_FILTER = {r.name for r in RULES}
        scanner._PLANS.clear()
        assert [(a, b, c, d) for a, b, c, d, _ in scanner.candidates(text)] == [(a, b, c, d) for a, b, c, d, _ in got]
    finally:
        scanner._NO_FIRST_FILTER = saved
        scanner._PLANS.clear()


def test_two_word_filter_is_exact(monkeypatch):
    # the scanner's second test (a start's first two words, scanner._SECOND) only skips hopeless
    # starts: switching it off (no two words close enough) changes no candidate
    from sikyx.dates import scanner
    text = ("Il y a de nombreuses années, de la fin mars au 3 avril, plus de deux ans de prison, dont "
            "deux avec sursis, de 10 heures à 16 heures, depuis le début de l'année 2020, à 15 h, "
            "les 42 derniers jours, le lundi 5 mai, entre le 3 et le 5 juin, il y a trois ans.")
    got = scanner.candidates(text)
    monkeypatch.setattr(scanner, "_TWO_WORDS_MAX", -1)
    assert [c[:4] for c in scanner.candidates(text)] == [c[:4] for c in got]


def test_skipping_losing_matches_is_exact():
    # the scanner does not build a match that cannot win; switching that off changes nothing
    from sikyx.dates import scanner
    text = ("Le 3 mai à 12 h 30, puis 12 h 12 h, du 3 au 5 mai, le samedi 5 juin 1999 à 17 h, "
            "lundi à 6 heures, 2 h 07 min 43 s, 45 s 71, les 6 et 13 avril prochains.")
    got = [(m.start, m.end, m.value) for m in find_dates(text, REF)]
    try:
        scanner._SKIP_LOSERS = False
        assert [(m.start, m.end, m.value) for m in find_dates(text, REF)] == got
    finally:
        scanner._SKIP_LOSERS = True


@pytest.mark.parametrize("text, value", [
    ("l'année prochaine", "0002"), ("le mois prochain", "0001-02"), ("le premier trimestre", "0001-Q1"),
    ("ce week-end", "0001-W01-WE"), ("dans 3 heures", "0001-01-01T03:30"), ("la semaine prochaine", "0001-W02"),
])
def test_timex3_years_have_four_digits(text, value):
    # TIMEX3 values are ISO 8601: a year is always written with four digits
    [m] = find_dates(text, dt.datetime(1, 1, 1, 0, 30))
    assert m.value.value == value


@pytest.mark.parametrize("text, ref, value", [
    ("Les ventes ont bondi au quatrième trimestre.", dt.date(2024, 2, 10), "2023-Q4"),
    ("au premier trimestre", dt.date(2024, 3, 14), "2024-Q1"),
    ("au deuxième semestre", dt.date(2024, 11, 20), "2024-H2"),
    ("au deuxième semestre", dt.date(2024, 2, 1), "2023-H2"),
])
def test_quarter_and_half_without_year_are_resolved_like_months(text, ref, value):
    [m] = find_dates(text, ref)
    assert m.value.value == value and "year_inferred" in m.value.flags


def test_since_a_weekday_and_day_number():
    # "depuis" looks back: the last Tuesday the 3rd on or before the reference date
    [m] = find_dates("depuis mardi 3", dt.date(2021, 4, 5))
    assert m.value.value == "2020-11-03"
