"""What the command modules share: settings, the ``--db`` option, opening the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from dateline.config import Settings, load_settings
from dateline.errors import DatelineError
from dateline.store import Store


def settings_for(ctx: click.Context, **overrides: Any) -> Settings:  # Any: option values
    """The settings of this run: the config file, the environment, then the options."""
    try:
        return load_settings(ctx.obj.get("config"), **overrides)
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from None


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared ``--db`` option."""
    return click.option(
        "--db", default=None, metavar="PATH",
        help="SQLite store (default: dateline.db, or the `db` setting).",
    )(func)  # fmt: skip


def open_store(path: str, *, readonly: bool) -> Store:
    """Open the store, or stop with its error as one line."""
    try:
        return Store.open(path, readonly=readonly)
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from None
