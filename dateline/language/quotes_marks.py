"""Quotation marks: the character spans of the text that stand between quote marks.

Part of the quotes step (`dateline.language.quotes`); it reads the text only, never the
parse, so it works on any input. Double marks (straight ``"``, curly “ ”, „ “ and « »)
are paired within a paragraph; a paragraph that ends inside a quotation and a next
paragraph that opens with a quote mark make one multi-paragraph quotation (wire style).
Single marks (‘ ’ and straight ``'``) are paired only inside a sentence, outside double
quotes, and only where they cannot be an apostrophe, since they mostly mark a few quoted
words ("said there had been 'no movement'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = frozenset('"“”«»„')
SINGLE_MARKS = frozenset("'‘’")

_EVENTS = re.compile(r'\n|["“”«»„]')
# An opening single mark: at the start or after a space or an opening bracket, before a
# word character; the closing one: after a non-space, not before a word character.
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)([^'‘’\n\"“”]{1,200}?)(?<=\S)['’](?!\w)")
_PARA_START = re.compile(r"[ \t\r]*")


@dataclass(frozen=True, slots=True)
class Quoted:
    """One stretch of quoted text, marks included: ``text[start:end]``."""

    start: int
    end: int
    double: bool


def find_quoted(text: str) -> tuple[Quoted, ...]:
    """Return the quoted stretches of ``text``, in text order, marks included.

    Args:
        text: the article text.

    Returns:
        Double-quoted stretches (possibly over several paragraphs) and single-quoted
        stretches that lie outside them, sorted by start.
    """
    doubles = _pair_doubles(text)
    singles = [
        Quoted(m.start(), m.end(), False)
        for m in _SINGLE.finditer(text)
        if not any(q.start <= m.start() < q.end for q in doubles)
    ]
    return tuple(sorted([*doubles, *singles], key=lambda q: q.start))


def _pair_doubles(text: str) -> list[Quoted]:
    """Pair double quote marks; a quote left open at a paragraph end may continue."""
    found: list[Quoted] = []
    open_at: int | None = None
    text_end = 0  # end of the last non-space text seen, where a dangling quote is closed
    prev = para_end = 0
    continuing = False
    for m in _EVENTS.finditer(text):
        pos = m.start()
        chunk = text[prev:pos]
        if chunk.strip():
            text_end = prev + len(chunk.rstrip())
        prev = m.end()
        if m.group() == "\n":
            if open_at is not None and not continuing:
                para_end, continuing = text_end, True
            continue
        if continuing and open_at is not None:
            continuing = False
            if _starts_paragraph(text, pos):
                text_end = pos + 1
                continue  # the continuation mark of a multi-paragraph quotation
            found.append(Quoted(open_at, para_end, True))  # never closed: end it there
            open_at = None
        if open_at is None:
            open_at = pos
        else:
            found.append(Quoted(open_at, pos + 1, True))
            open_at = None
        text_end = pos + 1
    if open_at is not None:
        chunk = text[prev:]
        end = prev + len(chunk.rstrip()) if chunk.strip() else text_end
        found.append(Quoted(open_at, para_end if continuing else end, True))
    return [q for q in found if q.end - q.start > 2]


def _starts_paragraph(text: str, pos: int) -> bool:
    """Whether only spaces lie between the last line break before ``pos`` and ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    return _PARA_START.fullmatch(text, line_start, pos) is not None
