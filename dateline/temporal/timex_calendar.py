"""Calendar arithmetic for TIMEX3 values: the anchor, shifts, weeks, quarters, seasons.

The anchor is parsed once into an `AnchorDate` whose month and day may be unknown;
every helper that needs a part the anchor lacks returns ``None``, and the caller
then writes ``X`` for that part of the value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Anchors outside these years are treated as malformed, so that shifting them by the
# amounts a text can name ("a century ago", "next week") stays on the calendar.
MIN_YEAR, MAX_YEAR = 1000, 8999
_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class AnchorDate:
    """The anchor date of an article, at year, month or day granularity."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The anchor as a date, when it is known to the day."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def parse_anchor(anchor: str | None) -> AnchorDate | None:
    """Read ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (years 1000-8999); anything else is no anchor."""
    if not isinstance(anchor, str):
        return None
    m = _ANCHOR.fullmatch(anchor.strip())
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return AnchorDate(year)
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return AnchorDate(year, int(month))
    try:
        dt.date(year, int(month), int(day))
    except ValueError:
        return None
    return AnchorDate(year, int(month), int(day))


def valid_day(year: int, month: int, day: int) -> bool:
    """Say whether the day exists."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def day_value(day: dt.date) -> str:
    """Return ``YYYY-MM-DD``."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def week_value(day: dt.date) -> str:
    """Return the ISO week of a day, ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_days(day: dt.date, days: int) -> dt.date | None:
    """Return the day moved by some days, or None off the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """Return (year, month) moved by some months."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def quarter_of(month: int) -> int:
    """Return the quarter (1-4) a month falls in."""
    return (month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    """Return (year, quarter) moved by some quarters."""
    index = year * 4 + quarter - 1 + quarters
    return index // 4, index % 4 + 1


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """Return the day with that ISO weekday: on or before (-1), on or after (+1), or nearest (0).

    The anchor day itself counts in every direction ("said Thursday" on a Thursday).
    Nearest looks at most three days back and three ahead (TIMEX3 practice).
    """
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction > 0:
        return anchor + dt.timedelta(days=ahead)
    if direction < 0:
        return anchor - dt.timedelta(days=(7 - ahead) % 7)
    if ahead <= 3:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=7 - ahead)


def pick_year(anchor: AnchorDate, when: int, now: int, tense: int) -> int:
    """Return the year of a month, season or quarter given without a year.

    ``when`` and ``now`` are positions in the year (months, or quarters) of the
    mention and of the anchor. In past-tense sentences the mention is the most
    recent one on or before the anchor; in future-tense ones the next one on or
    after it; otherwise the anchor's year.
    """
    if tense < 0 and when > now:
        return anchor.year - 1
    if tense > 0 and when < now:
        return anchor.year + 1
    return anchor.year


def century_value(year_prefix: int) -> str:
    """Return a century value (``18`` for the 19th century)."""
    return f"{year_prefix:02d}"
