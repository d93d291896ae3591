"""Timelines from the store: the events (counted once) and key quotes that match a query.

A timeline is asked for one story, one actor (a country code matches its sectors:
``TUR`` matches ``TURGOV``) or some words (events whose sentence holds them all, in
articles the full-text index finds; quotes that hold them), within optional dates.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from dateline.corpus.eventmerge import Mention, flags_of
from dateline.corpus.timeline import Entry, EventReport, Report, event_entry, ordered, quote_entry
from dateline.corpus.when import sort_key, span_of
from dateline.store.query import fts_query
from dateline.store.stories import resolve

_MENTIONS = """SELECT e.grp, e.article_id, e.type, e.actor, e.recipient, e.date, e.date_source,
    e.place, e.aux, e.quantities, e.copy_group, e.cameo, e.actor_name, e.recipient_name,
    a.title, a.site, json_extract(a.record, '$.article.anchor.value'),
    substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
FROM events AS e JOIN articles AS a ON a.id = e.article_id
WHERE e.grp IN ({marks}) ORDER BY a.seq, e.n"""
_QUOTES = """SELECT q.text, coalesce(en.name, q.speaker), q.article_id, a.title, a.site,
    json_extract(a.record, '$.article.anchor.value'),
    substr(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start), sa.story
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
JOIN story_articles AS sa ON sa.seq = a.seq
LEFT JOIN entities AS en ON en.key = q.entity_key
WHERE q.kind IN ('direct', 'mixed') AND q.speaker IS NOT NULL AND {where}
ORDER BY a.seq, q.n"""
_CHUNK = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineQuery:
    """What a timeline covers: one of story, actor or query, and optional dates.

    ``since`` is inclusive and ``until`` exclusive, compared with the start of each
    entry's date span; undated entries are left out when either is given.
    """

    story: int | None = None
    actor: str | None = None
    query: str | None = None
    since: str | None = None
    until: str | None = None
    quotes: bool = True
    limit: int = 1000


def timeline(conn: sqlite3.Connection, q: TimelineQuery) -> list[Entry]:
    """Return the timeline's entries, in the order things happened."""
    groups = _groups(conn, q)
    entries = _events(conn, groups)
    if q.quotes:
        entries.extend(_quotes(conn, q))
    entries = [e for e in entries if _within(e.date, q)]
    return ordered(entries)[: q.limit]


def _groups(conn: sqlite3.Connection, q: TimelineQuery) -> list[int]:
    params: list[int | str]
    if q.story is not None:
        sql, params = "SELECT id FROM event_groups WHERE story = ?", [resolve(conn, q.story)]
    elif q.actor is not None:
        code = q.actor.upper()
        like = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            "SELECT DISTINCT grp FROM events WHERE grp IS NOT NULL AND "
            "(actor LIKE ? ESCAPE '\\' OR recipient LIKE ? ESCAPE '\\')"
        )
        params = [like, like]
    elif q.query is not None:
        return _groups_matching(conn, q.query)
    else:
        sql, params = "SELECT id FROM event_groups", []
    return [int(r[0]) for r in conn.execute(sql + " ORDER BY 1", params)]


def _groups_matching(conn: sqlite3.Connection, query: str) -> list[int]:
    """Event groups with a mention whose sentence holds every word of the query."""
    match = fts_query(query)
    if match is None:
        return []
    words = [w.casefold() for w in re.findall(r"\w[\w-]*", query)]
    rows = conn.execute(
        "SELECT e.grp, substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) "
        "FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid "
        "JOIN events AS e ON e.article_id = a.id "
        "WHERE articles_fts MATCH ? AND e.grp IS NOT NULL",
        (match,),
    ).fetchall()
    return sorted({int(g) for g, sentence in rows if all(w in sentence.casefold() for w in words)})


def _events(conn: sqlite3.Connection, groups: list[int]) -> list[Entry]:
    stories = {}
    by_group: dict[int, list[EventReport]] = {}
    for start in range(0, len(groups), _CHUNK):
        chunk = groups[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for gid, story in conn.execute(
            f"SELECT id, story FROM event_groups WHERE id IN ({marks})", chunk
        ):
            stories[gid] = story
        for row in conn.execute(_MENTIONS.format(marks=marks), chunk):
            by_group.setdefault(int(row[0]), []).append(_event_report(row))
    return [event_entry(stories.get(g, 0), reports) for g, reports in by_group.items()]


def _event_report(row: tuple[Any, ...]) -> EventReport:  # Any: SQL values
    (_, article_id, type_, actor, recipient, date, date_source, place, aux, quantities,
     copy_group, cameo, actor_name, recipient_name, title, site, reported, sentence) = row  # fmt: skip
    aux_list = tuple(json.loads(aux))
    mention = Mention(
        type=type_, actor=actor, recipient=recipient, date=date, date_source=date_source,
        place=place, place_country=None, flags=flags_of(aux_list),
        quantities=tuple((float(v), u) for v, u in json.loads(quantities or "[]")),
        copy_group=int(copy_group or 0),
    )  # fmt: skip
    report = Report(
        article_id=article_id, title=title, site=site, reported=_reported(reported),
        sentence=sentence,
    )  # fmt: skip
    return EventReport(
        mention=mention, cameo=cameo, actor_name=actor_name, recipient_name=recipient_name,
        aux=aux_list, report=report,
    )  # fmt: skip


def _quotes(conn: sqlite3.Connection, q: TimelineQuery) -> list[Entry]:
    """Direct quotes with a speaker, once each however many copies repeat them."""
    params: list[int | str]
    if q.story is not None:
        where, params = "sa.story = ?", [resolve(conn, q.story)]
    elif q.actor is not None:
        where, params = "en.country = ?", [q.actor.upper()[:3]]
    elif q.query is not None:
        where, params = "instr(lower(q.text), ?) > 0", [q.query.casefold()]
    else:
        where, params = "1", []
    found: dict[str, tuple[str, str | None, int, list[Report]]] = {}
    for text, speaker, article_id, title, site, reported, sentence, story in conn.execute(
        _QUOTES.format(where=where), params
    ):
        key = " ".join(re.findall(r"\w+", text.casefold()))
        report = Report(
            article_id=article_id, title=title, site=site, reported=_reported(reported),
            sentence=sentence or text,
        )  # fmt: skip
        found.setdefault(key, (text, speaker, story, []))[3].append(report)
    return [
        quote_entry(story=resolve(conn, story), text=text, speaker=speaker, reports=reports)
        for text, speaker, story, reports in found.values()
    ]


def _reported(value: str | None) -> str | None:
    return None if value in (None, "unresolved") else value


def _within(date: str | None, q: TimelineQuery) -> bool:
    if q.since is None and q.until is None:
        return True
    span = span_of(date) if date else None
    if span is None:
        return False
    start = sort_key(date)[0]
    since = span_of(q.since) if q.since else None
    until = span_of(q.until) if q.until else None
    return (since is None or start >= since[0]) and (until is None or start < until[0])
