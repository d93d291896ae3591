"""Check that a multi-member gzip file (a ``.warc.gz``) ends with a whole member.

FastWARC stops quietly when the archive is cut inside a member's compressed
header or trailer, which would lose a record without a word. After FastWARC is
done, the members from the last record on are inflated again (output thrown
away, memory bounded) to see that each one ends cleanly.
"""

from __future__ import annotations

import logging
import zlib
from typing import BinaryIO

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024
_MAGIC = b"\x1f\x8b"


def find_cut_member(stream: BinaryIO, start: int) -> int | None:
    """Return the offset of a truncated or corrupt gzip member from ``start`` on.

    Args:
        stream: a seekable binary stream; it is left at its end.
        start: the offset of a member start (the last record read, or 0).

    Returns:
        The offset of the first member that does not end cleanly, or None when
        every member is whole, the data is not gzip, or the stream cannot seek.
    """
    if not stream.seekable():
        log.debug("cannot check the gzip members of a stream that cannot seek")
        return None
    stream.seek(start)
    if stream.read(2) != _MAGIC:
        return None
    stream.seek(start)
    try:
        member, pos = _inflate_to_end(stream, start)
    except zlib.error:
        return start
    return member if pos > member else None


def _inflate_to_end(stream: BinaryIO, start: int) -> tuple[int, int]:
    """Inflate members to the end; return (start of the last member, end of input)."""
    member = pos = start
    inflater = zlib.decompressobj(wbits=31)
    while chunk := stream.read(_CHUNK):
        pending = chunk
        while pending:
            inflater.decompress(pending, _CHUNK)
            if inflater.eof:
                rest = inflater.unused_data
                pos += len(pending) - len(rest)
                member, pending = pos, rest
                inflater = zlib.decompressobj(wbits=31)
            else:
                tail = inflater.unconsumed_tail
                pos += len(pending) - len(tail)
                pending = tail
    return member, pos
