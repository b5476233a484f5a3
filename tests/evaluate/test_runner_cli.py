"""The ``python -m sikyx.evaluate.*`` runners: usage, bad arguments and closed pipes give no traceback."""

import subprocess
import sys

import pytest

from sikyx.evaluate import ner_gold, peers_dates, peers_figures


@pytest.mark.parametrize("main", [peers_figures.main, peers_dates.main, ner_gold.main])
def test_help_prints_usage_and_exits_zero(main, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("usage: python -m sikyx.evaluate.")


@pytest.mark.parametrize("main", [peers_figures.main, peers_dates.main, ner_gold.main])
def test_missing_shared_folder_is_one_line_and_status_2(main, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path / "nowhere")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "shared data folder not found" in err


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        peers_figures.main(["--bogus"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_closed_stdout_ends_quietly():
    # a runner that prints more than the reader takes (``... | head``)
    code = ("import sys\nfrom sikyx.evaluate.report import run_cli\n"
            "def main():\n    for i in range(100000):\n        print('line', i)\n    return 0\n"
            "run_cli(main)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert "Traceback" not in err
