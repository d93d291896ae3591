"""Tests for dateline.extract.html and the page dates it reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.copydate import copy_date
from dateline.extract.html import HtmlParts, extract_html
from dateline.extract.localday import local_day, utc_day
from dateline.model import DateFound

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract" / "html"
NEWS_BODY = [
    "Port strike ends after nine days",
    "ROTTERDAM, March 3 (Harbour Times) - Dock workers at the port of Rotterdam voted",
    "The union said 78 percent of its members had backed the new deal",
    "Shipping lines had diverted more than forty container vessels",
    "Operators declined to say how much the strike had cost them",
]


def _read(name: str, url: str | None = None) -> HtmlParts:
    return extract_html((FIXTURES / name).read_text(encoding="utf-8"), url=url)


@pytest.mark.parametrize("name", ["news.html", "news_broken.html"])
def test_news_body_is_the_article_lines(name: str) -> None:
    lines = _read(name).body.split("\n")
    assert len(lines) == len(NEWS_BODY)
    for line, start in zip(lines, NEWS_BODY, strict=True):
        assert line.startswith(start)
        assert line == " ".join(line.split())


@pytest.mark.parametrize("name", ["news.html", "news_broken.html"])
def test_news_furniture_is_boilerplate_not_body(name: str) -> None:
    parts = _read(name)
    kept = {b.text: (b.kind, b.position) for b in parts.boilerplate}
    assert kept["Home"] == ("navigation", "before")
    assert kept["Share on Facebook | Tweet | Email"] == ("share", "before")
    assert kept["Related stories"] == ("related", "after")
    assert kept["Antwerp braces for busy week"][1] == "after"
    copyright_line = next(t for t in kept if t.startswith("Copyright"))
    assert kept[copyright_line] == ("copyright", "after")
    for text in kept:
        assert text not in parts.body


def test_news_metadata() -> None:
    parts = _read("news.html")
    assert parts.title == "Port strike ends | Harbour Times"
    assert parts.site == "Harbour Times"
    assert parts.lang == "en"
    assert parts.byline == "Jane Roe"
    assert parts.dates == (
        DateFound(value="2020-03-03", text="2020-03-03T09:30:00Z", role="published", signal="meta"),
        DateFound(value="2020-03-03", text="2020-03-03", role="published", signal="htmldate"),
    )


def test_broken_twin_keeps_metadata_it_has() -> None:
    parts = _read("news_broken.html")
    assert parts.title == "Port strike ends | Harbour Times"
    assert parts.site == "Harbour Times"
    assert parts.byline is None
    assert parts.dates == ()


def test_json_ld_and_url_dates() -> None:
    parts = _read("jsonld.html", url="https://ville.example/2019/11/18/budget")
    assert parts.byline == "Ana Lima, Paul Dubois"
    assert parts.site == "Ville Info"
    assert parts.lang == "fr"
    assert [(d.value, d.role, d.signal) for d in parts.dates] == [
        ("2019-11-18", "published", "meta"),
        ("2019-11-19", "modified", "meta"),
        ("2019-11-18", "published", "url"),
        ("2019-11-18", "published", "htmldate"),
    ]
    assert parts.dates[2].text == "2019/11/18"
    assert parts.body.startswith("The city council approved")


def test_empty_page() -> None:
    parts = _read("empty.html")
    assert parts.body == ""
    assert parts.boilerplate == ()
    assert parts.dates == ()


@pytest.mark.parametrize(
    ("html", "body"),
    [
        ("", ""),
        ("   ", ""),
        ("<", "<"),  # libxml2 reads a lone "<" as text, and text it is
        ("<html>", ""),
        ("\x00\x01", ""),
        ("<p>x</p>", "x"),
        ("<?xml?>", ""),
    ],
)
def test_degenerate_inputs(html: str, body: str) -> None:
    assert extract_html(html).body == body


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    parts = extract_html(text)
    assert "\n\n" not in parts.body
    assert len(parts.boilerplate) <= 200


def test_boilerplate_is_capped() -> None:
    items = "".join(f"<li><a href='/{i}'>Link number {i}</a></li>" for i in range(500))
    parts = extract_html(f"<html><body><ul>{items}</ul></body></html>")
    assert len(parts.boilerplate) <= 200


def test_htmldate_reads_the_page_and_respects_the_bound() -> None:
    html = (FIXTURES / "jsonld.html").read_text(encoding="utf-8")
    parts = extract_html(html)
    by_htmldate = [d for d in parts.dates if d.signal == "htmldate"]
    assert [d.value for d in by_htmldate] == ["2019-11-18"]
    bounded = extract_html(html, latest="2019-01-01")
    assert not [d for d in bounded.dates if d.signal == "htmldate" and d.value > "2019-01-01"]
    assert not [d for d in extract_html(html, htmldate=False).dates if d.signal == "htmldate"]


@pytest.mark.parametrize(
    ("stamp", "url", "day"),
    [
        ("2020-12-05T23:15:0Z", "https://news.example.it/a", "2020-12-06"),
        ("2020-08-25T00:23:33.312Z", "https://ici.example.ca/n/1", "2020-08-24"),
        ("2020-08-25T00:23:33Z", "https://www.example.com/a", None),  # no country, no zone
        ("2020-06-29T00:16:15+03:00", "https://example.ru/a", None),  # its own offset: as written
        ("2020-06-29T00:00:00Z", "https://example.it/a", None),  # a date stored as a time
        ("2020-06-29", "https://example.it/a", None),
    ],
)
def test_local_day_of_utc_stamps(stamp: str, url: str, day: str | None) -> None:
    assert local_day(stamp, url) == day


def test_page_dates_give_the_local_day() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2020-12-05T23:15:00Z">'
        "</head><body><p>Text of the story goes here and on.</p></body></html>"
    )
    parts = extract_html(html, url="https://news.example.it/x", htmldate=False)
    assert [(d.value, d.text) for d in parts.dates] == [("2020-12-06", "2020-12-05T23:15:00Z")]


def _found(value: str, role: str, signal: str, text: str | None = None) -> DateFound:
    return DateFound(value=value, text=text or value, role=role, signal=signal)  # type: ignore[arg-type]


def test_copy_date_rule() -> None:
    meta = _found("2020-12-06", "published", "meta", "2020-12-05T23:15:00Z")
    assert copy_date([meta, _found("2020-12-05", "published", "htmldate")]) == meta
    assert copy_date([_found("2020-01-02", "published", "htmldate"), meta]).value == "2020-01-02"
    header = _found("2019-12-28", "reprint", "header")
    crawl = _found("2020-01-05T10:00:00+00:00", "crawled", "warc")
    assert copy_date([crawl, _found("2019-12-27", "dateline", "dateline"), header]) == header
    assert copy_date([crawl]).value == "2020-01-05"
    written_local = _found("2020-12-25", "published", "meta", "2020-12-25T01:59:50+02:00")
    assert (
        copy_date([_found("2020-12-24", "published", "htmldate"), written_local]) == written_local
    )
    assert copy_date([_found("XXXX-12-28", "reprint", "header")]) is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2020-12-25T01:59:50+02:00", "2020-12-24"),
        ("2020-12-05T23:15:0Z", "2020-12-05"),
        ("2020-06-29T00:16:15+0300", "2020-06-28"),
        ("2020-06-29", None),
        ("2020-06-29T10:00", None),
    ],
)
def test_utc_day(stamp: str, day: str | None) -> None:
    assert utc_day(stamp) == day
