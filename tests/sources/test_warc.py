"""WARC archives: pages from response/resource records, skips, truncation, streaming."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from dateline.config import Settings
from dateline.model import Document
from dateline.sources.warc import read_warc

from .helpers import (
    collect,
    docs,
    gzip_members,
    html_records,
    http_response,
    page,
    rejects,
    warc_record,
)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_html_responses_become_documents(tmp_path: Path) -> None:
    records = html_records(2)
    path = _write(tmp_path, "two.warc", b"".join(records))
    first, second = collect([path])
    assert isinstance(first, Document)
    assert isinstance(second, Document)
    assert first.kind == "html"
    assert first.content == page(0).decode()
    assert first.source.format == "warc"
    assert first.source.offset == 0
    assert second.source.offset == len(records[0])
    assert second.source.url == "https://news.example/1"
    assert second.source.id == "<urn:uuid:rec-1>"
    assert dict(second.meta) == {"date": "2024-03-02T10:00:00Z", "date_signal": "warc"}


def test_gzip_members_have_compressed_offsets(tmp_path: Path) -> None:
    records = html_records(3)
    path = _write(tmp_path, "three.warc.gz", gzip_members(records))
    plain = docs(collect([_write(tmp_path, "three.warc", b"".join(records))]))
    packed = docs(collect([path]))
    assert [d.id for d in packed] == [d.id for d in plain]
    first_member = len(gzip.compress(records[0], mtime=0))
    assert [d.source.offset for d in packed][:2] == [0, first_member]


def test_other_records_are_skipped(tmp_path: Path) -> None:
    records = [
        warc_record(b"software: test\r\n", i=0, wtype="warcinfo", ctype="application/warc-fields"),
        warc_record(
            b"GET / HTTP/1.1\r\n\r\n",
            i=1,
            wtype="request",
            ctype="application/http; msgtype=request",
        ),
        warc_record(http_response(b"\x89PNG....", ctype="image/png"), i=2),
        warc_record(http_response(b"<p>gone</p>", status="404 Not Found"), i=3),
        warc_record(page(4), i=4, wtype="resource", ctype="text/html; charset=utf-8"),
        warc_record(http_response(page(5), ctype="application/xhtml+xml"), i=5),
    ]
    (resource, xhtml) = collect([_write(tmp_path, "mixed.warc", b"".join(records))])
    assert isinstance(resource, Document)
    assert isinstance(xhtml, Document)
    assert resource.source.id == "<urn:uuid:rec-4>"
    assert xhtml.source.id == "<urn:uuid:rec-5>"


def test_http_charset_is_the_declared_hint(tmp_path: Path) -> None:
    body = "<p>Привет, мир</p>".encode("koi8-r")
    record = warc_record(http_response(body, ctype="text/html; charset=koi8-r"))
    (doc,) = collect([_write(tmp_path, "koi.warc", record)])
    assert isinstance(doc, Document)
    assert doc.content == "<p>Привет, мир</p>"


def test_chunked_gzipped_body(tmp_path: Path) -> None:
    zipped = gzip.compress(page(7))
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(zipped), zipped)
    extra = "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"
    record = warc_record(http_response(chunked, extra=extra))
    (doc,) = collect([_write(tmp_path, "chunked.warc", record)])
    assert isinstance(doc, Document)
    assert doc.content == page(7).decode()


def test_bad_chunks_and_bad_gzip_body(tmp_path: Path) -> None:
    records = [
        warc_record(http_response(b"zz\r\nnope", extra="Transfer-Encoding: chunked\r\n"), i=0),
        warc_record(http_response(b"not gzip", extra="Content-Encoding: gzip\r\n"), i=1),
        warc_record(http_response(b"??", extra="Content-Encoding: br\r\n"), i=2),
        html_records(4)[3],
    ]
    items = collect([_write(tmp_path, "enc.warc", b"".join(records))])
    assert [r.code for r in rejects(items)] == ["DL-SRC-005", "DL-SRC-004", "DL-SRC-009"]
    assert [d.source.id for d in docs(items)] == ["<urn:uuid:rec-3>"]


def test_truncated_archive_keeps_records_before(tmp_path: Path) -> None:
    records = html_records(3)
    data = b"".join(records)
    for cut in (len(data) - 60, len(records[0]) + 100, len(records[0]) + 10):
        path = _write(tmp_path, f"cut{cut}.warc", data[:cut])
        items = collect([path])
        assert len(docs(items)) >= 1
        (rej,) = rejects(items)
        assert rej.code == "DL-SRC-005", cut
        assert rej.offset is not None
        assert rej.one_line().startswith(f"{path}@{rej.offset}: DL-SRC-005")


def test_truncated_gzip_archive(tmp_path: Path) -> None:
    packed = gzip_members(html_records(3))
    items = collect([_write(tmp_path, "cut.warc.gz", packed[:-30])])
    assert len(docs(items)) == 2
    assert [r.code for r in rejects(items)] == ["DL-SRC-005"]


def test_corrupt_gzip_member(tmp_path: Path) -> None:
    records = html_records(3)
    first = len(gzip.compress(records[0], mtime=0))
    packed = bytearray(gzip_members(records))
    for i in range(first + 40, first + 80):
        packed[i] ^= 0x55
    items = collect([_write(tmp_path, "bad.warc.gz", bytes(packed))])
    assert len(docs(items)) == 1
    (rej,) = rejects(items)
    assert rej.code == "DL-SRC-004"
    assert rej.offset == 0


def test_not_a_warc(tmp_path: Path) -> None:
    path = _write(tmp_path, "fake.warc", b"<html>not a warc</html>")
    (rej,) = collect([path])
    assert rej.code == "DL-SRC-005"  # type: ignore[union-attr]
    assert "--format-in" in rej.message  # type: ignore[union-attr]


def test_garbage_between_records(tmp_path: Path) -> None:
    records = html_records(2)
    path = _write(tmp_path, "junk.warc", records[0] + b"JUNK\r\n" + records[1])
    items = collect([path])
    assert len(docs(items)) == 1
    assert [r.code for r in rejects(items)] == ["DL-SRC-005"]


def test_record_over_limit_is_not_read(tmp_path: Path, small: Settings) -> None:
    records = [html_records(1, size=5000)[0], *html_records(2)[1:]]
    items = collect([_write(tmp_path, "big.warc", b"".join(records))], small)
    (rej,) = rejects(items)
    assert (rej.code, rej.offset) == ("DL-SRC-006", 0)
    assert [d.source.id for d in docs(items)] == ["<urn:uuid:rec-1>"]


class _CountingStream(io.RawIOBase):
    """A file-like object that records how far it has been read."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.size = len(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        return self._data.readinto(buffer)

    def tell(self) -> int:
        return self._data.tell()


def test_ten_records_are_streamed() -> None:
    data = b"".join(html_records(10, size=60_000))
    stream = _CountingStream(data)
    reader = read_warc(stream, "big.warc", Settings())  # type: ignore[arg-type]
    first = next(reader)
    assert isinstance(first, Document)
    assert stream.tell() < stream.size // 2  # the first page came before most of the file was read
    rest = list(reader)
    assert len(rest) == 9
    assert stream.tell() == stream.size


def test_cut_inside_a_gzip_member_header(tmp_path: Path) -> None:
    records = html_records(3)
    packed = gzip_members(records)
    start = len(gzip_members(records[:2]))
    items = collect([_write(tmp_path, "cut.warc.gz", packed[: start + 20])])
    assert len(docs(items)) == 2
    (rej,) = rejects(items)
    assert (rej.code, rej.offset) == ("DL-SRC-004", start)


def _sweep(data: bytes, boundaries: list[int]) -> None:
    full = [d.id for d in docs(list(read_warc(io.BytesIO(data), "x", Settings())))]
    for cut in range(len(data)):
        stream = io.BufferedReader(io.BytesIO(data[:cut]))  # type: ignore[arg-type]
        items = list(read_warc(stream, "x", Settings()))  # type: ignore[arg-type]
        ids = [d.id for d in docs(items)]
        assert ids == full[: len(ids)], cut
        at_boundary = any(b - 4 <= cut <= b for b in boundaries)
        assert rejects(items) or at_boundary, cut


def test_every_cut_is_noticed_or_at_a_record_boundary() -> None:
    records = html_records(3)
    plain_ends = [sum(len(r) for r in records[:n]) for n in range(4)]
    _sweep(b"".join(records), plain_ends)
    gz_ends = [len(gzip_members(records[:n])) for n in range(4)]
    _sweep(gzip_members(records), [e + 4 for e in gz_ends])
