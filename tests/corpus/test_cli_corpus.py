"""The corpus commands: dateline stories (merge, split), dateline timeline, on the corpus store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.render_corpus import TIMELINE_COLUMNS
from dateline.store import Store
from dateline.store.connection import connect_writable
from dateline.store.schema import MIGRATIONS, migrate, schema_version

from .conftest import folder, pick, titled
from .test_corpusview import story_of


@pytest.fixture
def runner():
    return CliRunner()


def _story(db: str, article_id: str) -> int:
    with Store.open(db, readonly=True) as store:
        return story_of(store, article_id)


def test_stories_table_lists_the_largest_first(runner, corpus_db):
    result = runner.invoke(cli, ["stories", "--db", corpus_db])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 6
    assert "   7 articles    7 sources" in lines[0]
    assert "2024-05-06 .. 2024-06-17" in lines[0] and "Cerro Alto" in lines[0]
    assert "   5 articles    1 sources" in lines[1] and "Tigris" in lines[1]
    limited = runner.invoke(cli, ["stories", "--db", corpus_db, "--limit", "2"])
    assert limited.stdout.splitlines() == lines[:2]


def test_stories_jsonl_traces_every_article_to_its_story_and_copy_group(
    runner, corpus_db, corpus_records
):
    result = runner.invoke(cli, ["stories", "--db", corpus_db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["article_id"] for x in lines] == [r.id for r in corpus_records]
    assert all({"article_id", "source", "story_id", "copy_group", "how"} == set(x) for x in lines)
    by_id = {x["article_id"]: x for x in lines}
    for record in corpus_records:
        line = by_id[record.id]
        assert line["source"]["path"] == record.source.path
        assert line["source"]["format"] == record.source.format
        assert line["source"]["line"] == record.source.line
        assert line["story_id"] == _story(corpus_db, record.id)
    wire = folder(corpus_records, "wire")
    assert {by_id[r.id]["copy_group"] for r in wire} == {wire[0].id}
    assert len({by_id[r.id]["story_id"] for r in wire}) == 1
    others = [r for r in corpus_records if r not in wire]
    assert all(by_id[r.id]["copy_group"] == r.id for r in others)  # each its own original


def test_merge_command_prints_the_merged_story(runner, own_db, corpus_records):
    ministers = folder(corpus_records, "ministers")
    into = _story(own_db, titled(ministers, "rail tunnel").id)
    other = _story(own_db, titled(ministers, "crew of detained").id)
    result = runner.invoke(cli, ["stories", "--db", own_db, "merge", str(into), str(other)])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert line.split()[:5] == [str(into), "4", "articles", "4", "sources"]
    assert "2024-02-12 .. 2024-09-20" in line
    assert {_story(own_db, r.id) for r in ministers} == {into}


def test_split_command_prints_both_stories(runner, own_db, corpus_records):
    strike = folder(corpus_records, "strike")
    story = _story(own_db, strike[0].id)
    late = [pick(strike, "strike/2024-06-11").id, pick(strike, "strike/2024-06-17").id]
    result = runner.invoke(cli, ["stories", "--db", own_db, "split", str(story), *late])
    assert result.exit_code == 0, result.output
    kept, new = result.stdout.splitlines()
    assert kept.split()[:2] == [str(story), "5"]
    assert new.split()[1] == "2" and "2024-06-11 .. 2024-06-17" in new
    assert {_story(own_db, a) for a in late} == {int(new.split()[0])}


def test_merge_and_split_errors_are_one_line_and_exit_1(runner, own_db, corpus_records):
    story = _story(own_db, corpus_records[0].id)
    merged = runner.invoke(cli, ["stories", "--db", own_db, "merge", str(story), "999"])
    assert merged.exit_code == 1
    assert merged.stderr.strip() == f"Error: {own_db}: no story 999"
    split = runner.invoke(cli, ["stories", "--db", own_db, "split", str(story), "nope"])
    assert split.exit_code == 1
    assert split.stderr.strip() == f"Error: {own_db}: story {story} does not hold nope"
    assert runner.invoke(cli, ["stories", "--db", own_db, "split", str(story)]).exit_code == 2
    missing = runner.invoke(cli, ["timeline", "--db", own_db, "--story", "999"])
    assert missing.exit_code == 1
    assert missing.stderr.strip() == f"Error: {own_db}: no story 999"


def _attack_story(db: str, records) -> int:
    return _story(db, folder(records, "attack")[0].id)


def test_timeline_text_names_the_story_and_the_disputed_toll(runner, corpus_db, corpus_records):
    story = _attack_story(corpus_db, corpus_records)
    result = runner.invoke(cli, ["timeline", "--db", corpus_db, "--story", str(story)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Timeline of story {story}: ") and "Garin Dutse" in lines[0]
    disputed = [line for line in lines if "DISPUTED number of people" in line]
    assert len(disputed) == 1
    assert " 15 (" in disputed[0] and " | 12 (" in disputed[0] and " | 17 (" in disputed[0]


def test_timeline_csv_has_its_header_and_one_row_per_entry(runner, corpus_db, corpus_records):
    story = _attack_story(corpus_db, corpus_records)
    args = ["timeline", "--db", corpus_db, "--story", str(story), "--format"]
    result = runner.invoke(cli, [*args, "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == TIMELINE_COLUMNS
    assert rows[0][:3] == ["date", "kind", "story"]
    entries = runner.invoke(cli, [*args, "jsonl"]).stdout.splitlines()
    assert len(rows) - 1 == len(entries)
    toll = [r for r in rows[1:] if "number of people" in r[TIMELINE_COLUMNS.index("claims")]]
    (row,) = toll
    assert row[TIMELINE_COLUMNS.index("claims")] == "number of people: 15 | 12 | 17"
    assert (row[TIMELINE_COLUMNS.index("mentions")], row[TIMELINE_COLUMNS.index("disputed")]) == (
        "3", "1",
    )  # fmt: skip
    assert len(row[TIMELINE_COLUMNS.index("articles")].split(";")) == 3


def test_timeline_html_escapes_markup_from_articles_and_queries(runner, corpus_db, corpus_records):
    record = pick(corpus_records, "escape/islandsagenda")
    assert "<script>" in record.article.title and "<script>" in record.article.text
    story = _story(corpus_db, record.id)
    page = runner.invoke(
        cli, ["timeline", "--db", corpus_db, "--story", str(story), "--format", "html"]
    )
    assert page.exit_code == 0, page.output
    assert page.stdout.startswith("<!doctype html>")
    assert "Lesbos on Saturday&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in page.stdout
    assert "<script" not in page.stdout.lower()
    asked = runner.invoke(
        cli, ["timeline", "--db", corpus_db, "--query", "<script>alert", "--format", "html"]
    )
    assert asked.exit_code == 0, asked.output
    assert "<title>Timeline of &#x27;&lt;script&gt;alert&#x27;</title>" in asked.stdout
    assert "<script" not in asked.stdout.lower()


def test_timeline_refuses_two_subjects(runner, corpus_db):
    for args in (["--story", "1", "--actor", "TUR"], ["--actor", "TUR", "--query", "water"],
                 ["--story", "1", "--query", "water"]):  # fmt: skip
        result = runner.invoke(cli, ["timeline", "--db", corpus_db, *args])
        assert result.exit_code == 2
        assert "give at most one of --story, --actor and --query" in result.stderr
    bad = runner.invoke(cli, ["timeline", "--db", corpus_db, "--format", "xml"])
    assert bad.exit_code == 2


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--from", "nonsense"),
        ("--from", "2024-13"),
        ("--to", "2024-02-30"),
        ("--to", "PRESENT_REF"),
    ],
)
def test_timeline_refuses_a_date_limit_that_is_no_date(runner, corpus_db, option, value):
    result = runner.invoke(cli, ["timeline", "--db", corpus_db, option, value])
    assert result.exit_code == 2
    assert f"Invalid value for '{option}': '{value}' is not a date" in result.stderr
    assert result.stdout == ""


def test_timeline_date_limits_on_the_command_line(runner, corpus_db):
    args = [
        "timeline",
        "--db",
        corpus_db,
        "--format",
        "jsonl",
        "--from",
        "2024-05",
        "--to",
        "2024-06",
    ]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    dates = [json.loads(line)["date"] for line in result.stdout.splitlines()]
    assert dates and all(d.startswith("2024-05") for d in dates)
    assert dates == sorted(dates)


def test_timeline_of_a_merged_story_answers_with_the_story_that_holds_it(
    runner, own_db, corpus_records
):
    ministers = folder(corpus_records, "ministers")
    into = _story(own_db, titled(ministers, "rail tunnel").id)
    other = _story(own_db, titled(ministers, "crew of detained").id)
    assert (
        runner.invoke(cli, ["stories", "--db", own_db, "merge", str(into), str(other)]).exit_code
        == 0
    )
    old = runner.invoke(
        cli, ["timeline", "--db", own_db, "--story", str(other), "--format", "jsonl"]
    )
    new = runner.invoke(
        cli, ["timeline", "--db", own_db, "--story", str(into), "--format", "jsonl"]
    )
    assert old.stdout == new.stdout and old.stdout
    assert {json.loads(line)["story"] for line in old.stdout.splitlines()} == {into}


def test_read_commands_open_the_store_read_only_beside_a_writer(runner, own_db, corpus_records):
    wire = folder(corpus_records, "wire")
    writer = sqlite3.connect(own_db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a batch
        writer.execute("DELETE FROM stories")
        for args in (["stories"], ["stories", "--format", "jsonl"], ["copies", wire[1].id],
                     ["timeline", "--actor", "TUR"], ["timeline", "--format", "html"]):  # fmt: skip
            result = runner.invoke(cli, [*args, "--db", own_db])
            assert result.exit_code == 0, (args, result.output)
            assert result.stdout.strip(), args
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_read_commands_never_create_a_store(runner, tmp_path):
    missing = str(tmp_path / "none.db")
    for args in (["stories"], ["copies"], ["timeline"]):
        result = runner.invoke(cli, [*args, "--db", missing])
        assert result.exit_code == 1
        assert "no store at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_read_commands_never_migrate_an_older_store(runner, tmp_path):
    path = str(tmp_path / "old.db")
    with closing(connect_writable(path)) as conn:
        migrate(conn, path, MIGRATIONS[:-1])  # a store from before the corpus stage
    for args in (["stories"], ["copies"], ["timeline"], ["stories", "--format", "jsonl"]):
        result = runner.invoke(cli, [*args, "--db", path])
        assert result.exit_code == 1, args
        assert "open it once without read-only to migrate it" in result.stderr
    with closing(sqlite3.connect(path)) as conn:
        assert schema_version(conn) == len(MIGRATIONS) - 1
