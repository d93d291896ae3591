"""Dates of an HTML page: those its markup and URL state, and htmldate's reading.

`page_dates` lists what the page says about itself (meta tags, JSON-LD, marked-up
``<time>`` elements, a date in the URL). A timestamp in UTC ("2020-12-05T23:15Z") is
given the publisher's local day when the site's country is known from its domain
(`local_day`): a newsroom dates its stories by its own calendar. `htmldate_day` asks
htmldate, which also reads the text. Which date is the date of this copy is decided
later, from all of them (`dateline.extract.copydate`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from htmldate import find_date

from dateline.extract.localday import local_day
from dateline.model import DateFound, DateRole, DateSignal

log = logging.getLogger(__name__)

# Any: lxml ships no type stubs; the tree comes from `extract_html` or `load_html`.
Tree = Any

_PUBLISHED_KEYS = frozenset(
    "article:published_time og:article:published_time og:published_time datepublished "
    "pubdate publishdate publish-date publish_date published_time published-date "
    "article.published article_date_original dc.date dc.date.issued dcterms.issued "
    "dcterms.created sailthru.date parsely-pub-date originalpublicationdate date "
    "release_date cxenseparse:recs:publishtime".split()
)
_MODIFIED_KEYS = frozenset(
    "article:modified_time og:updated_time og:article:modified_time datemodified "
    "last-modified lastmod dcterms.modified article.updated modified_time".split()
)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?!\d)")
_COMPACT_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/_-]?(\d\d)[/_-]?(\d\d)(?=[/_.-]|$)|/((?:19|20)\d\d)/(\d\d?)/(\d\d?)/"
)
_NO_BOUND = "2100-12-31"
_FIRST_YEAR = 1995  # the web's first news sites; earlier "dates" are ids or typos


def page_dates(tree: Tree, *, url: str | None = None) -> tuple[DateFound, ...]:
    """List the dates a page states about itself in its markup and URL.

    Args:
        tree: the parsed page (an lxml HTML tree); it is only read.
        url: the page URL, searched for a ``/YYYY/MM/DD/`` style date.

    Returns:
        One `DateFound` per distinct (value, role, signal): role "published" or
        "modified", signal "meta" (meta tags, JSON-LD, ``<time>`` elements) or
        "url", in that order; ``text`` is the string the date was read from.
    """
    found: dict[tuple[str, DateRole, DateSignal], DateFound] = {}
    candidates = [*_meta_dates(tree), *_ld_dates(tree), *_time_dates(tree)]
    if url:
        candidates.extend(_url_dates(url))
    for role, signal, raw in candidates:
        value = day_of(raw)
        if value is not None and signal == "meta" and url:
            value = local_day(raw, url) or value
        if value is not None:
            key = (value, role, signal)
            found.setdefault(key, DateFound(value=value, text=raw, role=role, signal=signal))
    return tuple(found.values())


def day_of(text: str) -> str | None:
    """Return the ``YYYY-MM-DD`` day written at the start of an ISO-like string, or None."""
    head = text.strip()[:40]
    match = _ISO_DAY.search(head) or _COMPACT_DAY.search(head)
    if match is None:
        return None
    return _valid_day(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _valid_day(year: int, month: int, day: int) -> str | None:
    """Return the ISO day if it exists and is not before the web; else None."""
    if year < _FIRST_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_Candidate = tuple[DateRole, DateSignal, str]


def _meta_dates(tree: Tree) -> Iterator[_Candidate]:
    """Yield dates from <meta> tags with a known published/modified name."""
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        if not content:
            continue
        if key.strip() in _PUBLISHED_KEYS:
            yield "published", "meta", content
        elif key.strip() in _MODIFIED_KEYS:
            yield "modified", "meta", content


def _ld_dates(tree: Tree) -> Iterator[_Candidate]:
    """Yield datePublished/dateModified values of the page's JSON-LD objects."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            for key, role in (("datePublished", "published"), ("dateModified", "modified")):
                value = obj.get(key)
                if isinstance(value, str) and value.strip():
                    yield role, "meta", value.strip()  # type: ignore[misc]


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:  # Any: parsed JSON
    """Yield the top-level JSON-LD objects, looking inside lists and @graph."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            yield from (obj for obj in graph if isinstance(obj, dict))
        else:
            yield item


def _time_dates(tree: Tree) -> Iterator[_Candidate]:
    """Yield datetime values of <time> elements marked as published or modified."""
    for el in tree.iter("time"):
        value = (el.get("datetime") or "").strip()
        if not value:
            continue
        hint = " ".join(
            (
                el.get("itemprop") or "",
                el.get("class") or "",
                "pubdate" if "pubdate" in el.attrib else "",
            )
        ).lower()
        if "modif" in hint or "updat" in hint:
            yield "modified", "meta", value
        elif "publish" in hint or "pubdate" in hint:
            yield "published", "meta", value


def _url_dates(url: str) -> Iterator[_Candidate]:
    """Yield a ``/YYYY/MM/DD/`` or ``/YYYYMMDD`` date in the URL path."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DAY.search(path)
    if match is not None:
        groups = [g for g in match.groups() if g is not None]
        if _valid_day(int(groups[0]), int(groups[1]), int(groups[2])) is not None:
            yield "published", "url", match.group(0).strip("/")


def htmldate_day(
    tree: Tree, html: str, *, latest: str | None = None, known: tuple[DateFound, ...] = ()
) -> tuple[DateFound, ...]:
    """Ask htmldate for the page's original publication day.

    htmldate reads the markup and, in its extensive search, the page text. It runs
    first on our parsed tree (which it copies, so the tree is left as it was): five
    times faster than giving it the string. When no date of the markup confirms that
    answer, it runs again on the string, which it searches more widely (2 of the 200
    pages of the pubdate benchmark). Its upper bound is ``latest`` (e.g. the crawl
    date), else a fixed far-future day, never the clock, so the output does not depend
    on the day it runs.

    Args:
        tree: the parsed page, before anything is stripped from it.
        html: the page as text.
        latest: the latest acceptable day, ``YYYY-MM-DD``; None for no bound.
        known: the dates the markup states (`page_dates`).

    Returns:
        The day (role "published", signal "htmldate"), or nothing when htmldate finds
        none. A January 1 that no markup date confirms is dropped: it is what htmldate
        makes of a bare year ("Copyright © 2020"), not a publication day.
    """
    bound = latest or _NO_BOUND
    value = _find_date(tree, bound)
    if value is None or all(d.value != value for d in known):
        value = _find_date(html, bound) or value
    if value is None or (value.endswith("-01-01") and all(d.value != value for d in known)):
        return ()
    return (DateFound(value=value, text=value, role="published", signal="htmldate"),)


def _find_date(page: Tree | str, bound: str) -> str | None:
    """htmldate's extensive, original-date answer, or None."""
    try:
        value = find_date(page, extensive_search=True, original_date=True, max_date=bound)
    except Exception:  # htmldate failing on a page means no date from it
        log.debug("htmldate failed", exc_info=True)
        return None
    return value if isinstance(value, str) and day_of(value) is not None else None
