"""JSONL exports: field mapping, offsets and lines, bad lines, size cap, gzip."""

from __future__ import annotations

import gzip
from pathlib import Path

from dateline.config import Settings
from dateline.model import Document, content_id

from .helpers import collect, docs, fixture, rejects


def test_fields_are_mapped() -> None:
    first, second, third = collect([fixture("export.jsonl")])
    assert isinstance(first, Document)
    assert first.kind == "text"
    assert first.content == "GENEVA, March 5 (Reuters) - Talks resumed."
    assert first.source.id == "101"
    assert first.source.url == "https://news.example/a"
    assert first.source.format == "jsonl"
    assert dict(first.meta) == {
        "title": "Talks resume",
        "date": "2024-03-05",
        "date_signal": "jsonl",
        "agency": "Reuters",
        "site": "Example News",
        "byline": "Jane Roe",
        "lang": "en",
    }
    assert isinstance(second, Document)
    assert second.kind == "html"
    assert second.source.url == "https://news.example/b"
    assert second.meta_get("date") == "2024-03-06T09:00:00+01:00"
    assert second.meta_get("site") == "news.example"
    assert isinstance(third, Document)
    assert third.kind == "text"  # text wins over raw_html
    assert third.meta_get("byline") == "John Doe"
    assert third.meta_get("date_signal") is None


def test_offsets_and_lines_skip_blank_lines() -> None:
    raw = Path(fixture("export.jsonl")).read_bytes()
    items = docs(collect([fixture("export.jsonl")]))
    assert [d.source.line for d in items] == [1, 3, 4]
    for doc in items:
        assert raw[doc.source.offset :].startswith(b'{"id"')
    assert raw.splitlines()[2].startswith(b'{"id": "b-2"')


def test_equal_content_equal_id() -> None:
    first, _, third = collect([fixture("export.jsonl")])
    assert isinstance(first, Document)
    assert isinstance(third, Document)
    assert first.id == third.id == content_id("text", first.content.encode())
    assert first.source != third.source


def test_bad_lines_are_rejected_and_reading_goes_on() -> None:
    items = collect([fixture("export-broken.jsonl")])
    assert [d.source.line for d in docs(items)] == [1, 6]
    bad = rejects(items)
    assert [(r.code, r.line) for r in bad] == [("DL-SRC-007", n) for n in (2, 3, 4, 5)]
    raw = Path(fixture("export-broken.jsonl")).read_bytes()
    assert raw[bad[1].offset or 0 :].startswith(b"[1, 2, 3]")
    assert bad[0].one_line().startswith(fixture("export-broken.jsonl") + ":2: DL-SRC-007")
    assert "not valid JSON" in bad[0].message
    assert "not an object" in bad[1].message
    assert "no non-empty text" in bad[2].message


def test_line_over_limit_is_skipped_without_stopping(tmp_path: Path, small: Settings) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "a" * 5000 + '"}\n{"text": "small"}\n', encoding="utf-8")
    items = collect([str(path)], small)
    (big,) = rejects(items)
    assert (big.code, big.line, big.offset) == ("DL-SRC-006", 1, 0)
    (doc,) = docs(items)
    assert (doc.content, doc.source.line, doc.source.offset) == ("small", 2, 5013)


def test_only_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n  \n" + " " * 5000 + "\n", encoding="utf-8")
    (rej,) = collect([str(path)])
    assert rej.code == "DL-SRC-002"  # type: ignore[union-attr]


def test_gzipped_jsonl_matches_plain(tmp_path: Path) -> None:
    packed = tmp_path / "export.jsonl.gz"
    packed.write_bytes(gzip.compress(Path(fixture("export.jsonl")).read_bytes()))
    plain = docs(collect([fixture("export.jsonl")]))
    unzipped = docs(collect([str(packed)]))
    assert [(d.id, d.source.offset, d.source.line) for d in unzipped] == [
        (d.id, d.source.offset, d.source.line) for d in plain
    ]


def test_truncated_gzip_keeps_the_lines_before(tmp_path: Path) -> None:
    lines = b"".join(b'{"text": "story %d"}\n' % i for i in range(200))
    packed = tmp_path / "cut.jsonl.gz"
    packed.write_bytes(gzip.compress(lines)[:-40])
    items = collect([str(packed)])
    assert len(docs(items)) > 100
    last = items[-1]
    assert last.code == "DL-SRC-004"  # type: ignore[union-attr]
    assert all(r.code != "DL-SRC-004" for r in rejects(items[:-1]))
