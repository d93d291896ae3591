"""Syndicated copies: the containment test, what a copy changed, and one wire story on five sites."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.corpus.copies import (
    BANDS,
    MIN_SHARED,
    Changes,
    changes,
    containment,
    fingerprint,
    shingles,
    verify,
)

from .conftest import folder, pick

STORY = [
    "The port authority said on Monday it would close the northern container terminal for six weeks from June to replace its two oldest cranes.",
    "Shipping lines were told to send their vessels to the southern terminal, where the authority has added night shifts to handle the extra boxes.",
    "Dock workers' leader Mara Voss said the union had not been consulted and would ask for guarantees that no jobs would be lost during the closure.",
    "The new cranes, built in Finland, can each lift two containers at once and will let the terminal take the largest ships now sailing.",
]
ALL = " ".join(STORY)


def _changes(copy: list[str], title: str = "Port to shut north terminal") -> Changes:
    return changes(STORY, copy, titles=("Port to shut north terminal", title))


def test_a_copy_cut_to_half_is_wholly_contained():
    half = shingles(" ".join(STORY[:2]))
    assert verify(shingles(ALL), half) == 1.0
    assert verify(half, shingles(ALL)) == 1.0  # symmetric: the smaller set is measured
    assert containment(shingles(ALL), half) == 1.0


def test_articles_sharing_a_phrase_are_not_copies():
    other = (
        "Dock workers' leader Mara Voss said the union had not been consulted, "
        "and called a strike at the airport cargo hall for Friday over night pay."
    )
    assert 0 < containment(shingles(other), shingles(ALL)) < 0.5
    assert verify(shingles(other), shingles(ALL)) == 0.0


def test_short_notes_never_match_on_their_few_shingles():
    note = shingles("Port closes north terminal for crane work.")
    assert len(note) < MIN_SHARED
    assert containment(note, note) == 1.0
    assert verify(note, note) == 0.0
    assert verify(frozenset(), shingles(ALL)) == 0.0


def test_shingles_ignore_case_and_punctuation():
    assert shingles("The Port, said: MONDAY closes now") == shingles(
        "the port said monday closes now"
    )
    assert len(shingles("one two three")) == 1  # fewer words than a shingle: one shingle
    assert shingles("  ...  ") == frozenset()


def test_fingerprints_are_deterministic_and_short_texts_get_no_bands():
    first = fingerprint(ALL)
    # the keys live in the store: a new datasketch or hash must never change them
    assert first.bands[:2] == (-6909342189366226993, 589332194172224742)
    assert len(first.shingles) == 94
    assert len(first.bands) == BANDS
    assert all(-(1 << 63) <= k < 1 << 63 for k in first.bands)  # they fit SQLite integers
    assert fingerprint("Port closes north terminal.").bands == ()
    assert fingerprint(ALL.replace("Finland", "Korea")).bands != first.bands


def test_an_unchanged_copy_changes_nothing():
    assert _changes(list(STORY), title="PORT TO SHUT NORTH TERMINAL!") == Changes(
        added=(), removed=(), edited=(), moved=False, new_title=False
    )


def test_a_dropped_paragraph_is_removed():
    got = _changes([STORY[0], STORY[1], STORY[3]])
    assert (got.removed, got.added, got.edited, got.moved) == ((2,), (), (), False)


def test_a_reordered_pair_is_moved():
    got = _changes([STORY[0], STORY[2], STORY[1], STORY[3]])
    assert got.moved and (got.removed, got.added, got.edited) == ((), (), ())


def test_a_few_edited_words_keep_the_paragraph():
    # three edits in 24 words: two thirds of the paragraph's 5-word shingles change
    edited = (
        STORY[1]
        .replace("Shipping lines", "Carriers")
        .replace("their vessels", "their ships")
        .replace("the authority", "the port authority")
    )
    got = _changes([STORY[0], edited, STORY[2], STORY[3]])
    assert (got.edited, got.added, got.removed) == ((1,), (), ())


def test_a_paragraph_of_the_site_is_added_and_a_new_headline_is_noticed():
    own = "The Harbour Gazette has covered the terminal's expansion plans since 2019."
    got = _changes([*STORY, own], title="North terminal to close for new cranes")
    assert (got.added, got.removed, got.new_title) == ((4,), (), True)


def test_a_rewritten_paragraph_is_added_and_its_original_removed():
    rewritten = (
        "Dockers are angry: nobody asked them, their union says, and they want their jobs kept."
    )
    got = _changes([STORY[0], STORY[1], rewritten, STORY[3]])
    assert (got.added, got.removed, got.edited) == ((2,), (2,), ())


# The wire story: one Reuters story (ANKARA, March 3) republished by five sites.


@pytest.fixture
def wire(corpus_records):
    return folder(corpus_records, "wire")


def test_five_copies_form_one_group_with_the_agency_and_earliest_date(corpus_store, wire):
    first = pick(wire, "wire/anatolianwire")
    groups = {corpus_store.corpus.copy_group(r.id) for r in wire}
    assert len(groups) == 1
    (group,) = groups
    assert group is not None
    assert (group.id, group.article_count, group.site_count) == (first.id, 5, 5)
    assert (group.agency, group.earliest) == ("Reuters", "2024-03-03")
    assert [m.article_id for m in group.members] == [r.id for r in wire]
    assert group.members[0].changes is None and group.members[0].of_article is None
    ids = {r.id for r in wire}
    for member in group.members[1:]:
        assert member.of_article in ids - {member.article_id}
        assert member.similarity is not None and member.similarity >= 0.5
    assert corpus_store.corpus.copy_groups() == [group]  # no other article was taken for a copy


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        (
            "baghdadbusinessreview",
            Changes(added=(), removed=(), edited=(), moved=True, new_title=True),
        ),
        ("cedarpost", Changes(added=(), removed=(6,), edited=(), moved=False, new_title=True)),
        ("deltatimes", Changes(added=(), removed=(), edited=(0, 2), moved=False, new_title=True)),
        ("eastbanknews", Changes(added=(8,), removed=(), edited=(), moved=False, new_title=True)),
    ],
)
def test_each_copy_says_what_it_changed(corpus_store, wire, site, expected):
    record = pick(wire, f"wire/{site}")
    group = corpus_store.corpus.copy_group(record.id)
    (member,) = [m for m in group.members if m.article_id == record.id]
    assert member.changes == expected


def test_the_copies_are_one_story_from_one_independent_source(corpus_store, wire):
    placed = [p for p in corpus_store.corpus.placements() if p.article_id in {r.id for r in wire}]
    assert len({p.story_id for p in placed}) == 1
    assert [p.how for p in placed] == ["new", "copy", "copy", "copy", "copy"]
    assert {p.copy_group for p in placed} == {wire[0].id}
    row = corpus_store.corpus.story(placed[0].story_id)
    assert (row.articles, row.independent_sources) == (5, 1)
    assert (row.first_day, row.last_day) == ("2024-03-03", "2024-03-03")
    assert "Tigris" in row.label


def test_copies_command_shows_the_group(corpus_db, wire):
    copy = pick(wire, "wire/cedarpost")
    result = CliRunner().invoke(cli, ["copies", copy.id, "--db", corpus_db])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"copy group {wire[0].id}: 5 articles on 5 sites, agency Reuters, earliest 2024-03-03"
    )
    assert lines[1].startswith(f"  {wire[0].id}  (Anatolian Wire, 2024-03-03)  first stored: ")
    assert "(Cedar Post, 2024-03-04)" in lines[3]
    assert lines[3].endswith(
        "1 removed; new headline: Ankara agrees to share more Tigris water with Baghdad"
    )
    assert "reordered; new headline: Iraq to get more Tigris water" in lines[2]
    assert "2 edited; new headline: Turkey pledges" in lines[4]
    assert "1 paragraph added; new headline: Tigris water deal" in lines[5]
    assert len(lines) == 6


def test_copies_command_lists_groups_and_refuses_an_unknown_article(corpus_db, wire):
    listed = CliRunner().invoke(cli, ["copies", "--db", corpus_db])
    assert listed.exit_code == 0
    assert listed.stdout.startswith(f"copy group {wire[0].id}: 5 articles")
    none = CliRunner().invoke(cli, ["copies", "--db", corpus_db, "--min-articles", "6"])
    assert none.exit_code == 0 and none.stdout.strip() == ""
    assert "no copy groups of that size" in none.stderr
    unknown = CliRunner().invoke(cli, ["copies", "0" * 20, "--db", corpus_db])
    assert unknown.exit_code == 1
    assert f"no stored article {'0' * 20}" in unknown.stderr
