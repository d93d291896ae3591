"""The date of this copy: one day chosen from every date the extract step found.

The rule, first match wins (set on the pubdate-htmldate benchmark, benchmarks/pubdate.py):

1. htmldate's original publication day, read as the publisher's local day when a
   markup timestamp of the same moment says so (htmldate may take the UTC day);
2. a reprint header's or date stamp's full date (``2019-12-28 10:41 Source: Reuters``);
3. a published date from the markup, then from the URL;
4. the container's date: feed ``pubDate``, JSONL ``date``;
5. the dateline's day, when its year is known;
6. the crawl date of a WARC record (a copy is never younger than its capture).

Nothing here reads the clock; no full date means None.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.extract.dates import ISO_DAY
from dateline.extract.localday import utc_day
from dateline.model import DateFound

_ORDER: tuple[tuple[str, str], ...] = (
    ("published", "header"),
    ("reprint", "header"),
    ("published", "meta"),
    ("published", "url"),
    ("published", "feed"),
    ("published", "jsonl"),
    ("dateline", "dateline"),
    ("crawled", "warc"),
)


def copy_date(dates: Iterable[DateFound]) -> DateFound | None:
    """Choose the publication day of this copy from the dates found.

    Args:
        dates: the article's ``dates_found``.

    Returns:
        The chosen date (its value cut to ``YYYY-MM-DD``), or None when no full date
        was found.
    """
    full = [d for d in dates if ISO_DAY.match(d.value[:10])]
    by_htmldate = next((d for d in full if d.signal == "htmldate"), None)
    if by_htmldate is not None:
        return _as_local(by_htmldate, full)
    for role, signal in _ORDER:
        for found in full:
            if found.role == role and found.signal == signal:
                return DateFound(value=found.value[:10], text=found.text, role=found.role,
                                 signal=found.signal)  # fmt: skip
    return None


def _as_local(chosen: DateFound, full: list[DateFound]) -> DateFound:
    """htmldate's day, moved to the publisher's local day of the same moment.

    htmldate may give the UTC day of a markup timestamp; when a published timestamp
    of the markup falls on that UTC day but on another day where it was written
    ("2020-12-25T01:59:50+02:00"), or in the site's zone, the local day is the one.
    """
    for found in full:
        if (
            found.signal == "meta"
            and found.role == "published"
            and found.value != chosen.value
            and utc_day(found.text) == chosen.value
        ):
            return DateFound(value=found.value, text=found.text, role="published", signal="meta")
    return chosen
