"""Any input: no exception, spans inside the text, long texts in linear time, nothing lost."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sikyx

FRENCHISH = st.lists(
    st.sampled_from(list("0123456789 ,.'’-–/:%€$£°h\u00a0\u202f\n")
                    + ["de ", "le ", "mars ", "lundi ", "plus ", "d'", "milliard ", "tonnes ",
                       "euros ", "du ", "au ", "à ", "Anvers ", "entre ", "et ", "un ", "vingt-"]),
    max_size=80,
).map("".join)


def _check(result, text):
    data = result.to_dict()
    assert data["text"] == text
    for layer in ("entities", "quantities", "dates"):
        for item in data[layer]:
            assert 0 <= item["start"] < item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=300), FRENCHISH))
def test_any_text_gives_spans_inside_the_text(blank_nlp, text):
    _check(sikyx.extract(text, reference_date="2021-04-05", nlp=blank_nlp), text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=FRENCHISH)
def test_any_text_through_the_full_pipeline(nlp, text):
    _check(sikyx.extract(text, nlp=nlp), text)


def test_empty_and_whitespace(nlp):
    for text in ("", " ", "\n\n", "\x00\x01"):
        data = sikyx.extract(text, nlp=nlp).to_dict()
        assert (data["entities"], data["quantities"], data["dates"]) == ([], [], [])


def test_non_string_is_a_type_error():
    import pytest

    with pytest.raises(TypeError):
        sikyx.extract(b"bytes")


def test_long_document_is_cut_and_offsets_mapped_back(blank_nlp):
    unit = "Le 9 mars, la police a saisi 27 tonnes de cocaïne à Anvers.\n"
    text = unit * 4000  # ~240 000 characters: more than one piece
    result = sikyx.extract(text, reference_date="2021-04-05", nlp=blank_nlp)
    assert len(result.quantities) == 4000
    assert len([d for d in result.dates if d.text == "Le 9 mars"]) == 4000
    _check(result, text)


def test_batch_keeps_order_and_every_document(blank_nlp):
    texts = [f"Il a payé {i} €." for i in range(200)]
    results = list(sikyx.extract_many(texts, nlp=blank_nlp, batch_size=7))
    assert [r.quantities[0].value.value for r in results] == list(range(200))


def test_bad_records_are_reported_in_place(blank_nlp):
    items = ["3 kg", {"id": "x"}, {"id": "y", "text": "5 kg", "reference_date": "hier"}, "7 kg"]
    results = list(sikyx.extract_many(items, nlp=blank_nlp, on_error="record"))
    assert [r.error is None for r in results] == [True, False, False, True]
    assert [r.quantities[0].value.value for r in (results[0], results[3])] == [3, 7]


def test_pathological_inputs_run_in_linear_time(blank_nlp):
    # generous bound: a catastrophic backtracking bug takes minutes, not seconds
    for text in ("1 " * 250_000, "de " * 170_000, "9" * 500_000, "1,1 " * 125_000):
        t0 = time.perf_counter()
        sikyx.extract(text, nlp=blank_nlp)
        assert time.perf_counter() - t0 < 60, text[:20]


def test_line_breaks_and_long_runs_stay_linear(nlp):
    for text in ("a\n" * 30_000, "Oui.\n" * 20_000, "😀" * 20_000, "(" * 20_000 + ")" * 20_000, "l'" * 20_000):
        t0 = time.perf_counter()
        result = sikyx.extract(text, nlp=nlp)
        assert time.perf_counter() - t0 < 60, text[:10]
        _check(result, text)


def test_a_failing_component_costs_only_its_document():
    import spacy
    from spacy.language import Language

    @Language.component("explodes_on_boom")
    def explodes(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp = sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))
    nlp.add_pipe("explodes_on_boom")
    texts = ["3 kg", "BOOM 4 kg", "5 kg"]
    results = list(sikyx.extract_many(texts, nlp=nlp, on_error="record"))
    assert [r.error is None for r in results] == [True, False, True]
    assert "RuntimeError: boom" in results[1].error
    assert [r.quantities[0].value.value for r in (results[0], results[2])] == [3, 5]
    import pytest

    with pytest.raises(RuntimeError):
        list(sikyx.extract_many(texts, nlp=nlp))
    assert spacy  # the component module is importable without side effects


def test_bad_arguments_fail_at_once():
    import pytest

    with pytest.raises(ValueError):
        sikyx.extract_many(["x"], on_error="ignore")
    with pytest.raises(ValueError):
        sikyx.extract_many(["x"], reference_date="05/04/2021")


def test_decimal_json_writer_refuses_what_json_cannot_hold():
    from decimal import Decimal

    import pytest

    from sikyx.quantities.types import decimal_to_json

    assert decimal_to_json(Decimal("27.64")) == 27.64
    assert decimal_to_json(Decimal("1.382E+9")) == 1382000000
    for value in ("1E+999999999", "NaN", "Infinity", "1E-400"):
        with pytest.raises(ValueError):
            decimal_to_json(Decimal(value))


def test_a_500_digit_run_is_no_figure(blank_nlp):
    text = "Le code " + "7" * 500 + " a été saisi, avec 3 kg."
    assert [m.text for m in sikyx.extract(text, nlp=blank_nlp).quantities] == ["3 kg"]
