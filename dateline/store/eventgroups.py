"""Events counted once, in the store: event groups and the mentions that make them.

Each row of ``events`` (one mention: an event as one article reports it) gets the
``grp`` of the real-world event it describes, its article's ``copy_group``, and its
``quantities``. ``event_groups`` holds one row per real-world event: the story it
belongs to, the values of its first mention (which stand for it in matching), how
many mentions it has, and every distinct value of each claim reported about it
(``claims``, JSON), so that a disputed event is known without reading its mentions.
"""

from __future__ import annotations

import json
import sqlite3

from dateline.corpus.eventmerge import (
    Mention,
    affinity,
    claims_of,
    disputed,
    flags_of,
    merge_claims,
    same_event,
)
from dateline.model import Event, Record

MIGRATION_SQL: tuple[str, ...] = (
    """CREATE TABLE event_groups (
        id INTEGER PRIMARY KEY,
        story INTEGER NOT NULL,
        type TEXT NOT NULL,
        first TEXT NOT NULL,
        date TEXT,
        mentions INTEGER NOT NULL,
        claims TEXT NOT NULL,
        disputed INTEGER NOT NULL
    )""",
    "CREATE INDEX event_groups_story ON event_groups (story, type)",
    "CREATE INDEX event_groups_date ON event_groups (date)",
    "ALTER TABLE events ADD COLUMN grp INTEGER",
    "ALTER TABLE events ADD COLUMN copy_group INTEGER",
    "ALTER TABLE events ADD COLUMN quantities TEXT",
    "CREATE INDEX events_grp ON events (grp)",
)


_CHUNK = 500  # groups per IN (?, ...) query


class EventPlacer:
    """Puts each event mention of a placed article into its real-world event."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Work on ``conn``, inside the batch's transaction."""
        self._conn = conn

    def place(self, record: Record, *, story: int, copy_group: int) -> None:
        """Place the events of one article, in their order in the article.

        Args:
            record: the article.
            story: its story.
            copy_group: its copy group.
        """
        for n, event in enumerate(record.events):
            mention = mention_of(event, copy_group)
            group = self._find(mention, story, record.id)
            quantities = json.dumps([[v, u] for v, u in mention.quantities])
            self._conn.execute(
                "UPDATE events SET grp = ?, copy_group = ?, quantities = ? "
                "WHERE article_id = ? AND n = ?",
                (group, copy_group, quantities, record.id, n),
            )

    def _find(self, mention: Mention, story: int, article_id: str) -> int:
        """The group the mention joins (updated), or a new one.

        Of the groups it may join, the mention joins the one it has most affinity
        with (the oldest on a tie). A group never takes two mentions of one
        article: the events step has already said those are different events.
        """
        rows = self._conn.execute(
            "SELECT id, first, claims FROM event_groups WHERE story = ? AND type = ? ORDER BY id",
            (story, mention.type),
        ).fetchall()
        best: tuple[tuple[int, int], int, str] | None = None
        members = self._members([int(r[0]) for r in rows])
        for group, first_json, claims_json in rows:
            articles, copy_groups = members.get(group, (set(), set()))
            if article_id in articles:
                continue
            first = _mention_from_json(first_json)
            if same_event(mention, first, copy_groups):
                score = affinity(mention, first)
                if best is None or score > best[0]:
                    best = (score, int(group), claims_json)
        if best is not None:
            _, group, claims_json = best
            claims = merge_claims(json.loads(claims_json), claims_of(mention))
            self._conn.execute(
                "UPDATE event_groups SET mentions = mentions + 1, claims = ?, disputed = ? "
                "WHERE id = ?",
                (json.dumps(claims, sort_keys=True), int(disputed(claims)), group),
            )
            return group
        claims = merge_claims({}, claims_of(mention))
        cur = self._conn.execute(
            "INSERT INTO event_groups (story, type, first, date, mentions, claims, disputed) "
            "VALUES (?, ?, ?, ?, 1, ?, 0)",
            (story, mention.type, _mention_json(mention), mention.date,
             json.dumps(claims, sort_keys=True)),
        )  # fmt: skip
        return int(cur.lastrowid or 0)

    def _members(self, groups: list[int]) -> dict[int, tuple[set[str], set[int]]]:
        """The articles and the copy groups of each group's mentions, in one query."""
        found: dict[int, tuple[set[str], set[int]]] = {}
        for start in range(0, len(groups), _CHUNK):
            chunk = groups[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for group, article_id, copy_group in self._conn.execute(
                f"SELECT grp, article_id, copy_group FROM events WHERE grp IN ({marks})", chunk
            ):
                articles, copies = found.setdefault(int(group), (set(), set()))
                articles.add(article_id)
                if copy_group is not None:
                    copies.add(int(copy_group))
        return found


def mention_of(event: Event, copy_group: int) -> Mention:
    """What merging reads of one event."""
    return Mention(
        type=event.type,
        actor=event.actor.code if event.actor else None,
        recipient=event.recipient.code if event.recipient else None,
        date=event.date.value if event.date else None,
        date_source=event.date.source if event.date else None,
        place=event.place.name if event.place else None,
        place_country=event.place.country if event.place else None,
        flags=flags_of(event.aux),
        quantities=tuple((q.value, q.unit) for q in event.quantities),
        copy_group=copy_group,
    )


def _mention_json(m: Mention) -> str:
    return json.dumps(
        {
            "type": m.type, "actor": m.actor, "recipient": m.recipient, "date": m.date,
            "date_source": m.date_source, "place": m.place, "place_country": m.place_country,
            "flags": sorted(m.flags),
            "quantities": [[v, u] for v, u in m.quantities], "copy_group": m.copy_group,
        },
        sort_keys=True,
    )  # fmt: skip


def _mention_from_json(text: str) -> Mention:
    d = json.loads(text)
    return Mention(
        type=d["type"], actor=d["actor"], recipient=d["recipient"], date=d["date"],
        date_source=d["date_source"], place=d["place"], place_country=d["place_country"],
        flags=frozenset(d["flags"]),
        quantities=tuple((float(v), u) for v, u in d["quantities"]),
        copy_group=int(d["copy_group"]),
    )  # fmt: skip
