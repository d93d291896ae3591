"""Merging and splitting stories in the store: members, counts and events follow."""

from __future__ import annotations

import pytest

from dateline.errors import StoreError
from dateline.store import Store
from dateline.store.timeline import TimelineQuery

from .conftest import folder, pick, titled


def story_of(store: Store, article_id: str) -> int:
    """The story an article is placed in now."""
    (story,) = [p.story_id for p in store.corpus.placements() if p.article_id == article_id]
    return story


def _mentions(store: Store, story: int) -> int:
    entries = store.corpus.timeline(TimelineQuery(story=story, quotes=False))
    return sum(e.mentions for e in entries)


def test_merge_moves_every_article_and_counts_events_again(own_db, corpus_records):
    ministers = folder(corpus_records, "ministers")
    tunnel = titled(ministers, "rail tunnel")
    trawler = titled(ministers, "crew of detained")
    with Store.open(own_db) as store:
        into, other = story_of(store, tunnel.id), story_of(store, trawler.id)
        before = len(store.corpus.stories())
        assert store.corpus.merge(into, other) == into
        assert {story_of(store, r.id) for r in ministers} == {into}
        assert store.corpus.story_articles(other) == store.corpus.story_articles(into)
        assert sorted(store.corpus.story_articles(into)) == sorted(r.id for r in ministers)
        row = store.corpus.story(other)  # the old id answers with the story that holds it
        assert row is not None and row.id == into
        assert (row.articles, row.independent_sources) == (4, 4)
        assert (row.first_day, row.last_day) == ("2024-02-12", "2024-09-20")
        assert len(store.corpus.stories()) == before - 1
        assert _mentions(store, into) == sum(len(r.events) for r in ministers)
        assert store.corpus.timeline(TimelineQuery(story=other)) == store.corpus.timeline(
            TimelineQuery(story=into)
        )
        moved = {p.how for p in store.corpus.placements() if p.story_id == into}
        assert moved == {"new", "similar", "user"}  # the tunnel story's own keep how they came
        assert store.corpus.merge(other, into) == into  # already one story: nothing to do


def test_merge_refuses_an_unknown_story(own_db, corpus_records):
    with Store.open(own_db) as store:
        story = story_of(store, corpus_records[0].id)
        with pytest.raises(StoreError, match="no story 999"):
            store.corpus.merge(story, 999)
        with pytest.raises(StoreError, match="no story 999"):
            store.corpus.merge(999, story)


def test_split_moves_the_named_articles_to_a_new_story(own_db, corpus_records):
    strike = folder(corpus_records, "strike")
    late = [pick(strike, "strike/2024-06-11"), pick(strike, "strike/2024-06-17")]
    with Store.open(own_db) as store:
        story = story_of(store, strike[0].id)
        events_before = _mentions(store, story)
        new = store.corpus.split(story, [r.id for r in late])
        assert new != story
        assert store.corpus.story_articles(new) == [r.id for r in late]
        assert store.corpus.story_articles(story) == [r.id for r in strike[:5]]
        kept, split_off = store.corpus.story(story), store.corpus.story(new)
        assert (kept.articles, kept.last_day) == (5, "2024-06-04")
        assert (split_off.articles, split_off.first_day, split_off.last_day) == (
            2, "2024-06-11", "2024-06-17",
        )  # fmt: skip
        assert "Cerro Alto" in split_off.label
        assert _mentions(store, story) + _mentions(store, new) == events_before
        first = store.corpus.timeline(TimelineQuery(story=new))[0]
        assert first.date == "2017"  # the background accord went with its article
        assert {p.how for p in store.corpus.placements() if p.story_id == new} == {"user"}


def test_split_then_merge_gives_the_articles_back(own_db, corpus_records):
    strike = folder(corpus_records, "strike")
    with Store.open(own_db) as store:
        story = story_of(store, strike[0].id)
        events = _mentions(store, story)
        new = store.corpus.split(story, [strike[3].id])
        assert store.corpus.merge(story, new) == story
        assert store.corpus.story_articles(story) == [r.id for r in strike]
        assert _mentions(store, story) == events
        assert store.corpus.story(story).articles == 7


def test_split_refuses_articles_the_story_does_not_hold(own_db, corpus_records):
    strike = folder(corpus_records, "strike")
    wire = folder(corpus_records, "wire")
    with Store.open(own_db) as store:
        story = story_of(store, strike[0].id)
        with pytest.raises(StoreError, match=f"does not hold {wire[0].id}"):
            store.corpus.split(story, [strike[1].id, wire[0].id])
        with pytest.raises(StoreError, match="does not hold any article given"):
            store.corpus.split(story, [])
        assert store.corpus.story_articles(story) == [r.id for r in strike]  # nothing moved


def test_a_read_only_store_refuses_merge_and_split(corpus_store, corpus_records):
    strike = folder(corpus_records, "strike")
    story = story_of(corpus_store, strike[0].id)
    with pytest.raises(StoreError, match="read-only"):
        corpus_store.corpus.merge(story, story)
    with pytest.raises(StoreError, match="read-only"):
        corpus_store.corpus.split(story, [strike[0].id])
