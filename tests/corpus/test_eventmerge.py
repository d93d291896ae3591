"""Which event mentions of different articles are one real-world event, and what they dispute."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.corpus.eventmerge import (
    Mention,
    affinity,
    claims_of,
    disputed,
    flags_of,
    merge_claims,
    same_event,
)

ATTACK = Mention(
    type="ASSAULT",
    actor="---UAF",
    recipient="---CVL",
    date="2024-03-22",
    date_source="timex",
    place="Garin Dutse",
    place_country="NGA",
    flags=frozenset(),
    quantities=((12.0, "people"),),
    copy_group=1,
)


def _other(**changes: object) -> Mention:
    """The same attack as another independent report (another copy group) gives it."""
    return replace(ATTACK, **{"copy_group": 2, **changes})  # type: ignore[arg-type]


def test_the_same_attack_reported_elsewhere_is_one_event():
    assert same_event(_other(quantities=((15.0, "people"),)), ATTACK, {1})


def test_another_type_or_other_flags_is_another_event():
    assert not same_event(_other(type="PROTEST"), ATTACK, {1})
    assert not same_event(_other(flags=frozenset({"negated"})), ATTACK, {1})
    assert not same_event(_other(flags=frozenset({"hypothetical"})), ATTACK, {1})
    assert not same_event(_other(flags=frozenset({"negated"})), ATTACK, {2})  # even in a copy


def test_flags_of_keeps_only_what_makes_another_event():
    assert flags_of(("reported", "negated", "future", "historical")) == {"negated", "future"}
    assert flags_of([]) == frozenset()


def test_actors_of_different_countries_are_different_events():
    assert not same_event(_other(actor="TURMIL"), replace(ATTACK, actor="GRCMIL"), {1})
    assert not same_event(_other(recipient="IRQ"), replace(ATTACK, recipient="SYR"), {1})
    # one country seen as two sectors may be one side
    assert same_event(_other(actor="TURGOV"), replace(ATTACK, actor="TURMIL"), {1})
    # an unnamed side ("gunmen", civilians of no country) agrees with anyone
    assert same_event(_other(actor=None), replace(ATTACK, actor="NGAREB"), {1})
    assert same_event(_other(actor="NGAREB"), ATTACK, {1})


def test_places_in_two_countries_are_two_events():
    assert not same_event(_other(place="Diffa", place_country="NER"), ATTACK, {1})
    assert same_event(_other(place="Kaduna", place_country="NGA"), ATTACK, {1})
    assert same_event(_other(place="Kaduna state", place_country=None), ATTACK, {1})
    assert same_event(_other(place=None, place_country=None), ATTACK, {1})


def test_a_copy_of_the_same_wire_story_joins_whatever_it_says():
    copy = replace(ATTACK, actor="GRCMIL", date="2019-01-01", place_country="GRC", copy_group=1)
    assert same_event(copy, replace(ATTACK, actor="TURMIL"), {1, 7})
    assert not same_event(replace(copy, copy_group=3), replace(ATTACK, actor="TURMIL"), {1, 7})


@pytest.mark.parametrize(
    ("date", "source", "joins"),
    [
        ("2024-03-22", "timex", True),
        ("2024-03-23", "timex", True),  # "on Friday" reported as Saturday across a time zone
        ("2024-03-24", "timex", True),  # each day is widened by a day, so they meet
        ("2024-03-20", "timex", True),
        ("2024-03-25", "timex", False),  # three days apart: another attack
        ("2024-03-19", "timex", False),
        ("2024-03-30", "anchor", True),  # only the report's date, a week after the day's slack
        ("2024-03-31", "anchor", False),
        ("2024-03-20", "anchor", False),  # reported before it happened
        ("2024-03", "timex", True),  # "in March" holds the day
        ("2024-W12", "timex", True),
        ("2024-04", "timex", False),
        ("2024", "timex", True),
        ("PRESENT_REF", "timex", True),  # no calendar place: nothing to disagree with
        (None, None, True),
    ],
)
def test_date_windows(date, source, joins):
    assert same_event(_other(date=date, date_source=source), ATTACK, {1}) is joins


def test_claims_name_each_value_a_report_states():
    mention = _other(
        actor="NGAREB",
        date="2024-03-22T06:00",
        quantities=((12.0, "people"), (3.0, "people"), (2.5, None), (40.0, "bus")),
    )
    assert claims_of(mention) == {
        "actor": "NGAREB",
        "date": "2024-03-22",  # the day: "Friday morning" and "Friday" agree
        "number of people": "3, 12",
        "number": "2.5",
        "number of bus": "40",
    }  # "---CVL", civilians of no country, is no claim about who


def test_a_date_taken_from_the_report_is_no_claim():
    assert "date" not in claims_of(_other(date="2024-03-23", date_source="anchor"))
    assert claims_of(_other(actor=None, recipient=None, date=None, quantities=())) == {}


def test_merged_claims_keep_each_distinct_value_once_in_order():
    known: dict[str, list[str]] = {}
    for toll in ("12", "15", "12", "17"):
        before = {k: list(v) for k, v in known.items()}
        known = merge_claims(known, {"number of people": toll, "date": "2024-03-22"})
        assert all(before[k] == known[k][: len(before[k])] for k in before)
    assert known == {"number of people": ["12", "15", "17"], "date": ["2024-03-22"]}
    assert disputed(known)
    assert not disputed({"number of people": ["12"], "date": ["2024-03-22"]})
    assert not disputed({})


def test_merge_claims_leaves_its_input_alone():
    known = {"date": ["2024-03-22"]}
    merge_claims(known, {"date": "2024-03-23"})
    assert known == {"date": ["2024-03-22"]}


def test_a_casualty_figure_is_closest_to_the_event_that_counts_the_same_thing():
    attacked = _other(recipient=None, quantities=())  # "gunmen attacked a bus station"
    killed = _other(quantities=((15.0, "people"),))  # "..., killing 15 people"
    figure = _other(quantities=((17.0, "people"),), copy_group=3)
    assert affinity(figure, killed) > affinity(figure, attacked)
    assert affinity(figure, killed) == (1, 2)  # people counted by both; actor and recipient
    assert affinity(figure, attacked) == (0, 1)
    assert affinity(attacked, attacked) == (0, 1)
    assert affinity(_other(actor=None, recipient=None), killed) == (1, 0)
