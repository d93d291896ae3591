"""Calendar spans of TIMEX3 values, and the order they put timeline entries in."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.corpus.when import sort_key, span_of


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2019-07-12", date(2019, 7, 12), date(2019, 7, 12)),
        ("2019-07-12T14:30", date(2019, 7, 12), date(2019, 7, 12)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # a leap February
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2019-12", date(2019, 12, 1), date(2019, 12, 31)),
        ("2020-W01", date(2019, 12, 30), date(2020, 1, 5)),  # ISO week 1 starts in December
        ("2019-W28", date(2019, 7, 8), date(2019, 7, 14)),
        ("2019-W28-WE", date(2019, 7, 8), date(2019, 7, 14)),
        ("2019-Q1", date(2019, 1, 1), date(2019, 3, 31)),
        ("2019-Q4", date(2019, 10, 1), date(2019, 12, 31)),
        ("2019-H2", date(2019, 7, 1), date(2019, 12, 31)),
        ("2019-SU", date(2019, 6, 1), date(2019, 8, 31)),
        ("2019-WI", date(2019, 12, 1), date(2020, 2, 29)),  # winter runs into the next year
        ("2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("201", date(2010, 1, 1), date(2019, 12, 31)),  # a decade
        ("19", date(1900, 1, 1), date(1999, 12, 31)),  # a century
        (" 2017 ", date(2017, 1, 1), date(2017, 12, 31)),
    ],
)
def test_span_of_calendar_values(value, first, last):
    assert span_of(value) == (first, last)


@pytest.mark.parametrize(
    "value",
    ["PRESENT_REF", "PAST_REF", "XXXX-07", "XXXX-WXX-1", "2019-13", "2019-06-31", "2019-02-30",
     "2019-W54", "2019-Q5", "0000", "00", "", "P3D", "2019-07-12-"],
)  # fmt: skip
def test_values_without_a_calendar_place_have_no_span(value):
    assert span_of(value) is None


def test_a_longer_span_sorts_before_the_shorter_ones_it_starts_with():
    values = ["2017-03-05", "2017-03", "2017", "2017-W01", "2016-12-31", "2017-Q1", "201"]
    assert sorted(values, key=sort_key) == [
        "201",  # the 2010s start in 2010
        "2016-12-31",
        "2017",  # a year before the quarter, the week and the days in it
        "2017-Q1",
        "2017-W01",  # Monday 2 January 2017
        "2017-03",
        "2017-03-05",
    ]


def test_undated_and_invalid_values_sort_last():
    values = [None, "2019-13", "PRESENT_REF", "2019-07-12", "", "2019"]
    ordered = sorted(values, key=sort_key)
    assert ordered[:2] == ["2019", "2019-07-12"]
    assert sort_key(None) == sort_key("2019-13") == sort_key("") == (date.max, date.max)


def test_sort_key_of_a_day_and_of_its_month():
    assert sort_key("2019-07-12") == (date(2019, 7, 12), date.max)
    month = sort_key("2019-07")
    assert month[0] == date(2019, 7, 1) and month < sort_key("2019-07-01")
