"""The store's schema and its migrations.

The schema version is kept in ``meta`` (``key = 'schema_version'``); a file with no
``meta`` table is version 0. ``MIGRATIONS[n]`` takes a store from version ``n`` to
``n + 1``. Each migration runs in its own transaction together with the version bump,
so a crash mid-migration leaves the store at the previous version. Never edit a
shipped migration: append a new one.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from dateline.errors import StoreError
from dateline.store.annotations import MIGRATION_V2
from dateline.store.connection import transaction
from dateline.store.corpus import MIGRATION_V4
from dateline.store.events import MIGRATION_V3

log = logging.getLogger(__name__)

Migration = tuple[str, ...]

_V1: Migration = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_path TEXT NOT NULL,
        source_offset INTEGER NOT NULL,
        source_line INTEGER,
        source_format TEXT NOT NULL,
        source_id TEXT,
        url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        agency TEXT,
        site TEXT,
        lang TEXT,
        record TEXT NOT NULL
    )""",
    "CREATE INDEX articles_agency ON articles (agency)",
    "CREATE INDEX articles_site ON articles (site)",
    "CREATE INDEX articles_source_format ON articles (source_format)",
    """CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TABLE rejects (
        seq INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        "offset" INTEGER,
        line INTEGER,
        step TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        document_id TEXT
    )""",
    # NULLs are distinct in a UNIQUE index, so key on ifnull() to de-duplicate them too.
    """CREATE UNIQUE INDEX rejects_key
        ON rejects (path, ifnull("offset", -1), ifnull(line, -1), step, code)""",
    "CREATE INDEX rejects_code ON rejects (code)",
)

# Version 2: the entity and quote tables; version 3: the events table; version 4: copies,
# stories and event groups (their SQL lives beside the code that fills them).
MIGRATIONS: tuple[Migration, ...] = (_V1, MIGRATION_V2, MIGRATION_V3, MIGRATION_V4)


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version of the store on ``conn``; 0 for an empty file.

    Args:
        conn: an open connection.

    Returns:
        The version number.
    """
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return 0 if row is None else int(row[0])


def check_version(conn: sqlite3.Connection, path: str, *, latest: int) -> int:
    """Return the store's version, refusing one newer than ``latest``.

    Args:
        conn: an open connection.
        path: the store file, for messages.
        latest: the newest version this code knows.

    Returns:
        The store's version.

    Raises:
        StoreError: the store was written by a newer dateline.
    """
    version = schema_version(conn)
    if version > latest:
        raise StoreError(
            f"{path}: store has schema version {version}, newer than this dateline "
            f"supports ({latest}); upgrade dateline to open it"
        )
    return version


def migrate(
    conn: sqlite3.Connection, path: str, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Bring the store up to date, one transaction per migration.

    Args:
        conn: a writable connection in autocommit mode.
        path: the store file, for messages.
        migrations: the migrations, in order; tests pass their own.

    Returns:
        The store's version afterwards.

    Raises:
        StoreError: the store is newer than the code, or a migration failed.
    """
    latest = len(migrations)
    while (version := check_version(conn, path, latest=latest)) < latest:
        try:
            with transaction(conn):
                # Read again under the write lock: another process may have migrated.
                if check_version(conn, path, latest=latest) != version:
                    continue
                for statement in migrations[version]:
                    conn.execute(statement)
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(version + 1),),
                )
        except sqlite3.Error as exc:
            raise StoreError(
                f"{path}: migrating the store to schema version {version + 1} failed: {exc}"
            ) from exc
        log.info("%s: migrated store to schema version %d", path, version + 1)
    return latest
