"""The temporal stage: the anchor date of each article, and its time expressions."""

from dateline.temporal.anchor import STEP_NAME as ANCHOR_STEP
from dateline.temporal.anchor import anchor_article
from dateline.temporal.resolve import STEP_NAME as TIMEX_STEP
from dateline.temporal.resolve import resolve_timexes

__all__ = ["ANCHOR_STEP", "TIMEX_STEP", "anchor_article", "resolve_timexes"]
