"""Timelines: what happened, in the order it happened, each line with its sources.

An entry is one real-world event (all the articles that report it) or one key quote.
Entries are ordered by *when it happened*, not when it was reported: by the start
of the event's date span, a longer span first ("2017" before "2017-03-05"), then by
the order the reports arrived; undated entries come last. An event learned from a
later article ("the deal signed in 2017") therefore takes its place in the past.

An event's date is the date most of its reports give in their own words (a date
only taken from the report's day counts when no report says more), so one report
that says "Monday" does not move an event every other report puts on Tuesday; the
other claims stay visible in ``claims`` and mark the event disputed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.corpus.eventmerge import Mention, claims_of
from dateline.corpus.when import sort_key


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One article's report of an entry: where to read it."""

    article_id: str
    title: str | None
    site: str | None
    reported: str | None  # the article's own date
    sentence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimValue:
    """One value of a disputed claim, and the articles that report it."""

    value: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A claim the reports disagree on ("date", "actor", "number of people")."""

    name: str
    values: tuple[ClaimValue, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One line of a timeline."""

    kind: str  # "event" or "quote"
    date: str | None
    story: int | None
    type: str | None  # PLOVER type of an event; None for a quote
    cameo: str | None
    actor: str | None
    actor_name: str | None
    recipient: str | None
    recipient_name: str | None
    place: str | None
    text: str  # the sentence of the first report, or the quote
    speaker: str | None
    flags: tuple[str, ...]
    mentions: int
    disputed: bool
    claims: tuple[Claim, ...]
    reports: tuple[Report, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReport:
    """One mention of an event as the store gives it, with its report."""

    mention: Mention
    cameo: str
    actor_name: str | None
    recipient_name: str | None
    aux: tuple[str, ...]
    report: Report


def event_entry(group_story: int, reports: Sequence[EventReport]) -> Entry:
    """Build the timeline entry of one real-world event from its mentions, in report order.

    Args:
        group_story: the story the event belongs to.
        reports: its mentions, the first-stored first.

    Returns:
        The entry, with disputed claims and every report.
    """
    first = reports[0]
    by_claim: dict[str, dict[str, list[str]]] = {}
    for item in reports:
        for name, value in claims_of(item.mention).items():
            articles = by_claim.setdefault(name, {}).setdefault(value, [])
            if item.report.article_id not in articles:
                articles.append(item.report.article_id)
    claims = tuple(
        Claim(
            name=name,
            values=tuple(ClaimValue(value=v, articles=tuple(a)) for v, a in values.items()),
        )
        for name, values in by_claim.items()
        if len(values) > 1
    )
    m = first.mention
    return Entry(
        kind="event", date=_event_date(reports), story=group_story, type=m.type,
        cameo=first.cameo, actor=m.actor, actor_name=first.actor_name, recipient=m.recipient,
        recipient_name=first.recipient_name, place=m.place, text=first.report.sentence,
        speaker=None, flags=tuple(sorted(set(first.aux))), mentions=len(reports),
        disputed=bool(claims), claims=claims, reports=tuple(r.report for r in reports),
    )  # fmt: skip


def quote_entry(
    *, story: int | None, text: str, speaker: str | None, reports: Sequence[Report]
) -> Entry:
    """Build the entry of a quote said in one or more reports (copies repeat quotes)."""
    dates = [r.reported for r in reports if r.reported]
    return Entry(
        kind="quote", date=min(dates, key=sort_key) if dates else None, story=story, type=None,
        cameo=None, actor=None, actor_name=None, recipient=None, recipient_name=None,
        place=None, text=text, speaker=speaker, flags=(), mentions=len(reports),
        disputed=False, claims=(), reports=tuple(reports),
    )  # fmt: skip


def ordered(entries: Sequence[Entry]) -> list[Entry]:
    """Order entries by when they happened (stable: report order breaks ties)."""
    return sorted(entries, key=lambda e: sort_key(e.date))


def _event_date(reports: Sequence[EventReport]) -> str | None:
    """The date most reports give in their own words; else the first report's date."""
    said = Counter(r.mention.date for r in reports if r.mention.date_source == "timex")
    said.pop(None, None)
    if said:
        top = max(said.values())
        return min((d for d, n in said.items() if n == top and d), key=sort_key)
    return reports[0].mention.date
