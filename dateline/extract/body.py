"""Finish a story body: header lines, the dateline, and boilerplate set aside.

Both HTML (after trafilatura) and plain-text dumps arrive here as a list of
paragraphs. `finish_body` reads the header lines above the story (reprint header,
date stamp, byline), cuts the dateline from the first paragraph, and sets aside the
site furniture before, inside and after the story — the footer is found from the
end: boilerplate lines, and the link lines under a "Related" heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.extract.boilerplate import match_boilerplate
from dateline.extract.datelines import find_dateline
from dateline.extract.headers import HeaderLine, read_header_line
from dateline.model import Boilerplate, BoilerplateKind, Dateline

_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)\]]*$")
_MAX_LINK_WORDS = 20
_MAX_DATELINE_ALONE = 60


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """A finished body: paragraphs, and what was read or set aside around them."""

    paragraphs: tuple[str, ...]
    dateline: Dateline | None
    headers: tuple[HeaderLine, ...]
    boilerplate: tuple[Boilerplate, ...]


def finish_body(paragraphs: list[str], *, title: str | None = None) -> Body:
    """Split paragraphs into header lines, the dateline, the story and boilerplate.

    Args:
        paragraphs: the candidate story paragraphs, in order, stripped.
        title: the article title; a first paragraph equal to it is dropped.

    Returns:
        The finished body. Every input paragraph ends in exactly one place: the
        story, a header, the dateline, or the boilerplate.
    """
    lines = [p for p in paragraphs if p]
    if title and lines and _same(lines[0], title):
        lines = lines[1:]
    kinds = [match_boilerplate(line) for line in lines]
    set_aside: list[Boilerplate] = []
    headers: list[HeaderLine] = []
    start = _read_head(lines, kinds, headers, set_aside)
    end = _find_tail(lines, kinds, start)
    story = _drop_inside(lines[start:end], kinds[start:end], set_aside)
    set_aside.extend(_tail_items(lines[end:], kinds[end:]))
    dateline, story = _cut_dateline([" ".join(line.split()) for line in story])
    return Body(
        paragraphs=tuple(story),
        dateline=dateline,
        headers=tuple(headers),
        boilerplate=tuple(set_aside),
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


Kinds = list[BoilerplateKind | None]


def _read_head(
    lines: list[str], kinds: Kinds, headers: list[HeaderLine], out: list[Boilerplate]
) -> int:
    """Consume header and boilerplate lines above the story; return where it starts."""
    i = 0
    while i < len(lines) - 1:
        header = read_header_line(lines[i])
        if header is not None:
            headers.append(header)
            out.append(Boilerplate(text=lines[i], kind="header", position="before"))
        else:
            kind = kinds[i]
            if kind is None:
                break
            out.append(Boilerplate(text=lines[i], kind=kind, position="before"))
        i += 1
    return i


def _link_like(line: str) -> bool:
    """A line that reads like a headline or link text, not a story sentence."""
    return len(line.split()) <= _MAX_LINK_WORDS and not _SENTENCE_END.search(line)


def _find_tail(lines: list[str], kinds: Kinds, start: int) -> int:
    """Index where the footer begins: boilerplate lines and related-link blocks."""
    end = len(lines)
    while end > start + 1:
        if kinds[end - 1] is not None:
            end -= 1
            continue
        head = end - 1
        while head > start and kinds[head] is None and _link_like(lines[head]):
            head -= 1
        if head > start and kinds[head] == "related":
            end = head
            continue
        break
    return end


def _tail_items(lines: list[str], kinds: Kinds) -> list[Boilerplate]:
    """Boilerplate entries for the footer lines, link lines taking their heading's kind."""
    items: list[Boilerplate] = []
    current: BoilerplateKind = "other"
    for line, kind in zip(lines, kinds, strict=True):
        if kind is not None:
            current = kind
        items.append(Boilerplate(text=line, kind=kind or current, position="after"))
    return items


def _drop_inside(story: list[str], kinds: Kinds, out: list[Boilerplate]) -> list[str]:
    """Set aside share bars, related-link blocks and credits found inside the story."""
    kept: list[str] = []
    in_related = False
    for line, kind in zip(story, kinds, strict=True):
        if kind is None and in_related and _link_like(line):
            kind = "related"
        in_related = kind == "related"
        if kind is None:
            kept.append(line)
        else:
            out.append(Boilerplate(text=line, kind=kind, position="inside"))
    return kept


def _cut_dateline(story: list[str]) -> tuple[Dateline | None, list[str]]:
    """Parse and cut the dateline of the first paragraph (alone on its line, or not)."""
    if not story:
        return None, story
    found = find_dateline(story[0])
    if found is not None:
        dateline, start = found
        return dateline, [story[0][start:], *story[1:]]
    if len(story) > 1 and len(story[0]) <= _MAX_DATELINE_ALONE:
        joined = story[0] + " " + story[1]
        found = find_dateline(joined)
        if found is not None and found[1] >= len(story[0]):
            dateline, start = found
            return dateline, [joined[start:], *story[2:]]
    return None, story
