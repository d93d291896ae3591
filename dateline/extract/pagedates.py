"""Dates of an HTML page: those its markup and URL state, and its publication day.

`page_dates` lists what the page says about itself (meta tags, JSON-LD, marked-up
``<time>`` elements, a date in the URL); it is cheap and runs for every page.
`publication_date` picks one publication day, combining htmldate with signals in the
text that htmldate does not read (see its docstring for the rule).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from htmldate import find_date
from trafilatura.utils import load_html

from dateline.model import DateFound, DateRole, DateSignal

log = logging.getLogger(__name__)

# Any: lxml ships no type stubs; the tree comes from `extract_html` or `load_html`.
Tree = Any

_PUBLISHED_KEYS = frozenset(
    [
        "article:published_time",
        "og:article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "published-date",
        "article.published",
        "article_date_original",
        "dc.date",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "originalpublicationdate",
        "date",
        "release_date",
        "cxenseparse:recs:publishtime",
    ]
)
_MODIFIED_KEYS = frozenset(
    [
        "article:modified_time",
        "og:updated_time",
        "og:article:modified_time",
        "datemodified",
        "last-modified",
        "lastmod",
        "dcterms.modified",
        "article.updated",
        "modified_time",
    ]
)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?!\d)")
_COMPACT_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/_-]?(\d\d)[/_-]?(\d\d)(?=[/_.-]|$)|/((?:19|20)\d\d)/(\d\d?)/(\d\d?)/"
)
_FIRST_YEAR = 1995  # the web's first news sites; earlier "dates" are ids or typos
# How many leading body lines may hold a visible publication date ("March 3, 2020 -",
# "Published: ..."); a date further down is about the story, not the page.
_HEAD_LINES = 3


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


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv enero ene gennaio genn gen januar jänner janeiro",
        "february feb febr février févr fevrier febrero febbraio februar fevereiro fev",
        "march mar mars marzo märz marz março",
        "april apr avril abril aprile",
        "may mai mayo maggio maio",
        "june jun juin junio giugno juni junho",
        "july jul juillet juil julio luglio juli julho",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre settembre set setembro",
        "october oct octobre octubre ottobre ott oktober okt outubro out",
        "november nov novembre noviembre novembro",
        "december dec décembre decembre déc diciembre dic dicembre dezember dez dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|º)?\.?"
_YEAR = r"((?:19|20)\d\d)"
_TEXT_DAYS = (  # (pattern, order of the groups as day/month/year)
    (re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "mdy"),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), "dmy"),
)
_UPDATED = re.compile(r"\b(updated?|modifi|mis à jour|aggiornat|actualizad|aktualisiert)", re.I)


def text_day(text: str) -> tuple[str, str] | None:
    """Return the first full date (with a year) written in a line, and its text.

    Args:
        text: one line of page text.

    Returns:
        ``(YYYY-MM-DD, matched text)``, or None when the line has no valid full date.
    """
    best: tuple[int, str, str] | None = None
    for pattern, order in _TEXT_DAYS:
        match = pattern.search(text)
        if match is None or (best is not None and match.start() >= best[0]):
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = _MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
        value = _valid_day(int(parts["y"]), month or 0, int(parts["d"]))
        if value is not None:
            best = (match.start(), value, match.group(0))
    return (best[1], best[2]) if best else None


def publication_date(
    html: str, *, url: str | None, body: str | None = None, latest: str | None = None
) -> DateFound | None:
    """Pick the publication day of a page.

    The rule, in order (measured on the pubdate-htmldate set, benchmarks/pubdate.py):
    htmldate's extensive search with ``original_date=True`` wins when it finds a day,
    since overriding it with visible text dates lowered F there (0.942 -> 0.936:
    a date near the top of the text is as often a related story's or an event's);
    else a published meta/JSON-LD date; else a date in the URL; else a full date
    (with a year) in the first body lines, skipping "Updated ..." lines. A day after
    ``latest`` is never returned; the clock is never read by this code.

    Args:
        html: the decoded page.
        url: the page URL, searched for a date when the markup has none.
        body: the article body from `extract_html`, for the text fallback.
        latest: the latest acceptable day (``YYYY-MM-DD``), e.g. the crawl date;
            None leaves htmldate's own bound (the day it runs).

    Returns:
        The day, its source text, role "published" and its signal, or None.
    """
    try:
        tree = load_html(html) if html.strip() else None
    except Exception:  # hostile input: no date rather than an error
        tree = None
    if tree is None:
        return None
    found = page_dates(tree, url=url)
    candidates = [*_htmldate(html, url, found, latest), *_fallbacks(found, body)]
    for cand in candidates:
        if latest is None or cand.value <= latest:
            return cand
    return None


def _htmldate(
    html: str, url: str | None, found: tuple[DateFound, ...], latest: str | None
) -> list[DateFound]:
    """Return htmldate's day as a candidate, with the signal it most likely came from.

    htmldate parses the string itself: our parser drops HTML comments, where some
    CMSs write the date, and passing the URL makes htmldate prefer URL dates, which
    lost two pages on the benchmark; the URL date is a fallback here instead.
    """
    try:
        value = find_date(html, extensive_search=True, original_date=True, max_date=latest)
    except Exception:  # htmldate failing on a page means no date from it
        log.debug("htmldate failed on %s", url, exc_info=True)
        return []
    if not isinstance(value, str):
        return []
    same = [d for d in found if d.value == value and d.role == "published"]
    source = same[0] if same else None
    return [
        DateFound(
            value=value,
            text=source.text if source else value,
            role="published",
            signal=source.signal if source else "meta",
        )
    ]


def _fallbacks(found: tuple[DateFound, ...], body: str | None) -> list[DateFound]:
    """Return the other candidates, best first: meta, URL, then a date in the body head."""
    ordered = [d for d in found if d.role == "published" and d.signal == "meta"]
    ordered += [d for d in found if d.signal == "url"]
    for line in (body or "").split("\n")[:_HEAD_LINES]:
        hit = None if _UPDATED.search(line) else text_day(line)
        if hit is not None:
            ordered.append(DateFound(value=hit[0], text=hit[1], role="published", signal="text"))
            break
    return ordered
