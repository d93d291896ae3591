"""Normalise absolute and calendar-named mentions: dates, months, years, quarters, seasons.

Each ``norm_*`` function takes the family's regex match and the `Context` of the
mention and returns a `Norm`, or None to drop the candidate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.model import TimexType
from dateline.temporal.timex_calendar import (
    AnchorDate,
    century_value,
    day_value,
    pick_year,
    quarter_of,
    valid_day,
)
from dateline.temporal.timex_lexicon import MONTHS, SEASON_START, SEASONS, ordinal_value


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalised mention, before it becomes a `TimeExpr`."""

    type: TimexType
    value: str
    relative: bool = False
    granularity: str | None = None
    range: tuple[str, str] | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Context:
    """What a normaliser knows besides the match.

    ``tense`` is -1 (past), 0 (unknown) or 1 (future) for the mention's sentence;
    ``ref`` is the last day mentioned before it (else the anchor day);
    ``day_first`` says slash dates in this text are day-first.
    """

    anchor: AnchorDate | None
    tense: int = 0
    ref: dt.date | None = None
    day_first: bool = False


# Confidence of a value that needed the tense cue to pick past or future
# (a rough rate read off MEANTIME's month and weekday mentions, benchmarks/timex.py).
GUESSED = 0.8


def month_number(name: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return MONTHS[name.lower().rstrip(".")]


def year_of(m: re.Match[str]) -> int | None:
    """Return the four-digit year of group ``y``, if any."""
    text = m.groupdict().get("y")
    return int(text) if text else None


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if valid_day(2000, month, day) else None
    return day_value(dt.date(year, month, day)) if valid_day(year, month, day) else None


def _infer_year(ctx: Context, month: int, day: int) -> tuple[int | None, bool]:
    """Return the year of a month-day without a year, and whether the anchor set it."""
    if ctx.anchor is None:
        return None, True
    now = (ctx.anchor.month or month) * 32 + (ctx.anchor.day or day)
    return pick_year(ctx.anchor, month * 32 + day, now, ctx.tense), True


def _dated(year: int | None, month: int, days: tuple[int, int | None], ctx: Context) -> Norm | None:
    relative = False
    if year is None:
        year, relative = _infer_year(ctx, month, days[0])
    first = _day(year, month, days[0])
    if first is None:
        return None
    span = None
    if days[1] is not None:
        last = _day(year, month, days[1])
        if last is None or days[1] <= days[0]:
            return None
        span = (first, last)
    confidence = GUESSED if relative and ctx.tense == 0 else 1.0
    return Norm("DATE", first, relative, "day", span, confidence)


def _daynum(text: str | None) -> int | None:
    return int(text.rstrip("stndrhSTNDRH")) if text else None


def norm_monthday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Dec. 5", "5 December 2019", "Dec. 3-4" (one mention, value = first day, with a range)."""
    day = _daynum(m["d"])
    if day is None:
        return None
    return _dated(year_of(m), month_number(m["month"]), (day, _daynum(m["d2"])), ctx)


def norm_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "2019-12-05"."""
    return _dated(int(m["y"]), int(m["m"]), (int(m["d"]), None), ctx)


def norm_slash(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "12/5/2019", month first unless the day cannot be a month or the text is day-first."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if ctx.day_first or a > 12 else (a, b)
    year = int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year <= _two_digit_pivot(ctx) else 1900
    if not 1 <= month <= 12:
        return None
    return _dated(year, month, (day, None), ctx)


def _two_digit_pivot(ctx: Context) -> int:
    """Two-digit years up to the anchor's (plus a few) are 20xx, later ones 19xx."""
    base = ctx.anchor.year if ctx.anchor else 2030
    return base % 100 + 5 if base >= 2000 else 0


def norm_monthyear(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "November 2006", "October of 2009"."""
    year = year_of(m)
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}-{month_number(m['month']):02d}", False, "month")


def month_in_context(month: int, ctx: Context, shift: int = 0) -> Norm:
    """A month without a year: the tense picks the year around the anchor."""
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{month:02d}", True, "month", None, GUESSED)
    if shift:
        year = ctx.anchor.year + shift
    else:
        year = pick_year(ctx.anchor, month, ctx.anchor.month or month, ctx.tense)
    confidence = 1.0 if shift or ctx.anchor.month in (None, month) else GUESSED
    return Norm("DATE", f"{year:04d}-{month:02d}", True, "month", None, confidence)


def norm_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in October", "the November visit", "early June"."""
    return month_in_context(month_number(m["month"]), ctx)


_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def norm_monthrel(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "October" in "October of next year" (the year part is its own mention)."""
    month = month_number(m["month"])
    if m["rel"] is None:
        return month_in_context(month, ctx)
    shift = _REL_SHIFT[m["rel"].lower()]
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{month:02d}", True, "month")
    return Norm("DATE", f"{ctx.anchor.year + shift:04d}-{month:02d}", True, "month")


def norm_monthmod(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "last September" (the most recent one before the anchor), "next May"."""
    month = month_number(m["month"])
    mod = m["mod"].lower()
    tense = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, ctx.tense)
    if ctx.anchor is None or ctx.anchor.month is None:
        return month_in_context(month, Context(ctx.anchor, tense))
    now = ctx.anchor.month
    year = ctx.anchor.year
    if tense < 0 and month >= now:
        year -= 1
    elif tense > 0 and month <= now:
        year += 1
    return Norm("DATE", f"{year:04d}-{month:02d}", True, "month")


def norm_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "2019", "early 2009", "the end of 2008"."""
    year = year_of(m)
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}", False, "year")


def norm_fiscal(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "fiscal 2020", "FY20"."""
    digits = m["y"].lstrip("'’")
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return Norm("DATE", f"FY{year:04d}", False, "year")


def norm_shortyear(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "since '82"."""
    yy = int(m["yy"])
    return Norm(
        "DATE", f"{(2000 if yy <= _two_digit_pivot(ctx) else 1900) + yy:04d}", False, "year"
    )


def norm_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 1990s" -> 199, "the 70s" -> 197 (two-digit decades before 30 are 20xx)."""
    digit = int(m["dd"])
    century = int(m["c"]) if m["c"] else 20 if digit < 3 else 19
    return Norm("DATE", f"{century:02d}{digit}", False, "decade")


def norm_century(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 19th century" -> 18."""
    number = ordinal_value(m["ord"])
    if number is None or not 1 <= number <= 30:
        return None
    return Norm("DATE", century_value(number - 1), False, "century")


def _quarter_year(m: re.Match[str], ctx: Context, quarter: int) -> tuple[int | None, bool]:
    year = year_of(m)
    if year is not None:
        return year, False
    if ctx.anchor is None:
        return None, True
    if m.groupdict().get("rel"):
        return ctx.anchor.year + _REL_SHIFT[m["rel"].lower()], True
    now = quarter_of(ctx.anchor.month) if ctx.anchor.month else quarter
    return pick_year(ctx.anchor, quarter, now, ctx.tense), True


def norm_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the third quarter" -> 2019-Q3, "the fourth quarter of 2005"."""
    quarter = ordinal_value(m["ord"])
    if quarter is None or not 1 <= quarter <= 4:
        return None
    year, relative = _quarter_year(m, ctx, quarter)
    value = f"XXXX-Q{quarter}" if year is None else f"{year:04d}-Q{quarter}"
    return Norm("DATE", value, relative, "quarter")


def norm_qcode(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Q4", "Q3 2019", "Q1'20"."""
    quarter = int(m["q"])
    year: int | None
    if m["yy"]:
        year, relative = 2000 + int(m["yy"]), False
    else:
        year, relative = _quarter_year(m, ctx, quarter)
    value = f"XXXX-Q{quarter}" if year is None else f"{year:04d}-Q{quarter}"
    return Norm("DATE", value, relative, "quarter")


def season_value(code: str, year: int | None) -> str:
    """Return ``YYYY-SU`` (``XXXX-SU`` without a year)."""
    return f"{'XXXX' if year is None else f'{year:04d}'}-{code}"


def norm_season(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "spring", "last summer" (the previous year's), "summer 2008"."""
    code = SEASONS[m["s"].lower()]
    year = year_of(m)
    if year is not None:
        return Norm("DATE", season_value(code, year), False, "season")
    if ctx.anchor is None:
        return Norm("DATE", season_value(code, None), True, "season")
    shift = _REL_SHIFT.get((m["mod"] or "").lower())
    if shift is not None:
        return Norm("DATE", season_value(code, ctx.anchor.year + shift), True, "season")
    now = ctx.anchor.month or SEASON_START[code]
    year = pick_year(ctx.anchor, SEASON_START[code], now, ctx.tense)
    return Norm("DATE", season_value(code, year), True, "season")


def norm_ordday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 5th": a day of the anchor's month."""
    day = int(m["d"])
    if ctx.anchor is None or ctx.anchor.month is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}", True, "day", None, GUESSED)
    value = _day(ctx.anchor.year, ctx.anchor.month, day)
    return None if value is None else Norm("DATE", value, True, "day", None, GUESSED)
