"""The `sikyx` command: output shape, input formats, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_01e362be8bce5c34.txt"

SCHEMA = json.loads(resources.files("sikyx").joinpath("schema.json").read_text("utf-8"))


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "sikyx.cli", *args], input=data, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def seed_jsonl():
    return run("extract", str(SEED), "--reference-date", "2021-04-05", "--format", "jsonl")


def test_seed_jsonl_matches_schema(seed_jsonl):
    assert seed_jsonl.returncode == 0, seed_jsonl.stderr.decode()
    lines = seed_jsonl.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    jsonschema.validate(doc, SCHEMA)
    assert doc["id"] == SEED.name
    assert doc["reference_date"] == "2021-04-05"
    assert doc["text"] == SEED.read_text(encoding="utf-8")
    money = [q for q in doc["quantities"] if q["text"].endswith("1,382 milliard d'euros")]
    assert money and money[0]["value"] == 1382000000 and money[0]["unit"] == "EUR"
    # exact decimal written without float artefacts
    assert '"value": 27.64' in lines[0]


def test_stdin_jsonl_record():
    line = '{"id":"a","text":"Il a payé 3 000 € le 2 mai.","reference_date":"2021-06-01"}\n'
    proc = run("extract", "-", "--input-format", "jsonl", "--format", "jsonl", stdin=line)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode().splitlines()
    assert len(out) == 1
    doc = json.loads(out[0])
    jsonschema.validate(doc, SCHEMA)
    assert doc["id"] == "a"
    assert [(q["value"], q["unit"], q["kind"]) for q in doc["quantities"]] == [(3000, "EUR", "money")]
    assert [(d["text"], d["value"]) for d in doc["dates"]] == [("le 2 mai", "2021-05-02")]


def test_reference_date_option_fills_records_without_one():
    lines = ('{"id": 1, "text": "hier", "reference_date": null}\n'
             '{"id": 2, "text": "hier", "reference_date": "2020-01-10"}\n')
    proc = run("extract", "-", "--input-format", "jsonl", "--format", "jsonl", "--reference-date", "2021-06-01",
               stdin=lines)
    assert proc.returncode == 0, proc.stderr.decode()
    docs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [d["id"] for d in docs] == [1, 2]
    assert [d["dates"][0]["value"] for d in docs] == ["2021-05-31", "2020-01-09"]


def test_table_format_lists_the_three_layers():
    proc = run("extract", str(SEED), "--reference-date", "2021-04-05")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    for heading in ("Entities", "Dates", "Figures"):
        assert heading in out
    assert "1\u202f382\u202f000\u202f000" in out


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
])
def test_bad_file_exits_2_without_traceback(tmp_path, content, message):
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    proc = run("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert message in err and str(path) in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_malformed_jsonl_line_names_the_line():
    lines = '{"id": "ok", "text": "3 tonnes"}\n{"id": broken\n'
    proc = run("extract", "-", "--input-format", "jsonl", "--format", "jsonl", stdin=lines)
    assert proc.returncode == 2
    assert "<stdin>:2" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    # the good document before the bad line is still written
    assert json.loads(proc.stdout.decode().splitlines()[0])["id"] == "ok"


def test_keep_going_writes_every_document(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Il a perdu 5 kg.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28")
    missing = tmp_path / "missing.txt"
    proc = run("extract", str(bad), str(good), str(missing), "--format", "jsonl", "--keep-going")
    assert proc.returncode == 2
    docs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [d["id"] for d in docs] == [str(bad), "good.txt", str(missing)]
    assert "error" in docs[0] and "error" in docs[2] and "error" not in docs[1]
    assert docs[1]["quantities"][0]["value"] == 5
    for d in docs:
        jsonschema.validate(d, SCHEMA)


def test_keep_going_keeps_the_text_of_a_record_with_a_bad_reference_date():
    line = '{"id": "a", "text": "Le 3 mars, 3 000 euros.", "reference_date": "2021-13-01"}\n'
    proc = run("extract", "-", "--input-format", "jsonl", "--format", "jsonl", "--keep-going", stdin=line)
    assert proc.returncode == 2
    [doc] = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert (doc["id"], doc["text"], doc["quantities"]) == ("a", "Le 3 mars, 3 000 euros.", [])
    assert "reference date '2021-13-01'" in doc["error"]
    jsonschema.validate(doc, SCHEMA)


def test_bad_reference_date_is_a_clear_error():
    proc = run("extract", "-", "--reference-date", "05/04/2021", stdin="texte")
    assert proc.returncode == 2
    assert "reference" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_dates_carry_their_timex3_mod_and_flags():
    """"plus de deux ans" must not read like "deux ans" in JSON: the TIMEX3 mod and the date
    flags are part of each dates item."""
    line = json.dumps({"id": "m", "text": "Il a attendu plus de deux ans. Fin mars, il est parti. Le 20 février, rien.",
                       "reference_date": "2021-04-05"}) + "\n"
    proc = run("extract", "-", "--input-format", "jsonl", "--format", "jsonl", stdin=line)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout.decode())
    jsonschema.validate(doc, SCHEMA)
    got = [(d["text"], d["value"], d["mod"], d["flags"]) for d in doc["dates"]]
    assert got == [("plus de deux ans", "P2Y", "MORE_THAN", []),
                   ("Fin mars", "2021-03", "END", ["year_inferred"]),
                   ("Le 20 février", "2021-02-20", None, ["year_inferred"])]
