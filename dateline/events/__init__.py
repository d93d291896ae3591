"""The events stage: who did what to whom, when and where, coded in PLOVER and CAMEO."""

from dateline.events.step import STEP_NAME as EVENTS_STEP
from dateline.events.step import annotate_events, annotate_events_batch

__all__ = ["EVENTS_STEP", "annotate_events", "annotate_events_batch"]
