"""The command line: output on stdout, messages on stderr, exit codes 0/1/2/3."""

import json

import pytest
from click.testing import CliRunner

from dateline.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_analyze_prints_jsonl_and_writes_rejects(runner, corpus, tmp_path):
    rejects = tmp_path / "rejects.jsonl"
    result = runner.invoke(cli, ["analyze", str(corpus), "--rejects", str(rejects)])
    assert result.exit_code == 3
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert all(r["schema"] == "dateline/1" for r in records)
    last = result.stderr.strip().splitlines()[-1]
    assert last == f"2 inputs were rejected; see {rejects}"
    assert "empty.txt: DL-SRC-002" in result.stderr
    assert "exports.jsonl:3: DL-SRC-007" in result.stderr
    written = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert sorted(r["code"] for r in written) == ["DL-SRC-002", "DL-SRC-007"]


def test_analyze_clean_input_exits_0(runner, corpus, tmp_path):
    result = runner.invoke(cli, ["analyze", str(corpus / "wire.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["article"]["dateline"]["raw"] == "MANILA, Dec. 1 (Xinhua) --"
    assert record["article"]["dates_found"][0] == {
        "role": "reprint",
        "signal": "header",
        "text": "12-02",
        "value": "XXXX-12-02",
    }


def test_analyze_text_format_and_stdin(runner, corpus):
    data = (corpus / "wire.txt").read_bytes()
    result = runner.invoke(cli, ["analyze", "-", "--format", "text"], input=data)
    assert result.exit_code == 0, result.output
    assert "Harbor talks resume" in result.stdout
    assert "dateline: MANILA, Dec. 1 (Xinhua) --" in result.stdout


def test_usage_errors_exit_2(runner, corpus):
    result = runner.invoke(cli, ["analyze", str(corpus), "--stages", "nonsense"])
    assert result.exit_code == 2
    assert "unknown stage 'nonsense'" in result.stderr
    assert runner.invoke(cli, ["analyze"]).exit_code == 2
    assert runner.invoke(cli, ["analyze", "x", "--format", "xml"]).exit_code == 2


def test_missing_path_is_a_reject(runner, tmp_path):
    result = runner.invoke(
        cli, ["analyze", str(tmp_path / "nope.html"), "--rejects", str(tmp_path / "r.jsonl")]
    )
    assert result.exit_code == 3
    assert "DL-SRC-011" in result.stderr


def test_ingest_search_show_stats(runner, corpus, tmp_path):
    db = str(tmp_path / "t.db")
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 3
    assert "5 added, 0 already stored, 2 rejected" in first.stderr
    again = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert "0 added, 5 already stored" in again.stderr

    found = runner.invoke(cli, ["search", "survey data", "--db", db, "--format", "jsonl"])
    assert found.exit_code == 0
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert len(hits) == 2 and all("[survey]" in h["snippet"] for h in hits)

    shown = runner.invoke(cli, ["show", hits[0]["id"], "--db", db])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["id"] == hits[0]["id"]
    missing = runner.invoke(cli, ["show", "0" * 20, "--db", db])
    assert missing.exit_code == 1 and "no article with id" in missing.stderr

    stats = runner.invoke(cli, ["stats", "--db", db, "--format", "json"])
    counts = json.loads(stats.stdout)
    assert counts["articles"] == 5
    assert counts["formats"] == {"text": 2, "jsonl": 2, "html": 1}
    assert counts["rejects_by_code"] == {"DL-SRC-002": 1, "DL-SRC-007": 1}


def test_commands_on_a_missing_store_fail_cleanly(runner, tmp_path):
    result = runner.invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no store at")


def test_text_format_shows_the_anchor_and_each_timex(runner, corpus):
    result = runner.invoke(cli, ["analyze", str(corpus / "sub" / "page.html"), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert (
        "  anchor:   2025-11-17  (day, confidence 0.95; story 2025-11-17, copy 2025-11-18)"
        in result.stdout
    )
    assert "  timex:    'Monday' -> 2025-11-17 (DATE)" in result.stdout
