"""Read WARC archives (plain or gzipped per record) with FastWARC, one record at a time.

One ``html`` document comes from each ``response`` record with a 2xx HTML
payload and each ``resource`` record of HTML; other records are skipped. FastWARC
stops quietly at a cut-off archive, so every record's payload is read (or skipped)
and counted against its ``Content-Length``: a short count means the archive is
truncated there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from dateline.config import Settings
from dateline.errors import Reject, SourceError, reject_from
from dateline.model import Document, Source
from dateline.sources.decode import decode_document
from dateline.sources.gzip_members import find_cut_member
from dateline.sources.http_body import decode_http_body
from dateline.sources.records import STEP, make_document, reject

log = logging.getLogger(__name__)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_PAGE_TYPES = (WarcRecordType.response, WarcRecordType.resource)

WarcRecord = Any  # Any: fastwarc ships no type stubs


def read_warc(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Document | Reject]:
    """Read the HTML pages of a WARC archive, streaming record by record.

    Args:
        stream: the archive as stored (FastWARC detects and undoes gzip itself);
            it must support ``read`` and ``tell``.
        name: the path shown in sources and rejects.
        settings: ``max_document_bytes`` caps each record's payload.

    Yields:
        A document per HTML page (``Source.offset`` is the record's offset in the
        file, ``Source.id`` its WARC-Record-ID, ``Source.url`` its target URI);
        rejects for records over the size limit (DL-SRC-006), undecodable pages,
        and, last, for a truncated or malformed archive (DL-SRC-005) or a broken
        gzip member (DL-SRC-004). Records read before the break still come out.
    """
    last: int | None = None
    cut = False
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
            last = record.stream_pos
            result = _read_record(record, name, settings)
            cut = cut or (isinstance(result, Reject) and result.code == "DL-SRC-005")
            if result is not None:
                yield result
    except OSError as exc:
        yield _broken(exc, name, last)
        return
    member = None if cut else find_cut_member(stream, last or 0)
    if member is not None:
        yield reject(
            "DL-SRC-004",
            "the gzip member here is cut off or corrupt, so records from here on are lost; "
            "re-download the archive",
            path=name,
            offset=member,
        )


def _read_record(record: WarcRecord, name: str, settings: Settings) -> Document | Reject | None:
    """Read or skip one record; return its document, a reject, or None when skipped."""
    pos = record.stream_pos
    if not str(record.headers.get("Content-Length") or "").strip().isdigit():
        return _truncated(name, pos, "its header is cut off or has no valid Content-Length")
    if not _is_page(record):
        log.debug("%s@%d: skipping %s record", name, pos, record.record_type)
        return _skip(record, name, pos)
    expected = record.content_length
    if expected > settings.max_document_bytes:
        return _skip(record, name, pos) or _too_large(name, pos, settings)
    body = record.reader.read()
    if len(body) < expected:
        return _truncated(name, pos, f"its payload has {len(body)} of {expected} bytes")
    try:
        return _document(record, body, name, settings)
    except SourceError as exc:
        return reject_from(exc, step=STEP)


def _document(record: WarcRecord, body: bytes, name: str, settings: Settings) -> Document | Reject:
    """Decode one HTML payload and build its document."""
    pos = record.stream_pos
    http = record.http_headers if record.is_http else None
    if http is not None:
        body = decode_http_body(
            body,
            http,
            limit=settings.max_document_bytes,
            path=name,
            offset=pos,
        )
    declared = record.http_charset if http is not None else _charset(_record_type_header(record))
    text = decode_document(body, name, "html", declared=declared, offset=pos)
    if isinstance(text, Reject):
        return text
    headers = record.headers
    source = Source(
        path=name,
        format="warc",
        offset=pos,
        id=headers.get("WARC-Record-ID"),
        url=headers.get("WARC-Target-URI"),
    )
    date = (headers.get("WARC-Date") or "").strip()
    meta = {"date": date, "date_signal": "warc" if date else ""}
    return make_document(source, "html", text, meta)


def _is_page(record: WarcRecord) -> bool:
    """Return True for a 2xx HTML response or an HTML resource record."""
    if record.record_type not in _PAGE_TYPES:
        return False
    if record.record_type == WarcRecordType.resource:
        mime = _record_type_header(record).split(";")[0].strip().lower()
        return mime in _HTML_TYPES
    if not record.is_http or record.http_headers is None:
        return False
    status = record.http_headers.status_code or 0
    mime = (record.http_content_type or "").lower()
    return 200 <= status < 300 and mime in _HTML_TYPES


def _record_type_header(record: WarcRecord) -> str:
    """Return the record's own Content-Type header (not the HTTP one)."""
    return str(record.headers.get("Content-Type") or "")


def _charset(content_type: str) -> str | None:
    """Return the charset parameter of a Content-Type header, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _skip(record: WarcRecord, name: str, pos: int) -> Reject | None:
    """Read past a record's payload; return a DL-SRC-005 reject if it is cut off."""
    expected = record.content_length
    got = record.reader.consume()
    if got < expected:
        return _truncated(name, pos, f"its payload has {got} of {expected} bytes")
    return None


def _too_large(name: str, pos: int, settings: Settings) -> Reject:
    """Build the DL-SRC-006 reject for a record over the size limit."""
    return reject(
        "DL-SRC-006",
        f"record payload is larger than max_document_bytes={settings.max_document_bytes}; "
        "raise the limit to read it",
        path=name,
        offset=pos,
    )


def _truncated(name: str, pos: int, why: str) -> Reject:
    """Build the DL-SRC-005 reject for a record cut off or malformed."""
    return reject(
        "DL-SRC-005",
        f"WARC record is truncated or malformed: {why}; "
        "the archive ends here, re-download or repair it (e.g. warcio recompress)",
        path=name,
        offset=pos,
    )


def _broken(exc: OSError, name: str, last: int | None) -> Reject:
    """Build the reject for an archive FastWARC could not read on after `last`."""
    detail = str(exc) or type(exc).__name__
    place = "at the start" if last is None else f"after the record at offset {last}"
    if "gzip" in detail.lower() or "decompress" in detail.lower():
        return reject(
            "DL-SRC-004",
            f"the gzip data {place} is corrupt ({detail}); re-download the archive",
            path=name,
            offset=last or 0,
        )
    return reject(
        "DL-SRC-005",
        f"not a WARC record {place} ({detail}); "
        "if this is not a WARC archive, name its format with --format-in",
        path=name,
        offset=last or 0,
    )
