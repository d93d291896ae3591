"""The extract step: `Document` -> `Article`, for HTML pages and plain-text dumps.

HTML goes through `extract_html` (trafilatura for the body, htmldate for dates);
text goes through `read_text_dump`. Both bodies are finished the same way
(`finish_body`). This module then settles the article's metadata from every
source it has, in a fixed order of trust:

- agency: the dateline's credit, else the reprint header's, else the container's
  (JSONL ``source``/``agency``), else None. An unknown credit is kept as written.
- site: the container's (JSONL ``site``, feed title), else the page's
  (``og:site_name``), else the owner named in a copyright line, else None.
- dates: every date found, each with its role and signal; a year-less date
  (dateline "Dec. 5", header "12-28") gets the year that puts it on or before
  the earliest full date of this copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from dateline.config import Settings
from dateline.errors import ExtractError
from dateline.extract.agencies import find_agency
from dateline.extract.body import Body, finish_body
from dateline.extract.dates import ISO_DAY, fill_year, parse_date_text
from dateline.extract.html import extract_html
from dateline.extract.langguess import guess_lang
from dateline.extract.textdump import read_text_dump
from dateline.model import Article, Boilerplate, DateFound, DateRole, DateSignal, Document, Span

STEP_NAME = "extract.v1"
_CREDIT = re.compile(
    r"\b(?:(?:reprinted|republished|distributed)(?: with permission)? (?:from|by)"
    r"|first (?:published|reported) by|courtesy of|copyright (?:\(c\) )?\d{4}|© ?\d{4})"
    r"\s+(?P<src>(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4})",
    re.I,
)
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?:by\s+)?(?P<owner>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})",
    re.I,
)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:]\s+|\s+-\s+")
_META_ROLE: dict[str, tuple[DateRole, DateSignal]] = {
    "warc": ("crawled", "warc"),
    "feed": ("published", "feed"),
    "jsonl": ("published", "jsonl"),
}


def extract_article(doc: Document, settings: Settings) -> Article:
    """Extract the clean article, its metadata and its set-aside boilerplate.

    Args:
        doc: one document from a source reader.
        settings: run settings (``html_fast``).

    Returns:
        The article.

    Raises:
        ExtractError: no article text was found (DL-EXT-001).
    """
    meta = _meta_date(doc)
    found = _read_html(doc, settings, meta) if doc.kind == "html" else _read_text(doc)
    body = found.body
    text, paragraphs = _join(body.paragraphs)
    if not text.strip():
        raise ExtractError(
            "DL-EXT-001",
            "no article text found (the page may be a list, a paywall or a stub)",
            path=doc.source.path,
            offset=doc.source.offset,
            line=doc.source.line,
        )
    return Article(
        title=found.title,
        text=text,
        lang=doc.meta_get("lang") or found.lang or guess_lang(text),
        agency=_agency(body, doc.meta_get("agency")),
        site=doc.meta_get("site")
        or found.site
        or _copyright_owner(body)
        or site_from_url(doc.source.url),
        byline=doc.meta_get("byline")
        or found.byline
        or next((h.byline for h in body.headers if h.byline), None),
        dateline=body.dateline,
        dates_found=_dates(meta, body, found.dates),
        boilerplate=body.boilerplate,
        paragraphs=paragraphs,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Found:
    """What the format-specific reading found, before the metadata is settled."""

    title: str | None
    body: Body
    site: str | None = None
    byline: str | None = None
    lang: str | None = None
    dates: tuple[DateFound, ...] = ()


def _read_html(doc: Document, settings: Settings, meta: DateFound | None) -> _Found:
    parts = extract_html(
        doc.content,
        url=doc.source.url,
        fast=settings.html_fast,
        htmldate=settings.html_dates,
        latest=_latest_day(meta),
    )
    title = doc.meta_get("title") or _clean_title(parts.title, doc.meta_get("site") or parts.site)
    body = finish_body(parts.body.split("\n"), title=title)
    return _Found(
        title=title,
        body=_with_page_boilerplate(body, parts.boilerplate),
        site=parts.site,
        byline=parts.byline,
        lang=parts.lang,
        dates=parts.dates,
    )


def _read_text(doc: Document) -> _Found:
    meta_title = doc.meta_get("title")
    title, body = read_text_dump(doc.content, title_in_text=meta_title is None)
    return _Found(title=meta_title or title, body=body)


def _clean_title(title: str | None, site: str | None) -> str | None:
    """Drop the site's name from a page title: "Flood toll rises | Valley Ledger"."""
    seps = list(_TITLE_SEPARATOR.finditer(title or ""))
    if not title or not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    site_key = (site or "").casefold()
    if tail.casefold() == site_key or len(tail.split()) <= 3 < len(head.split()):
        return head.strip()
    first_head, first_tail = title[: seps[0].start()], title[seps[0].end() :]
    if first_head.casefold() == site_key:
        return first_tail.strip()
    return title


def _with_page_boilerplate(body: Body, page: tuple[Boilerplate, ...]) -> Body:
    """Put the page's own set-aside blocks around what the body finisher set aside."""
    before = tuple(b for b in page if b.position == "before")
    after = tuple(b for b in page if b.position != "before")
    return Body(
        paragraphs=body.paragraphs,
        dateline=body.dateline,
        headers=body.headers,
        boilerplate=(*before, *body.boilerplate, *after),
    )


def _join(paragraphs: tuple[str, ...]) -> tuple[str, tuple[Span, ...]]:
    """Join paragraphs with newlines and return the text with each paragraph's span."""
    spans: list[Span] = []
    pos = 0
    for para in paragraphs:
        spans.append(Span(start=pos, end=pos + len(para)))
        pos += len(para) + 1
    return "\n".join(paragraphs), tuple(spans)


def _agency(body: Body, container: str | None) -> str | None:
    if body.dateline is not None and body.dateline.agency:
        return body.dateline.agency
    for header in body.headers:
        if header.credit:
            return find_agency(header.credit) or header.credit
    credited = _credited_agency(body)
    if credited is not None:
        return credited
    if container:
        return find_agency(container) or container
    return None


def _credited_agency(body: Body) -> str | None:
    """A known agency credited in the footer: "Reprinted from Reuters", "(c) 2013 AP"."""
    for item in body.boilerplate:
        if item.kind not in {"disclaimer", "copyright"}:
            continue
        for m in _CREDIT.finditer(item.text):
            for end in range(len(words := m["src"].split()), 0, -1):
                agency = find_agency(" ".join(words[:end]))
                if agency is not None:
                    return agency
    return None


def _copyright_owner(body: Body) -> str | None:
    for item in body.boilerplate:
        if item.kind == "copyright":
            m = _COPYRIGHT_OWNER.search(item.text)
            if m is None:
                continue
            owner = re.split(r"\.\s|,|\||\ball rights\b", m["owner"], flags=re.I)[0]
            owner = owner.strip().rstrip(".")
            if owner and owner.lower() not in {"all", "the"}:
                return owner
    return None


def _dates(
    meta: DateFound | None, body: Body, page: tuple[DateFound, ...]
) -> tuple[DateFound, ...]:
    """Every date of the article, year-less ones completed from this copy's dates."""
    found = [h.date for h in body.headers if h.date is not None]
    found.extend(page)
    if meta is not None:
        found.append(meta)
    if body.dateline is not None and body.dateline.date_text:
        value = parse_date_text(body.dateline.date_text)
        if value is not None:
            text = body.dateline.date_text
            found.append(DateFound(value=value, text=text, role="dateline", signal="dateline"))
    reference = _reference_day(found)
    return tuple(
        DateFound(value=fill_year(d.value, reference), text=d.text, role=d.role, signal=d.signal)
        for d in found
    )


def _reference_day(found: list[DateFound]) -> str | None:
    """The earliest full date of this copy; a crawl date only when there is no other."""
    for roles in ({"reprint", "published", "modified"}, {"crawled"}):
        days = sorted(
            d.value[:10] for d in found if d.role in roles and ISO_DAY.match(d.value[:10])
        )
        if days:
            return days[0]
    return None


def _latest_day(found: DateFound | None) -> str | None:
    """The container's date (crawl, feed, export), the latest day a page can date from."""
    if found is None or not ISO_DAY.match(found.value[:10]):
        return None
    # a day's slack: the container may write the day in UTC, the page in local time
    return (date.fromisoformat(found.value[:10]) + timedelta(days=1)).isoformat()


def _meta_date(doc: Document) -> DateFound | None:
    raw = doc.meta_get("date")
    if not raw:
        return None
    value = parse_date_text(raw)
    if value is None:
        return None
    role, signal = _META_ROLE.get(
        doc.meta_get("date_signal") or doc.source.format, ("published", "meta")
    )
    return DateFound(value=value, text=raw, role=role, signal=signal)


def site_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.``, used when no site name is known."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
