"""Text, CSV and HTML forms of stories, copy groups and timelines for the command line."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

from dateline.corpus.timeline import Entry
from dateline.store.results import CopyGroup, StoryRow

TIMELINE_COLUMNS = (
    "date", "kind", "story", "type", "cameo", "actor", "recipient", "place", "speaker",
    "text", "mentions", "disputed", "claims", "articles",
)  # fmt: skip


def story_line(row: StoryRow) -> str:
    """One story as a table line: id, counts, window, label."""
    window = f"{row.first_day or '?'} .. {row.last_day or '?'}" if row.first_day else "undated"
    return (
        f"{row.id:>5}  {row.articles:>4} articles  {row.independent_sources:>3} sources  "
        f"{row.events:>4} events  {window:<24}  {row.label}"
    )


def copy_group_text(group: CopyGroup) -> str:
    """A copy group: the original agency, the earliest date, each copy and what it changed."""
    lines = [
        f"copy group {group.id}: {group.article_count} articles on {group.site_count} sites, "
        f"agency {group.agency or 'unknown'}, earliest {group.earliest or 'undated'}"
    ]
    for m in group.members:
        where = f"{m.site or '?'}, {m.date or 'undated'}"
        if m.changes is None:
            lines.append(f"  {m.article_id}  ({where})  first stored: {m.title or '(no title)'}")
            continue
        c = m.changes
        said = [
            f"{len(c.added)} paragraph{'s' if len(c.added) > 1 else ''} added" if c.added else "",
            f"{len(c.removed)} removed" if c.removed else "",
            f"{len(c.edited)} edited" if c.edited else "",
            "reordered" if c.moved else "",
            f"new headline: {m.title}" if c.new_title and m.title else "",
        ]
        changed = "; ".join(s for s in said if s) or "unchanged"
        lines.append(f"  {m.article_id}  ({where})  copies {m.of_article}: {changed}")
    return "\n".join(lines)


def entry_line(entry: Entry) -> str:
    """A timeline entry as text: date, what happened, its sources and disputed claims."""
    date = entry.date or "undated"
    if entry.kind == "quote":
        head = f"{date:<12} QUOTE     {entry.speaker}: “{_short(_unquoted(entry.text), 140)}”"
    else:
        who = _party(entry.actor_name, entry.actor)
        whom = _party(entry.recipient_name, entry.recipient)
        flags = f" [{', '.join(entry.flags)}]" if entry.flags else ""
        arrow = f"{who} -> {whom}" if whom else who
        head = f"{date:<12} {entry.type:<9} {arrow}{flags}: {_short(entry.text, 140)}"
    lines = [head]
    sources = ", ".join(dict.fromkeys(r.article_id for r in entry.reports))
    lines.append(f"{'':<12} {entry.mentions} report(s): {sources}")
    for claim in entry.claims:
        sides = " | ".join(f"{v.value} ({', '.join(v.articles)})" for v in claim.values)
        lines.append(f"{'':<12} DISPUTED {claim.name}: {sides}")
    return "\n".join(lines)


def timeline_csv(entries: Sequence[Entry]) -> str:
    """The timeline as CSV, one row per entry."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TIMELINE_COLUMNS)
    for e in entries:
        claims = "; ".join(f"{c.name}: " + " | ".join(v.value for v in c.values) for c in e.claims)
        articles = ";".join(dict.fromkeys(r.article_id for r in e.reports))
        writer.writerow([
            e.date, e.kind, e.story, e.type, e.cameo, e.actor, e.recipient, e.place,
            e.speaker, e.text, e.mentions, int(e.disputed), claims, articles,
        ])  # fmt: skip
    return out.getvalue()


def timeline_html(title: str, entries: Sequence[Entry]) -> str:
    """A standalone HTML page of the timeline; every value from articles is escaped."""
    rows = []
    for e in entries:
        what = (
            f"<b>{_h(e.speaker)}</b>: “{_h(_unquoted(e.text))}”"
            if e.kind == "quote"
            else f"<b>{_h(e.type)}</b> {_h(_party(e.actor_name, e.actor))}"
            + (f" → {_h(_party(e.recipient_name, e.recipient))}" if e.recipient else "")
            + f"<br>{_h(e.text)}"
        )
        claims = "".join(
            f"<li>{_h(c.name)}: "
            + " | ".join(f"{_h(v.value)} ({_h(', '.join(v.articles))})" for v in c.values)
            + "</li>"
            for c in e.claims
        )
        sources = ", ".join(_h(r.article_id) for r in e.reports)
        cls = ' class="disputed"' if e.disputed else ""
        rows.append(
            f"<tr{cls}><td>{_h(e.date or 'undated')}</td><td>{what}"
            + (f"<ul>{claims}</ul>" if claims else "")
            + f"</td><td>{e.mentions}</td><td>{sources}</td></tr>"
        )
    return (
        "<!doctype html>\n<html lang=en><meta charset=utf-8>"
        f"<title>{_h(title)}</title>"
        "<style>body{font-family:sans-serif;margin:2em}td{vertical-align:top;padding:.4em;"
        "border-bottom:1px solid #ddd}tr.disputed td{background:#fff4e0}</style>"
        f"<h1>{_h(title)}</h1><table><tr><th>when</th><th>what</th><th>reports</th>"
        "<th>articles</th></tr>\n" + "\n".join(rows) + "\n</table>\n"
    )


def _party(name: str | None, code: str | None) -> str:
    if name and code:
        return f"{name} ({code})"
    return name or code or ""


def _unquoted(text: str) -> str:
    return text.strip().strip("\"“”'‘’").strip().rstrip(",")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _h(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)
