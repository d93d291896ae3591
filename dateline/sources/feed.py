"""Read RSS and Atom feeds with feedparser: one ``html`` document per entry.

The whole feed is read (at most ``max_document_bytes``) and handed to feedparser
as a stream, never as bytes or a string, which feedparser would try to open as a
file name or URL. feedparser's XML parser does not expand external entities, and
an entity bomb makes the feed ill-formed rather than large.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import feedparser

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document, Source
from dateline.sources.records import make_document, reject

log = logging.getLogger(__name__)

Entry = Any  # Any: feedparser's dict-like entries have no type stubs


def read_feed(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Document | Reject]:
    """Read the entries of an RSS or Atom feed.

    Args:
        stream: the feed's bytes (already decompressed when they were gzipped).
        name: the path shown in sources and rejects.
        settings: ``max_document_bytes`` caps the whole feed.

    Yields:
        A document per entry with content or a summary (``Source.offset`` is the
        0-based entry index); a reject DL-SRC-008 for each entry with neither, or
        for a feed with no entries; DL-SRC-006 for a feed over the size limit.
    """
    limit = settings.max_document_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield reject(
            "DL-SRC-006",
            f"feed is larger than max_document_bytes={limit}; raise the limit or split it",
            path=name,
        )
        return
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        yield _no_entries(parsed, name)
        return
    if parsed.get("bozo"):
        log.warning(
            "%s: feed is not well-formed (%s); reading its entries anyway",
            name,
            parsed.get("bozo_exception"),
        )
    site = str(parsed.get("feed", {}).get("title") or "").strip()
    for index, entry in enumerate(entries):
        yield _entry(entry, index, name, site)


def _no_entries(parsed: Any, name: str) -> Reject:  # Any: feedparser's result dict
    """Build the DL-SRC-008 reject for a feed without entries."""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    why = f"is malformed ({problem})" if problem else "has no entries"
    return reject(
        "DL-SRC-008",
        f"feed {why}; check that it is RSS or Atom, or name its format with --format-in",
        path=name,
    )


def _entry(entry: Entry, index: int, name: str, site: str) -> Document | Reject:
    """Turn one feed entry into a document, or a reject when it has no content."""
    contents = entry.get("content") or []
    content = str(contents[0].get("value") or "") if contents else ""
    if not content.strip():
        content = str(entry.get("summary") or "")
    if not content.strip():
        return reject(
            "DL-SRC-008",
            f"feed entry {index} has no content and no summary; nothing to extract",
            path=name,
            offset=index,
        )
    source = Source(
        path=name,
        format="feed",
        offset=index,
        id=_text(entry.get("id")) or None,
        url=_text(entry.get("link")) or None,
    )
    date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    meta = {
        "title": _text(entry.get("title")),
        "date": date,
        "date_signal": "feed" if date else "",
        "site": site,
        "byline": _text(entry.get("author")),
    }
    return make_document(source, "html", content, meta)


def _text(value: object) -> str:
    """Return a feed field as stripped text, or empty."""
    return str(value).strip() if value else ""


def _iso(parsed: time.struct_time | None) -> str:
    """Return feedparser's UTC struct_time as an ISO datetime with offset, or empty."""
    if not parsed:
        return ""
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except ValueError:  # a leap second or an impossible date
        return ""
