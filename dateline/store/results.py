"""The values the store hands back: batch results, search hits and statistics."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.corpus.copies import Changes
from dateline.model import Source


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


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityRow:
    """One corpus identity: its canonical facts, the aliases seen, and how often it appears."""

    key: str
    name: str
    type: str
    country: str | None
    role: str | None
    sector: str | None
    aliases: tuple[str, ...]
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRow:
    """One stored quote, with its article, the article's anchor date and its sentence."""

    article_id: str
    title: str | None
    date: str | None
    kind: str
    text: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    medium: str | None
    sentence: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    """One stored event with its article's title and the sentence it was coded from."""

    article_id: str
    title: str | None
    type: str
    mode: str
    cameo: str
    actor: str | None
    actor_name: str | None
    recipient: str | None
    recipient_name: str | None
    date: str | None
    date_source: str | None
    place: str | None
    aux: tuple[str, ...]
    trigger: str
    sentence: str
    confidence: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    """Where one article landed in the corpus: its story and its copy group.

    ``how`` says why it is in that story: ``new`` (it started it), ``similar``
    (with ``similarity``), ``copy`` (it copies an article of the story) or ``user``
    (moved by a merge or split). ``copy_group`` is the id of the group's first article.
    """

    article_id: str
    source: Source
    story_id: int
    copy_group: str
    how: str
    similarity: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """One story: its label, its articles, the independent sources among them and its window.

    ``independent_sources`` counts copy groups: copies of one wire story count once.
    """

    id: int
    label: str
    articles: int
    independent_sources: int
    first_day: str | None
    last_day: str | None
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyMember:
    """One article of a copy group, and what it changed against the group's first article."""

    article_id: str
    title: str | None
    site: str | None
    agency: str | None
    date: str | None
    of_article: str | None
    similarity: float | None
    changes: Changes | None  # None for the first article


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyGroup:
    """Copies of one story: the agency behind them, the earliest date, every copy."""

    id: str
    agency: str | None
    earliest: str | None
    article_count: int
    site_count: int
    members: tuple[CopyMember, ...]
