"""Saved pages and text dumps: one document per file, and every way a file can be bad."""

from __future__ import annotations

import gzip
from pathlib import Path

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document, content_id

from .helpers import collect, fixture


def _one(path: str, settings: Settings | None = None) -> Document | Reject:
    items = collect([path], settings)
    assert len(items) == 1
    return items[0]


def test_html_page() -> None:
    doc = _one(fixture("page-utf8.html"))
    assert isinstance(doc, Document)
    assert doc.kind == "html"
    assert "GENÈVE, March 5" in doc.content
    assert doc.source.path == fixture("page-utf8.html")
    assert doc.source.format == "html"
    assert doc.source.offset == 0
    assert doc.id == content_id("html", doc.content.encode("utf-8"))


def test_latin1_page_with_correct_meta() -> None:
    doc = _one(fixture("page-latin1.html"))
    assert isinstance(doc, Document)
    assert "GENÈVE" in doc.content


def test_wrong_and_nonsense_meta_charsets() -> None:
    for name in ("page-wrong-meta.html", "page-nonsense-charset.html"):
        doc = _one(fixture(name))
        assert isinstance(doc, Document), name
        assert "Talks resume in Genève" in doc.content


def test_text_dump_newlines_normalised() -> None:
    doc = _one(fixture("dump.txt"))
    assert isinstance(doc, Document)
    assert doc.kind == "text"
    assert doc.content == (
        "BEIJING, Dec. 5 (Xinhua) -- China and France signed a trade deal on Thursday.\n\n"
        "The deal covers aircraft.\n"
    )


def test_same_content_same_id(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(Path(fixture("dump.txt")).read_bytes())
    first, second = collect([fixture("dump.txt"), str(copy)])
    assert isinstance(first, Document)
    assert isinstance(second, Document)
    assert first.id == second.id
    assert first.source.path != second.source.path


def test_gzipped_page_and_text(tmp_path: Path) -> None:
    for name in ("page-utf8.html", "dump.txt"):
        plain = _one(fixture(name))
        packed = tmp_path / (name + ".gz")
        packed.write_bytes(gzip.compress(Path(fixture(name)).read_bytes()))
        doc = _one(str(packed))
        assert isinstance(doc, Document)
        assert isinstance(plain, Document)
        assert (doc.kind, doc.content, doc.id) == (plain.kind, plain.content, plain.id)


def _assert_reject(item: Document | Reject, code: str, path: str) -> Reject:
    assert isinstance(item, Reject), item
    assert item.code == code
    assert item.step == "sources.v1"
    assert item.path == path
    assert item.one_line().startswith(path)
    assert "\n" not in item.message
    return item


def test_empty_and_blank_files() -> None:
    _assert_reject(_one(fixture("empty.html")), "DL-SRC-002", fixture("empty.html"))
    _assert_reject(_one(fixture("blank.txt")), "DL-SRC-002", fixture("blank.txt"))


def test_binary_files() -> None:
    for name in ("page-binary.html", "dump-binary.txt"):
        _assert_reject(_one(fixture(name)), "DL-SRC-003", fixture(name))


def test_size_limit(tmp_path: Path, small: Settings) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * 2000 + b"</p>")
    rej = _assert_reject(_one(str(big), small), "DL-SRC-006", str(big))
    assert "max_document_bytes=1024" in rej.message
    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"a" * 1024)
    assert isinstance(_one(str(exact), small), Document)


def test_gzip_bomb_is_capped(tmp_path: Path, small: Settings) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 10_000_000))
    _assert_reject(_one(str(bomb), small), "DL-SRC-006", str(bomb))


def test_truncated_gzip(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(Path(fixture("dump.txt")).read_bytes())[:-12])
    rej = _assert_reject(_one(str(cut)), "DL-SRC-004", str(cut))
    assert "truncated or corrupt" in rej.message


def test_corrupt_gzip_header(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    _assert_reject(_one(str(bad)), "DL-SRC-004", str(bad))


def test_undecodable_bytes(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03]) * 40)
    rej = _assert_reject(_one(str(junk)), "DL-SRC-009", str(junk))
    assert "UTF-8" in rej.message
