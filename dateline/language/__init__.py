"""The language stage: entities with one identity each, and quotes with their speakers."""

from dateline.language.step import STEP_NAME as LANGUAGE_STEP
from dateline.language.step import annotate_language, annotate_languages

__all__ = ["LANGUAGE_STEP", "annotate_language", "annotate_languages"]
