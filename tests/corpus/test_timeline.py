"""Timelines: entries in the order things happened, disputed claims with their articles."""

from __future__ import annotations

import itertools
from dataclasses import replace

from dateline.corpus.eventmerge import Mention
from dateline.corpus.timeline import (
    Claim,
    ClaimValue,
    EventReport,
    Report,
    event_entry,
    ordered,
    quote_entry,
)
from dateline.corpus.when import sort_key
from dateline.store.timeline import TimelineQuery

from .conftest import folder, pick

KILLED = Mention(
    type="ASSAULT", actor=None, recipient="---CVL", date="2024-03-22", date_source="timex",
    place="Garin Dutse", place_country=None, flags=frozenset(), quantities=((12.0, "people"),),
    copy_group=1,
)  # fmt: skip


def _report(article: str, *, date: str | None = "2024-03-22", toll: float = 12.0,
            source: str = "timex", aux: tuple[str, ...] = ()) -> EventReport:  # fmt: skip
    mention = replace(KILLED, date=date, date_source=source, quantities=((toll, "people"),))
    return EventReport(
        mention=mention, cameo="180", actor_name=None, recipient_name=f"{toll:g} people",
        aux=aux, report=Report(article_id=article, title=None, site=None, reported="2024-03-22",
                               sentence=f"Gunmen killed {toll:g} people on Friday."),
    )  # fmt: skip


def test_an_event_keeps_each_disputed_figure_with_its_articles():
    entry = event_entry(4, [_report("a"), _report("b", toll=15), _report("c", toll=12)])
    assert (entry.kind, entry.story, entry.type, entry.cameo, entry.mentions) == (
        "event", 4, "ASSAULT", "180", 3,
    )  # fmt: skip
    assert entry.disputed
    assert entry.claims == (
        Claim(
            name="number of people",
            values=(
                ClaimValue(value="12", articles=("a", "c")),
                ClaimValue(value="15", articles=("b",)),
            ),
        ),
    )
    assert [r.article_id for r in entry.reports] == ["a", "b", "c"]
    assert entry.text == "Gunmen killed 12 people on Friday."  # the first report's sentence


def test_agreeing_reports_are_not_disputed():
    entry = event_entry(4, [_report("a"), _report("b"), _report("b")])
    assert not entry.disputed and entry.claims == () and entry.mentions == 3


def test_the_event_date_is_the_one_most_reports_give_in_their_own_words():
    reports = [
        _report("a", date="2024-03-21"),
        _report("b", date="2024-03-22"),
        _report("c", date="2024-03-22"),
        _report("d", date="2024-03-28", source="anchor"),  # only its own date: not counted
    ]
    entry = event_entry(1, reports)
    assert entry.date == "2024-03-22"
    assert [c.name for c in entry.claims] == ["date"]
    tie = event_entry(1, [_report("a", date="2024-03-22"), _report("b", date="2024-03")])
    assert tie.date == "2024-03"  # a tie goes to the earlier start, the longer span
    only_anchor = event_entry(1, [_report("a", date="2024-03-25", source="anchor")])
    assert only_anchor.date == "2024-03-25"


def test_flags_come_from_the_first_report():
    entry = event_entry(1, [_report("a", aux=("reported", "negated", "reported"))])
    assert entry.flags == ("negated", "reported")


def test_a_quote_takes_its_earliest_report_date():
    def said(article: str, reported: str | None) -> Report:
        return Report(article_id=article, title=None, site=None, reported=reported, sentence="s")

    entry = quote_entry(
        story=2, text='"We stay."', speaker="Rosa Quispe",
        reports=[said("a", "2024-05-13"), said("b", None), said("c", "2024-05-06")],
    )  # fmt: skip
    assert (entry.kind, entry.date, entry.mentions, entry.disputed) == (
        "quote",
        "2024-05-06",
        3,
        False,
    )
    assert quote_entry(story=None, text="x", speaker=None, reports=[said("a", None)]).date is None


def test_entries_are_ordered_by_when_it_happened_then_by_report_order():
    def at(date: str | None, text: str):
        return replace(event_entry(1, [_report("a")]), date=date, text=text)

    entries = [
        at("2024-03-22", "attack"),
        at(None, "undated"),
        at("2017", "accord"),
        at("2024-03", "month"),
        at("2024-03-22", "second report of the day"),
        at("2017-05-02", "signing day"),
    ]
    assert [e.text for e in ordered(entries)] == [
        "accord", "signing day", "month", "attack", "second report of the day", "undated",
    ]  # fmt: skip


# The corpus cases.


def test_three_reports_of_one_attack_with_three_tolls_are_one_disputed_event(
    corpus_store, corpus_records
):
    attack = folder(corpus_records, "attack")
    (story,) = {
        p.story_id for p in corpus_store.corpus.placements() if p.article_id == attack[0].id
    }
    entries = corpus_store.corpus.timeline(TimelineQuery(story=story, quotes=False))
    tolls = [e for e in entries if any(c.name == "number of people" for c in e.claims)]
    assert len(tolls) == 1
    (entry,) = tolls
    assert (entry.type, entry.date, entry.mentions, entry.disputed) == (
        "ASSAULT", "2024-03-22", 3, True,
    )  # fmt: skip
    (claim,) = [c for c in entry.claims if c.name == "number of people"]
    by_site = {r.id: r.source.path.rsplit("/", 1)[1].split("-")[0] for r in attack}
    assert [(v.value, [by_site[a] for a in v.articles]) for v in claim.values] == [
        ("15", ["northernmirror"]),
        ("12", ["sahelstandard"]),
        ("17", ["savannahpost"]),
    ]
    assert [r.article_id for r in entry.reports] == [r.id for r in attack]


def test_a_background_event_learned_later_comes_first(corpus_store, corpus_records):
    strike = folder(corpus_records, "strike")
    last = pick(strike, "strike/2024-06-17")
    assert strike[-1] is last  # the accord of 2017 is told by the story's last article
    (story,) = {p.story_id for p in corpus_store.corpus.placements() if p.article_id == last.id}
    entries = corpus_store.corpus.timeline(TimelineQuery(story=story))
    first = entries[0]
    assert (first.kind, first.date, first.type) == ("event", "2017", "SUPPORT")
    assert "In 2017, the union and Quenual Copper signed a wage accord" in first.text
    assert [r.article_id for r in first.reports] == [last.id]
    assert "historical" in first.flags
    assert all(sort_key(a.date) <= sort_key(b.date) for a, b in itertools.pairwise(entries))
    assert entries[1].date == "2024-05-06"
    assert {e.story for e in entries} == {story}


def test_an_actor_timeline_matches_the_country_in_every_sector(corpus_store):
    entries = corpus_store.corpus.timeline(TimelineQuery(actor="tur", quotes=False))
    assert entries
    assert all(
        (e.actor or "").startswith("TUR") or (e.recipient or "").startswith("TUR") for e in entries
    )
    assert {e.actor for e in entries} >= {"TUR", "TURGOV"}
    assert len({e.story for e in entries}) == 1  # only the Tigris deal names Turkey


def test_a_word_timeline_keeps_events_whose_sentence_holds_every_word(corpus_store):
    entries = corpus_store.corpus.timeline(TimelineQuery(query="tear gas", quotes=False))
    assert [(e.type, e.date) for e in entries] == [
        ("ASSAULT", "2024-05-21"),
        ("PROTEST", "2024-05-21"),
    ]
    assert all("tear gas" in e.text for e in entries)
    assert corpus_store.corpus.timeline(TimelineQuery(query="gas tear helicopter")) == []


def test_date_limits_keep_entries_that_start_inside_them(corpus_store, corpus_records):
    may = corpus_store.corpus.timeline(TimelineQuery(since="2024-05", until="2024-06"))
    assert may and all("2024-05-01" <= (e.date or "")[:10] < "2024-06-01" for e in may)
    everything = corpus_store.corpus.timeline(TimelineQuery())
    assert len(may) < len(everything)
    assert [e for e in everything if (e.date or "").startswith("2024-05")] == may
    last = pick(corpus_records, "strike/2024-06-17")
    (story,) = {p.story_id for p in corpus_store.corpus.placements() if p.article_id == last.id}
    before = corpus_store.corpus.timeline(TimelineQuery(story=story, until="2024"))
    assert [e.date for e in before] == ["2017"]
    since = corpus_store.corpus.timeline(TimelineQuery(story=story, since="2024-06-17"))
    assert {e.date for e in since} == {"2024-06-17"}
