"""Properties: the corpus stage depends on the order of the articles only.

The same articles in the same order, cut into batches of any size, land in the
same stories, copy groups and events; storing them again changes nothing. The
records come from the session's one pipeline run; each example only writes a store.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store import Store
from dateline.store.timeline import TimelineQuery

from .conftest import write_in_batches


def _snapshot(path: str) -> dict[str, Any]:
    """Where every article and event landed, as the store's public API tells it."""
    with Store.open(path, readonly=True) as store:
        view = store.corpus
        return {
            "placements": list(view.placements()),
            "stories": [
                (r.id, r.articles, r.independent_sources, r.first_day, r.last_day, r.events)
                for r in view.stories(limit=1000)
            ],
            "events": view.timeline(TimelineQuery(limit=100_000)),
            "copies": view.copy_groups(min_articles=1, limit=1000),
        }


def _labels(path: str) -> list[tuple[int, str]]:
    with Store.open(path, readonly=True) as store:
        return [(r.id, r.label) for r in store.corpus.stories(limit=1000)]


@pytest.fixture(scope="module")
def one_batch(corpus_db: str) -> dict[str, Any]:
    return _snapshot(corpus_db)


def test_the_snapshot_sees_every_article_and_event(one_batch, corpus_records):
    assert [p.article_id for p in one_batch["placements"]] == [r.id for r in corpus_records]
    events = sum(e.mentions for e in one_batch["events"] if e.kind == "event")
    assert events == sum(len(r.events) for r in corpus_records)
    assert sum(g.article_count for g in one_batch["copies"]) == len(corpus_records)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_batches_of_any_size_place_articles_alike(tmp_path, corpus_records, one_batch, size):
    path = str(tmp_path / f"by{size}.db")
    write_in_batches(path, corpus_records, size)
    assert _snapshot(path) == one_batch


@settings(max_examples=6, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=20))
def test_any_cut_into_batches_places_articles_alike(corpus_records, one_batch, cuts):
    batches, start = [], 0
    for size in [*cuts, len(corpus_records)]:
        if start < len(corpus_records):
            batches.append(corpus_records[start : start + size])
            start += size
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "cut.db")
        with Store.open(path) as store:
            for batch in batches:
                store.write_batch(batch)
        assert _snapshot(path) == one_batch


def test_storing_the_same_records_again_changes_nothing(own_db, corpus_records, one_batch):
    with Store.open(own_db) as store:
        again = store.write_batch(corpus_records)
        assert (again.added, again.present) == (0, len(corpus_records))
        for record in reversed(corpus_records):  # one at a time, and in another order
            assert store.write_batch([record]).added == 0
    assert _snapshot(own_db) == one_batch


def test_story_labels_do_not_depend_on_the_batch_size(tmp_path, corpus_records, corpus_db):
    path = str(tmp_path / "by1.db")
    write_in_batches(path, corpus_records, 1)
    assert _labels(path) == _labels(corpus_db)
