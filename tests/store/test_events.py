"""Events as the store keeps them: filters by actor, recipient, type and date."""

from dataclasses import replace

from dateline.model import Actor, Event, EventDate, Mention, Span
from dateline.store import EventQuery

from .conftest import make_record


def _event(n, type_, parties, when, *, aux=()):
    actor, recipient = parties
    return Event(
        id=f"ev{n}", type=type_, cameo="163" if type_ == "SANCTION" else "040",
        actor=Actor(name=actor, code=actor) if actor else None,
        recipient=Actor(name=recipient, code=recipient) if recipient else None,
        date=EventDate(value=when, granularity="day", source="timex") if when else None,
        sentence=Span(start=0, end=10),
        trigger=Mention(text="x", span=Span(start=0, end=1), sentence=Span(start=0, end=10)),
        aux=aux,
    )  # fmt: skip


def test_events_are_filtered_and_ordered_by_their_own_date(store):
    a = replace(make_record("a"), events=(
        _event(1, "SANCTION", ("USAGOV", "TUR"), "2019-07-17"),
        _event(2, "CONSULT", ("TURGOV", "RUSGOV"), "2017-12-29", aux=("historical",)),
    ))  # fmt: skip
    b = replace(make_record("b"), events=(_event(1, "SANCTION", ("TURMIL", None), None),))
    store.write_batch([a, b])
    rows = store.events()
    assert [(r.actor, r.date) for r in rows] == [
        ("TURGOV", "2017-12-29"), ("USAGOV", "2019-07-17"), ("TURMIL", None),
    ]  # fmt: skip
    assert rows[0].aux == ("historical",)
    assert [r.actor for r in store.events(EventQuery(actor="TUR"))] == ["TURGOV", "TURMIL"]
    assert [r.actor for r in store.events(EventQuery(actor="TURGOV"))] == ["TURGOV"]
    assert [r.actor for r in store.events(EventQuery(recipient="TUR"))] == ["USAGOV"]
    assert [r.actor for r in store.events(EventQuery(type="SANCTION"))] == ["USAGOV", "TURMIL"]
    assert [r.date for r in store.events(EventQuery(since="2019-01"))] == ["2019-07-17"]
    assert [r.date for r in store.events(EventQuery(until="2019"))] == ["2017-12-29"]
    assert store.events(EventQuery(actor="T%")) == []


def test_rewriting_a_record_does_not_duplicate_its_events(store):
    record = replace(make_record("a"), events=(_event(1, "CONSULT", ("USA", "TUR"), "2019-01-02"),))
    store.write_batch([record])
    store.write_batch([record])
    assert len(store.events()) == 1
