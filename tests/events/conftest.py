"""Run the real pipeline steps (timexes, language, events) over hand-written sentences."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.events import annotate_events_batch
from dateline.language import annotate_languages
from dateline.model import Anchor, Article, Dateline, Event, Record, Source
from dateline.temporal import resolve_timexes

ANCHOR = "2019-07-20"


def analyze_texts(
    texts: list[str], settings: Settings | None = None, *, place: str | None = None
) -> list[Record]:
    """Records for texts anchored at ANCHOR, through timex, language and events steps."""
    settings = settings or Settings()
    dateline = Dateline(place=place, raw=place or "") if place else None
    records = [
        Record(
            id=f"{i:020d}",
            source=Source(path=f"t{i}", format="text"),
            article=Article(
                text=text,
                dateline=dateline,
                anchor=Anchor(value=ANCHOR, granularity="day", confidence=1.0),
            ),
        )
        for i, text in enumerate(texts)
    ]
    records = [resolve_timexes(r, settings) for r in records]
    return annotate_events_batch(annotate_languages(records, settings), settings)


def coded(event: Event) -> tuple[str, str | None, str | None]:
    """(type, actor code, recipient code) of an event."""
    return (
        event.type,
        event.actor.code if event.actor else None,
        event.recipient.code if event.recipient else None,
    )


@pytest.fixture(scope="module")
def events_of():
    """Events of one sentence (the real model; parses are batched per call)."""

    def run(text: str, **kwargs: object) -> tuple[Event, ...]:
        return analyze_texts([text], **kwargs)[0].events  # type: ignore[arg-type]

    return run
