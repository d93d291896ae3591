"""Reading a record back from its JSON form (schema ``dateline/1``, docs/schema.md).

`read_record` is the inverse of `Record.to_json`; use it as `dateline.model.record_from_json`.
"""

from __future__ import annotations

import json
from typing import Any

from dateline.model import (
    SCHEMA_VERSION,
    Actor,
    Anchor,
    Article,
    Boilerplate,
    DateFound,
    Dateline,
    Entity,
    Event,
    EventDate,
    Evidence,
    Mention,
    Place,
    Quantity,
    Quote,
    Record,
    Source,
    Span,
    Speaker,
    TimeExpr,
)


def read_record(data: str | dict[str, Any]) -> Record:
    """Read a record from its JSON form.

    Args:
        data: JSON text or an already-parsed dict of schema ``dateline/1``.

    Returns:
        The record.

    Raises:
        ValueError: the data is not a ``dateline/1`` record.
    """
    obj = json.loads(data) if isinstance(data, str) else data
    if obj.get("schema") != SCHEMA_VERSION:
        raise ValueError(f"not a {SCHEMA_VERSION} record: schema={obj.get('schema')!r}")
    art = obj["article"]
    article = Article(
        title=art.get("title"),
        text=art["text"],
        lang=art.get("lang"),
        agency=art.get("agency"),
        site=art.get("site"),
        byline=art.get("byline"),
        dateline=Dateline(**art["dateline"]) if art.get("dateline") else None,
        dates_found=tuple(DateFound(**d) for d in art.get("dates_found", ())),
        boilerplate=tuple(Boilerplate(**b) for b in art.get("boilerplate", ())),
        paragraphs=tuple(Span(**s) for s in art.get("paragraphs", ())),
        anchor=_anchor_from(art["anchor"]) if art.get("anchor") else None,
    )
    return Record(
        id=obj["id"],
        source=Source(**obj["source"]),
        article=article,
        timexes=tuple(_timex_from(t) for t in obj.get("timexes", ())),
        entities=tuple(_entity_from(e) for e in obj.get("entities", ())),
        quotes=tuple(_quote_from(q) for q in obj.get("quotes", ())),
        events=tuple(_event_from(e) for e in obj.get("events", ())),
        produced_by=tuple(obj.get("produced_by", ())),
    )


def _timex_from(obj: dict[str, Any]) -> TimeExpr:  # Any: parsed JSON
    rng = obj.get("range")
    return TimeExpr(
        text=obj["text"],
        span=Span(**obj["span"]),
        type=obj["type"],
        value=obj["value"],
        anchor_relative=obj.get("anchor_relative", False),
        granularity=obj.get("granularity"),
        range=(rng[0], rng[1]) if rng else None,
        confidence=obj.get("confidence", 1.0),
    )


def _anchor_from(obj: dict[str, Any]) -> Anchor:  # Any: parsed JSON
    evidence = tuple(
        Evidence(
            signal=e["signal"],
            text=e["text"],
            span=Span(**e["span"]) if e.get("span") else None,
            value=e["value"],
            note=e.get("note"),
        )
        for e in obj.get("evidence", ())
    )
    return Anchor(
        value=obj["value"],
        granularity=obj["granularity"],
        confidence=obj["confidence"],
        story=obj.get("story"),
        copy=obj.get("copy"),
        evidence=evidence,
        conflicts=tuple(obj.get("conflicts", ())),
    )


def _span(obj: dict[str, Any] | None) -> Span | None:  # Any: parsed JSON
    return Span(**obj) if obj else None


def _mention_from(obj: dict[str, Any]) -> Mention:  # Any: parsed JSON
    return Mention(text=obj["text"], span=Span(**obj["span"]), sentence=Span(**obj["sentence"]))


def _entity_from(obj: dict[str, Any]) -> Entity:  # Any: parsed JSON
    return Entity(
        id=obj["id"],
        name=obj["name"],
        type=obj["type"],
        country=obj.get("country"),
        role=obj.get("role"),
        sector=obj.get("sector"),
        aliases=tuple(obj.get("aliases", ())),
        mentions=tuple(_mention_from(m) for m in obj.get("mentions", ())),
    )


def _quote_from(obj: dict[str, Any]) -> Quote:  # Any: parsed JSON
    speaker = obj.get("speaker")
    return Quote(
        kind=obj["kind"],
        text=obj["text"],
        span=Span(**obj["span"]),
        speaker=Speaker(
            entity_id=speaker.get("entity_id"),
            text=speaker["text"],
            span=_span(speaker.get("span")),
        )
        if speaker
        else None,
        cue=_mention_from(obj["cue"]) if obj.get("cue") else None,
        medium=obj.get("medium"),
        confidence=obj.get("confidence", 1.0),
    )


def _actor_from(obj: dict[str, Any] | None) -> Actor | None:  # Any: parsed JSON
    if not obj:
        return None
    return Actor(
        entity_id=obj.get("entity_id"), name=obj["name"], code=obj["code"],
        span=_span(obj.get("span")),
    )  # fmt: skip


def _event_from(obj: dict[str, Any]) -> Event:  # Any: parsed JSON
    date, place = obj.get("date"), obj.get("place")
    return Event(
        id=obj["id"],
        type=obj["type"],
        mode=obj.get("mode", ""),
        context=tuple(obj.get("context", ())),
        cameo=obj["cameo"],
        actor=_actor_from(obj.get("actor")),
        recipient=_actor_from(obj.get("recipient")),
        date=EventDate(
            value=date["value"], granularity=date["granularity"], source=date["source"],
            span=_span(date.get("span")),
        ) if date else None,
        place=Place(**place) if place else None,
        sentence=Span(**obj["sentence"]),
        trigger=_mention_from(obj["trigger"]),
        aux=tuple(obj.get("aux", ())),
        quantities=tuple(Quantity(**q) for q in obj.get("quantities", ())),
        confidence=obj.get("confidence", 1.0),
    )  # fmt: skip
