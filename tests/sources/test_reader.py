"""The public API: stdin, forced formats, unreadable inputs, and the exported names."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import dateline.sources
from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document
from dateline.sources import read_documents

from .helpers import collect, docs, fixture, gzip_members, html_records, rejects, stdin_of


def test_exports() -> None:
    assert sorted(dateline.sources.__all__) == ["detect_format", "read_documents"]


def test_stdin_formats_are_sniffed() -> None:
    cases = {
        Path(fixture("page-utf8.html")).read_bytes(): ["html"],
        Path(fixture("export.jsonl")).read_bytes(): ["jsonl"] * 3,
        Path(fixture("feed.atom")).read_bytes(): ["feed"],
        b"".join(html_records(2)): ["warc"] * 2,
        gzip_members(html_records(2)): ["warc"] * 2,
        gzip.compress(Path(fixture("export.jsonl")).read_bytes()): ["jsonl"] * 3,
        b"PARIS -- plain words": ["text"],
    }
    for data, formats in cases.items():
        items = collect(["-"], stdin=stdin_of(data))
        assert [d.source.format for d in docs(items)] == formats, data[:20]
        assert not rejects(items)
        assert all(d.source.path == "-" for d in docs(items))


def test_stdin_warc_offsets_match_file(tmp_path: Path) -> None:
    data = gzip_members(html_records(3))
    path = tmp_path / "a.warc.gz"
    path.write_bytes(data)
    from_file = [d.source.offset for d in docs(collect([str(path)]))]
    from_stdin = [d.source.offset for d in docs(collect(["-"], stdin=stdin_of(data)))]
    assert from_stdin == from_file


def test_stdin_large_jsonl_is_read_past_the_head() -> None:
    data = b"".join(b'{"text": "story %05d"}\n' % i for i in range(2000))
    items = collect(["-"], stdin=stdin_of(data))
    assert len(docs(items)) == 2000
    assert docs(items)[-1].source.line == 2000


def test_stdin_missing_or_unreadable() -> None:
    (rej,) = collect(["-"])
    assert isinstance(rej, Reject)
    assert (rej.code, rej.path) == ("DL-SRC-001", "-")

    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            raise OSError(5, "Input/output error")

    (rej,) = collect(["-"], stdin=Broken())
    assert isinstance(rej, Reject)
    assert rej.code == "DL-SRC-001"
    assert "Input/output error" in rej.message


def test_stdin_empty_and_binary() -> None:
    (empty,) = collect(["-"], stdin=stdin_of(b""))
    (binary,) = collect(["-"], stdin=stdin_of(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert empty.code == "DL-SRC-002"  # type: ignore[union-attr]
    assert binary.code == "DL-SRC-003"  # type: ignore[union-attr]


def test_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "page.data"
    path.write_text('{"text": "looks like JSON"}', encoding="utf-8")
    (as_text,) = collect([str(path)], fmt="text")
    assert isinstance(as_text, Document)
    assert as_text.kind == "text"
    assert as_text.content == '{"text": "looks like JSON"}'
    (as_jsonl,) = collect([str(path)], fmt="jsonl")
    assert isinstance(as_jsonl, Document)
    assert as_jsonl.content == "looks like JSON"


def test_is_lazy() -> None:
    stream = read_documents(["missing-*.nothing"], Settings())
    assert iter(stream) is stream
    assert next(stream).code == "DL-SRC-011"  # type: ignore[union-attr]
