"""The events step: code each article's events from the language step's parse."""

from __future__ import annotations

from dataclasses import replace

from dateline.config import Settings
from dateline.events.actors import load_actor_table
from dateline.events.cameo import load_cameo
from dateline.events.find import Context, find_events
from dateline.events.lexicon import load_lexicon
from dateline.language.step import parse_records
from dateline.model import Record

STEP_NAME = "events.v1"


def annotate_events(record: Record, settings: Settings) -> Record:
    """Fill the record's events.

    Args:
        record: a record with its entities (and anchor and timexes, when the temporal
            stage ran).
        settings: run settings (``nlp_model``, ``actors``).

    Returns:
        The record with ``events``.

    Raises:
        ConfigError: the NLP model is not installed, or the actor dictionary is bad.
    """
    return annotate_events_batch([record], settings)[0]


def annotate_events_batch(records: list[Record], settings: Settings) -> list[Record]:
    """`annotate_events` for several records (their parses come from the language step).

    Args:
        records: records with their entities.
        settings: run settings.

    Returns:
        The records with ``events``, in order.
    """
    lexicon, cameo = load_lexicon(), load_cameo()
    table = load_actor_table(settings.actors or None)
    done = []
    for record, doc in zip(records, parse_records(records, settings), strict=True):
        article = record.article
        ctx = Context(
            text=article.text,
            entities=record.entities,
            anchor=article.anchor,
            timexes=record.timexes,
            dateline_place=article.dateline.place if article.dateline else None,
            lexicon=lexicon,
            cameo=cameo,
            table=table,
        )
        done.append(replace(record, events=find_events(doc, ctx)))
    return done
