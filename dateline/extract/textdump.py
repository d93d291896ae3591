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
from dateline.model import Boilerplate, BoilerplateKind

_MAX_TITLE_WORDS = 30
_MAX_MASTHEAD_WORDS = 12
_MAX_TITLE_WORDS_WITH_PERIOD = 8


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
        while i < len(lines) - 1 and (kind := _leading_kind(lines, i)) is not None:
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


def _leading_kind(lines: list[str], i: int) -> BoilerplateKind | None:
    """The boilerplate kind of a line above the title: furniture, or the site's
    masthead ("Evening Courier - Your trusted source"), which sits right above the
    navigation bar."""
    kind = match_boilerplate(lines[i])
    masthead = (
        kind is None
        and len(lines[i].split()) <= _MAX_MASTHEAD_WORDS
        and i + 2 < len(lines)
        and match_boilerplate(lines[i + 1]) == "navigation"
    )
    return "header" if masthead else kind


def _is_title(line: str, following: str) -> bool:
    """A title is short, and is neither a header line nor a dateline (alone or not)."""
    n_words = len(line.split())
    if n_words > _MAX_TITLE_WORDS or read_header_line(line) is not None:
        return False
    if n_words > _MAX_TITLE_WORDS_WITH_PERIOD and line.endswith("."):
        return False  # a story sentence: headlines do not end with a full stop
    return find_dateline(line) is None and find_dateline(line + " " + following) is None
