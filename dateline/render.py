"""Plain-text views of records and store counts, for the CLI's ``text`` formats.

These are views only: they format what the record holds and decide nothing.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dateline.errors import Reject
from dateline.extract.copydate import copy_date
from dateline.model import Record
from dateline.store import EntityRow, EventRow, QuoteRow, Stats


def story_date(record: Record) -> str | None:
    """The date a record's story is filed under: its dateline day, else its copy's.

    Args:
        record: a record.

    Returns:
        ``YYYY-MM-DD``; ``XXXX-MM-DD`` when no year is known; None when no date was found.
    """
    anchor = record.article.anchor
    if anchor is not None and anchor.granularity == "day":
        return anchor.value
    dates = record.article.dates_found
    for found in dates:
        if found.role == "dateline" and found.value[:4].isdigit():
            return found.value[:10]
    chosen = copy_date(dates)
    if chosen is not None:
        return chosen.value
    return next((d.value[:10] for d in dates), None)


def record_text(record: Record) -> str:
    """A readable summary of one record: metadata, dates, text, boilerplate counts."""
    art = record.article
    dl = art.dateline
    lines = [
        f"{record.id}  {art.title or '(no title)'}",
        f"  source:   {record.source.format} {record.source.path}"
        + (f"@{record.source.offset}" if record.source.offset else "")
        + (f"  {record.source.url}" if record.source.url else ""),
        f"  agency:   {art.agency or '-'}   site: {art.site or '-'}   byline: {art.byline or '-'}",
        f"  dateline: {dl.raw if dl else '-'}",
    ]
    lines.extend(
        f"  date:     {d.value}  ({d.role} from {d.signal}: {d.text!r})" for d in art.dates_found
    )
    lines.extend(_time_lines(record))
    lines.extend(_event_lines(record))
    kinds: dict[str, int] = {}
    for item in art.boilerplate:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    aside = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"
    lines.append(f"  set aside: {aside}")
    lines.append("")
    lines.extend(textwrap.fill(p, width=88, initial_indent="  ", subsequent_indent="  ")
                 for p in art.text.split("\n"))  # fmt: skip
    return "\n".join(lines) + "\n"


def _time_lines(record: Record) -> list[str]:
    """The anchor, its conflicts, and each time expression with its value."""
    lines = []
    anchor = record.article.anchor
    if anchor is not None:
        lines.append(
            f"  anchor:   {anchor.value}  ({anchor.granularity}, confidence "
            f"{anchor.confidence:.2f}; story {anchor.story or '-'}, copy {anchor.copy or '-'})"
        )
        lines.extend(f"  conflict: {c}" for c in anchor.conflicts)
    for t in record.timexes:
        span = f", {t.range[0]}..{t.range[1]}" if t.range else ""
        lines.append(f"  timex:    {t.text!r} -> {t.value} ({t.type}{span})")
    return lines


def _event_lines(record: Record) -> list[str]:
    """Each event: date, type and mode, actor -> recipient, flags and trigger."""
    lines = []
    for e in record.events:
        what = e.type + (f":{e.mode}" if e.mode else "")
        actor = e.actor.code if e.actor else "?"
        recipient = f" -> {e.recipient.code}" if e.recipient else ""
        when = e.date.value if e.date else "????"
        flags = f" [{', '.join(e.aux)}]" if e.aux else ""
        lines.append(
            f"  event:    {when}  {what} ({e.cameo})  {actor}{recipient}{flags}  {e.trigger.text!r}"
        )
    return lines


def _table(title: str, counts: dict[str, int]) -> list[str]:
    rows = [f"{title}:"]
    rows.extend(f"  {n:6d}  {key}" for key, n in counts.items())
    return rows


def stats_text(stats: Stats, rejects: Sequence[Reject]) -> str:
    """Store counts as text, with one line per reject."""
    lines = [f"{stats.articles} articles"]
    lines += _table("by source format", stats.formats)
    lines += _table("by agency", stats.agencies)
    lines += _table("by site", stats.sites)
    lines.append(f"{stats.rejects} rejected inputs")
    lines.extend(f"  {r.one_line()}" for r in rejects)
    return "\n".join(lines)


def timeline_text(records: Iterable[Record]) -> str:
    """Articles in the order of their story dates, each with its dateline and agency."""
    dated = sorted(
        ((story_date(r) or "????-??-??", r) for r in records), key=lambda p: (p[0], p[1].id)
    )
    lines = ["Timeline (by anchor date: the dateline's day, else the date of the copy):"]
    for day, rec in dated:
        art = rec.article
        place = art.dateline.place if art.dateline and art.dateline.place else "-"
        lines.append(
            f"  {day}  {place:<16.16} {art.agency or '-':<10.10} {art.title or '(no title)'}"
        )
    return "\n".join(lines)


def entity_line(row: EntityRow) -> str:
    """One corpus identity on one line: counts, name, type, country, role, aliases."""
    facts = ", ".join(x for x in (row.type, row.country, row.role, row.sector) if x)
    others = [a for a in row.aliases if a != row.name]
    aliases = f"  aka {'; '.join(others)}" if others else ""
    return f"{row.articles:5d} art {row.mentions:6d} men  {row.name} ({facts}){aliases}"


def quote_block(row: QuoteRow) -> str:
    """One stored quote: who, when, where, and the sentence it stands in."""
    who = row.speaker_name or row.speaker or "(unknown speaker)"
    medium = f" to {row.medium}" if row.medium else ""
    head = f"{row.date or '????-??-??'}  {who} ({row.kind}, {row.cue or '-'}{medium})"
    return (
        f"{head}\n    \u201c{row.text}\u201d\n    in {row.article_id}: {row.title or '(no title)'}"
    )


EVENT_COLUMNS = ("date", "type", "mode", "cameo", "actor", "actor_name", "recipient",
                 "recipient_name", "place", "aux", "trigger", "sentence", "article_id", "title")  # fmt: skip


def event_line(row: EventRow) -> str:
    """One stored event in the table format: when, what, who to whom, and its sentence."""
    what = row.type + (f":{row.mode}" if row.mode else "")
    who = f"{row.actor or '?'}" + (f" -> {row.recipient}" if row.recipient else "")
    names = f"{row.actor_name or '?'}" + (f" -> {row.recipient_name}" if row.recipient_name else "")
    flags = f" [{', '.join(row.aux)}]" if row.aux else ""
    where = f" in {row.place}" if row.place else ""
    sentence = " ".join(row.sentence.split())
    return (
        f"{row.date or '????'}  {what:22} {row.cameo:5} {who}{flags}\n"
        f"    {names}{where}; {row.trigger!r} in {row.article_id}\n    {sentence}"
    )
