"""Fixtures for the store tests: a tiny record factory and an open store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Article, Record, Source, SourceFormat, content_id
from dateline.store import Store


def make_record(
    key: str,
    *,
    title: str | None = "A title",
    text: str = "Some article text.",
    fmt: SourceFormat = "text",
    **article: Any,
) -> Record:
    """Build a minimal record whose id is derived from ``key``."""
    return Record(
        id=content_id("text", key.encode()),
        source=Source(path=f"in/{key}.txt", format=fmt),
        article=Article(title=title, text=text, **article),
    )


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "dateline.db")


@pytest.fixture
def store(db_path: str) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened
