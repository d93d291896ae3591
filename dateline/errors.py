"""Exceptions and reject codes.

The library raises; only ``cli.py`` (and later the HTTP API) turns exceptions into
messages. The tree::

    DatelineError                 base of everything dateline raises on purpose
    ├── ConfigError               a bad setting: names the key, the value, what is allowed
    ├── StoreError                the store cannot be opened or written
    └── InputError                one input (file, record, line) is bad; carries a reject code
        ├── SourceError           reading: unreadable, empty, binary, truncated, malformed
        └── ExtractError          extracting: no article text could be found

An `InputError` never stops a batch: the pipeline turns it into a `Reject`
(``{source, offset, step, code, message}``) and goes on. Codes are short stable
strings, listed once in `REJECT_CODES` and documented in docs/errors.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REJECT_CODES: dict[str, str] = {
    "DL-SRC-001": "the input cannot be read (missing, unreadable, permission denied)",
    "DL-SRC-002": "the input is empty",
    "DL-SRC-003": "the input is binary, not text or HTML",
    "DL-SRC-004": "a compressed input is truncated or corrupt (gzip)",
    "DL-SRC-005": "a WARC record is truncated or malformed",
    "DL-SRC-006": "a document is larger than the size limit (max_document_bytes)",
    "DL-SRC-007": "a JSONL line is not a JSON object, or has no text or html field",
    "DL-SRC-008": "a feed is malformed or has no items",
    "DL-SRC-009": "the bytes cannot be decoded as text in any encoding tried",
    "DL-SRC-010": "the input format cannot be recognised",
    "DL-SRC-011": "a path or glob matches no file",
    "DL-EXT-001": "no article text was found in the document",
    "DL-EXT-002": "the extractor failed on this document",
    "DL-RUN-001": "a later step (temporal, ...) failed on this document",
}


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class ConfigError(DatelineError):
    """A setting has a bad value; the message names the key and the allowed values."""


class StoreError(DatelineError):
    """The store cannot be opened, migrated or written."""


class InputError(DatelineError):
    """One input is bad. Carries the reject code and where the input is.

    Args:
        code: a key of `REJECT_CODES`.
        message: what is wrong, in one line, ending with what to do when that helps.
        path: the input's path (or ``-`` for stdin).
        offset: byte offset, or item index, of the bad part; None for the whole file.
        line: 1-based line number when the input is line-based.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        path: str,
        offset: int | None = None,
        line: int | None = None,
    ) -> None:
        if code not in REJECT_CODES:
            raise ValueError(f"unknown reject code {code!r}")
        self.code = code
        self.message = message
        self.path = path
        self.offset = offset
        self.line = line
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        """Return ``path``, ``path:line N`` or ``path@offset``."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.offset is not None:
            return f"{self.path}@{self.offset}"
        return self.path


class SourceError(InputError):
    """An input could not be read into documents."""


class ExtractError(InputError):
    """A document could not be turned into an article."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Reject:
    """One rejected input, as written to the store's rejects table or rejects.jsonl."""

    path: str
    offset: int | None
    line: int | None
    step: str
    code: str
    message: str
    document_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the reject as a JSON-ready dict."""
        return {
            "path": self.path,
            "offset": self.offset,
            "line": self.line,
            "step": self.step,
            "code": self.code,
            "message": self.message,
            "document_id": self.document_id,
        }

    def one_line(self) -> str:
        """Return the one-line message shown on stderr."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        elif self.offset is not None:
            where += f"@{self.offset}"
        return f"{where}: {self.code}: {self.message}"


def reject_from(error: InputError, *, step: str, document_id: str | None = None) -> Reject:
    """Turn an `InputError` into a `Reject` for the given step."""
    return Reject(
        path=error.path,
        offset=error.offset,
        line=error.line,
        step=step,
        code=error.code,
        message=error.message,
        document_id=document_id,
    )
