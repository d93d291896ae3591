"""Find and normalise the time expressions (TIMEX3) of an article's text.

The step is `find_timexes`: candidates come from one compiled pattern per
expression family (`timex_find`); each is normalised against the anchor date
(`timex_norm`, `timex_norm_rel`, `timex_norm_dur`) with a cheap sentence-level
tense cue (`timex_tense`) deciding past or future for under-specified mentions.
Clock times take their day from a day named in the same sentence, else the last
day mentioned, else the anchor.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable

from dateline.model import Span, TimeExpr
from dateline.temporal import timex_norm as na
from dateline.temporal import timex_norm_dur as nd
from dateline.temporal import timex_norm_rel as nr
from dateline.temporal.timex_calendar import AnchorDate, parse_anchor
from dateline.temporal.timex_find import Candidate, TimexFinder
from dateline.temporal.timex_norm import Context, Norm
from dateline.temporal.timex_tense import TenseCues

log = logging.getLogger(__name__)

STEP_NAME = "timex.v1"

_Normaliser = Callable[[re.Match[str], Context], Norm | None]
_NORMALISERS: dict[str, _Normaliser] = {
    "iso": na.norm_iso,
    "slash": na.norm_slash,
    "mdy": na.norm_monthday,
    "dmy": na.norm_monthday,
    "monthyear": na.norm_monthyear,
    "monthrel": na.norm_monthrel,
    "monthmod": na.norm_monthmod,
    "month": na.norm_month,
    "year": na.norm_year,
    "fiscal": na.norm_fiscal,
    "shortyear": na.norm_shortyear,
    "decade": na.norm_decade,
    "century": na.norm_century,
    "quarter": na.norm_quarter,
    "qcode": na.norm_qcode,
    "season": na.norm_season,
    "ordday": na.norm_ordday,
    "relunit": nr.norm_relunit,
    "theunit": nr.norm_theunit,
    "theweekend": nr.norm_theunit,
    "theyear": nr.norm_theyear,
    "dayword": nr.norm_dayword,
    "lastnight": nr.norm_lastnight,
    "weekday": nr.norm_weekday,
    "ago": nr.norm_ago,
    "theday": nr.norm_theday,
    "duration": nd.norm_duration,
    "bareunit": nd.norm_bareunit,
    "pastunit": nd.norm_pastunit,
    "setevery": nd.norm_setevery,
    "setrate": nd.norm_setrate,
    "setadv": nd.norm_setadv,
    "setdays": nd.norm_setdays,
    "ref": nd.norm_ref,
}
_CLOCKS = frozenset({"clock", "clock24", "clockat", "noon"})
_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{2,4}(?![\d/])")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@functools.cache
def _finder() -> TimexFinder:
    """Build the compiled patterns once per process, on first use."""
    return TimexFinder()


def find_timexes(text: str, anchor: str | None) -> tuple[TimeExpr, ...]:
    """Find and normalise the time expressions of a text.

    Args:
        text: The article's clean text (paragraphs separated by newlines).
        anchor: The anchor date, ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``), or None
            when unresolved; a malformed anchor counts as None. Relative mentions
            then keep ``X`` parts or ``PAST_REF``/``FUTURE_REF`` values.

    Returns:
        The time expressions, sorted by start, non-overlapping, each with
        ``text == text[span.start:span.end]``.
    """
    parsed = parse_anchor(anchor)
    cues = TenseCues(text)
    day_first = _DAY_FIRST.search(text) is not None
    found: dict[int, tuple[Candidate, Norm]] = {}
    days: list[tuple[int, dt.date]] = []
    ref = parsed.date if parsed else None
    candidates = _finder().candidates(text)
    for cand in candidates:
        if cand.family in _CLOCKS:
            continue
        ctx = Context(parsed, cues.tense(cand.start, cand.end), ref, day_first)
        norm = _NORMALISERS[cand.family](cand.match, ctx)
        if norm is None:
            continue
        found[cand.start] = (cand, norm)
        day = _as_day(norm)
        if day is not None:
            days.append((cand.start, day))
            ref = day
    for cand in candidates:
        if cand.family in _CLOCKS:
            norm = _clock(cand, _ClockDays(parsed, cues, days))
            if norm is not None:
                found[cand.start] = (cand, norm)
    return tuple(_timex(text, cand, norm) for _, (cand, norm) in sorted(found.items()))


def _as_day(norm: Norm) -> dt.date | None:
    """Return the day a DATE value names, when it names one day."""
    if norm.type != "DATE" or not _ISO_DAY.fullmatch(norm.value):
        return None
    return dt.date.fromisoformat(norm.value)


class _ClockDays:
    """Where a clock time finds its day: in its own words, its sentence, or before it."""

    __slots__ = ("anchor", "cues", "days")

    def __init__(
        self, anchor: AnchorDate | None, cues: TenseCues, days: list[tuple[int, dt.date]]
    ) -> None:
        self.anchor, self.cues, self.days = anchor, cues, days

    def day_for(self, cand: Candidate) -> dt.date | None:
        """Return the day of a clock time at the candidate."""
        own = cand.match.groupdict().get("day")
        if own:
            return self._own_day(cand, own)
        lo, hi = self.cues.sentence(cand.start)
        near = [(abs(pos - cand.start), day) for pos, day in self.days if lo <= pos < hi]
        if near:
            return min(near)[1]
        before = [day for pos, day in self.days if pos < cand.start]
        if before:
            return before[-1]
        return self.anchor.date if self.anchor else None

    def _own_day(self, cand: Candidate, word: str) -> dt.date | None:
        day = self.anchor.date if self.anchor else None
        if day is None:
            return None
        offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
        if word.lower() in offsets:
            return day + dt.timedelta(days=offsets[word.lower()])
        pattern = re.compile(r"(?P<mod>)(?P<wd>\w+)(?P<part>)")
        match = pattern.fullmatch(word)
        ctx = Context(self.anchor, self.cues.tense(cand.start, cand.end))
        norm = nr.norm_weekday(match, ctx) if match else None
        return _as_day(norm) if norm else None


def _clock(cand: Candidate, where: _ClockDays) -> Norm | None:
    day = where.day_for(cand)
    if cand.family == "noon":
        return nr.norm_noon(cand.match, day)
    return nr.clock_value(cand.match, day)


def _timex(text: str, cand: Candidate, norm: Norm) -> TimeExpr:
    return TimeExpr(
        text=text[cand.start : cand.end],
        span=Span(start=cand.start, end=cand.end),
        type=norm.type,
        value=norm.value,
        anchor_relative=norm.relative,
        granularity=norm.granularity,
        range=norm.range,
        confidence=norm.confidence,
    )
