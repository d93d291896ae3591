"""The embedded store: one SQLite file holding articles, their full-text index and rejects.

See docs/store.md for the file layout, tables, migrations and crash safety.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, Self

from dateline.errors import Reject, StoreError
from dateline.model import Record, record_from_json
from dateline.store.annotations import entity_rows, insert_annotations, quote_rows
from dateline.store.connection import connect_readonly, connect_writable, transaction
from dateline.store.corpus import place_new
from dateline.store.corpusview import CorpusView
from dateline.store.events import EventQuery, event_rows, insert_events
from dateline.store.query import fts_query
from dateline.store.results import (
    BatchResult,
    EntityRow,
    EventRow,
    QuoteRow,
    SearchHit,
    Stats,
)
from dateline.store.schema import MIGRATIONS, check_version, migrate

log = logging.getLogger(__name__)

TITLE_WEIGHT = 10.0  # BM25 weight of the title against 1.0 for the text; not tuned yet
SNIPPET_TOKENS = 16
_CHUNK = 500  # ids per IN (?, ...) query: only "?" marks are put into the SQL text
_PAGE = 500  # records per query when iterating

_INSERT_ARTICLE = """INSERT INTO articles (
    id, source_path, source_offset, source_line, source_format, source_id, url,
    title, text, agency, site, lang, record
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_REJECT = """INSERT OR IGNORE INTO rejects (
    path, "offset", line, step, code, message, document_id
) VALUES (?, ?, ?, ?, ?, ?, ?)"""
_SEARCH = """SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', ?),
    -bm25(articles_fts, ?, 1.0) AS score, a.agency, a.site, a.source_path
FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH ?
ORDER BY score DESC, a.seq
LIMIT ? OFFSET ?"""


class Store:
    """A dateline store file. Open it with `Store.open`; close it, or use ``with``.

    A `Store` wraps one SQLite connection and is used from one thread; open one
    per thread or process (WAL lets many readers work beside one writer).
    """

    def __init__(self, conn: sqlite3.Connection, *, path: str, readonly: bool) -> None:
        """Wrap an open, migrated connection; use `Store.open` instead."""
        self._db: sqlite3.Connection | None = conn
        self.path = path
        self.readonly = readonly

    @classmethod
    def open(cls, path: str, *, readonly: bool = False) -> Store:
        """Open the store at ``path``.

        Args:
            path: the store file. Opened writable, it is created if missing and
                migrated to the current schema.
            readonly: open with ``mode=ro``: never create, migrate or write.

        Returns:
            The open store.

        Raises:
            StoreError: no store at ``path`` (read-only), not a store, a schema
                newer than this code, an old schema opened read-only, or a failed
                migration.
        """
        conn = connect_readonly(path) if readonly else connect_writable(path)
        try:
            if readonly:
                _check_current(conn, path)
            else:
                migrate(conn, path)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"{path}: cannot open store: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=path, readonly=readonly)

    def close(self) -> None:
        """Close the store; closing twice is harmless."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def _conn(self) -> sqlite3.Connection:
        """The open connection; raises StoreError once closed."""
        if self._db is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._db

    @property
    def corpus(self) -> CorpusView:
        """The corpus tables: placements, stories (merge, split), copy groups, timelines."""
        return CorpusView(self._conn, path=self.path, readonly=self.readonly)

    def write_batch(self, records: Sequence[Record], rejects: Sequence[Reject] = ()) -> BatchResult:
        """Write a batch of records and rejects in one transaction: all or nothing.

        Args:
            records: the records; one whose id is already stored, or repeated in
                the batch, is skipped, so re-ingesting the same input is a no-op.
            rejects: rejected inputs; a reject whose (path, offset, line, step,
                code) is already stored is skipped.

        Returns:
            How many records were added and skipped, and how many rejects added.

        Raises:
            StoreError: the store is read-only or closed, or the write failed
                (nothing of the batch is then stored).
        """
        if self.readonly:
            raise StoreError(f"{self.path}: the store is open read-only; cannot write")
        conn = self._conn
        try:
            with transaction(conn):
                added = _insert_records(conn, records)
                before = conn.total_changes
                conn.executemany(_INSERT_REJECT, [_reject_row(r) for r in rejects])
                new_rejects = conn.total_changes - before
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            raise StoreError(
                f"{self.path}: writing a batch of {len(records)} records failed "
                f"(nothing of it was stored): {exc}"
            ) from exc
        result = BatchResult(added=added, present=len(records) - added, rejects=new_rejects)
        log.debug("%s: wrote batch: %s", self.path, result)
        return result

    def get(self, record_id: str) -> Record | None:
        """Return the stored record with this id, exactly as written, or None.

        Args:
            record_id: the record's id.

        Returns:
            The record, or None when no record has that id.
        """
        row = self._conn.execute(
            "SELECT record FROM articles WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else record_from_json(row[0])

    def get_many(self, ids: Iterable[str]) -> dict[str, Record]:
        """Return the stored records among ``ids``, keyed by id; missing ids are left out.

        Args:
            ids: record ids.

        Returns:
            A dict from id to record.
        """
        found: dict[str, Record] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, record FROM articles WHERE id IN ({marks})"
            for record_id, text in self._conn.execute(sql, chunk):
                found[record_id] = record_from_json(text)
        return found

    def has(self, ids: Iterable[str]) -> set[str]:
        """Return which of ``ids`` are stored.

        Args:
            ids: record ids.

        Returns:
            The subset of ``ids`` that are stored.
        """
        return _stored_ids(self._conn, ids)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first.

        The query is user text, never FTS5 syntax: words are matched as words,
        ``"quoted text"`` as a phrase, and ``OR`` between terms is kept (see
        `dateline.store.query.fts_query`). Ranking is BM25 with the title weighted
        `TITLE_WEIGHT` times the text; ties go to the earlier-stored article.

        Args:
            query: the search text.
            limit: the most hits to return.
            offset: how many of the best hits to skip (for paging).

        Returns:
            The hits; empty when the query holds no searchable word.

        Raises:
            ValueError: ``limit`` or ``offset`` is negative.
            StoreError: the search failed in SQLite.
        """
        if limit < 0 or offset < 0:
            raise ValueError(f"limit and offset must be >= 0, got {limit} and {offset}")
        match = fts_query(query)
        if match is None or limit == 0:
            return []
        params = (SNIPPET_TOKENS, TITLE_WEIGHT, match, limit, offset)
        try:
            rows = self._conn.execute(_SEARCH, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: search for {query!r} failed: {exc}") from exc
        return [_hit(row) for row in rows]

    def iter_records(self) -> Iterator[Record]:
        """Yield every stored record, in the order they were first written.

        Yields:
            Each record.
        """
        last = 0
        while True:
            rows = self._conn.execute(
                "SELECT seq, record FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                (last, _PAGE),
            ).fetchall()
            if not rows:
                return
            for seq, text in rows:
                last = seq
                yield record_from_json(text)

    def stats(self) -> Stats:
        """Return counts of articles (by format, agency, site) and rejects (by code).

        Returns:
            The counts; a missing agency or site counts as ``"(none)"``.
        """
        conn = self._conn
        return Stats(
            articles=conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            formats=_counts(conn, "articles", "source_format"),
            agencies=_counts(conn, "articles", "agency"),
            sites=_counts(conn, "articles", "site"),
            rejects=conn.execute("SELECT count(*) FROM rejects").fetchone()[0],
            rejects_by_code=_counts(conn, "rejects", "code"),
        )

    def entities(self, *, type_: str | None = None, limit: int = 50) -> list[EntityRow]:
        """Return corpus identities (entities linked across articles), most mentioned first.

        Args:
            type_: only this entity type (PERSON, ORG, GPE, ...), or all.
            limit: the most rows to return.

        Returns:
            The identities with their aliases and article and mention counts.
        """
        return entity_rows(self._conn, type_=type_, limit=limit)

    def quotes(self, *, speaker: str | None = None, limit: int = 100) -> list[QuoteRow]:
        """Return stored quotes in article order, optionally only those of one speaker.

        Args:
            speaker: part of the speaker's name or of an alias of its identity.
            limit: the most rows to return.

        Returns:
            The quotes with article, anchor date and sentence.
        """
        return quote_rows(self._conn, speaker=speaker, limit=limit)

    def events(self, query: EventQuery | None = None) -> list[EventRow]:
        """Return stored events ordered by their own date (undated last).

        Args:
            query: the filters (actor, recipient, type, dates, limit); None: the first 100.

        Returns:
            The events with their article title and sentence.
        """
        return event_rows(self._conn, query or EventQuery())

    def rejects(self) -> list[Reject]:
        """Return every stored reject, in the order they were first written.

        Returns:
            The rejects.
        """
        rows = self._conn.execute(
            'SELECT path, "offset", line, step, code, message, document_id '
            "FROM rejects ORDER BY seq"
        ).fetchall()
        return [
            Reject(path=p, offset=o, line=ln, step=s, code=c, message=m, document_id=d)
            for p, o, ln, s, c, m, d in rows
        ]


def _check_current(conn: sqlite3.Connection, path: str) -> None:
    """Refuse, for a read-only store, any schema but the current one."""
    version = check_version(conn, path, latest=len(MIGRATIONS))
    if version < len(MIGRATIONS):
        raise StoreError(
            f"{path}: store has schema version {version}, older than this dateline's "
            f"({len(MIGRATIONS)}); open it once without read-only to migrate it"
        )


def _insert_records(conn: sqlite3.Connection, records: Sequence[Record]) -> int:
    """Insert the records not yet stored; return how many were inserted."""
    seen = _stored_ids(conn, (r.id for r in records))
    new = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            new.append(record)
    conn.executemany(_INSERT_ARTICLE, [_article_row(r) for r in new])
    insert_annotations(conn, new)
    insert_events(conn, new)
    place_new(conn, new)
    return len(new)


def _article_row(record: Record) -> tuple[Any, ...]:  # Any: SQLite parameter values
    """Return the column values of one article row."""
    src, art = record.source, record.article
    return (
        record.id, src.path, src.offset, src.line, src.format, src.id, src.url,
        art.title, art.text, art.agency, art.site, art.lang, record.to_json(),
    )  # fmt: skip


def _reject_row(reject: Reject) -> tuple[Any, ...]:  # Any: SQLite parameter values
    """Return the column values of one reject row."""
    r = reject
    return (r.path, r.offset, r.line, r.step, r.code, r.message, r.document_id)


def _stored_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Return which of ``ids`` have an article row."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id FROM articles WHERE id IN ({marks})"
        found.update(row[0] for row in conn.execute(sql, chunk))
    return found


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """Split ids into lists of at most `_CHUNK`, de-duplicated."""
    chunk: list[str] = []
    for record_id in dict.fromkeys(ids):
        chunk.append(record_id)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _counts(conn: sqlite3.Connection, table: str, column: str) -> dict[str, int]:
    """Count rows by one column; ``table`` and ``column`` are our constants, not input."""
    sql = (
        f"SELECT ifnull({column}, '(none)') AS k, count(*) AS n FROM {table} "
        "GROUP BY k ORDER BY n DESC, k"
    )
    return {key: count for key, count in conn.execute(sql)}


def _hit(row: tuple[Any, ...]) -> SearchHit:  # Any: one row of _SEARCH
    """Build a search hit from one row of `_SEARCH`."""
    record_id, title, snippet, score, agency, site, source_path = row
    return SearchHit(
        id=record_id,
        title=title,
        snippet=snippet or "",
        score=score,
        agency=agency,
        site=site,
        source_path=source_path,
    )
