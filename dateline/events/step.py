"""The events step: code each article's events from the language step's parse."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dateline.config import Settings
from dateline.errors import ConfigError
from dateline.events.actors import load_actor_table
from dateline.events.cameo import load_cameo
from dateline.events.find import Context, find_events
from dateline.events.lexicon import load_lexicon
from dateline.events.verbdict import VerbDictError, VerbDictionary, load_verb_dictionary
from dateline.language.step import parse_records
from dateline.model import Record

STEP_NAME = "events.v1"


def annotate_events(record: Record, settings: Settings) -> Record:
    """Fill the record's events.

    Args:
        record: a record with its entities (and anchor and timexes, when the temporal
            stage ran).
        settings: run settings (``nlp_model``, ``actors``, ``verbs``).

    Returns:
        The record with ``events``.

    Raises:
        ConfigError: the NLP model is not installed, or the actor or verb dictionary is bad.
    """
    return annotate_events_batch([record], settings)[0]


def _load_verbs(path: str) -> VerbDictionary:
    """The user's verb dictionary; a missing or malformed file stops the run."""
    if not Path(path).is_file():
        raise ConfigError(f"setting verbs={path!r}: no such file")
    try:
        return load_verb_dictionary(path)
    except VerbDictError as exc:
        raise ConfigError(f"verb dictionary {exc}") from None


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
    verbs = _load_verbs(settings.verbs) if settings.verbs else None
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
            verbs=verbs,
        )
        done.append(replace(record, events=find_events(doc, ctx)))
    return done
