"""Schema versions and migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.store import Store
from dateline.store.connection import connect_writable
from dateline.store.schema import MIGRATIONS, migrate, schema_version

from .conftest import make_record


@pytest.fixture
def conn(db_path: str) -> Iterator[sqlite3.Connection]:
    with closing(connect_writable(db_path)) as opened:
        yield opened


def _set_version(path: str, version: int) -> None:
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))


def test_empty_file_is_version_zero_and_migrates(db_path: str) -> None:
    Path(db_path).touch()
    with Store.open(db_path) as store:
        assert schema_version(store._conn) == len(MIGRATIONS)
        store.write_batch([make_record("a")])
        assert store.search("title")


def test_readonly_refuses_to_migrate(db_path: str) -> None:
    Path(db_path).touch()
    with pytest.raises(StoreError, match=r"version 0, older .* without read-only to migrate"):
        Store.open(db_path, readonly=True)
    assert Path(db_path).stat().st_size == 0


def test_future_version_is_refused(db_path: str) -> None:
    Store.open(db_path).close()
    _set_version(db_path, 99)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="schema version 99, newer than this dateline"):
            Store.open(db_path, readonly=readonly)


def test_older_store_is_migrated(conn: sqlite3.Connection, db_path: str) -> None:
    assert migrate(conn, db_path, MIGRATIONS[:1]) == 1
    conn.execute("INSERT INTO rejects (path, step, code, message) VALUES ('p', 's', 'c', 'm')")
    assert migrate(conn, db_path) == len(MIGRATIONS)  # version 1 -> the current one
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"entities", "entity_mentions", "quotes"} <= tables
    extra = ("ALTER TABLE rejects ADD COLUMN note TEXT", "UPDATE rejects SET note = 'kept'")
    assert migrate(conn, db_path, (*MIGRATIONS, extra)) == len(MIGRATIONS) + 1
    assert conn.execute("SELECT note FROM rejects").fetchall() == [("kept",)]
    assert (
        migrate(conn, db_path, (*MIGRATIONS, extra)) == len(MIGRATIONS) + 1
    )  # a no-op once current


def test_failed_migration_rolls_back(conn: sqlite3.Connection, db_path: str) -> None:
    migrate(conn, db_path)
    broken = ("CREATE TABLE half (x)", "THIS IS NOT SQL")
    with pytest.raises(StoreError, match=f"to schema version {len(MIGRATIONS) + 1} failed"):
        migrate(conn, db_path, (*MIGRATIONS, broken))
    assert schema_version(conn) == len(MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables
