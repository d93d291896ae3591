"""The extract step: metadata settled from every signal, spans into the text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.errors import ExtractError
from dateline.extract import extract_article
from dateline.model import Document, Source, content_id


def _doc(content, *, kind="text", fmt="text", meta=(), url=None):
    return Document(
        source=Source(path="x", format=fmt, url=url), kind=kind, content=content,
        meta=tuple(meta), id=content_id(kind, content.encode("utf-8", "surrogatepass")),
    )  # fmt: skip


DUMP = """Rescue teams reach cut-off villages
Reuters | Nov 17, 2025 10:00 GMT
SARAJEVO, Nov. 16 (Reuters) - Rescue teams reached three villages on Sunday.
"We are still searching," a spokesman said.
Copyright © 2025 Valley Ledger. All rights reserved.
"""


def test_metadata_from_the_text():
    article = extract_article(_doc(DUMP), Settings())
    assert article.title == "Rescue teams reach cut-off villages"
    assert article.agency == "Reuters"
    assert article.site == "Valley Ledger"
    assert article.lang == "en"
    assert [(d.value, d.role, d.signal) for d in article.dates_found] == [
        ("2025-11-17", "reprint", "header"),
        ("2025-11-16", "dateline", "dateline"),
    ]
    assert article.text.split("\n")[0] == "Rescue teams reached three villages on Sunday."


@pytest.mark.parametrize(
    ("footer", "agency"),
    [
        ("Reprinted with permission from Reuters. All rights reserved.", "Reuters"),
        ("Editor's note: this story was first published by AFP.", "AFP"),
        ("Copyright 2025 The Associated Press. All rights reserved.", "AP"),
        ("Copyright 2025 Valley Ledger. All rights reserved.", None),
    ],
)
def test_agency_credited_in_the_footer(footer, agency):
    text = f"Floods close border road\nThe road was closed on Sunday after heavy rain.\nMore rain is due.\n{footer}\n"
    assert extract_article(_doc(text), Settings()).agency == agency


def test_container_fields_win_for_site_and_fill_in_the_agency():
    text = "The ministry said on Sunday that talks would resume.\nNo date was set."
    meta = (("title", "Talks to resume"), ("site", "Alpine Courier"), ("agency", "Agence France-Presse"),
            ("date", "2025-10-14"), ("date_signal", "jsonl"))  # fmt: skip
    article = extract_article(_doc(text, fmt="jsonl", meta=meta), Settings())
    assert (article.title, article.site, article.agency) == (
        "Talks to resume",
        "Alpine Courier",
        "AFP",
    )
    assert article.text.startswith("The ministry said")
    assert [(d.value, d.role, d.signal) for d in article.dates_found] == [
        ("2025-10-14", "published", "jsonl"),
    ]


def test_year_less_dateline_takes_the_year_of_the_copy_not_the_crawl():
    text = (
        "Headline here\nMOSCOW, Dec. 30 (TASS) -- The ministry said on Tuesday it was ready.\nMore."
    )
    meta = (("date", "2026-01-02T08:00:00+00:00"), ("date_signal", "warc"))
    article = extract_article(_doc(text, meta=meta, fmt="warc"), Settings())
    dates = {d.role: d.value for d in article.dates_found}
    assert dates["dateline"] == "2025-12-30"
    assert dates["crawled"].startswith("2026-01-02")


def test_url_host_is_the_last_resort_for_site():
    article = extract_article(
        _doc(
            "A title\nThe council met on Monday and agreed.", url="https://www.example-news.org/a/1"
        ),
        Settings(),
    )
    assert article.site == "example-news.org"


def test_no_text_is_an_extract_error():
    with pytest.raises(ExtractError) as err:
        extract_article(_doc("Home | World | Business | Sport\n© 2025 Example"), Settings())
    assert err.value.code == "DL-EXT-001"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=500), st.sampled_from(["text", "html"]))
def test_spans_point_into_text_and_nothing_else_raises(content, kind):
    try:
        article = extract_article(_doc(content, kind=kind, fmt=kind), Settings())
    except ExtractError:
        return
    text = article.text
    assert [text[s.start : s.end] for s in article.paragraphs] == text.split("\n")
    assert all(p.strip() for p in text.split("\n"))


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.from_regex(r"[A-Z][a-z]{2,9}( [a-z]{2,9}){4,14}\.", fullmatch=True),
        min_size=1,
        max_size=5,
        unique=True,  # trafilatura drops a paragraph repeated word for word
    )
)
def test_html_body_paragraphs_survive(paragraphs):
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    article = extract_article(_doc(html, kind="html", fmt="html"), Settings())
    assert article.text.split("\n") == paragraphs
