"""The embedded store: SQLite (WAL) with a full-text index; the only code that writes SQL.

Open one with `Store.open`; see docs/store.md.
"""

from dateline.store.results import BatchResult, EntityRow, QuoteRow, SearchHit, Stats
from dateline.store.store import Store

__all__ = ["BatchResult", "EntityRow", "QuoteRow", "SearchHit", "Stats", "Store"]
