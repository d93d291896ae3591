"""Helpers for the sources tests: fixture paths, a WARC writer, a collector, a fake pipe."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from pathlib import Path

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document
from dateline.sources import read_documents

FIXTURES = Path(__file__).parent.parent / "fixtures" / "sources"


def fixture(name: str) -> str:
    """Return the path of a fixture file as a string."""
    return str(FIXTURES / name)


def page(i: int, size: int = 0) -> bytes:
    """Return a small HTML page, padded to about `size` bytes."""
    pad = "x" * max(0, size - 80)
    body = f"<p>Story {i}{pad}</p>"
    return f"<html><head><title>Story {i}</title></head><body>{body}</body></html>".encode()


def http_response(
    body: bytes, *, ctype: str = "text/html; charset=utf-8", status: str = "200 OK", extra: str = ""
) -> bytes:
    """Return an HTTP response message with the given body."""
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def warc_record(
    block: bytes,
    *,
    i: int = 0,
    wtype: str = "response",
    ctype: str = "application/http; msgtype=response",
) -> bytes:
    """Return one WARC/1.0 record around a block."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: https://news.example/{i}\r\n"
        f"WARC-Date: 2024-03-0{i % 9 + 1}T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:rec-{i}>\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def html_records(count: int, size: int = 0) -> list[bytes]:
    """Return `count` WARC response records of HTML pages."""
    return [warc_record(http_response(page(i, size)), i=i) for i in range(count)]


def gzip_members(records: Iterable[bytes]) -> bytes:
    """Gzip each record as its own member, as .warc.gz files do."""
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def collect(
    inputs: list[str], settings: Settings | None = None, **kwargs: object
) -> list[Document | Reject]:
    """Read inputs into a list."""
    return list(read_documents(inputs, settings or Settings(), **kwargs))  # type: ignore[arg-type]


def docs(items: list[Document | Reject]) -> list[Document]:
    """Keep the documents."""
    return [x for x in items if isinstance(x, Document)]


def rejects(items: list[Document | Reject]) -> list[Reject]:
    """Keep the rejects."""
    return [x for x in items if isinstance(x, Reject)]


def stdin_of(data: bytes) -> io.BufferedReader:
    """Return a non-seekable binary stream, like a pipe."""
    return io.BufferedReader(_Pipe(data))


class _Pipe(io.RawIOBase):
    """A raw stream that cannot seek or tell, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        return self._data.readinto(buffer)
