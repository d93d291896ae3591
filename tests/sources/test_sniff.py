"""Format detection from names and first bytes."""

from __future__ import annotations

import gzip

import pytest

from dateline.sources import detect_format


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.txt.gz", "text"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("a.warc.gz", "warc"),
        ("a.rss", "feed"),
        ("a.atom", "feed"),
        ("a.xml", "feed"),
        ("a.feed", "feed"),
    ],
)
def test_extension_decides(name: str, fmt: str) -> None:
    assert detect_format(name, b"whatever") == fmt


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<rss version='2.0'><channel>", "feed"),
        (b"\n  <!DOCTYPE html><html>", "html"),
        (b"<html lang='en'>", "html"),
        (b"<div class='story'>text</div>", "html"),
        (b"<p>text</p>", "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b"BEIJING, Dec. 5 (Xinhua) -- text", "text"),
        (b"\x89PNG\r\n\x1a\n", None),
        (b"", None),
    ],
)
def test_sniffing(head: bytes, fmt: str | None) -> None:
    assert detect_format("-", head) == fmt


def test_gzip_is_looked_inside() -> None:
    assert detect_format("upload", gzip.compress(b'{"text": "a"}\n')) == "jsonl"
    assert detect_format("upload.bin", gzip.compress(b"WARC/1.1\r\n")) == "warc"


def test_corrupt_gzip_head_is_not_a_format() -> None:
    assert detect_format("upload", b"\x1f\x8b\x08\x00garbage") is None
