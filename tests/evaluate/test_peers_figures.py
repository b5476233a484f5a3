"""Peer suites for figures (Duckling, Recognizers-Text): rates must not regress."""

from pathlib import Path

import pytest

from sikyx.evaluate.peers_figures import run_duckling_figures, run_recognizers_figures

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

pytestmark = pytest.mark.skipif(
    not (SHARED / "peers").is_dir(), reason="../shared/peers is absent (peer test suites not available)"
)


def test_duckling_figures():
    report = run_duckling_figures(SHARED)
    assert set(report.per_file) == {f"{n}.jsonl" for n in
                                    ("numeral", "amount_of_money", "distance", "volume", "temperature", "quantity")}
    assert report.total == 97
    assert report.rate >= 0.97, report.failures
    assert all(f["cause"] for f in report.failures)


def test_recognizers_figures():
    report = run_recognizers_figures(SHARED)
    assert report.total == 274  # cases not marked NotSupported for dotnet
    assert report.rate >= 0.91, [f["cause"] for f in report.failures]
    assert report.per_file["CurrencyModel.json"][0] >= 82
    assert report.per_file["PercentModel.json"] == (15, 15)
    assert report.per_file["AgeModel.json"] == (14, 14)
    causes = {f["cause"] for f in report.failures}
    assert "convention: unit without number" in causes
