"""Read a plain-text dump of a scraped news page.

The layout these dumps share, each part optional but the body::

    Home | World | China                      navigation (before the title)
    Turkey receives second S-400 battery       the title
    12-28 Xinhua                               a reprint header
    WASHINGTON, Dec. 5 (Xinhua) -- U.S. ...    the dateline paragraph
    ... body paragraphs, one per line, blank lines optional ...
    Disclaimer: ... / Copyright © ... / Contact Us  SiteMap / Related: ...

No peer extractor reads this layout, so it is written here: the title is the first
line that is not navigation, not a header line and not a dateline paragraph; the
rest goes through `finish_body`.
"""

from __future__ import annotations

from dateline.extract.body import Body, finish_body
from dateline.extract.boilerplate import match_boilerplate
from dateline.extract.datelines import find_dateline
from dateline.extract.headers import read_header_line
from dateline.model import Boilerplate

_MAX_TITLE_WORDS = 30


def read_text_dump(text: str, *, title_in_text: bool = True) -> tuple[str | None, Body]:
    """Split a text dump into its title and finished body.

    Args:
        text: the decoded dump.
        title_in_text: whether the dump starts with a title line (False for the
            text field of a JSONL record whose title is a field of its own).

    Returns:
        The title (None when there is none) and the finished body.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    before: list[Boilerplate] = []
    title = None
    if title_in_text:
        i = 0
        while i < len(lines) - 1 and match_boilerplate(lines[i]) is not None:
            kind = match_boilerplate(lines[i]) or "navigation"
            before.append(Boilerplate(text=lines[i], kind=kind, position="before"))
            i += 1
        if i < len(lines) - 1 and _is_title(lines[i], lines[i + 1]):
            title = lines[i]
            i += 1
        lines = lines[i:]
    body = finish_body(lines, title=title)
    if before:
        body = Body(
            paragraphs=body.paragraphs,
            dateline=body.dateline,
            headers=body.headers,
            boilerplate=(*before, *body.boilerplate),
        )
    return title, body


def _is_title(line: str, following: str) -> bool:
    """A title is short, and is neither a header line nor a dateline (alone or not)."""
    if len(line.split()) > _MAX_TITLE_WORDS or read_header_line(line) is not None:
        return False
    return find_dateline(line) is None and find_dateline(line + " " + following) is None
