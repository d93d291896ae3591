"""Tests of the TIMEX3 step: one hand-written case per expression family, then properties.

Unless a test says otherwise the anchor is 2019-12-05, a Thursday.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import TimeExpr
from dateline.temporal.timexes import find_timexes

ANCHOR = "2019-12-05"


def _one(text: str, mention: str, anchor: str | None = ANCHOR) -> TimeExpr:
    """Return the timex whose text is ``mention``; fail if it is not found."""
    found = [t for t in find_timexes(text, anchor) if t.text == mention]
    assert found, f"{mention!r} not found in {find_timexes(text, anchor)}"
    return found[0]


def _value(text: str, mention: str, anchor: str | None = ANCHOR) -> str:
    return _one(text, mention, anchor).value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The minister said Thursday that talks went well.", "Thursday", "2019-12-05"),
        ("The minister said on Monday that talks went well.", "Monday", "2019-12-02"),
        ("The two leaders will meet on Monday in Paris.", "Monday", "2019-12-09"),
        ("The summit is on Saturday.", "Saturday", "2019-12-07"),
        ("Officials met last Tuesday.", "last Tuesday", "2019-12-03"),
    ],
)
def test_weekdays_follow_tense(text: str, mention: str, value: str) -> None:
    assert _value(text, mention) == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("It happened on Dec. 5.", "Dec. 5", "2019-12-05"),
        ("It happened on December 5.", "December 5", "2019-12-05"),
        ("It happened on 5 December 2019.", "5 December 2019", "2019-12-05"),
        ("It happened on Dec. 5, 2019, at night.", "Dec. 5, 2019", "2019-12-05"),
        ("Filed 12/5/2019 in court.", "12/5/2019", "2019-12-05"),
        ("Filed 2019-12-05 in court.", "2019-12-05", "2019-12-05"),
        ("He was born on February 24, 1955.", "February 24, 1955", "1955-02-24"),
        ("The vote took place on the 3rd.", "the 3rd", "2019-12-03"),
        ("The accord was signed on November 28.", "November 28", "2019-11-28"),
        ("The accord will be signed on January 8.", "January 8", "2020-01-08"),
        ("MONDAY, JUNE 11TH, 2012 AT 10:49 AM", "MONDAY, JUNE 11TH, 2012", "2012-06-11"),
    ],
)
def test_absolute_dates(text: str, mention: str, value: str) -> None:
    assert _value(text, mention) == value


def test_slash_dates_are_day_first_when_the_text_is() -> None:
    text = "Filed 25/11/2019 and again 3/12/2019."
    assert _value(text, "3/12/2019") == "2019-12-03"


def test_day_range_is_one_timex_with_a_range() -> None:
    timex = _one("Leaders gathered at the Dec. 3-4 summit in London.", "Dec. 3-4")
    assert timex.value == "2019-12-03"
    assert timex.range == ("2019-12-03", "2019-12-04")


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Sales rose in July this year.", "July", "2019-07"),
        ("Sales fell last month.", "last month", "2019-11"),
        ("Sales fell earlier this month.", "earlier this month", "2019-12"),
        ("Prices will rise next year.", "next year", "2020"),
        ("Talks took place this week.", "this week", "2019-W49"),
        ("Protests were held over the weekend.", "the weekend", "2019-W48-WE"),  # the past one
        ("Protests are planned for the weekend.", "the weekend", "2019-W49-WE"),
        ("Profits fell last quarter.", "last quarter", "2019-Q3"),
        ("The plant closed two years ago.", "two years ago", "2017"),
        ("The plant closed a week ago.", "a week ago", "2019-11-28"),
        ("The minister spoke during the November visit.", "November", "2019-11"),
        ("The ministers will meet in March.", "March", "2020-03"),
        ("The firm said yesterday it would expand.", "yesterday", "2019-12-04"),
        ("Results are published today.", "today", "2019-12-05"),
        ("Last summer the river ran dry.", "Last summer", "2018-SU"),
        ("Profits rose in the third quarter.", "the third quarter", "2019-Q3"),
        ("Deliveries start in Q4 2020.", "Q4 2020", "2020-Q4"),
        ("The budget for fiscal 2020 was cut.", "fiscal 2020", "FY2020"),
        ("Music of the 1990s is back.", "1990s", "199"),
        ("Art of the 19th century sells.", "the 19th century", "18"),
    ],
)
def test_relative_and_calendar_mentions(text: str, mention: str, value: str) -> None:
    assert _value(text, mention) == value


@pytest.mark.parametrize(
    ("text", "mention", "kind", "value"),
    [
        ("The war lasted three years.", "three years", "DURATION", "P3Y"),
        ("Talks went on for 48 hours.", "48 hours", "DURATION", "PT48H"),
        ("It took a decade.", "a decade", "DURATION", "P10Y"),
        ("It took twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
        ("The case dragged on for years.", "years", "DURATION", "PXY"),
        ("Fighting lasted several days.", "several days", "DURATION", "PXD"),
        ("Output fell over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The board meets every week.", "every week", "SET", "P1W"),
        ("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Claims are published weekly.", "weekly", "SET", "P1W"),
        ("The fair is held every year.", "every year", "SET", "P1Y"),
    ],
)
def test_durations_and_sets(text: str, mention: str, kind: str, value: str) -> None:
    timex = _one(text, mention)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Trading opened at 10 a.m. EST on the exchange.", "10 a.m. EST", "2019-12-05T10:00"),
        ("The vote closes at 3:30 p.m. sharp.", "3:30 p.m.", "2019-12-05T15:30"),
        ("It landed Tuesday at 18:00 UTC.", "18:00 UTC", "2019-12-03T18:00Z"),
        ("Police arrived last night.", "last night", "2019-12-04TNI"),
        ("The minister spoke this morning.", "this morning", "2019-12-05TMO"),
    ],
)
def test_times_of_day(text: str, mention: str, value: str) -> None:
    timex = _one(text, mention)
    assert (timex.type, timex.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The company is currently in talks.", "currently", "PRESENT_REF"),
        ("Prices have risen recently.", "recently", "PAST_REF"),
        ("The plant will reopen soon.", "soon", "FUTURE_REF"),
        ("Mistakes made in the past hurt.", "in the past", "PAST_REF"),
    ],
)
def test_vague_references(text: str, mention: str, value: str) -> None:
    assert _value(text, mention) == value


def test_unresolved_anchor_keeps_unknown_parts() -> None:
    text = "He said on Monday that sales fell last month, two years ago and on June 5."
    values = {t.text: t.value for t in find_timexes(text, None)}
    assert values["Monday"] == "XXXX-WXX-1"
    assert values["last month"] == "XXXX-XX"
    assert values["two years ago"] == "PAST_REF"
    assert values["June 5"] == "XXXX-06-05"
    assert all(t.anchor_relative for t in find_timexes(text, None) if "X" in t.value)


def test_coarse_anchor_keeps_what_it_knows() -> None:
    assert _value("Sales fell last year.", "last year", "2019") == "2018"
    assert _value("Sales fell last month.", "last month", "2019") == "2019-XX"


def test_overlaps_resolve_to_the_longest() -> None:
    found = find_timexes("The accord was signed on Friday morning, Dec. 6, 2019.", ANCHOR)
    assert [t.text for t in found] == ["Friday morning", "Dec. 6, 2019"]


def test_relative_flag_and_absolute_flag() -> None:
    assert _one("It ended in 2015.", "2015").anchor_relative is False
    assert _one("It ended last year.", "last year").anchor_relative is True


@settings(max_examples=150, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_spans_point_into_text_and_never_raise(text: str, anchor: str | None) -> None:
    found = find_timexes(text, anchor)
    assert all(text[t.span.start : t.span.end] == t.text for t in found)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))
    assert found == find_timexes(text, anchor)


_NEWSY = st.lists(
    st.sampled_from(
        "said will on Monday Friday last next this week month year Dec. 5 3-4 2019 12/5/2019 "
        "two years ago the 5th every weekly 10 a.m. EST 18:00 UTC morning the past decade "
        "in July March 1990s Q4 fiscal today yesterday recently , . \n".split(" ")
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    _NEWSY,
    st.one_of(
        st.none(),
        st.sampled_from(["2019-12-05", "2019-12", "2019", "0001-01-01", "9999-12-31", "x"]),
    ),
)
def test_news_like_text_gives_well_formed_timexes(text: str, anchor: str | None) -> None:
    found = find_timexes(text, anchor)
    assert all(text[t.span.start : t.span.end] == t.text for t in found)
    assert all(t.type in ("DATE", "TIME", "DURATION", "SET") and t.value for t in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The final round will begin in Delhi on January 3, officials said.", "2020-01-03"),
        ("The final round began in Delhi on January 3, officials said.", "2019-01-03"),
        ("Officials said on January 3 that the round would begin.", "2019-01-03"),
    ],
)
def test_trailing_attribution_does_not_decide_the_tense(text: str, value: str) -> None:
    assert _value(text, "January 3") == value
