"""Split an HTML news page into its article body, metadata and set-aside boilerplate.

The page is parsed once with lxml. trafilatura finds the body on a copy of that tree
(it copies a tree it is given); dateline reads the metadata and the page's text
blocks from the same tree. trafilatura runs in precision mode, with its fast cascade
by default, and a short result is retried with the full cascade. The body then goes
through a few precision filters: teaser, share and copyright lines at its edges or
inside it are dropped. Every text block of the page that is not in the body is kept
aside as a `Boilerplate` entry, classified by `classify_boilerplate`.

Tuned constants name the benchmark that set them: ``article-extraction dev`` is
``benchmarks/extraction.py`` on shared/datasets/article-extraction (62 pages).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from trafilatura import bare_extraction

from dateline.extract.boilerplate import classify_boilerplate
from dateline.extract.htmlparse import parse_html
from dateline.extract.pagedates import htmldate_day, page_dates
from dateline.model import Boilerplate, DateFound, Position

log = logging.getLogger(__name__)

# Any: lxml ships no type stubs; trees are only passed between the helpers here.
Tree = Any

# A precision-mode result shorter than this is retried with trafilatura's full
# cascade (readability/justext comparison); set on article-extraction dev, where the
# one fast-mode collapse left 121 characters and real bodies have 500+.
_RETRY_BELOW_CHARS = 250
# Caps that keep a record small on huge pages (not tuned: any page beyond them is
# a link farm, and the blocks kept still show what was set aside).
_MAX_BLOCKS = 200
_MAX_BLOCK_CHARS = 2000

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul body html".split()
)
_SKIP_TAGS = frozenset(
    "script style noscript template svg head iframe object embed select option button "
    "textarea canvas math".split()
)
_STRIP_TAGS = tuple(
    "script style noscript template svg iframe object embed canvas math nav footer aside "
    "form button select textarea head picture video audio link meta input".split()
)
_SPACE = re.compile(r"\s+")
_LANG = re.compile(r"([a-zA-Z]{2})(?![a-zA-Z])")


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlParts:
    """What `extract_html` finds in one HTML page.

    ``body`` holds one paragraph per line, whitespace normalised, no blank lines;
    ``dates`` are the dates of this copy found in the page's markup and URL;
    ``boilerplate`` is the page text outside the body, in document order.
    """

    title: str | None
    body: str
    byline: str | None
    site: str | None
    lang: str | None
    dates: tuple[DateFound, ...]
    boilerplate: tuple[Boilerplate, ...]


_EMPTY = HtmlParts(title=None, body="", byline=None, site=None, lang=None, dates=(), boilerplate=())


def extract_html(
    html: str,
    *,
    url: str | None = None,
    fast: bool = True,
    htmldate: bool = True,
    latest: str | None = None,
) -> HtmlParts:
    """Extract the article body, metadata, dates and boilerplate of an HTML page.

    Args:
        html: the decoded page.
        url: the page's URL, when known; used for URL dates and by trafilatura.
        fast: use trafilatura's fast cascade (short results are still retried
            with the full cascade); False always runs the full cascade.
        htmldate: also ask htmldate for the publication day (about 2 ms a page).
        latest: the latest day the page can date from (its crawl or feed date),
            ``YYYY-MM-DD``; an upper bound for htmldate.

    Returns:
        The parts found. A page with no extractable text gives ``body == ""``;
        an unparsable input gives all-empty parts. Never raises on any string.
    """
    try:
        tree = parse_html(html)
    except Exception:  # lxml raises many types on hostile input; an empty result is the answer
        log.debug("unparsable HTML page (%s)", url, exc_info=True)
        tree = None
    if tree is None:
        return _EMPTY
    meta = _head_meta(tree)
    ld = _json_ld(tree)
    title = meta.get("og:title") or meta.get("twitter:title") or _title(tree)
    dates = page_dates(tree, url=url)
    if htmldate:
        dates = (*dates, *htmldate_day(tree, html, latest=latest, known=dates))
    blocks = _text_blocks(tree)
    # Scripts, styles and widgets hold no article text; cutting them here (in C) makes
    # the copy trafilatura takes, and every pass it makes over it, cheaper.
    etree.strip_elements(tree, *_STRIP_TAGS, with_tail=False)
    body = _clean_body(_main_text(tree, url, fast))
    return HtmlParts(
        title=title,
        body=body,
        byline=_byline(meta, ld),
        site=meta.get("og:site_name") or _ld_name(ld.get("publisher")),
        lang=_lang(tree, meta),
        dates=dates,
        boilerplate=_boilerplate(blocks, body),
    )


def _main_text(tree: Tree, url: str | None, fast: bool) -> str:
    """Run trafilatura in precision mode; retry a short fast result with the full cascade."""
    text = _trafilatura_text(tree, url, fast)
    if fast and len(text) < _RETRY_BELOW_CHARS:
        retried = _trafilatura_text(tree, url, False)
        if len(retried) > len(text):
            return retried
    return text


def _trafilatura_text(tree: Tree, url: str | None, fast: bool) -> str:
    """Return trafilatura's main text of a tree, or "" when it finds none."""
    try:
        doc = bare_extraction(
            tree, url=url, fast=fast, favor_precision=True, include_comments=False
        )
    except Exception:  # a crash in the extractor degrades to an empty body
        log.warning("trafilatura failed on %s", url, exc_info=True)
        return ""
    text = getattr(doc, "text", None) if doc is not None else None
    return text if isinstance(text, str) else ""


def _head_meta(tree: Tree) -> dict[str, str]:
    """Map lowercased meta property/name/itemprop to the first non-empty content."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = _norm(el.get("content") or "")
        if key and value:
            found.setdefault(key.strip().lower(), value)
    return found


def _json_ld(tree: Tree) -> dict[str, Any]:  # Any: parsed JSON
    """Return the first JSON-LD object of the page that looks like an article."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            graph = item.get("@graph") if isinstance(item, dict) else None
            for obj in graph if isinstance(graph, list) else [item]:
                if isinstance(obj, dict) and ("headline" in obj or "datePublished" in obj):
                    return obj
    return {}


def _ld_name(value: Any) -> str | None:  # Any: a JSON-LD value
    """Return the name(s) of a JSON-LD person/organisation value, joined by ", "."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and _norm(name):
            names.append(_norm(name))
    return ", ".join(names) or None


def _byline(meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    """Return the author(s): JSON-LD author, else a meta author that is not a URL."""
    for value in (_ld_name(ld.get("author")), meta.get("author"), meta.get("article:author")):
        if value and not value.startswith(("http://", "https://")):
            return value
    return None


def _title(tree: Tree) -> str | None:
    """Return the text of the page's <title>, or None."""
    el = tree.find(".//title")
    text = _norm(el.text_content()) if el is not None else ""
    return text or None


def _lang(tree: Tree, meta: dict[str, str]) -> str | None:
    """Return the page language as a 2-letter lowercased code, or None."""
    candidates = (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("og:locale"),
    )
    for value in candidates:
        match = _LANG.match((value or "").strip())
        if match:
            return match.group(1).lower()
    return None


def _boilerplate(page_blocks: list[str], body: str) -> tuple[Boilerplate, ...]:
    """Return the page's text blocks that are not in the body, with kind and position."""
    flat = _norm(body.replace("\n", " "))
    blocks, seen = [], set()
    for text in page_blocks:
        if text not in seen:
            seen.add(text)
            blocks.append((text, bool(flat) and text in flat))
    inside = [i for i, (_, in_body) in enumerate(blocks) if in_body]
    first, last = (inside[0], inside[-1]) if inside else (len(blocks), len(blocks))
    kept = []
    for i, (text, in_body) in enumerate(blocks):
        if in_body:
            continue
        where: Position = "before" if i < first else "after" if i > last else "inside"
        clipped = text[:_MAX_BLOCK_CHARS]
        kept.append(Boilerplate(text=clipped, kind=classify_boilerplate(clipped), position=where))
        if len(kept) == _MAX_BLOCKS:
            break
    return tuple(kept)


def _text_blocks(tree: Tree) -> list[str]:
    """Return the whitespace-normalised text of the page's blocks, in document order."""
    blocks: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = " ".join("".join(parts).split())
        parts.clear()
        if text:
            blocks.append(text)

    body = tree.find(".//body")
    walker = etree.iterwalk(tree if body is None else body, events=("start", "end", "comment"))
    for event, el in walker:
        if event == "start":
            if el.tag in _SKIP_TAGS:
                walker.skip_subtree()
                continue
            if parts and el.tag in _BLOCK_TAGS:
                flush()
            if el.text:
                parts.append(el.text)
            continue
        if event == "end" and parts and el.tag in _BLOCK_TAGS:
            flush()
        if el.tail:
            parts.append(el.tail)
    flush()
    return blocks


def _clean_body(text: str) -> str:
    """Normalise whitespace: one paragraph per line, no blank lines."""
    lines = (_norm(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _norm(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()
