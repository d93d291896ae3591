"""Opening SQLite connections for the store, and running a transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.errors import StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def connect_writable(path: str) -> sqlite3.Connection:
    """Open (creating if needed) a store file for writing, in WAL mode.

    Args:
        path: the store file.

    Returns:
        A connection in autocommit mode; transactions are opened explicitly.

    Raises:
        StoreError: the file cannot be opened or is not an SQLite database.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open store: {exc}") from exc
    try:
        _set_pragmas(conn)
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        # WAL plus synchronous=NORMAL never corrupts on a crash; a power cut may
        # lose the last committed batches, which a rerun writes again.
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{path}: cannot open store: {exc}") from exc
    if mode != "wal":
        log.debug("%s: journal mode is %s, not wal", path, mode)
    return conn


def connect_readonly(path: str) -> sqlite3.Connection:
    """Open an existing store file read-only (``mode=ro``); nothing is ever written.

    Args:
        path: the store file.

    Returns:
        A read-only connection in autocommit mode.

    Raises:
        StoreError: there is no file at ``path``, or it cannot be opened.
    """
    file = Path(path)
    if not file.is_file():
        raise StoreError(f"no store at {path}; run `dateline ingest ... --db {path}` first")
    uri = file.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open store read-only: {exc}") from exc
    try:
        _set_pragmas(conn)
        conn.execute("PRAGMA query_only=ON")
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{path}: cannot open store read-only: {exc}") from exc
    return conn


def _set_pragmas(conn: sqlite3.Connection) -> None:
    """Set the per-connection settings every store connection uses."""
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS:d}")
    conn.execute("PRAGMA foreign_keys=ON")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Run the block in one write transaction: all of it is committed, or none.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so reads made inside the
    block (which ids are stored) cannot go stale before the commit.

    Args:
        conn: a connection in autocommit mode.

    Yields:
        Nothing; the block's statements run inside the transaction.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
