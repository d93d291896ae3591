"""Normalise anchor-relative mentions: today, last week, Monday, two years ago, 10 a.m.

Without an anchor (or with one too coarse for the mention) the unknown parts of
the value are written ``X`` ("XXXX-XX-XX", "XXXX-WXX-1"), and durations before
or after the anchor become ``PAST_REF`` / ``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.temporal.timex_calendar import (
    day_value,
    quarter_of,
    shift_days,
    shift_month,
    shift_quarter,
    week_value,
    weekday_near,
)
from dateline.temporal.timex_lexicon import (
    PARTS_OF_DAY,
    UNIT_PLURALS,
    UNITS,
    UTC_ZONES,
    WEEKDAYS,
    number_value,
)
from dateline.temporal.timex_norm import GUESSED, Context, Norm

_SHIFT = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "prior": -1,
    "preceding": -1,
    "this": 0,
    "current": 0,
    "the": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}
_DAY_SHIFT = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1}


def _anchor_day(ctx: Context) -> dt.date | None:
    return ctx.anchor.date if ctx.anchor is not None else None


def unit_value(ctx: Context, unit: str, shift: int) -> tuple[str, str]:
    """Return (value, granularity) of the calendar unit ``shift`` units from the anchor."""
    day, anchor = _anchor_day(ctx), ctx.anchor
    if unit in ("week", "weekend"):
        tail = "-WE" if unit == "weekend" else ""
        if day is None:
            return f"XXXX-WXX{tail}", unit
        moved = shift_days(day, 7 * shift)
        return (week_value(moved) + tail if moved else f"XXXX-WXX{tail}"), unit
    if unit == "day":
        moved = shift_days(day, shift) if day else None
        return (day_value(moved) if moved else "XXXX-XX-XX"), "day"
    if anchor is None:
        return {"month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX"), unit
    return _coarse_value(anchor.year, anchor.month, unit, shift), unit


def _coarse_value(year: int, month: int | None, unit: str, shift: int) -> str:
    if unit == "month":
        if month is None:
            return f"{year:04d}-XX"
        y, mo = shift_month(year, month, shift)
        return f"{y:04d}-{mo:02d}"
    if unit == "quarter":
        if month is None:
            return f"{year:04d}-QX"
        y, q = shift_quarter(year, quarter_of(month), shift)
        return f"{y:04d}-Q{q}"
    if unit == "decade":
        return f"{year // 10 + shift:03d}"
    if unit == "century":
        return f"{year // 100 + shift:02d}"
    return f"{year + shift:04d}"


def norm_relunit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "last week" -> 2019-W48, "this weekend", "next month", "earlier this month" -> 2019-12.

    "earlier/later this month" keep the month's value: TIMEX3 has no value for the
    part of a month before or after the anchor, and MEANTIME marks them so.
    """
    unit = m["unit"].lower()
    shift = _SHIFT[m["mod"].lower()]
    if unit == "weekend" and m["mod"].lower() == "past":
        shift = 0
    value, grain = unit_value(ctx, unit, shift)
    return Norm("DATE", value, True, grain)


def norm_theunit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the end of the year" -> the anchor's year; "the weekend" by the tense.

    An ISO week ends with its weekend, so from a weekday the past "the weekend" (cut
    off "since the weekend") is the week before's, and the future one this week's.
    """
    unit = m["unit"].lower()
    day = _anchor_day(ctx)
    shift = -1 if unit == "weekend" and ctx.tense < 0 and day and day.weekday() < 5 else 0
    value, grain = unit_value(ctx, unit, shift)
    return Norm("DATE", value, True, grain, None, GUESSED)


def norm_theyear(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the previous year" -> the year before the anchor."""
    value, grain = unit_value(ctx, (m["unit"] or m["unit2"]).lower(), -1)
    return Norm("DATE", value, True, grain, None, GUESSED)


def _part(ctx_day: dt.date | None, part: str | None, offset: int) -> Norm:
    moved = shift_days(ctx_day, offset) if ctx_day else None
    value = day_value(moved) if moved else "XXXX-XX-XX"
    if part is None:
        return Norm("DATE", value, True, "day")
    return Norm("TIME", value + "T" + PARTS_OF_DAY[part.lower()], True, "part of day")


def norm_dayword(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "today", "yesterday morning", "tonight", "earlier today"."""
    word = m["w"].lower()
    part = m["part"] or (word if word in ("tonight", "overnight") else None)
    return _part(_anchor_day(ctx), part, _DAY_SHIFT[word])


def norm_lastnight(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "last night" (the evening before), "this morning", "tomorrow night"."""
    mod, part = m["mod"].lower(), m["part"].lower()
    offset = {"last": -1, "tomorrow": 1}.get(mod, 0)
    if mod == "last" and part != "night":
        offset = 0 if part == "tonight" else -1
    return _part(_anchor_day(ctx), part, offset)


def norm_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Monday": past tense -> on or before the anchor, future -> on or after, else nearest."""
    weekday = WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    direction = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": ctx.tense}.get(
        mod, ctx.tense
    )
    day = _anchor_day(ctx)
    if day is None:
        return Norm("DATE", f"XXXX-WXX-{weekday}", True, "day", None, GUESSED)
    found = weekday_near(day, weekday, direction)
    if mod in ("last", "next") and found == day:
        found = day + dt.timedelta(days=7 * direction)
    confidence = 1.0 if mod else GUESSED
    if m["part"]:
        part = PARTS_OF_DAY[m["part"].lower()]
        return Norm("TIME", f"{day_value(found)}T{part}", True, "part of day", None, confidence)
    return Norm("DATE", day_value(found), True, "day", None, confidence)


def clock_value(m: re.Match[str], day: dt.date | None) -> Norm | None:
    """ "10 a.m. EST", "18:00 UTC", "0800 UTC" on the given day (UTC/GMT end in Z)."""
    hour = int(m["h"])
    minute = int(m.groupdict().get("mi") or m.groupdict().get("mi2") or 0)
    marker = (m.groupdict().get("ap") or "").lower().replace(".", "").replace(" ", "")
    if marker and not 1 <= hour <= 12:
        return None
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    zone = m.groupdict().get("z")
    tail = "Z" if zone and zone.upper() in UTC_ZONES and "+" not in m[0] else ""
    date = day_value(day) if day else "XXXX-XX-XX"
    return Norm("TIME", f"{date}T{hour:02d}:{minute:02d}{tail}", day is not None, "time")


def norm_noon(m: re.Match[str], day: dt.date | None) -> Norm | None:
    """ "noon", "midnight" on the given day."""
    clock = "24:00" if m["w"].lower() == "midnight" else "12:00"
    date = day_value(day) if day else "XXXX-XX-XX"
    return Norm("TIME", f"{date}T{clock}", True, "time", None, GUESSED)


def _unit_of(text: str) -> str:
    word = text.lower()
    return UNIT_PLURALS.get(word, word)


def norm_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "two years ago" -> 2017, "a week ago" -> the day, "three months from now"."""
    unit = _unit_of(m["unit"])
    direction = 1 if m["dir"].lower().split()[0] in ("later", "from", "hence", "after") else -1
    amount = number_value(m["num"]) if m["num"] else None
    if amount is None or amount != int(amount) or ctx.anchor is None:
        return Norm("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", True, None)
    base = ctx.ref if m["dir"].lower() in ("earlier", "later", "before", "after") else None
    return _moved(ctx, unit, int(amount) * direction, base)


def _moved(ctx: Context, unit: str, amount: int, base: dt.date | None) -> Norm | None:
    letter, factor, clock = UNITS[unit]
    day = base or _anchor_day(ctx)
    if letter in ("D", "W") or clock:
        days = amount * factor * (7 if letter == "W" else 1) if not clock else 0
        moved = shift_days(day, days) if day else None
        return Norm("DATE", day_value(moved) if moved else "XXXX-XX-XX", True, "day")
    year = day.year if day else ctx.anchor.year if ctx.anchor else 0
    month = day.month if day else ctx.anchor.month if ctx.anchor else None
    if not 0 < year + amount * factor // (12 if letter == "M" else 1) < 10000:
        return Norm("DATE", "PAST_REF" if amount < 0 else "FUTURE_REF", True, None)
    if letter == "M" and month is not None:
        y, mo = shift_month(year, month, amount)
        return Norm("DATE", f"{y:04d}-{mo:02d}", True, "month")
    if letter == "Q" and month is not None:
        y, q = shift_quarter(year, quarter_of(month), amount)
        return Norm("DATE", f"{y:04d}-Q{q}", True, "quarter")
    if letter == "Y" and factor == 1:
        return Norm("DATE", f"{year + amount:04d}", True, "year")
    return Norm("DATE", "PAST_REF" if amount < 0 else "FUTURE_REF", True, None)


def norm_theday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the day", "the same day": the last day mentioned before, else the anchor day."""
    day = ctx.ref or _anchor_day(ctx)
    return Norm("DATE", day_value(day) if day else "XXXX-XX-XX", True, "day", None, GUESSED)
