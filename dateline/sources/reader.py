"""Read every input into documents: expand names, open, sniff, gunzip, dispatch.

Each file is opened once and streamed; its first 4 KB are sniffed when the format
is not known from the extension (or forced). Any bad file becomes a `Reject` and
the next file is read: nothing here raises on bad input.
"""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, cast

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document, SourceFormat
from dateline.sources.decode import looks_binary
from dateline.sources.feed import read_feed
from dateline.sources.jsonl import read_jsonl
from dateline.sources.pages import read_html, read_text
from dateline.sources.paths import STDIN, expand_inputs
from dateline.sources.records import reject
from dateline.sources.sniff import GZIP_MAGIC, HEAD_BYTES, detect_format
from dateline.sources.streams import PrefixedStream
from dateline.sources.warc import read_warc

log = logging.getLogger(__name__)

Reader = Callable[[BinaryIO, str, Settings], Iterator[Document | Reject]]
READERS: dict[SourceFormat, Reader] = {
    "html": read_html,
    "text": read_text,
    "jsonl": read_jsonl,
    "warc": read_warc,
    "feed": read_feed,
}
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def read_documents(
    inputs: Iterable[str],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    fmt: SourceFormat | None = None,
) -> Iterator[Document | Reject]:
    """Read news inputs into raw documents, streaming, in a deterministic order.

    Args:
        inputs: file paths, folders (walked recursively, sorted), glob patterns
            (sorted), or ``-`` for ``stdin``.
        settings: ``max_document_bytes`` caps each document.
        stdin: the stream ``-`` reads; its format is sniffed from its content.
        fmt: read every input as this format instead of detecting it.

    Yields:
        Documents, and a `Reject` (step ``sources.v1``) for each bad file,
        record or line, in input order. Bad input never raises.
    """
    for item in expand_inputs(inputs):
        if isinstance(item, Reject):
            yield item
        elif item == STDIN:
            yield from _read_stdin(stdin, settings, fmt)
        else:
            yield from _read_file(item, settings, fmt)


def _read_file(
    path: str, settings: Settings, fmt: SourceFormat | None
) -> Iterator[Document | Reject]:
    """Open one file, sniff its head, and read it."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(HEAD_BYTES)
            raw.seek(0)
            yield from _read_stream(raw, head, path, settings, fmt)
    except OSError as exc:  # readers turn their own read errors into rejects
        yield _unreadable(path, exc)


def _read_stdin(
    stdin: BinaryIO | None, settings: Settings, fmt: SourceFormat | None
) -> Iterator[Document | Reject]:
    """Read standard input, replaying its sniffed head."""
    if stdin is None:
        yield reject("DL-SRC-001", "no standard input was given to read '-' from", path=STDIN)
        return
    try:
        head = stdin.read(HEAD_BYTES)
    except OSError as exc:
        yield _unreadable(STDIN, exc)
        return
    stream = io.BufferedReader(PrefixedStream(head, stdin))
    yield from _read_stream(stream, head, STDIN, settings, fmt)


def _read_stream(
    raw: BinaryIO, head: bytes, name: str, settings: Settings, fmt: SourceFormat | None
) -> Iterator[Document | Reject]:
    """Check the head, pick the format and the reader, and read the stream."""
    gzipped = head.startswith(GZIP_MAGIC)
    inner = _inner_head(head) if gzipped else head
    problem = _head_problem(inner, name)
    if problem is not None:
        yield problem
        return
    # detect_format gives None only for empty or binary heads, rejected above
    found = fmt or detect_format(name, head) or "text"
    log.info("%s: reading as %s%s", name, found, " (gzip)" if gzipped else "")
    if found == "warc" or not gzipped:
        yield from _guarded(READERS[found], raw, name, settings)
        return
    with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
        yield from _guarded(READERS[found], cast(BinaryIO, unzipped), name, settings)


def _guarded(
    reader: Reader, stream: BinaryIO, name: str, settings: Settings
) -> Iterator[Document | Reject]:
    """Run a reader, turning a read error mid-stream into a final reject."""
    try:
        yield from reader(stream, name, settings)
    except _GZIP_ERRORS as exc:
        where = _position(stream)
        yield reject(
            "DL-SRC-004",
            f"gzip data is truncated or corrupt after {where} decompressed bytes "
            f"({exc or type(exc).__name__}); re-download or re-compress the file",
            path=name,
            offset=where,
        )
    except OSError as exc:
        yield _unreadable(name, exc)


def _inner_head(head: bytes) -> bytes | None:
    """Return the decompressed start of a gzip stream, or None if it is corrupt."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, HEAD_BYTES)
    except zlib.error:
        return None


def _head_problem(inner: bytes | None, name: str) -> Reject | None:
    """Return a reject for an input whose start is corrupt gzip, empty or binary."""
    if inner is None:
        return reject(
            "DL-SRC-004",
            "gzip header or data is corrupt; re-download or re-compress the file",
            path=name,
            offset=0,
        )
    if not inner.strip() and len(inner) < HEAD_BYTES:
        return reject("DL-SRC-002", "input is empty or only whitespace; remove it", path=name)
    if not inner.startswith(b"WARC/") and looks_binary(inner):
        return reject(
            "DL-SRC-003",
            "input is binary (NUL bytes or an image/archive/PDF signature), not news text; "
            "remove it from the inputs",
            path=name,
        )
    return None


def _position(stream: BinaryIO) -> int | None:
    """Return a stream's position, or None if it cannot tell."""
    try:
        return stream.tell()
    except (OSError, ValueError):
        return None


def _unreadable(name: str, exc: OSError) -> Reject:
    """Build the DL-SRC-001 reject for an input that cannot be read."""
    why = exc.strerror or str(exc) or type(exc).__name__
    return reject(
        "DL-SRC-001", f"cannot read the input ({why}); check it exists and is readable", path=name
    )
