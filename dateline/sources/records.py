"""What every reader yields: a `Document`, or a `Reject` naming the file and the place."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from dateline.errors import Reject
from dateline.model import ContentKind, Document, Source, content_id

log = logging.getLogger(__name__)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

STEP = "sources.v1"


def reject(
    code: str, message: str, *, path: str, offset: int | None = None, line: int | None = None
) -> Reject:
    """Build a reject of the sources step and log it at WARNING.

    Args:
        code: a key of `dateline.errors.REJECT_CODES`.
        message: one line: what is wrong and what to do.
        path: the input's path, or ``-`` for stdin.
        offset: byte offset (or feed item index) of the bad part.
        line: 1-based line number, for line-based inputs.

    Returns:
        The reject.
    """
    found = Reject(
        path=writable(path), offset=offset, line=line, step=STEP, code=code, message=message
    )
    log.info("rejected %s", found.one_line())  # the caller reports rejects to the user
    return found


def writable(text: str) -> str:
    """Replace lone surrogates, which no encoding can write, with U+FFFD.

    JSON escapes (``"\\ud800"``) and file names that are not valid UTF-8 (which
    Python decodes with surrogate escapes) can carry them into a document.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def make_document(
    source: Source, kind: ContentKind, content: str, meta: dict[str, str] | None = None
) -> Document:
    """Build a document whose id is the content id of its text.

    Args:
        source: where the document came from.
        kind: ``html`` or ``text``.
        content: the decoded content.
        meta: container fields (title, date, ...); empty values are dropped.

    Returns:
        The document.
    """
    content = writable(content)
    pairs = tuple((k, writable(v)) for k, v in (meta or {}).items() if v)
    source = replace(
        source,
        path=writable(source.path),
        id=None if source.id is None else writable(source.id),
        url=None if source.url is None else writable(source.url),
    )
    doc_id = content_id(kind, content.encode("utf-8"))
    log.debug("%s@%s: document %s (%s)", source.path, source.offset, doc_id, kind)
    return Document(source=source, kind=kind, content=content, meta=pairs, id=doc_id)
