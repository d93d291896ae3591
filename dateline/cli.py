"""The ``dateline`` command: parse options, call the pipeline or the store, print.

stdout carries data only (JSONL by default); messages, rejects and summaries go to
stderr. Exit codes: 0 ok; 1 stopped by an error; 2 usage error; 3 finished but
some inputs were rejected (the count is on the last stderr line).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

import click

from dateline import __version__
from dateline.cli_common import db_option, open_store, settings_for
from dateline.cli_corpus import copies_cmd, stories_group, timeline_cmd
from dateline.errors import DatelineError, Reject
from dateline.model import ENTITY_TYPES, EVENT_TYPES, SOURCE_FORMATS, Record
from dateline.pipeline import STAGES, IngestSummary, Inputs, analyze, ingest, plan
from dateline.render import (
    EVENT_COLUMNS,
    entity_line,
    event_line,
    quote_block,
    record_text,
    stats_text,
)
from dateline.render_corpus import copy_group_text, entry_line, story_line
from dateline.store import EventQuery
from dateline.store.timeline import TimelineQuery

EXIT_REJECTED = 3
_DEMO_ENTRIES = 20
log = logging.getLogger("dateline")


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("dateline")
    root.handlers[:] = [handler]
    root.setLevel(level)


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options shared by commands that read inputs."""
    func = click.option(
        "--input-format", "fmt", type=click.Choice(SOURCE_FORMATS), default=None,
        help="Read every input as this format instead of guessing from its name and content.",
    )(func)  # fmt: skip
    func = click.option(
        "--max-document-bytes", type=int, default=None, metavar="N",
        help="Reject documents larger than N bytes (default 50 MB).",
    )(func)  # fmt: skip
    return click.argument("paths", nargs=-1, required=True)(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="TOML settings file with a [dateline] table (or DATELINE_CONFIG).")  # fmt: skip
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, config: str | None) -> None:
    """dateline: turn raw news into a sourced, dated record of who did what to whom."""
    _setup_logging(verbose, quiet)
    ctx.obj = {"config": config, "quiet": quiet}


def _report_rejects(rejects: Iterable[Reject], err: TextIO) -> None:
    for reject in rejects:
        click.echo(reject.one_line(), file=err)


@cli.command("analyze")
@input_options
@click.option("--format", "out_format", type=click.Choice(["jsonl", "json", "text"]),
              default="jsonl", show_default=True, help="Output format on stdout.")  # fmt: skip
@click.option("--stages", default=None, metavar="LIST",
              help=f"Comma-separated stages to run, with those they need ({', '.join(STAGES)}).")  # fmt: skip
@click.option("--rejects", "rejects_path", default="rejects.jsonl", show_default=True,
              metavar="PATH", help="Where to write rejected inputs, one JSON object per line.")  # fmt: skip
@click.pass_context
def analyze_cmd(  # noqa: PLR0913  (one parameter per command-line option)
    ctx: click.Context, paths: tuple[str, ...], fmt: str | None, max_document_bytes: int | None,
    out_format: str, stages: str | None, rejects_path: str,
) -> None:  # fmt: skip
    """Analyze news files and print one record per article; nothing is stored.

    PATHS are files, folders (read recursively), globs, or - for stdin.

    Example: dateline analyze page.html dump.txt.gz crawl.warc.gz | jq .article.title
    """
    settings = settings_for(ctx, max_document_bytes=max_document_bytes)
    inputs = Inputs(paths=paths, stdin=sys.stdin.buffer, fmt=fmt)  # type: ignore[arg-type]
    stage_list = stages.split(",") if stages else None
    try:
        plan(stage_list)
    except DatelineError as exc:
        raise click.BadParameter(str(exc), param_hint="--stages") from None
    rejects: list[Reject] = []
    records: list[dict[str, Any]] = []
    try:
        for item in analyze(inputs, settings, stages=stage_list):
            if isinstance(item, Reject):
                rejects.append(item)
                click.echo(item.one_line(), err=True)
            elif out_format == "json":
                records.append(item.to_dict())
            else:
                click.echo(_format_record(item, out_format))
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from None
    if out_format == "json":
        click.echo(json.dumps(records, ensure_ascii=False, sort_keys=True, indent=2))
    if rejects:
        with Path(rejects_path).open("w", encoding="utf-8") as out:
            for reject in rejects:
                out.write(json.dumps(reject.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        _exit_rejected(len(rejects), f"see {rejects_path}")


def _format_record(record: Record, out_format: str) -> str:
    return record_text(record) if out_format == "text" else record.to_json()


def _exit_rejected(count: int, where: str) -> None:
    noun = "input was" if count == 1 else "inputs were"
    click.echo(f"{count} {noun} rejected; {where}", err=True)
    sys.exit(EXIT_REJECTED)


def _progress(quiet: bool) -> Callable[[IngestSummary], None] | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(summary: IngestSummary) -> None:
        click.echo(
            f"\r{summary.documents} documents, {summary.added} added, "
            f"{len(summary.rejects)} rejected",
            err=True, nl=False,
        )  # fmt: skip

    return show


@cli.command("ingest")
@input_options
@db_option
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
              help="Documents per transaction.")  # fmt: skip
@click.pass_context
def ingest_cmd(  # noqa: PLR0913  (one parameter per command-line option)
    ctx: click.Context, paths: tuple[str, ...], fmt: str | None, max_document_bytes: int | None,
    db: str | None, batch_size: int,
) -> None:  # fmt: skip
    """Analyze news files and store the records; re-ingesting the same content is a no-op.

    PATHS are files, folders (read recursively), globs, or - for stdin.

    Example: dateline ingest crawl/ feeds/*.xml --db news.db
    """
    settings = settings_for(ctx, max_document_bytes=max_document_bytes, db=db)
    inputs = Inputs(paths=paths, stdin=sys.stdin.buffer, fmt=fmt)  # type: ignore[arg-type]
    with open_store(settings.db, readonly=False) as store:
        try:
            summary = ingest(inputs, store, settings, batch_size=batch_size,
                             on_batch=_progress(ctx.obj["quiet"]))  # fmt: skip
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from None
    if _progress(ctx.obj["quiet"]) is not None:
        click.echo("", err=True)
    _report_rejects(summary.rejects, sys.stderr)
    click.echo(
        f"{summary.documents} documents read: {summary.added} added, "
        f"{summary.present} already stored, {len(summary.rejects)} rejected ({settings.db})",
        err=True,
    )
    if summary.rejects:
        _exit_rejected(len(summary.rejects), f"listed by `dateline stats --db {settings.db}`")


@cli.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Most results to print.")  # fmt: skip
@click.option("--format", "out_format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="text: one result per block; jsonl: one JSON object per line.")  # fmt: skip
@click.pass_context
def search_cmd(ctx: click.Context, query: str, db: str | None, limit: int, out_format: str) -> None:
    """Full-text search over titles and texts, best match first, with snippets.

    Example: dateline search "S-400" --db news.db
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        hits = store.search(query, limit=limit)
    for hit in hits:
        if out_format == "jsonl":
            click.echo(json.dumps(asdict(hit), ensure_ascii=False, sort_keys=True))
        else:
            click.echo(
                f"{hit.id}  {hit.title or '(no title)'}  [{hit.agency or '-'}, {hit.site or '-'}]"
            )
            click.echo(f"    {hit.snippet}")
    if not hits:
        click.echo(f"no article matches {query!r}", err=True)


@cli.command("show")
@click.argument("record_id", metavar="ID")
@db_option
@click.option("--format", "out_format", type=click.Choice(["json", "text"]), default="json",
              show_default=True, help="json: the full record; text: a readable summary.")  # fmt: skip
@click.pass_context
def show_cmd(ctx: click.Context, record_id: str, db: str | None, out_format: str) -> None:
    """Print one stored article's record.

    Example: dateline show 3f9c2a41d0b7e6c85a12 --format text
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        record = store.get(record_id)
    if record is None:
        raise click.ClickException(f"no article with id {record_id!r} in {settings.db}")
    click.echo(record_text(record) if out_format == "text" else record.to_json(indent=2))


@cli.command("stats")
@db_option
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")  # fmt: skip
@click.pass_context
def stats_cmd(ctx: click.Context, db: str | None, out_format: str) -> None:
    """Counts of stored articles by source format, agency and site, and of rejects by code.

    Example: dateline stats --db news.db --format json
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        stats, rejects = store.stats(), store.rejects()
    if out_format == "json":
        body = {**asdict(stats), "rejected": [r.to_dict() for r in rejects]}
        click.echo(json.dumps(body, ensure_ascii=False, sort_keys=True, indent=2))
    else:
        click.echo(stats_text(stats, rejects))


@cli.command("entities")
@db_option
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), default=None,
              help="Only entities of this type.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True,
              help="Most entities to list.")  # fmt: skip
@click.option("--format", "out_format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="text: a table; jsonl: one JSON object per line.")  # fmt: skip
@click.pass_context
def entities_cmd(ctx: click.Context, db: str | None, type_: str | None, limit: int,
                 out_format: str) -> None:  # fmt: skip
    """List the people, organisations and places of the store, linked across articles.

    Example: dateline entities --type PERSON --db news.db
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        rows = store.entities(type_=type_, limit=limit)
    for row in rows:
        if out_format == "jsonl":
            click.echo(json.dumps(asdict(row), ensure_ascii=False, sort_keys=True))
        else:
            click.echo(entity_line(row))


@cli.command("quotes")
@db_option
@click.option("--speaker", default=None, metavar="NAME",
              help="Only quotes whose speaker's name or aliases contain NAME.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True,
              help="Most quotes to list.")  # fmt: skip
@click.option("--format", "out_format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="text: one quote per block; jsonl: one JSON object per line.")  # fmt: skip
@click.pass_context
def quotes_cmd(ctx: click.Context, db: str | None, speaker: str | None, limit: int,
               out_format: str) -> None:  # fmt: skip
    """List stored quotes with their speaker, article, date and sentence.

    Example: dateline quotes --speaker Esper --db news.db
    """
    settings = settings_for(ctx, db=db)
    with open_store(settings.db, readonly=True) as store:
        rows = store.quotes(speaker=speaker, limit=limit)
    for row in rows:
        if out_format == "jsonl":
            click.echo(json.dumps(asdict(row), ensure_ascii=False, sort_keys=True))
        else:
            click.echo(quote_block(row))
    if not rows:
        click.echo("no quotes" + (f" by {speaker!r}" if speaker else ""), err=True)


@cli.command("events")
@db_option
@click.option("--actor", default=None, metavar="CODE",
              help="Only events by this actor code (TUR matches TURGOV, TURMIL ...).")  # fmt: skip
@click.option("--recipient", default=None, metavar="CODE",
              help="Only events done to this actor code.")  # fmt: skip
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False),
              default=None, help="Only this PLOVER category.")  # fmt: skip
@click.option("--since", default=None, metavar="DATE",
              help="Only events dated on or after DATE (2019, 2019-01, 2019-01-15).")  # fmt: skip
@click.option("--until", default=None, metavar="DATE",
              help="Only events dated before DATE.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, show_default=True,
              help="Most events to list.")  # fmt: skip
@click.option("--format", "out_format", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table: one block per event with its sentence; jsonl or csv: one row per event.")  # fmt: skip
@click.pass_context
def events_cmd(  # noqa: PLR0913  (one parameter per command-line option)
    ctx: click.Context,
    db: str | None,
    actor: str | None,
    recipient: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    out_format: str,
) -> None:
    """List stored events (who did what to whom), ordered by when they happened.

    Example: dateline events --actor TUR --type SANCTION --since 2019-01 --db news.db
    """
    import csv

    settings = settings_for(ctx, db=db)
    query = EventQuery(
        actor=actor.upper() if actor else None, recipient=recipient.upper() if recipient else None,
        type=type_.upper() if type_ else None, since=since, until=until, limit=limit,
    )  # fmt: skip
    with open_store(settings.db, readonly=True) as store:
        rows = store.events(query)
    if out_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(EVENT_COLUMNS)
        for row in rows:
            values = asdict(row)
            values["aux"] = ";".join(row.aux)
            writer.writerow([values[c] for c in EVENT_COLUMNS])
    for row in rows if out_format != "csv" else ():
        if out_format == "jsonl":
            click.echo(json.dumps(asdict(row), ensure_ascii=False, sort_keys=True))
        else:
            click.echo(event_line(row))
    if not rows:
        click.echo("no events match", err=True)


@cli.command("demo")
@db_option
@click.option("--serve/--no-serve", default=True,
              help="Serve the web UI afterwards (arrives with the web UI; until then the demo ends).")  # fmt: skip
@click.pass_context
def demo_cmd(ctx: click.Context, db: str | None, serve: bool) -> None:
    """Ingest the bundled sample corpus, then print its stories, copies and a timeline.

    The sample corpus holds one broken file of each kind on purpose: their rejects
    are listed, and the demo still succeeds.

    Example: dateline demo --db demo.db --no-serve
    """
    from dateline.samples import sample_dir

    settings = settings_for(ctx, db=db)
    inputs = Inputs(paths=(str(sample_dir()),))
    with open_store(settings.db, readonly=False) as store:
        summary = ingest(inputs, store, settings)
        stats, rejects = store.stats(), store.rejects()
        people = store.entities(type_="PERSON", limit=8)
        stories = store.corpus.stories(limit=6)
        groups = store.corpus.copy_groups(limit=1)
        story = stories[0] if stories else None
        entries = store.corpus.timeline(TimelineQuery(story=story.id)) if story else []
    click.echo(f"Ingested the sample corpus into {settings.db}: {summary.added} new articles, "
               f"{summary.present} already stored.")  # fmt: skip
    click.echo(stats_text(stats, rejects))
    click.echo("\nStories (dateline stories):")
    for row in stories:
        click.echo("  " + story_line(row))
    if groups:
        click.echo("\nThe most copied wire story (dateline copies):")
        click.echo(copy_group_text(groups[0]))
    if story is not None:
        click.echo(f"\nTimeline of story {story.id}, by when things happened "
                   f"(dateline timeline --story {story.id}):")  # fmt: skip
        for entry in entries[:_DEMO_ENTRIES]:
            click.echo(entry_line(entry))
        if len(entries) > _DEMO_ENTRIES:
            click.echo(f"... and {len(entries) - _DEMO_ENTRIES} more entries")
    click.echo("\nPeople most often in the news (dateline entities --type PERSON):")
    for person in people:
        click.echo("  " + entity_line(person))
    if serve:
        click.echo("\n(The web UI is not built yet; the demo ends here.)", err=True)


cli.add_command(stories_group)
cli.add_command(copies_cmd)
cli.add_command(timeline_cmd)


def main() -> None:
    """Entry point of the ``dateline`` console script."""
    cli(prog_name="dateline")
