"""Undo HTTP transfer and content encodings of a payload stored in a WARC record.

WARC response records keep the HTTP message as it went over the wire, so the body
may be chunked and gzipped. Decompression is capped at ``max_document_bytes``,
so a gzip bomb in an archive cannot fill memory.
"""

from __future__ import annotations

import logging
import zlib
from typing import Protocol

from dateline.errors import SourceError

log = logging.getLogger(__name__)

_GZIP = frozenset({"gzip", "x-gzip"})
_DEFLATE = frozenset({"deflate"})


class Headers(Protocol):
    """HTTP headers as FastWARC gives them: ``get`` returns a value or None."""

    def get(self, key: str, /) -> str | None:
        """Return a header's value, or None."""


def decode_http_body(body: bytes, headers: Headers, *, limit: int, path: str, offset: int) -> bytes:
    """Return an HTTP body with its transfer and content encodings removed.

    Args:
        body: the payload after the HTTP headers, as stored.
        headers: the HTTP headers; ``Transfer-Encoding`` and ``Content-Encoding`` are used.
        limit: the largest decoded body accepted (``max_document_bytes``).
        path: the archive's path, for errors.
        offset: the record's offset in the archive, for errors.

    Returns:
        The decoded body.

    Raises:
        SourceError: DL-SRC-005 for bad chunking, DL-SRC-004 for a corrupt gzip or
            deflate body, DL-SRC-006 when the decoded body is over the limit,
            DL-SRC-009 for a content encoding that cannot be decoded.
    """
    transfer = headers.get("Transfer-Encoding") or ""
    if "chunked" in transfer.lower():
        body = _dechunk(body, path, offset)
    name = (headers.get("Content-Encoding") or "identity").strip().lower()
    if name in {"identity", ""}:
        return body
    if name in _GZIP | _DEFLATE:
        return _inflate(body, name in _GZIP, limit, path, offset)
    raise SourceError(
        "DL-SRC-009",
        f"HTTP Content-Encoding {name!r} is not supported (gzip and deflate are); "
        "re-crawl without it or decode the archive first",
        path=path,
        offset=offset,
    )


def _dechunk(body: bytes, path: str, offset: int) -> bytes:
    """Join the chunks of a chunked HTTP body."""
    parts: list[bytes] = []
    pos = 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        try:
            size = int(body[pos:end].split(b";")[0].strip(), 16) if end >= 0 else -1
        except ValueError:
            size = -1
        if size < 0 or end + 2 + size > len(body):
            raise SourceError(
                "DL-SRC-005",
                "the HTTP body says it is chunked but its chunks are malformed or cut off",
                path=path,
                offset=offset,
            )
        if size == 0:
            break
        parts.append(body[end + 2 : end + 2 + size])
        pos = end + 2 + size + 2
    return b"".join(parts)


def _inflate(body: bytes, gzipped: bool, limit: int, path: str, offset: int) -> bytes:
    """Decompress a gzip or deflate body, reading at most limit+1 bytes of output."""
    # deflate bodies are zlib streams in practice, raw deflate in a few servers
    for wbits in (31,) if gzipped else (15, -15):
        try:
            out = zlib.decompressobj(wbits=wbits).decompress(body, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit:
            raise SourceError(
                "DL-SRC-006",
                f"the decompressed HTTP body is larger than max_document_bytes={limit}",
                path=path,
                offset=offset,
            )
        return out
    raise SourceError(
        "DL-SRC-004",
        "the HTTP body is declared gzip/deflate but does not decompress",
        path=path,
        offset=offset,
    )
