"""The anchor date of an article: when its story happened, with the evidence.

Two dates are kept apart: the **story** date (the dateline's day: when and where the
original story was filed) and the **copy** date (when this copy was published: a
reprint header, the page's markup, htmldate, a feed or export date, the crawl). The
anchor is the story date when it is known, else the copy date.

The rule (each step is written into the evidence, and every disagreement into
``conflicts``):

1. With a copy date, a year-less dateline day takes the year that puts it on or before
   the copy (Dec. 30 with a copy of Jan. 2 is in the year before). Confidence is high
   when the two lie within two days of each other, lower when the copy is a late reprint.
2. Without a copy date, the dateline's year is inferred from constraints: explicit past
   years in the text ("signed in 2017": not before 2017), the copyright footer ("2009-2020":
   not after 2020), and a weekday in the lede ("said Thursday": a year where that day is
   a Thursday). One year left: resolved; several: the latest under a copyright bound,
   else the earliest after the past year, with low confidence.
3. With nothing to go on, the anchor is ``unresolved``: never today, never a file time,
   never a day after the copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateline.config import Settings
from dateline.extract.copydate import copy_date
from dateline.extract.dates import ISO_DAY, fill_year
from dateline.model import Anchor, Article, DateFound, Evidence, Record, Span

STEP_NAME = "anchor.v1"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Words before a year that point forward ("by 2030", "until 2025"): no lower bound.
_FORWARD = re.compile(
    r"\b(by|until|till|through|before|to|target|targets|deadline|next|will)\W+$", re.I
)
# Words before a number that make it a year ("in 2017", "since 2015", "March 2018").
_YEAR_CONTEXT = re.compile(
    r"(\b(in|since|during|of|from|early|late|year|summer|winter|spring|autumn|fall)|"
    r"\bmid-|\b[A-Z][a-z]{2,8}\.?)\s*$"
)
_COPYRIGHT_YEARS = re.compile(
    r"(?:©|\(c\)|copyright)[^0-9]{0,20}((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?", re.I
)
# Days between a dateline and its copy beyond which the copy is a later reprint.
_SAME_NEWS_DAYS = 2
# How far after a lower-bound year a weekday match is still looked for.
_YEARS_AHEAD = 12


@dataclass(slots=True)
class _Bounds:
    """Years the story cannot be before or after, with the evidence for each."""

    low: int | None = None
    high: int | None = None


def anchor_article(record: Record, settings: Settings) -> Record:
    """Fill ``article.anchor`` from every date signal the article carries.

    Args:
        record: a record with its article extracted.
        settings: run settings (unused; steps share one signature).

    Returns:
        The record with its anchor.
    """
    del settings
    return replace(record, article=replace(record.article, anchor=find_anchor(record.article)))


def find_anchor(article: Article) -> Anchor:
    """Work out an article's anchor date (see the module docstring for the rule).

    Args:
        article: the extracted article.

    Returns:
        The anchor, ``unresolved`` when nothing dates the article.
    """
    evidence = _date_evidence(article.dates_found)
    copy = copy_date(article.dates_found)
    dateline_day = next((d for d in article.dates_found if d.role == "dateline"), None)
    if copy is not None:
        return _with_copy(copy, dateline_day, evidence, article)
    if dateline_day is not None:
        return _infer_year(dateline_day, evidence, article)
    return _from_years(evidence, article)


def _date_evidence(dates: tuple[DateFound, ...]) -> list[Evidence]:
    return [Evidence(signal=d.signal, text=d.text, value=d.value, note=d.role) for d in dates]


def _with_copy(
    copy: DateFound, dateline_day: DateFound | None, evidence: list[Evidence], article: Article
) -> Anchor:
    """The copy date is known: the story date is the dateline's day, if any."""
    conflicts: list[str] = []
    story = fill_year(dateline_day.value[:10], copy.value) if dateline_day else None
    story = story if story and ISO_DAY.match(story) else None
    confidence = 0.85
    if story is not None:
        gap = (date.fromisoformat(copy.value) - date.fromisoformat(story)).days
        if 0 <= gap <= _SAME_NEWS_DAYS:
            confidence = 0.95
        else:
            conflicts.append(
                f"the dateline day {story} is {gap} days before the copy date {copy.value}: "
                "this copy is a later reprint; the anchor is the story's day"
            )
            confidence = 0.8
    elif copy.signal == "warc":
        confidence = 0.6  # a crawl can come long after publication
    value = story or copy.value
    conflicts.extend(_weekday_conflicts(value, article))
    return Anchor(
        value=value, granularity="day", confidence=confidence, story=story, copy=copy.value,
        evidence=tuple(evidence), conflicts=tuple(conflicts),
    )  # fmt: skip


def _weekday_conflicts(day: str, article: Article) -> list[str]:
    """A lede weekday that is neither the anchor's day nor the day before it."""
    lede = article.text.split("\n", 1)[0]
    found = _WEEKDAY.search(lede)
    if found is None:
        return []
    anchor = date.fromisoformat(day)
    named = _WEEKDAYS.index(found.group(1).lower())
    if named in {anchor.weekday(), (anchor - timedelta(days=1)).weekday()}:
        return []
    return [f"the lede says {found.group(1)} but {day} is a {_WEEKDAYS[anchor.weekday()].title()}"]


def _bounds(article: Article, evidence: list[Evidence]) -> _Bounds:
    """Year bounds from explicit past years in the text and the copyright footer."""
    bounds = _Bounds()
    for m in _YEAR.finditer(article.text):
        before = article.text[max(0, m.start() - 24) : m.start()]
        if _FORWARD.search(before) or not _YEAR_CONTEXT.search(before):
            continue
        year = int(m.group(1))
        if bounds.low is None or year > bounds.low:
            bounds.low = year
            span = Span(start=m.start(), end=m.end())
            evidence.append(Evidence(signal="text", text=m.group(1), span=span, value=m.group(1),
                                     note="a past year named in the text: not before it"))  # fmt: skip
    for item in article.boilerplate:
        found = _COPYRIGHT_YEARS.search(item.text)
        if item.kind == "copyright" and found is not None:
            year = int(found.group(2) or found.group(1))
            bounds.high = year if bounds.high is None else min(bounds.high, year)
            evidence.append(Evidence(signal="copyright", text=found.group(0), value=str(year),
                                     note="the copyright footer: not after this year"))  # fmt: skip
    return bounds


def _infer_year(dateline_day: DateFound, evidence: list[Evidence], article: Article) -> Anchor:
    """No copy date: give the dateline's month and day a year from the constraints."""
    month, day = int(dateline_day.value[5:7]), int(dateline_day.value[8:10])
    bounds = _bounds(article, evidence)
    years = _candidate_years(bounds, month, day)
    weekday = _WEEKDAY.search(article.text.split("\n", 1)[0])
    if weekday is not None and years:
        named = _WEEKDAYS.index(weekday.group(1).lower())
        matching = [y for y in years if date(y, month, day).weekday() == named]
        if matching:
            years = matching
            evidence.append(Evidence(
                signal="weekday", text=weekday.group(1), value=weekday.group(1).lower(),
                span=Span(start=weekday.start(), end=weekday.end()),
                note=f"the dateline day falls on a {weekday.group(1)} in {', '.join(map(str, years))}",
            ))  # fmt: skip
    if not years:
        return Anchor(value="unresolved", granularity="none", confidence=0.0,
                      story=dateline_day.value, evidence=tuple(evidence))  # fmt: skip
    # A copyright footer is written in the page's own year, so under that bound the
    # latest fitting year is likeliest; above a past year named in the text, the earliest.
    latest = bounds.high is not None
    year = years[-1] if latest else years[0]
    value = date(year, month, day).isoformat()
    confidence = 0.7 if len(years) == 1 else 0.4
    which = "latest" if latest else "earliest"
    conflicts = [] if len(years) == 1 else [f"years {years} all fit; the {which} is taken"]
    return Anchor(
        value=value, granularity="day", confidence=confidence, story=value, copy=None,
        evidence=tuple(evidence), conflicts=tuple(conflicts),
    )  # fmt: skip


def _candidate_years(bounds: _Bounds, month: int, day: int) -> list[int]:
    """Years within the bounds in which the month and day exist."""
    if bounds.low is None and bounds.high is None:
        return []
    low = bounds.low if bounds.low is not None else bounds.high - _YEARS_AHEAD  # type: ignore[operator]
    high = bounds.high if bounds.high is not None else low + _YEARS_AHEAD
    years = []
    for year in range(low, high + 1):
        try:
            date(year, month, day)
        except ValueError:
            continue
        years.append(year)
    return years


def _from_years(evidence: list[Evidence], article: Article) -> Anchor:
    """No day at all: at best a year, from the copyright footer."""
    bounds = _bounds(article, evidence)
    if bounds.high is not None and (bounds.low is None or bounds.low <= bounds.high):
        return Anchor(value=str(bounds.high), granularity="year", confidence=0.3,
                      evidence=tuple(evidence))  # fmt: skip
    return Anchor(value="unresolved", granularity="none", confidence=0.0, evidence=tuple(evidence))
