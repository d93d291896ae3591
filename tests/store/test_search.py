"""Full-text search: ranking, snippets, and user text that must never raise."""

from __future__ import annotations

import pytest

from dateline.store import Store
from dateline.store.query import fts_query

from .conftest import make_record

NASTY = [
    "S-400", '"S-400"', "U.S.", "Turkey's", "NOT", "(", ")", "*", "-", '"', '""', "AND", "OR",
    "OR OR", "a OR", "NEAR(a b)", "title:x", "^start", "a:b", "{x y}", "x + y", "'", "\\",
    "ç", "\x00", "0\x00", "\ud800", "NOT S-400", 'S-400" OR "(', "   ", "",
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    store.write_batch(
        [
            make_record(
                "body",
                title="Defence talks",
                text="Ankara confirmed the S-400 delivery. The U.S. objected to Turkey's move.",
                agency="AFP",
                site="afp.com",
            ),
            make_record(
                "title",
                title="Turkey takes S-400 delivery",
                text="Officials said the systems arrived on Friday.",
                agency="Xinhua",
            ),
            make_record("other", title=None, text="Nothing to see here; not relevant at all."),
        ]
    )
    return store


def test_title_hit_beats_body_hit(filled: Store) -> None:
    hits = filled.search("S-400")
    assert [h.id for h in hits] == [make_record("title").id, make_record("body").id]
    assert hits[0].score > hits[1].score
    assert hits[0].agency == "Xinhua"
    assert hits[1].site == "afp.com"
    assert hits[1].source_path == "in/body.txt"


def test_snippet_marks_matches(filled: Store) -> None:
    (hit,) = filled.search("delivery Ankara")
    assert hit.id == make_record("body").id
    assert "[Ankara]" in hit.snippet
    assert "[delivery]" in hit.snippet
    assert hit.title == "Defence talks"


def test_phrases_and_punctuation(filled: Store) -> None:
    body = make_record("body").id
    assert [h.id for h in filled.search('"U.S. objected"')] == [body]
    assert [h.id for h in filled.search("U.S.")] == [body]
    assert [h.id for h in filled.search("Turkey's")] == [body]
    assert filled.search('"objected U.S."') == []


def test_or_between_terms(filled: Store) -> None:
    ids = {h.id for h in filled.search("Friday OR relevant")}
    assert ids == {make_record("title").id, make_record("other").id}
    assert filled.search("Friday relevant") == []


def test_case_and_diacritics_fold(filled: Store) -> None:
    assert len(filled.search("TURKEY")) == 2
    assert len(filled.search("Türkey")) == 2


def test_paging(filled: Store) -> None:
    everything = filled.search("S-400")
    assert filled.search("S-400", limit=1) == everything[:1]
    assert filled.search("S-400", limit=1, offset=1) == everything[1:]
    assert filled.search("S-400", limit=0) == []
    with pytest.raises(ValueError, match="must be >= 0"):
        filled.search("S-400", limit=-1)


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_never_raise(filled: Store, query: str) -> None:
    hits = filled.search(query)
    assert isinstance(hits, list)


def test_not_is_a_word(filled: Store) -> None:
    assert [h.id for h in filled.search("NOT")] == [make_record("other").id]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S-400", '"S-400"'),
        ('"U.S. objected"', '"U.S. objected"'),
        ("a OR b c", '("a") OR ("b" "c")'),
        ("OR a OR", '"a"'),
        ('say "OR" now', '"say" "OR" "now"'),
        ('unclosed "quote here', '"unclosed" "quote here"'),
        ("( * -", None),
        ("", None),
        ("or", '"or"'),
    ],
)
def test_fts_query(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected
