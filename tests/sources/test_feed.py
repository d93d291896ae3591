"""RSS and Atom feeds: one document per entry, entry rejects, malformed feeds, entity bombs."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document

from .helpers import collect, docs, fixture, rejects


def test_rss_entries() -> None:
    first, second = collect([fixture("feed.rss")])
    assert isinstance(first, Document)
    assert first.kind == "html"
    assert first.content == "<p>GENEVA, March 5 (Reuters) - Talks resumed.</p>"
    assert first.source.format == "feed"
    assert (first.source.offset, first.source.id) == (0, "wire-1")
    assert first.source.url == "https://wire.example/talks"
    assert dict(first.meta) == {
        "title": "Talks resume",
        "date": "2024-03-05T09:00:00+00:00",
        "date_signal": "feed",
        "site": "Example Wire",
        "byline": "desk@wire.example (Jane Roe)",
    }
    assert isinstance(second, Reject)
    assert (second.code, second.offset) == ("DL-SRC-008", 1)
    assert "entry 1" in second.message
    assert second.one_line().startswith(fixture("feed.rss") + "@1: DL-SRC-008")


def test_atom_entry_uses_content_and_updated() -> None:
    (doc,) = collect([fixture("feed.atom")])
    assert isinstance(doc, Document)
    assert doc.content == "<p>PARIS, March 6 (AFP) - A strike began.</p>"
    assert doc.source.id == "urn:example:atom:1"
    assert doc.source.url == "https://atom.example/strike"
    assert doc.meta_get("date") == "2024-03-06T08:30:00+00:00"
    assert doc.meta_get("byline") == "Jean Dupont"
    assert doc.meta_get("site") == "Atom Desk"


def test_malformed_feed_without_entries() -> None:
    (rej,) = collect([fixture("feed-broken.rss")])
    assert isinstance(rej, Reject)
    assert rej.code == "DL-SRC-008"
    assert "malformed" in rej.message
    assert rej.path == fixture("feed-broken.rss")


def test_well_formed_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "none.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>t</title></channel></rss>', encoding="utf-8"
    )
    (rej,) = collect([str(path)])
    assert isinstance(rej, Reject)
    assert rej.code == "DL-SRC-008"
    assert "no entries" in rej.message


def test_bozo_feed_with_entries_is_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "bozo.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>t</title><item><title>a</title>'
        "<description>Body &amp; more</description></item><item><title>cut",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="dateline.sources.feed"):
        items = collect([str(path)])
    assert [d.content for d in docs(items)] == ["Body & more"]
    assert "not well-formed" in caplog.text


@pytest.mark.timeout(10)
def test_entity_bomb_returns_quickly() -> None:
    started = time.monotonic()
    items = collect([fixture("feed-entity-bomb.xml")])
    assert time.monotonic() - started < 5
    for doc in docs(items):
        assert len(doc.content) < 10_000
        assert "root:" not in doc.content  # no external entity was read


def test_feed_over_limit(small: Settings, tmp_path: Path) -> None:
    path = tmp_path / "big.rss"
    items = "".join(
        f"<item><title>{i}</title><description>{'x' * 100}</description></item>" for i in range(20)
    )
    path.write_text(f'<rss version="2.0"><channel>{items}</channel></rss>', encoding="utf-8")
    (rej,) = collect([str(path)], small)
    assert rej.code == "DL-SRC-006"  # type: ignore[union-attr]


def test_gzipped_feed(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "feed.rss.gz"
    path.write_bytes(gzip.compress(Path(fixture("feed.rss")).read_bytes()))
    assert [d.id for d in docs(collect([str(path)]))] == [
        d.id for d in docs(collect([fixture("feed.rss")]))
    ]
    assert len(rejects(collect([str(path)]))) == 1
