"""Calendar spans of TIMEX3 date values, for matching events and ordering timelines.

A value names a span of days: ``2019-07-12`` one day, ``2019-07`` a month,
``2019-W28`` a week, ``2019-Q3`` a quarter, ``2019-SU`` a summer, ``2019`` a year,
``201`` a decade, ``19`` a century. Values without a calendar place (``PRESENT_REF``,
``XXXX-07``) have no span.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

Span = tuple[date, date]  # first and last day, both inclusive

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_PART_MONTHS = {
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14),
}  # fmt: skip


def span_of(value: str) -> Span | None:
    """Return the first and last day of a TIMEX3 date value, or None when it has none.

    Args:
        value: a TIMEX3 value such as ``2019-07-12``, ``2019-07``, ``2019``.

    Returns:
        The span, both ends inclusive.
    """
    try:
        return _span(value.strip())
    except ValueError:  # a month 13, a day 31 of June: no calendar place
        return None


def sort_key(value: str | None) -> tuple[date, date]:
    """Order values by start, and a longer span first: "2017" before "2017-03-05".

    Undated values sort last.
    """
    span = span_of(value) if value else None
    if span is None:
        return date.max, date.max
    start, end = span
    return start, date.max - (end - start)  # the later end (longer span) first


def _span(value: str) -> Span | None:
    if m := _DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _WEEK.fullmatch(value):
        start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + timedelta(days=6)
    if m := _PART.fullmatch(value):
        first, last = _PART_MONTHS[m[2]]
        return _months(int(m[1]), first, last)
    if re.fullmatch(r"\d{2,4}", value):
        width = 10 ** (4 - len(value))
        start_year = int(value) * width
        if start_year < 1:
            return None
        return date(start_year, 1, 1), date(start_year + width - 1, 12, 31)
    return None


def _months(year: int, first: int, last: int) -> Span:
    """Days from the first of month ``first`` to the end of month ``last`` (may pass December)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    after = date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return date(year, first, 1), after - timedelta(days=1)
