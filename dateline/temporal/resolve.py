"""The timex step: every time expression of the text, on the calendar of the anchor."""

from __future__ import annotations

from dataclasses import replace

from dateline.config import Settings
from dateline.model import Record
from dateline.temporal.timexes import find_timexes

STEP_NAME = "timex.v1"


def resolve_timexes(record: Record, settings: Settings) -> Record:
    """Find and normalise the article's time expressions against its anchor date.

    Args:
        record: a record whose article has its anchor (`anchor_article`).
        settings: run settings (unused; steps share one signature).

    Returns:
        The record with ``timexes`` filled; with an unresolved anchor, relative
        expressions keep ``XXXX`` parts.
    """
    del settings
    anchor = record.article.anchor
    value = anchor.value if anchor is not None and anchor.value != "unresolved" else None
    return replace(record, timexes=find_timexes(record.article.text, value))
