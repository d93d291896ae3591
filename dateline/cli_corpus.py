"""The corpus commands: ``dateline stories``, ``dateline copies``, ``dateline timeline``."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from dateline.cli_common import db_option, open_store, settings_for
from dateline.corpus.when import span_of
from dateline.errors import DatelineError
from dateline.render_corpus import (
    copy_group_text,
    entry_line,
    story_line,
    timeline_csv,
    timeline_html,
)
from dateline.store import Store
from dateline.store.timeline import TimelineQuery


@click.group("stories", invoke_without_command=True)
@db_option
@click.option("--format", "out_format", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True,
              help="table: one line per story; jsonl: one line per article with its story and copy group.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=50, show_default=True,
              help="The most stories in the table.")  # fmt: skip
@click.pass_context
def stories_group(ctx: click.Context, db: str | None, out_format: str, limit: int) -> None:
    """List stories: articles about one happening, grouped as they arrived.

    With --format jsonl, every stored article is one line
    {"article_id", "source", "story_id", "copy_group"}, so that any input can be
    traced to its story.

    Example: dateline stories --db news.db
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        if out_format == "jsonl":
            for p in store.corpus.placements():
                line = {
                    "article_id": p.article_id, "source": asdict(p.source),
                    "story_id": p.story_id, "copy_group": p.copy_group, "how": p.how,
                }  # fmt: skip
                click.echo(json.dumps(line, ensure_ascii=False, sort_keys=True))
            return
        rows = store.corpus.stories(limit=limit)
    for row in rows:
        click.echo(story_line(row))
    if not rows:
        click.echo("no stories yet: ingest some articles first", err=True)


@stories_group.command("merge")
@click.argument("into", type=int)
@click.argument("other", type=int)
@click.pass_context
def merge_cmd(ctx: click.Context, into: int, other: int) -> None:
    """Merge story OTHER into story INTO (their events are counted once again).

    Example: dateline stories --db news.db merge 3 7
    """
    settings = settings_for(ctx, db=ctx.obj.get("db"))
    with open_store(settings.db, readonly=False) as store:
        try:
            kept = store.corpus.merge(into, other)
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from None
        row = store.corpus.story(kept)
    if row is not None:
        click.echo(story_line(row))


@stories_group.command("split")
@click.argument("story", type=int)
@click.argument("article_ids", nargs=-1, required=True)
@click.pass_context
def split_cmd(ctx: click.Context, story: int, article_ids: tuple[str, ...]) -> None:
    """Move the named articles of STORY to a new story, and print both.

    Example: dateline stories --db news.db split 3 a1b2c3 d4e5f6
    """
    settings = settings_for(ctx, db=ctx.obj.get("db"))
    with open_store(settings.db, readonly=False) as store:
        try:
            new = store.corpus.split(story, article_ids)
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from None
        rows = [store.corpus.story(story), store.corpus.story(new)]
    for row in rows:
        if row is not None:
            click.echo(story_line(row))


@click.command("copies")
@click.argument("article_id", required=False)
@db_option
@click.option("--min-articles", type=click.IntRange(2, 1_000_000), default=2, show_default=True,
              help="Without an article id: list groups of at least this many copies.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 100_000), default=20, show_default=True,
              help="The most groups to list.")  # fmt: skip
@click.pass_context
def copies_cmd(
    ctx: click.Context, article_id: str | None, db: str | None, min_articles: int, limit: int
) -> None:
    """Show syndicated copies: the group of ARTICLE_ID, or the largest groups.

    Each group shows the original agency, the earliest date, and every copy with
    its site, date and what it changed (paragraphs added, removed or edited, a new
    headline).

    Example: dateline copies --db news.db
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        if article_id is not None:
            group = store.corpus.copy_group(article_id)
            if group is None:
                raise click.ClickException(f"{settings.db}: no stored article {article_id}")
            groups = [group]
        else:
            groups = store.corpus.copy_groups(min_articles=min_articles, limit=limit)
    click.echo("\n\n".join(copy_group_text(g) for g in groups))
    if not groups:
        click.echo("no copy groups of that size", err=True)


def _calendar_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a --from/--to that names no calendar span, which would otherwise be ignored."""
    if value is not None and span_of(value) is None:
        raise click.BadParameter(
            f"{value!r} is not a date; use a year, a month or a day (2019, 2019-07, 2019-07-12)"
        )
    return value


@click.command("timeline")
@db_option
@click.option("--story", type=int, default=None, help="The timeline of one story (its id).")
@click.option("--actor", default=None, metavar="CODE",
              help="Events of one actor, as actor or recipient (TUR matches TURGOV).")  # fmt: skip
@click.option("--query", default=None, metavar="WORDS",
              help="Events whose sentence holds these words, and quotes that do.")  # fmt: skip
@click.option(
    "--from",
    "since",
    default=None,
    metavar="DATE",
    callback=_calendar_date,
    help="From this date (2019, 2019-07, 2019-07-12).",
)
@click.option("--to", "until", default=None, metavar="DATE", callback=_calendar_date,
              help="Before this date.")  # fmt: skip
@click.option("--no-quotes", is_flag=True, help="Events only.")
@click.option("--format", "out_format", type=click.Choice(["text", "jsonl", "csv", "html"]),
              default="text", show_default=True, help="Output format.")  # fmt: skip
@click.pass_context
def timeline_cmd(  # noqa: PLR0913  (one parameter per command-line option)
    ctx: click.Context,
    db: str | None,
    story: int | None,
    actor: str | None,
    query: str | None,
    since: str | None,
    until: str | None,
    no_quotes: bool,
    out_format: str,
) -> None:
    """Print what happened, in the order it happened, each line with its sources.

    Events are counted once however many articles report them; where reports
    disagree (dates, actors, numbers) both claims are shown with their articles.

    Example: dateline timeline --story 3 --db news.db
    """
    if sum(x is not None for x in (story, actor, query)) > 1:
        raise click.UsageError("give at most one of --story, --actor and --query")
    settings = settings_for(ctx, db=db)
    q = TimelineQuery(story=story, actor=actor, query=query, since=since, until=until,
                      quotes=not no_quotes)  # fmt: skip
    with open_store(settings.db, readonly=True) as store:
        if story is not None and store.corpus.story(story) is None:
            raise click.ClickException(f"{settings.db}: no story {story}")
        entries = store.corpus.timeline(q)
        title = _title(store, story, actor, query)
    if out_format == "jsonl":
        for entry in entries:
            click.echo(json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True))
    elif out_format == "csv":
        sys.stdout.write(timeline_csv(entries))
    elif out_format == "html":
        sys.stdout.write(timeline_html(title, entries))
    else:
        click.echo(title)
        for entry in entries:
            click.echo(entry_line(entry))
    if not entries:
        click.echo("nothing in this timeline", err=True)


def _title(store: Store, story: int | None, actor: str | None, query: str | None) -> str:
    if story is not None:
        row = store.corpus.story(story)
        return f"Timeline of story {story}: {row.label if row else ''}"
    if actor is not None:
        return f"Timeline of {actor.upper()}"
    if query is not None:
        return f"Timeline of {query!r}"
    return "Timeline of every story"
