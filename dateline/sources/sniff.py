"""Tell an input's format from its name, or failing that from its first bytes."""

from __future__ import annotations

import logging
import re
import zlib

from dateline.model import SourceFormat
from dateline.sources.decode import looks_binary

log = logging.getLogger(__name__)

EXTENSIONS: dict[str, SourceFormat] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".feed": "feed",
}
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 4096

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.I)
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|div|p|meta|title|!--)[\s>/]", re.I)


def format_from_name(name: str) -> SourceFormat | None:
    """Return the format an input's extension names (``.gz`` is looked through), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    return EXTENSIONS.get(lower[dot:]) if dot >= 0 else None


def detect_format(name: str, head: bytes) -> SourceFormat | None:
    """Find an input's format from its extension, else from its first bytes.

    Args:
        name: the path (or ``-``); a known extension, optionally with ``.gz``, decides.
        head: the first few KB of the input as stored (gzip is looked inside).

    Returns:
        The format, or None when the bytes are binary or empty.
    """
    by_name = format_from_name(name)
    if by_name is not None:
        return by_name
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_head(head)
    return _sniff(head)


def _gunzip_head(head: bytes) -> bytes:
    """Decompress what the head of a gzip stream holds; empty if it is corrupt."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def _sniff(head: bytes) -> SourceFormat | None:
    """Return the format the first bytes look like, or None for binary or empty data."""
    if head.startswith(b"WARC/1."):
        return "warc"
    if not head.strip() or looks_binary(head):
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = text[:HEAD_BYTES].lower()
    if lowered.startswith(b"<?xml") and _FEED_ROOT.search(lowered):
        return "feed"
    if lowered.startswith((b"<rss", b"<feed")):
        return "feed"
    if _HTML_START.match(lowered) or (lowered.startswith(b"<?xml") and b"<html" in lowered):
        return "html"
    if lowered.startswith(b"{"):
        return "jsonl"
    return "text"
