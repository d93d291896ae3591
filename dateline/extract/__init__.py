"""The extract stage: `Document` -> `Article` (clean text, metadata, boilerplate)."""

from dateline.extract.article import STEP_NAME, extract_article

__all__ = ["STEP_NAME", "extract_article"]
