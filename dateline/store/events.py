"""The events table: one row per coded event, indexed by actor, recipient, type and date.

Rows are written with their article, in the caller's transaction. ``actor`` and
``recipient`` hold actor codes (``USAGOV``); a query on ``TUR`` matches every code of
that country (``TUR``, ``TURGOV``, ``TURMIL``). ``date`` is the event's own date (a
TIMEX3 value: ``2019-07-12``, ``2019-07``, ``2019``), so "since 2019-01" compares
strings of the same shape.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.model import Event, Record
from dateline.store.results import EventRow

MIGRATION_V3: tuple[str, ...] = (
    """CREATE TABLE events (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        type TEXT NOT NULL,
        mode TEXT NOT NULL,
        cameo TEXT NOT NULL,
        actor TEXT,
        actor_name TEXT,
        recipient TEXT,
        recipient_name TEXT,
        date TEXT,
        date_source TEXT,
        place TEXT,
        aux TEXT NOT NULL,
        trigger TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (article_id, n)
    )""",
    "CREATE INDEX events_actor ON events (actor)",
    "CREATE INDEX events_recipient ON events (recipient)",
    "CREATE INDEX events_type ON events (type, date)",
    "CREATE INDEX events_date ON events (date)",
)


_INSERT = """INSERT OR IGNORE INTO events (
    article_id, n, type, mode, cameo, actor, actor_name, recipient, recipient_name, date,
    date_source, place, aux, trigger, sentence_start, sentence_end, confidence
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def insert_events(conn: sqlite3.Connection, records: Sequence[Record]) -> None:
    """Write the events of newly stored records (inside the caller's transaction)."""
    for record in records:
        conn.executemany(
            _INSERT,
            [_row(record.id, n, event) for n, event in enumerate(record.events)],
        )


def _row(article_id: str, n: int, event: Event) -> tuple[Any, ...]:  # Any: SQL values
    actor, recipient = event.actor, event.recipient
    return (
        article_id, n, event.type, event.mode, event.cameo,
        actor.code if actor else None, actor.name if actor else None,
        recipient.code if recipient else None, recipient.name if recipient else None,
        event.date.value if event.date else None, event.date.source if event.date else None,
        event.place.name if event.place else None, json.dumps(list(event.aux)),
        event.trigger.text, event.sentence.start, event.sentence.end, event.confidence,
    )  # fmt: skip


_EVENTS = """SELECT e.article_id, a.title, e.type, e.mode, e.cameo, e.actor, e.actor_name,
    e.recipient, e.recipient_name, e.date, e.date_source, e.place, e.aux, e.trigger,
    substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), e.confidence
FROM events AS e JOIN articles AS a ON a.id = e.article_id
WHERE (? IS NULL OR e.actor = ? OR e.actor LIKE ? ESCAPE '\\')
  AND (? IS NULL OR e.recipient = ? OR e.recipient LIKE ? ESCAPE '\\')
  AND (? IS NULL OR e.type = ?)
  AND (? IS NULL OR e.date >= ?)
  AND (? IS NULL OR e.date < ?)
ORDER BY e.date IS NULL, e.date, a.seq, e.n LIMIT ?"""


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Which stored events to return; every filter is optional.

    ``actor`` and ``recipient`` are actor codes; a three-letter country code also
    matches its sectors (``TUR`` matches ``TURGOV``). ``since`` is the earliest date
    (``2019``, ``2019-01``, ``2019-01-15``), inclusive; ``until`` the date to stop
    before, exclusive.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int = 100


def event_rows(conn: sqlite3.Connection, query: EventQuery) -> list[EventRow]:
    """Stored events matching the query, ordered by their own date (undated last)."""
    q = query
    actor_like = None if q.actor is None else _prefix(q.actor)
    recipient_like = None if q.recipient is None else _prefix(q.recipient)
    params = (
        q.actor, q.actor, actor_like, q.recipient, q.recipient, recipient_like,
        q.type, q.type, q.since, q.since, q.until, q.until, q.limit,
    )  # fmt: skip
    return [_event_row(r) for r in conn.execute(_EVENTS, params).fetchall()]


def _event_row(r: tuple[Any, ...]) -> EventRow:  # Any: SQL values
    return EventRow(
        article_id=r[0], title=r[1], type=r[2], mode=r[3], cameo=r[4], actor=r[5],
        actor_name=r[6], recipient=r[7], recipient_name=r[8], date=r[9], date_source=r[10],
        place=r[11], aux=tuple(json.loads(r[12])), trigger=r[13], sentence=r[14],
        confidence=r[15],
    )  # fmt: skip


def _prefix(code: str) -> str:
    """A country code matches its sectors too: ``TUR`` -> ``TUR%``; a full code only itself."""
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%" if len(code) == 3 else escaped
