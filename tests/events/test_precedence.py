"""PLOVER's precedence rules on hand-written sentences: obligations, promises, conditional
and future acts of force, refusals written as negated cooperation."""

import pytest

from .conftest import coded


def test_a_statement_that_a_party_must_act_is_a_request(events_of):
    events = events_of("Russia said on Tuesday that Sudan must return the captured helicopter.")
    assert [coded(e) for e in events] == [("REQUEST", "RUS", "SDN")]
    assert events[0].trigger.text == "said"


def test_must_with_the_act_deeper_in_the_clause(events_of):
    events = events_of("Egypt said the United States must be ready to mediate between the sides.")
    assert [coded(e) for e in events] == [("REQUEST", "EGY", "USA")]
    assert events[0].mode == "meet"  # the act asked for is a meeting


def test_should_without_a_party_is_no_request(events_of):
    events = events_of("Officials said the new road should open next spring.")
    assert all(e.type != "REQUEST" for e in events), [coded(e) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Syria said it is willing to withdraw its troops from Lebanon.", "0356"),
        ("The rebels agreed to release the hostages.", "0353"),
        ("Iraq is ready to lift the ban on opposition parties.", "0351"),
    ],
)
def test_a_promised_concession_is_agree(events_of, text, cameo):
    events = events_of(text)
    assert events and events[0].type == "AGREE", [coded(e) for e in events]
    assert events[0].cameo == cameo


def test_an_announced_retreat_is_concede(events_of):
    events = events_of("Israel will withdraw its troops from the border area next week.")
    assert [e.type for e in events] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "The president announced that he will extend the curfew in the capital.",
        "Farmers said they would blockade the port from Monday night.",
        "Greece plans to impose restrictions on imports from the region.",
    ],
)
def test_a_future_act_of_force_is_a_threat(events_of, text):
    events = events_of(text)
    assert [e.type for e in events] == ["THREATEN"], [coded(e) for e in events]


def test_a_conditional_act_is_a_threat(events_of):
    events = events_of("Nigeria will withdraw its force from Chad unless a ceasefire is arranged.")
    assert events[0].type == "THREATEN" and events[0].actor.code == "NGA"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Syria says it will not accept any more refugees.", "SYR"),
        ("Greece failed to reach an agreement with Turkey on the islands.", "GRC"),
    ],
)
def test_refused_or_failed_cooperation_is_reject(events_of, text, actor):
    events = events_of(text)
    assert events and coded(events[0])[:2] == ("REJECT", actor), [coded(e) for e in events]
    assert "negated" not in events[0].aux


def test_past_negated_cooperation_stays_negated(events_of):
    events = events_of("Syria did not accept the refugees.")
    assert all(e.type != "REJECT" for e in events)
    assert any("negated" in e.aux for e in events)


def test_part_of_an_aid_program_is_the_aid(events_of):
    events = events_of("The United States suspended part of a military aid program for Bosnia.")
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].cameo == "162"
