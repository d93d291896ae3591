"""A read-only stream that replays bytes already read (a sniffed head) before the rest."""

from __future__ import annotations

import io
import logging
from typing import BinaryIO

log = logging.getLogger(__name__)


class PrefixedStream(io.RawIOBase):
    """Replay ``head``, then read on from ``rest``; ``tell`` counts the bytes read.

    Pipes cannot seek back after sniffing their first bytes; this stream gives the
    readers the whole input again, and the position FastWARC asks for.

    Args:
        head: bytes already read from the start of the input.
        rest: the input, positioned just after ``head``.
    """

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._rest = rest
        self._pos = 0

    def readable(self) -> bool:
        """Return True: the stream can be read."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the head first, then from the rest; return the count."""
        view = memoryview(buffer).cast("B")
        if self._pos < len(self._head):
            chunk = self._head[self._pos : self._pos + len(view)]
        else:
            chunk = self._rest.read(len(view))
        view[: len(chunk)] = chunk
        self._pos += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        """Return how many bytes have been read."""
        return self._pos
