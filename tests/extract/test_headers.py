"""Reprint headers, date stamps and bylines above a story."""

import pytest

from dateline.extract.dates import fill_year, parse_date_text
from dateline.extract.headers import read_header_line


@pytest.mark.parametrize(
    ("line", "value", "role", "credit"),
    [
        ("12-28 Xinhua", "XXXX-12-28", "reprint", "Xinhua"),
        ("2019-12-28 10:41 Source: Reuters", "2019-12-28", "reprint", "Reuters"),
        ("Source: Xinhua| 2025-12-05 09:12:44|Editor: Li Na", "2025-12-05", "reprint", "Xinhua"),
        ("Published: December 5, 2025 10:41 GMT", "2025-12-05", "published", None),
        ("Updated 2025-12-06", "2025-12-06", "modified", None),
        ("5 December 2025", "2025-12-05", "published", None),
    ],
)
def test_header_lines(line, value, role, credit):
    header = read_header_line(line)
    assert header is not None and header.date is not None
    assert (header.date.value, header.date.role, header.credit) == (value, role, credit)


def test_byline():
    header = read_header_line("By Jane Smith and Ali Demir")
    assert header is not None and header.byline == "Jane Smith and Ali Demir"


@pytest.mark.parametrize(
    "line",
    [
        "12-28 people were hurt",
        "Turkey receives second S-400 battery",
        "By the end of the week, talks had stalled.",
        "2025-13-45 Source: Reuters",
    ],
)
def test_not_headers(line):
    assert read_header_line(line) is None


def test_parse_date_text_forms():
    assert parse_date_text("Dec. 5") == "XXXX-12-05"
    assert parse_date_text("December 5, 2025") == "2025-12-05"
    assert parse_date_text("Thursday, Dec 4 2025") == "2025-12-04"
    assert parse_date_text("Feb. 29") == "XXXX-02-29"
    assert parse_date_text("Feb. 30") is None
    assert parse_date_text("next week") is None


def test_fill_year_puts_the_day_on_or_before_the_copy():
    assert fill_year("XXXX-12-05", "2025-12-06") == "2025-12-05"
    assert fill_year("XXXX-12-30", "2026-01-02") == "2025-12-30"
    assert fill_year("XXXX-02-29", "2025-03-01") == "2024-02-29"
    assert fill_year("XXXX-02-29", "2026-03-01") == "XXXX-02-29"  # neither 2026 nor 2025 has one
    assert fill_year("XXXX-12-05", None) == "XXXX-12-05"
    assert fill_year("2020-01-01", "2025-01-01") == "2020-01-01"
