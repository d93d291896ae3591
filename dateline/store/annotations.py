"""The entity and quote tables: written with their article, read by `dateline entities/quotes`.

Each new record's entities are linked to corpus identities (`dateline.corpus.entity_key`):
``entities`` holds one row per identity with the aliases seen under it, and
``entity_mentions`` one row per (article, entity). ``quotes`` holds one row per quote,
with its speaker's identity when the speaker was resolved to an entity. Rows are written
in the caller's transaction, so an article and its annotations commit together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from dateline.corpus import entity_key
from dateline.model import Entity, Record
from dateline.store.results import EntityRow, QuoteRow

MIGRATION_V2: tuple[str, ...] = (
    """CREATE TABLE entities (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        role TEXT,
        sector TEXT,
        aliases TEXT NOT NULL
    )""",
    """CREATE TABLE entity_mentions (
        article_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, local_id)
    )""",
    "CREATE INDEX entity_mentions_key ON entity_mentions (entity_key)",
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        entity_key TEXT,
        cue TEXT,
        medium TEXT,
        sentence_start INTEGER,
        sentence_end INTEGER,
        PRIMARY KEY (article_id, n)
    )""",
    "CREATE INDEX quotes_entity ON quotes (entity_key)",
    "CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE)",
)


def insert_annotations(conn: sqlite3.Connection, records: Sequence[Record]) -> None:
    """Write the entities and quotes of newly stored records (inside the caller's transaction)."""
    for record in records:
        keys = {e.id: entity_key(e, record.id) for e in record.entities}
        for entity in record.entities:
            _upsert_entity(conn, keys[entity.id], entity)
        conn.executemany(
            "INSERT OR IGNORE INTO entity_mentions VALUES (?, ?, ?, ?)",
            [(record.id, e.id, keys[e.id], len(e.mentions)) for e in record.entities],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_quote_row(record, n, keys) for n, _ in enumerate(record.quotes)],
        )


def _upsert_entity(conn: sqlite3.Connection, key: str, entity: Entity) -> None:
    row = conn.execute("SELECT aliases FROM entities WHERE key = ?", (key,)).fetchone()
    seen = set(json.loads(row[0])) if row else set()
    aliases = json.dumps(sorted(seen | set(entity.aliases) | {entity.name}), ensure_ascii=False)
    if row is None:
        conn.execute(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, entity.name, entity.type, entity.country, entity.role, entity.sector, aliases),
        )
    else:
        conn.execute(
            "UPDATE entities SET aliases = ?, role = coalesce(role, ?), sector = coalesce(sector, ?)"
            " WHERE key = ?",
            (aliases, entity.role, entity.sector, key),
        )


def _quote_row(record: Record, n: int, keys: dict[str, str]) -> tuple[Any, ...]:  # Any: SQL values
    quote = record.quotes[n]
    speaker = quote.speaker
    key = keys.get(speaker.entity_id or "") if speaker else None
    sentence = quote.cue.sentence if quote.cue else quote.span
    return (
        record.id, n, quote.kind, quote.text, speaker.text if speaker else None, key,
        quote.cue.text if quote.cue else None, quote.medium, sentence.start, sentence.end,
    )  # fmt: skip


_ENTITIES = """SELECT e.key, e.name, e.type, e.country, e.role, e.sector, e.aliases,
    count(DISTINCT m.article_id), sum(m.mentions)
FROM entities AS e JOIN entity_mentions AS m ON m.entity_key = e.key
WHERE (? IS NULL OR e.type = ?)
GROUP BY e.key ORDER BY count(DISTINCT m.article_id) DESC, sum(m.mentions) DESC, e.key
LIMIT ?"""


def entity_rows(conn: sqlite3.Connection, *, type_: str | None, limit: int) -> list[EntityRow]:
    """The corpus identities, most widely mentioned first."""
    rows = conn.execute(_ENTITIES, (type_, type_, limit)).fetchall()
    return [
        EntityRow(
            key=r[0],
            name=r[1],
            type=r[2],
            country=r[3],
            role=r[4],
            sector=r[5],
            aliases=tuple(json.loads(r[6])),
            articles=r[7],
            mentions=r[8],
        )
        for r in rows
    ]


_QUOTES = """SELECT q.article_id, a.title, json_extract(a.record, '$.article.anchor.value'),
    q.kind, q.text, q.speaker, e.name, q.cue, q.medium,
    substr(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start)
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
LEFT JOIN entities AS e ON e.key = q.entity_key
WHERE (? IS NULL OR q.speaker LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\'
       OR e.aliases LIKE ? ESCAPE '\\')
ORDER BY a.seq, q.n LIMIT ?"""


def quote_rows(conn: sqlite3.Connection, *, speaker: str | None, limit: int) -> list[QuoteRow]:
    """Stored quotes, in article order; ``speaker`` matches names and aliases (a substring)."""
    like = None if speaker is None else "%" + _escape(speaker) + "%"
    rows = conn.execute(_QUOTES, (like, like, like, like, limit)).fetchall()
    return [
        QuoteRow(
            article_id=r[0],
            title=r[1],
            date=r[2],
            kind=r[3],
            text=r[4],
            speaker=r[5],
            speaker_name=r[6],
            cue=r[7],
            medium=r[8],
            sentence=r[9],
        )
        for r in rows
    ]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
