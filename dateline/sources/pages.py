"""Read one saved web page (``.html``) or one plain-text dump (``.txt``) as one document."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import ContentKind, Document, Source
from dateline.sources.decode import decode_document
from dateline.sources.records import make_document, reject

log = logging.getLogger(__name__)


def read_html(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Document | Reject]:
    """Read a saved web page.

    Args:
        stream: the page's bytes (already decompressed when it was gzipped).
        name: the path shown in sources and rejects.
        settings: ``max_document_bytes`` caps the page.

    Yields:
        One ``html`` document, or a reject (DL-SRC-002/003/006/009).
    """
    yield _read_page(stream, name, settings, "html")


def read_text(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Document | Reject]:
    """Read a plain-text dump; newlines are normalised to ``\\n``, nothing else changes.

    Args:
        stream: the file's bytes (already decompressed when it was gzipped).
        name: the path shown in sources and rejects.
        settings: ``max_document_bytes`` caps the file.

    Yields:
        One ``text`` document, or a reject (DL-SRC-002/003/006/009).
    """
    yield _read_page(stream, name, settings, "text")


def _read_page(
    stream: BinaryIO, name: str, settings: Settings, kind: ContentKind
) -> Document | Reject:
    """Read at most limit+1 bytes, check them, decode them and build the document."""
    limit = settings.max_document_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        return reject(
            "DL-SRC-006",
            f"document is larger than max_document_bytes={limit}; "
            "raise the limit or split the file",
            path=name,
        )
    text = decode_document(data, name, kind)
    if isinstance(text, Reject):
        return text
    if kind == "text":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return make_document(Source(path=name, format=kind), kind, text)
