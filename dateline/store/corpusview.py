"""Reading and editing what the corpus stage stored: placements, stories, copy groups.

`CorpusView` is reached as ``Store.corpus``. Story ids are integers that never
change meaning: a story merged into another answers with the one that holds it now.
A copy group is named by the id of its first stored article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from dateline.corpus.copies import changes
from dateline.corpus.timeline import Entry
from dateline.errors import StoreError
from dateline.model import Record, Source, record_from_json
from dateline.store.connection import transaction
from dateline.store.corpus import rebuild_events
from dateline.store.results import CopyGroup, CopyMember, Placement, StoryRow
from dateline.store.stories import StoryPlacer, resolve
from dateline.store.timeline import TimelineQuery, timeline

_PAGE = 500
_PLACEMENTS = """SELECT a.seq, a.id, a.source_path, a.source_offset, a.source_line,
    a.source_format, a.source_id, a.url, sa.story, sa.how, sa.similarity, g.id
FROM articles AS a
JOIN story_articles AS sa ON sa.seq = a.seq
JOIN copies AS c ON c.seq = a.seq
JOIN articles AS g ON g.seq = c.grp
WHERE a.seq > ? ORDER BY a.seq LIMIT ?"""
_STORIES = """SELECT s.id, s.label, s.articles, s.first_day, s.last_day,
    (SELECT count(DISTINCT c.grp) FROM story_articles AS sa JOIN copies AS c ON c.seq = sa.seq
     WHERE sa.story = s.id),
    (SELECT count(*) FROM event_groups AS e WHERE e.story = s.id)
FROM stories AS s WHERE s.merged_into IS NULL AND s.articles > 0"""
_MEMBERS = """SELECT a.seq, a.id, a.title, a.site, a.agency, a.record, c.of_seq, c.similarity
FROM copies AS c JOIN articles AS a ON a.seq = c.seq WHERE c.grp = ? ORDER BY a.seq"""


class CorpusView:
    """The corpus tables of one store: ask, merge and split."""

    def __init__(self, conn: sqlite3.Connection, *, path: str, readonly: bool) -> None:
        """Wrap the store's connection; use ``Store.corpus``."""
        self._conn = conn
        self._path = path
        self._readonly = readonly

    def placements(self) -> Iterator[Placement]:
        """Yield every placed article's story and copy group, in store order."""
        last = 0
        while rows := self._conn.execute(_PLACEMENTS, (last, _PAGE)).fetchall():
            for row in rows:
                last = row[0]
                yield _placement(self._conn, row)

    def stories(self, *, limit: int = 50, min_articles: int = 1) -> list[StoryRow]:
        """Return stories, largest first (then most recent, then oldest id).

        Args:
            limit: the most stories to return.
            min_articles: leave out stories with fewer articles.
        """
        sql = (
            _STORIES + " AND s.articles >= ? "
            "ORDER BY s.articles DESC, s.last_day IS NULL, s.last_day DESC, s.id LIMIT ?"
        )
        return [_story(r) for r in self._conn.execute(sql, (min_articles, limit))]

    def story(self, story_id: int) -> StoryRow | None:
        """Return one story (a merged one answers with the story that holds it now)."""
        sql = _STORIES + " AND s.id = ?"
        row = self._conn.execute(sql, (resolve(self._conn, story_id),)).fetchone()
        return None if row is None else _story(row)

    def story_articles(self, story_id: int) -> list[str]:
        """Return the ids of a story's articles, in store order."""
        rows = self._conn.execute(
            "SELECT a.id FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.seq "
            "WHERE sa.story = ? ORDER BY a.seq",
            (resolve(self._conn, story_id),),
        ).fetchall()
        return [r[0] for r in rows]

    def copy_group(self, article_id: str) -> CopyGroup | None:
        """Return the copy group of an article, with what each copy changed."""
        row = self._conn.execute(
            "SELECT c.grp FROM copies AS c JOIN articles AS a ON a.seq = c.seq WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else self._group(int(row[0]))

    def copy_groups(self, *, min_articles: int = 2, limit: int = 50) -> list[CopyGroup]:
        """Return copy groups of at least ``min_articles``, largest first."""
        rows = self._conn.execute(
            "SELECT grp FROM copies GROUP BY grp HAVING count(*) >= ? "
            "ORDER BY count(*) DESC, grp LIMIT ?",
            (min_articles, limit),
        ).fetchall()
        return [self._group(int(r[0])) for r in rows]

    def timeline(self, query: TimelineQuery) -> list[Entry]:
        """Return events (counted once) and key quotes in the order they happened."""
        return timeline(self._conn, query)

    def merge(self, into: int, other: int) -> int:
        """Merge story ``other`` into story ``into``; return the id that holds both."""
        self._writable()
        with transaction(self._conn):
            a, b = resolve(self._conn, into), resolve(self._conn, other)
            self._known(a)
            self._known(b)
            if a == b:
                return a
            self._conn.execute(
                "UPDATE story_articles SET story = ?, how = 'user' WHERE story = ?", (a, b)
            )
            self._conn.execute(
                "UPDATE stories SET merged_into = ?, articles = 0 WHERE id = ?", (a, b)
            )
            self._refresh((a,))
            rebuild_events(self._conn, a, absorbed=(b,))
        return a

    def split(self, story_id: int, article_ids: Sequence[str]) -> int:
        """Move the named articles of a story to a new story; return the new id."""
        self._writable()
        with transaction(self._conn):
            story = resolve(self._conn, story_id)
            self._known(story)
            members = set(self.story_articles(story))
            wrong = [a for a in article_ids if a not in members]
            if wrong or not article_ids:
                raise StoreError(
                    f"{self._path}: story {story} does not hold "
                    f"{', '.join(wrong) or 'any article given'}"
                )
            new = StoryPlacer(self._conn).new_story()
            marks = ",".join("?" * len(article_ids))
            self._conn.execute(
                f"UPDATE story_articles SET story = ?, how = 'user' "
                f"WHERE seq IN (SELECT seq FROM articles WHERE id IN ({marks}))",
                (new, *article_ids),
            )
            self._refresh((story, new))
            rebuild_events(self._conn, story)
            rebuild_events(self._conn, new)
        return new

    def _refresh(self, story_ids: Sequence[int]) -> None:
        """Rebuild profiles, labels and retrieval keys of stories from their articles."""
        placer = StoryPlacer(self._conn)
        for story in story_ids:
            placer.rebuild(story, self._records(story))
        placer.flush()

    def _records(self, story: int) -> Iterator[Record]:
        rows = self._conn.execute(
            "SELECT a.record FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.seq "
            "WHERE sa.story = ? ORDER BY a.seq",
            (story,),
        ).fetchall()
        for (text,) in rows:
            yield record_from_json(text)

    def _group(self, group: int) -> CopyGroup:
        rows = self._conn.execute(_MEMBERS, (group,)).fetchall()
        records = [record_from_json(r[5]) for r in rows]
        first = records[0]
        by_seq = {r[0]: r[1] for r in rows}
        members = []
        for row, record in zip(rows, records, strict=True):
            seq, article_id, title, site, agency, _, of_seq, similarity = row
            members.append(
                CopyMember(
                    article_id=article_id, title=title, site=site, agency=agency,
                    date=_copy_date(record), of_article=by_seq.get(of_seq),
                    similarity=similarity,
                    changes=None if seq == group else changes(
                        _paragraphs(first), _paragraphs(record),
                        titles=(first.article.title, record.article.title),
                    ),
                )
            )  # fmt: skip
        dates = [m.date for m in members if m.date]
        agencies = [m.agency for m in members if m.agency]
        return CopyGroup(
            id=rows[0][1],
            agency=max(set(agencies), key=lambda a: (agencies.count(a), a)) if agencies else None,
            earliest=min(dates) if dates else None,
            article_count=len(members),
            site_count=len({m.site for m in members if m.site}),
            members=tuple(members),
        )

    def _known(self, story: int) -> None:
        row = self._conn.execute(
            "SELECT 1 FROM stories WHERE id = ? AND articles > 0", (story,)
        ).fetchone()
        if row is None:
            raise StoreError(f"{self._path}: no story {story}")

    def _writable(self) -> None:
        if self._readonly:
            raise StoreError(f"{self._path}: the store is open read-only; cannot write")


def _placement(conn: sqlite3.Connection, row: tuple[Any, ...]) -> Placement:  # Any: SQL values
    _, article_id, path, offset, line, fmt, source_id, url, story, how, sim, group = row
    return Placement(
        article_id=str(article_id),
        source=Source(path=path, offset=offset, line=line, format=fmt, id=source_id, url=url),
        story_id=resolve(conn, story),
        copy_group=str(group),
        how=str(how),
        similarity=sim,
    )  # fmt: skip


def _story(row: tuple[Any, ...]) -> StoryRow:  # Any: SQL values
    story, label, articles, first, last, independent, events = row
    return StoryRow(
        id=story, label=label, articles=articles, independent_sources=independent,
        first_day=first, last_day=last, events=events,
    )  # fmt: skip


def _paragraphs(record: Record) -> list[str]:
    article = record.article
    return [article.text[p.start : p.end] for p in article.paragraphs] or article.text.split("\n")


def _copy_date(record: Record) -> str | None:
    anchor = record.article.anchor
    if anchor is None:
        return None
    return anchor.copy or anchor.story or (anchor.value if anchor.granularity != "none" else None)
