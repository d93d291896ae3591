"""The embedded store: SQLite (WAL) with a full-text index; the only code that writes SQL.

Open one with `Store.open`; see docs/store.md.
"""

from dateline.store.events import EventQuery
from dateline.store.results import BatchResult, EntityRow, EventRow, QuoteRow, SearchHit, Stats
from dateline.store.store import Store

__all__ = [
    "BatchResult",
    "EntityRow",
    "EventQuery",
    "EventRow",
    "QuoteRow",
    "SearchHit",
    "Stats",
    "Store",
]
