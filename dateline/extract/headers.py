"""Read the header lines that sites put above a story: reprint headers, dates, bylines.

A reprint header says when this copy was published and whose story it is::

    12-28 Xinhua
    2019-12-28 10:41 Source: Reuters
    Source: Xinhua| 2025-12-05 09:12:44|Editor: Li Na
    Published: December 5, 2025 10:41 GMT   /   Updated 2025-12-06
    By Jane Smith and Ali Demir

`read_header_line` turns one such line into a `HeaderLine`, or None when the line
is not a header (then it is the title or the story itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.extract.agencies import find_agency
from dateline.extract.dates import parse_date_text
from dateline.model import DateFound, DateRole

_TIME = r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?"
_DAY_ISO = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
_DAY_WORDS = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
)
_DAY = rf"(?:{_DAY_ISO}|{_DAY_WORDS})"
_SHORT_REPRINT = re.compile(r"^(?P<date>\d{1,2}-\d{1,2})\s+(?P<credit>[A-Za-z][\w .'-]{1,30})$")
_DATED_SOURCE = re.compile(
    rf"^(?P<date>{_DAY}){_TIME}\s*\|?\s*(?:Source|From)\s*[:：]\s*(?P<credit>[^|]{{1,60}}?)"
    r"\s*(?:\|.*)?$",
    re.I,
)
_SOURCE_DATED = re.compile(
    rf"^(?:Source|From)\s*[:：]\s*(?P<credit>[^|]{{1,60}}?)\s*\|\s*(?P<date>{_DAY}){_TIME}"
    r"\s*(?:\|.*)?$",
    re.I,
)
_STAMPED = re.compile(
    rf"^(?P<label>Published|Posted|Updated|Last updated|Modified|Date)\s*(?:on|at)?\s*[:：]?\s*"
    rf"(?P<date>{_DAY}){_TIME}\s*$",
    re.I,
)
_MODIFIED_LABELS = frozenset({"updated", "last updated", "modified"})
_BARE_DATE = re.compile(rf"^(?P<date>{_DAY}){_TIME}\s*$")
_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'-]*){0,7})\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class HeaderLine:
    """What one header line says: a date of this copy, a credit, a byline."""

    date: DateFound | None = None
    credit: str | None = None
    byline: str | None = None


def read_header_line(line: str) -> HeaderLine | None:
    """Read one line as a reprint header, a date stamp or a byline.

    Args:
        line: one line near the top of a story.

    Returns:
        What the line says, or None when it is not a header line.
    """
    text = line.strip()
    if len(text) > 120:
        return None
    for form in (_SHORT_REPRINT, _DATED_SOURCE, _SOURCE_DATED):
        m = form.match(text)
        if m is not None:
            credit = m["credit"].strip()
            value = parse_date_text(m["date"])
            if value is None:
                return None
            if form is _SHORT_REPRINT and find_agency(credit) is None:
                return None
            found = DateFound(value=value, text=m["date"], role="reprint", signal="header")
            return HeaderLine(date=found, credit=credit)
    return _read_stamp_or_byline(text)


def _read_stamp_or_byline(text: str) -> HeaderLine | None:
    m = _STAMPED.match(text) or _BARE_DATE.match(text)
    if m is not None:
        value = parse_date_text(m["date"])
        if value is None:
            return None
        label = (m.groupdict().get("label") or "published").lower()
        role: DateRole = "modified" if label in _MODIFIED_LABELS else "published"
        return HeaderLine(date=DateFound(value=value, text=m["date"], role=role, signal="header"))
    m = _BYLINE.match(text)
    if m is not None:
        return HeaderLine(byline=m["name"].rstrip(", "))
    return None
