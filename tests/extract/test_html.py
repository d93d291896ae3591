"""Tests for dateline.extract.html and the page dates it reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.html import HtmlParts, extract_html
from dateline.extract.pagedates import publication_date, text_day
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


def test_publication_date_prefers_markup_then_url_then_text() -> None:
    html = (FIXTURES / "jsonld.html").read_text(encoding="utf-8")
    found = publication_date(html, url=None)
    assert found is not None and found.value == "2019-11-18"
    bare = "<html><body><p>no date here at all</p></body></html>"
    by_url = publication_date(bare, url="https://a.example/2018/02/03/story")
    assert by_url is not None and (by_url.value, by_url.signal) == ("2018-02-03", "url")
    by_text = publication_date(bare, url=None, body="LIMA, March 3, 2020 - Story")
    assert by_text is not None and (by_text.value, by_text.signal) == ("2020-03-03", "text")
    assert publication_date(bare, url=None, body="Updated March 3, 2020") is None


def test_publication_date_never_after_latest() -> None:
    bare = "<html><body><p>no date here at all</p></body></html>"
    found = publication_date(bare, url="https://a.example/2030/01/01/x", latest="2020-01-01")
    assert found is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("13 Jan 2020, 22:11 GMT+10", "2020-01-13"),
        ("Published: March 3, 2020 —", "2020-03-03"),
        ("le 5 août 2019 à 10h", "2019-08-05"),
        ("2 de julio de 2020", "2020-07-02"),
        ("14.02.2020 10:00", "2020-02-14"),
        ("February 30, 2020", None),
        ("March 3", None),
    ],
)
def test_text_day(text: str, day: str | None) -> None:
    found = text_day(text)
    assert (found[0] if found else None) == day
