"""The corpus stage inside the store: copies, stories and events counted once.

Every article is placed once, in the order it was stored (its ``seq``), inside the
transaction that stores it: first its copy group, then its story (a copy joins the
story of the article it copies), then its events (each joins an event already known
in that story, or starts one). Articles stored before this stage existed (an older
store) are placed by the next batch, first, in their order. The result depends only
on the order of the articles, never on how they were cut into batches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from dateline.corpus import copies, stories
from dateline.model import Record, record_from_json
from dateline.store import copies as copy_sql
from dateline.store import eventgroups
from dateline.store import stories as story_sql

MIGRATION_V4: tuple[str, ...] = (
    *copy_sql.MIGRATION_SQL,
    *story_sql.MIGRATION_SQL,
    *eventgroups.MIGRATION_SQL,
    """CREATE TABLE corpus_placed (
        seq INTEGER PRIMARY KEY
    )""",
)


def place_new(conn: sqlite3.Connection, records: Sequence[Record]) -> int:
    """Place every article not yet placed, in store order (in the caller's transaction).

    Args:
        conn: the store connection, inside the batch's transaction.
        records: records of this batch, reused instead of read back from the store.

    Returns:
        How many articles were placed.
    """
    row = conn.execute("SELECT max(seq) FROM corpus_placed").fetchone()
    last = 0 if row is None or row[0] is None else int(row[0])
    pending = conn.execute(
        "SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq", (last,)
    ).fetchall()
    if not pending:
        return 0
    by_id = {r.id: r for r in records}
    placer = story_sql.StoryPlacer(conn)
    events = eventgroups.EventPlacer(conn)
    for seq, record_id in pending:
        record = by_id.get(record_id) or _load(conn, seq)
        _place(conn, placer, events, seq, record)
    placer.flush()
    conn.execute("DELETE FROM corpus_placed")
    conn.execute("INSERT INTO corpus_placed (seq) VALUES (?)", (pending[-1][0],))
    return len(pending)


def _place(
    conn: sqlite3.Connection,
    placer: story_sql.StoryPlacer,
    events: eventgroups.EventPlacer,
    seq: int,
    record: Record,
) -> None:
    match = copy_sql.place_copy(conn, seq, copies.fingerprint(record.article.text))
    story = None if match.of_seq is None else placer.story_of(match.of_seq)
    if story is None:
        story, _ = placer.place(seq, stories.features(record))
    else:
        placer.place_copy(seq, story)
    events.place(record, story=story, copy_group=match.group)


def _load(conn: sqlite3.Connection, seq: int) -> Record:
    row = conn.execute("SELECT record FROM articles WHERE seq = ?", (seq,)).fetchone()
    return record_from_json(row[0])


def rebuild_events(conn: sqlite3.Connection, story: int, *, absorbed: Sequence[int] = ()) -> None:
    """Count a story's events once again, from its articles in store order.

    Used after a merge or split: the story's event groups (and those of the
    stories it absorbed) are dropped and its articles' events placed again.

    Args:
        conn: the store connection, inside the caller's transaction.
        story: the story.
        absorbed: stories merged into it, whose event groups go too.
    """
    for old in (story, *absorbed):
        conn.execute("DELETE FROM event_groups WHERE story = ?", (old,))
    rows = conn.execute(
        "SELECT a.seq, a.id, c.grp FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.seq "
        "JOIN copies AS c ON c.seq = sa.seq WHERE sa.story = ? ORDER BY a.seq",
        (story,),
    ).fetchall()
    conn.executemany("UPDATE events SET grp = NULL WHERE article_id = ?", [(r[1],) for r in rows])
    events = eventgroups.EventPlacer(conn)
    for seq, _, group in rows:
        events.place(_load(conn, seq), story=story, copy_group=group)
