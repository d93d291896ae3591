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

_MAX_HEADER_CHARS = 160
_TIME = r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?"
_DAY_ISO = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
_DAY_WORDS = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
)
_DAY = rf"(?:{_DAY_ISO}|{_DAY_WORDS})"
_SHORT_REPRINT = re.compile(r"^(?P<date>\d{1,2}-\d{1,2})\s+(?P<credit>[A-Za-z][\w .'-]{1,30})$")
_PARTS = re.compile(r"\s*\|\s*|\s+(?=(?:Source|From)\s*[:：])", re.I)
_CREDIT = re.compile(r"^(?:Source|From)\s*[:：]\s*(?P<credit>.{1,60})$", re.I)
_STAFF = re.compile(
    r"^(?:editor|web editor|chief editor|responsible editor|reporter|edited by|translated by)\s*[:：]",
    re.I,
)
_STAMPED = re.compile(
    rf"^(?:(?P<label>Published|Posted|Updated|Last updated|Modified|Date)\s*(?:on|at)?\s*[:：]?\s*)?"
    rf"(?P<date>{_DAY}){_TIME}\s*$",
    re.I,
)
_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'-]*){0,7})\s*$")
_MODIFIED_LABELS = frozenset({"updated", "last updated", "modified"})


@dataclass(frozen=True, slots=True, kw_only=True)
class HeaderLine:
    """What one header line says: a date of this copy, a credit, a byline."""

    date: DateFound | None = None
    credit: str | None = None
    byline: str | None = None


def read_header_line(line: str) -> HeaderLine | None:
    """Read one line as a reprint header, a date stamp or a byline.

    A line may hold several parts between bars ("PTI | Updated: Oct 17, 2025 19:42 IST",
    "By Camille Roussel | 6 November 2025, 17:05"); it is a header line only when every
    part is a credit, a date stamp, a byline or a staff credit.

    Args:
        line: one line near the top of a story.

    Returns:
        What the line says, or None when it is not a header line.
    """
    text = line.strip()
    if len(text) > _MAX_HEADER_CHARS:
        return None
    short = _SHORT_REPRINT.match(text)
    if short is not None:
        value = parse_date_text(short["date"])
        if value is None or find_agency(short["credit"]) is None:
            return None
        found = DateFound(value=value, text=short["date"], role="reprint", signal="header")
        return HeaderLine(date=found, credit=short["credit"].strip())
    parts = [_read_part(p) for p in _PARTS.split(text) if p.strip()]
    if not parts or any(p is None for p in parts):
        return None
    return _merge([p for p in parts if p is not None])


def _read_part(part: str) -> HeaderLine | None:
    """One part of a header line: a credit, a date stamp, a byline or a staff credit."""
    part = part.strip()
    if (m := _CREDIT.match(part)) is not None:
        return HeaderLine(credit=m["credit"].strip())
    if _STAFF.match(part) is not None:
        return HeaderLine()
    if (m := _BYLINE.match(part)) is not None:
        return HeaderLine(byline=m["name"].rstrip(", "))
    if (m := _STAMPED.match(part)) is not None:
        value = parse_date_text(m["date"])
        if value is None:
            return None
        label = (m["label"] or "").lower()
        role: DateRole = "modified" if label in _MODIFIED_LABELS else "published"
        return HeaderLine(date=DateFound(value=value, text=m["date"], role=role, signal="header"))
    if find_agency(part) is not None:
        return HeaderLine(credit=part)
    return None


def _merge(parts: list[HeaderLine]) -> HeaderLine | None:
    """Merge the parts of one line; a dated credit is a reprint header."""
    date = next((p.date for p in parts if p.date is not None), None)
    credit = next((p.credit for p in parts if p.credit), None)
    byline = next((p.byline for p in parts if p.byline), None)
    if date is None and credit is None and byline is None:
        return None
    if date is not None and credit is not None and date.role == "published":
        date = DateFound(value=date.value, text=date.text, role="reprint", signal="header")
    return HeaderLine(date=date, credit=credit, byline=byline)
