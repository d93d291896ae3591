"""The values the store hands back: batch results, search hits and statistics."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchResult:
    """What one `Store.write_batch` call did.

    ``added`` records were new; ``present`` were already stored (or repeated within
    the batch) and were skipped; ``rejects`` new rejects were stored (repeats skipped).
    """

    added: int
    present: int
    rejects: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One full-text search result.

    ``score`` is the negated BM25 rank: higher is better. ``snippet`` is a short
    excerpt of the article text with each matched term marked as ``[term]``.
    """

    id: str
    title: str | None
    snippet: str
    score: float
    agency: str | None
    site: str | None
    source_path: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Stats:
    """Counts over a store. A missing agency or site is counted as ``"(none)"``.

    Each mapping is ordered by count, largest first, then by key.
    """

    articles: int
    formats: dict[str, int] = field(default_factory=dict)
    agencies: dict[str, int] = field(default_factory=dict)
    sites: dict[str, int] = field(default_factory=dict)
    rejects: int = 0
    rejects_by_code: dict[str, int] = field(default_factory=dict)
