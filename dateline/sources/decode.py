"""Turn raw bytes into text: BOM, declared charset, UTF-8, a detector guess, cp1252.

A declared charset (an HTML ``<meta>`` or an HTTP header) is a hint, not a promise:
it is used only when the bytes decode strictly with it, so a page that says
``utf-8`` but is really cp1252 still comes out right, and ``charset=nonsense``
is ignored. `looks_binary` tells text from images, archives and PDFs.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from dateline.errors import Reject
from dateline.model import ContentKind
from dateline.sources.records import reject

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",  # zip, docx, epub
    b"%PDF-",
    b"\x1f\x8b",  # gzip inside gzip
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",  # webp, wav
    b"\x7fELF",
)
_META_SCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DETECT_BYTES = 64 * 1024
_MAX_BAD_SHARE = 0.1
_TIE = 0.01  # short texts often score the same in cp1250 and cp1252


def looks_binary(data: bytes) -> bool:
    """Return True when the bytes start like an image, archive or PDF, or hold NULs.

    Args:
        data: the start of the input (at least the first KB, when there is one).

    Returns:
        True for binary data; text in UTF-16/32 with a BOM is not binary.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    if any(data.startswith(magic) for magic in _MAGIC):
        return True
    return b"\x00" in data[:1024]


def decode_bytes(data: bytes, *, declared: str | None = None, is_html: bool) -> str:
    """Decode a document, trying encodings from the most to the least trusted.

    The order is: a byte-order mark; for HTML, a ``<meta charset>`` or
    ``http-equiv`` content type in the first 4 KB; the ``declared`` charset (from
    HTTP headers); strict UTF-8; the best guess of charset-normalizer; cp1252 with
    replacement characters. A declared charset is used only if it names a known
    codec and the bytes decode strictly with it.

    Args:
        data: the raw bytes of one document.
        declared: a charset named outside the document (HTTP ``Content-Type``).
        is_html: look for a charset in the HTML ``<meta>`` tags.

    Returns:
        The decoded text.

    Raises:
        ValueError: no encoding fits and the cp1252 fallback would turn more than
            a tenth of the text into replacement or control characters.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    hints = [_meta_charset(data) if is_html else None, declared, "utf-8"]
    for hint in hints:
        text = _strict(data, hint)
        if text is not None:
            return text
    return _guess(data)


def decode_document(
    data: bytes,
    name: str,
    kind: ContentKind,
    *,
    declared: str | None = None,
    offset: int | None = None,
) -> str | Reject:
    """Decode one document's bytes, or reject them as empty, binary or undecodable.

    Args:
        data: the document's bytes.
        name: the path shown in rejects.
        kind: ``html`` looks for a ``<meta>`` charset; ``text`` does not.
        declared: a charset named by the container (HTTP headers in a WARC).
        offset: where the document starts, for rejects.

    Returns:
        The decoded text, or a reject (DL-SRC-002, DL-SRC-003 or DL-SRC-009).
    """
    if not data.strip():
        code, why = "DL-SRC-002", "document is empty or only whitespace; remove it"
    elif looks_binary(data[:1024]):
        code, why = (
            "DL-SRC-003",
            (
                "document is binary (NUL bytes or an image/archive/PDF signature), "
                "not text or HTML; remove it from the inputs"
            ),
        )
    else:
        try:
            return decode_bytes(data, declared=declared, is_html=kind == "html")
        except ValueError as exc:
            code, why = "DL-SRC-009", f"cannot decode the bytes: {exc}; convert it to UTF-8"
    return reject(code, why, path=name, offset=offset)


def _meta_charset(data: bytes) -> str | None:
    """Return the charset named by a ``<meta>`` tag near the top of an HTML page."""
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _strict(data: bytes, charset: str | None) -> str | None:
    """Decode with a named charset, or return None if it is unknown or does not fit."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset.strip().lower())
    except LookupError:
        log.debug("ignoring unknown charset %r", charset)
        return None
    if codec.name.startswith(("utf-16", "utf-32")) and b"\x00" not in data[:1024]:
        return None  # a page that names UTF-16 in ASCII bytes is not UTF-16
    try:
        return data.decode(codec.name)
    except (UnicodeDecodeError, ValueError):
        log.debug("declared charset %s does not fit the bytes; trying others", codec.name)
        return None


def _best_guess(sample: bytes) -> str | None:
    """Return charset-normalizer's pick; on a tie with cp1252, the web's default, cp1252."""
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tie = match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _TIE
        if match.encoding == "cp1252" and tie:
            return "cp1252"
    return str(best.encoding)


def _guess(data: bytes) -> str:
    """Decode with charset-normalizer's best guess, else cp1252 with replacements."""
    guess = _best_guess(data[:_DETECT_BYTES])
    text = _strict(data, guess)
    if text is not None:
        return text
    text = data.decode("cp1252", errors="replace")
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    if text and bad / len(text) > _MAX_BAD_SHARE:
        raise ValueError(f"{bad} of {len(text)} characters do not decode in any encoding tried")
    return text
