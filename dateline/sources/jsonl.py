"""Read JSONL exports: one JSON object per line, one document per object.

Fields are mapped by name (see docs/sources.md). Lines are read with a cap of
``max_document_bytes`` + 1 bytes, so one huge line never fills memory.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, BinaryIO

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import ContentKind, Document, Source
from dateline.sources.records import make_document, reject

log = logging.getLogger(__name__)

_TEXT_FIELDS = ("text", "body", "content")
_HTML_FIELDS = ("html", "raw_html")
_META_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)),
    ("date", ("date", "published", "pubdate", "date_publish", "published_at")),
    ("agency", ("source", "agency")),
    ("site", ("site", "site_name", "domain")),
    ("byline", ("author", "byline")),
    ("lang", ("lang", "language")),
)
_SKIP_CHUNK = 1024 * 1024


def read_jsonl(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Document | Reject]:
    """Read one document per non-blank line of a JSONL stream.

    Args:
        stream: the JSONL bytes (already decompressed when they were gzipped).
        name: the path shown in sources and rejects.
        settings: ``max_document_bytes`` caps each line.

    Yields:
        A document per good line (``Source.offset`` is the line's byte offset,
        ``Source.line`` its 1-based number), and a reject for each bad line
        (DL-SRC-006 too large, DL-SRC-007 not an object or no text/html).
    """
    limit = settings.max_document_bytes
    offset = 0
    number = 0
    seen = False
    while raw := stream.readline(limit + 1):
        number += 1
        start = offset
        offset += len(raw)
        if len(raw) > limit and not raw.endswith(b"\n"):
            offset += _skip_line(stream)
            yield reject(
                "DL-SRC-006",
                f"line is larger than max_document_bytes={limit}; raise the limit or split it",
                path=name,
                offset=start,
                line=number,
            )
        elif raw.strip():
            seen = True
            yield _parse_line(raw, Source(path=name, format="jsonl", offset=start, line=number))
        seen = seen or len(raw) > limit
    if not seen:
        yield reject("DL-SRC-002", "JSONL input has only blank lines; remove it", path=name)


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an over-long line, a chunk at a time; return the bytes skipped."""
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _parse_line(raw: bytes, where: Source) -> Document | Reject:
    """Turn one line into a document, or a DL-SRC-007 reject."""
    try:
        obj = json.loads(raw.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError) as exc:
        return _bad(where, f"not valid JSON ({_short(exc)})")
    if not isinstance(obj, dict):
        return _bad(where, f"a JSON {type(obj).__name__}, not an object")
    found = _content(obj)
    if found is None:
        return _bad(where, "no non-empty text/body/content or html/raw_html field")
    kind, content = found
    ident = _as_str(obj.get("id"))
    url = _first(obj, ("url", "link"))
    meta: dict[str, str] = {}
    for key, names in _META_FIELDS:
        meta[key] = (_first(obj, names) or "").strip()
        if key == "date" and meta[key]:
            meta["date_signal"] = "jsonl"
    source = Source(
        path=where.path, format="jsonl", offset=where.offset, line=where.line, id=ident, url=url
    )
    return make_document(source, kind, content, meta)


def _content(obj: dict[str, Any]) -> tuple[ContentKind, str] | None:
    """Return the kind and content of a record: text fields win over html fields."""
    text = _first(obj, _TEXT_FIELDS)
    if text is not None:
        return "text", text.replace("\r\n", "\n").replace("\r", "\n")
    html = _first(obj, _HTML_FIELDS)
    return ("html", html) if html is not None else None


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """Return the first of the named fields that holds a non-blank value, as a string."""
    for name in names:
        value = _as_str(obj.get(name))
        if value is not None and value.strip():
            return value
    return None


def _as_str(value: Any) -> str | None:  # Any: a JSON value of any type
    """Return a JSON scalar (or a list of strings) as a string; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return None


def _bad(where: Source, why: str) -> Reject:
    """Build the DL-SRC-007 reject for one line."""
    return reject(
        "DL-SRC-007",
        f"{why}; each line must be a JSON object with a text or html field",
        path=where.path,
        offset=where.offset,
        line=where.line,
    )


def _short(exc: BaseException) -> str:
    """Return an exception's message cut to one short line."""
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
