"""The corpus stage: what only shows across articles (identities, later copies and stories)."""

from dateline.corpus.identity import entity_key

__all__ = ["entity_key"]
