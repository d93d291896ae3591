"""The temporal stage: the anchor date of each article, and its time expressions."""

from dateline.temporal.anchor import STEP_NAME as ANCHOR_STEP
from dateline.temporal.anchor import anchor_article

__all__ = ["ANCHOR_STEP", "anchor_article"]
