"""Read the dates written in datelines and headers into ISO values.

Only the forms that datelines, reprint headers and page metadata use are read here
("Dec. 5", "2019-12-28 10:41", "December 5, 2025", "5 Dec 2025", "12-28"); the
time expressions of the body ("Thursday", "last month") belong to the temporal
stage. A date without a year is written TIMEX3-style as ``XXXX-MM-DD`` and can be
given a year from a reference date with `fill_year`.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FORMS = (
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])"),
    re.compile(rf"^{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?", re.I),
    re.compile(rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y>\d{{4}}))?", re.I),
    re.compile(r"^(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date_text(text: str) -> str | None:
    """Read a written date into ``YYYY-MM-DD``, or ``XXXX-MM-DD`` without a year.

    Args:
        text: the date as written, at the start of the string ("Dec. 5",
            "2019-12-28 10:41", "December 5, 2025", "5 Dec 2025", "12-28").

    Returns:
        The ISO value, or None when no valid calendar date is written.
    """
    text = re.sub(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", "", text.strip(), flags=re.I)
    for form in _FORMS:
        m = form.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
        year = int(groups["y"]) if groups.get("y") else None
        return _iso(year, month, int(groups["d"]))
    return None


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so Feb 29 passes without a year
    except ValueError:
        return None
    if year is not None and not 1900 <= year <= 2100:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def fill_year(value: str, reference: str | None) -> str:
    """Give a year-less ``XXXX-MM-DD`` the year that puts it on or before the reference.

    A dateline or header without a year names a day shortly before the copy
    date: the latest such day not after the reference (Dec. 30 with a reference
    of Jan. 2 is in the year before).

    Args:
        value: ``XXXX-MM-DD`` (returned unchanged when it has a year).
        reference: a ``YYYY-MM-DD...`` date of the copy, or None.

    Returns:
        ``YYYY-MM-DD`` when a reference was given and the day exists in that year,
        else ``value`` unchanged.
    """
    if not value.startswith("XXXX-") or not reference or not ISO_DAY.match(reference[:10]):
        return value
    ref = date.fromisoformat(reference[:10])
    month, day = int(value[5:7]), int(value[8:10])
    for year in (ref.year, ref.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref:
            return candidate.isoformat()
    return value
