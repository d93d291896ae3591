"""Build the sample WARC archive and the generated broken files of the sample corpus.

Writes, under ``dateline/samples/``:

- ``warc/sample.warc.gz``: one ``warcinfo`` record and one ``response`` record per page in
  ``scripts/sample-warc-pages/*.html`` (outside the package, so they are not ingested twice), each record its own gzip member;
- ``broken/truncated.warc.gz``: the same archive cut off in the middle of a record;
- ``broken/binary.html``: a small PNG image saved under an ``.html`` name;
- ``broken/truncated.txt.gz``: a gzip-compressed text page cut off before its end.

The output is deterministic: record IDs are UUID5s of the target URIs, every date comes from
the table below, and gzip members carry no timestamp or file name. Running the script twice
gives the same bytes (with the same zlib). Afterwards it reads the archive back with
``fastwarc`` when that is installed and checks that every response record comes out with
valid digests.

Usage: ``python scripts/build_sample_warc.py``
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import struct
import sys
import uuid
import zlib
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "dateline" / "samples"
PAGES_DIR = Path(__file__).resolve().parent / "sample-warc-pages"
WARC_PATH = SAMPLES / "warc" / "sample.warc.gz"
BROKEN = SAMPLES / "broken"

WARC_VERSION = "WARC/1.0"
WARCINFO_DATE = "2025-12-15T00:00:00Z"
CRAWLER = "dateline-sample-builder/1.0 (invented crawl; https://github.com/dateline)"

# (page file, target URI, WARC-Date): the crawl order, oldest capture first.
PAGES: list[tuple[str, str, str]] = [
    (
        "caspianledger-baku-rejects-turkmen-protest-ulduz.html",
        "https://www.caspianledger.com/energy/2025-10-08/baku-rejects-turkmen-protest-ulduz",
        "2025-10-08T16:00:00Z",
    ),
    (
        "eurodispatch-marseille-police-tear-gas-41-arrests.html",
        "https://www.eurodispatch.net/france/marseille-police-tear-gas-41-arrests",
        "2025-10-18T23:24:00Z",
    ),
    (
        "pacificledger-girl-rescued-70-hours-lamiran-toll-revised.html",
        "https://www.pacificledger.com/asia-pacific/2025/11/15/girl-rescued-70-hours-lamiran-toll-revised",
        "2025-11-15T10:05:00Z",
    ),
    (
        "northstarnews-turkmenistan-accuses-azerbaijan-shadowing-survey-ship.html",
        "https://www.northstarnews.com/2025/11/19/world/"
        "turkmenistan-accuses-azerbaijan-shadowing-survey-ship/index.html",
        "2025-11-19T14:36:00Z",
    ),
    (
        "koreaeconomicdigest-korea-india-sign-upgraded-cepa-yonhap.html",
        "https://www.koreaeconomicdigest.com/economy/2025/11/20/korea-india-sign-upgraded-cepa-yonhap.html",
        "2025-11-20T09:48:00Z",
    ),
    (
        "dailyaurora-update-1-skorea-india-sign-trade-deal-farmers-protest.html",
        "https://www.dailyaurora.com/news/world/"
        "update-1-skorea-india-sign-trade-deal-farmers-protest-20251120",
        "2025-11-20T16:22:00Z",
    ),
    (
        "sofsentinel-marseille-talks-open-prefecture-teissier.html",
        "https://www.sofsentinel.com/marseille/marseille-talks-open-prefecture-teissier/",
        "2025-11-24T23:24:00Z",
    ),
    (
        "visayastribune-search-ends-quake-toll-131.html",
        "https://www.visayastribune.ph/regions/search-ends-quake-toll-131",
        "2025-12-01T14:26:00Z",
    ),
    (
        "threadneedlepost-caspian-meridian-halts-ulduz-drilling-shares-slump.html",
        "https://www.threadneedlepost.co.uk/companies/energy/"
        "caspian-meridian-halts-ulduz-drilling-shares-slump",
        "2025-12-10T16:05:00Z",
    ),
]

# The text page that broken/truncated.txt.gz is cut from.
TRUNCATED_TEXT_SOURCE = (
    SAMPLES / "text" / "bayanihannews-strong-quake-central-philippines-kills-19.txt"
)


def sha1_b32(data: bytes) -> str:
    """Return a WARC digest value: ``sha1:`` and the base32 SHA-1 of ``data``."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name: str) -> str:
    """Return a fixed ``<urn:uuid:...>`` record ID derived from ``name``."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'dateline-sample:' + name)}>"


def gzip_member(data: bytes) -> bytes:
    """Compress ``data`` as one gzip member with no timestamp and no file name."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """Serialise one WARC record: version line, headers, Content-Length, block, two CRLFs."""
    lines = [WARC_VERSION, *(f"{k}: {v}" for k, v in headers), f"Content-Length: {len(block)}"]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def warcinfo_record() -> bytes:
    """Return the archive's ``warcinfo`` record."""
    fields = [
        f"software: {CRAWLER}",
        "format: WARC File Format 1.0",
        "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
        "description: Invented news pages for the dateline sample corpus; "
        "every site, name and event is made up.",
        "robots: obey",
        "isPartOf: dateline-samples",
    ]
    block = ("\r\n".join(fields) + "\r\n").encode("utf-8")
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", WARCINFO_DATE),
        ("WARC-Filename", WARC_PATH.name),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("Content-Type", "application/warc-fields"),
        ("WARC-Block-Digest", sha1_b32(block)),
    ]
    return warc_record(headers, block)


def http_date(warc_date: str) -> str:
    """Turn a WARC date (``2025-10-08T16:00:00Z``) into an HTTP date header value."""
    when = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return format_datetime(when, usegmt=True)


def response_record(body: bytes, uri: str, warc_date: str) -> bytes:
    """Return a ``response`` record holding an HTTP/1.1 200 response with ``body``."""
    http_head = (
        "HTTP/1.1 200 OK\r\n"
        f"Date: {http_date(warc_date)}\r\n"
        "Server: nginx\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: max-age=300\r\n"
        "Connection: close\r\n"
        "\r\n"
    ).encode("ascii")
    block = http_head + body
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Date", warc_date),
        ("WARC-Record-ID", record_id(uri)),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("WARC-Target-URI", uri),
        ("WARC-IP-Address", f"192.0.2.{1 + int(hashlib.sha1(uri.encode()).hexdigest(), 16) % 250}"),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Payload-Digest", sha1_b32(body)),
        ("WARC-Block-Digest", sha1_b32(block)),
    ]
    return warc_record(headers, block)


def check_pages() -> None:
    """Fail when a page file and the PAGES table disagree."""
    on_disk = {p.name for p in PAGES_DIR.glob("*.html")}
    listed = {name for name, _, _ in PAGES}
    if on_disk != listed:
        sys.exit(
            f"pages and PAGES table differ: only on disk {sorted(on_disk - listed)}, "
            f"only in table {sorted(listed - on_disk)}"
        )


def build_warc() -> list[bytes]:
    """Write warc/sample.warc.gz and return its gzip members in order."""
    check_pages()
    members = [gzip_member(warcinfo_record())]
    for name, uri, warc_date in PAGES:
        body = (PAGES_DIR / name).read_bytes()
        members.append(gzip_member(response_record(body, uri, warc_date)))
    WARC_PATH.write_bytes(b"".join(members))
    return members


def build_truncated_warc(members: list[bytes]) -> None:
    """Write broken/truncated.warc.gz: four whole members, then half of the fifth."""
    cut = members[4]
    BROKEN.joinpath("truncated.warc.gz").write_bytes(b"".join(members[:4]) + cut[: len(cut) // 2])


def png_chunk(kind: bytes, data: bytes) -> bytes:
    """Return one PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def build_binary_html() -> None:
    """Write broken/binary.html: a 12x12 RGB PNG (stored, uncompressed) with an .html name."""
    size = 12
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 20, y * 20, 128)) for x in range(size)) for y in range(size)
    )
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(rows, 0))
        + png_chunk(b"IEND", b"")
    )
    BROKEN.joinpath("binary.html").write_bytes(png)


def build_truncated_text_gz() -> None:
    """Write broken/truncated.txt.gz: a gzipped text page cut at 60% of its length."""
    whole = gzip_member(TRUNCATED_TEXT_SOURCE.read_bytes())
    BROKEN.joinpath("truncated.txt.gz").write_bytes(whole[: len(whole) * 6 // 10])


def verify() -> None:
    """Read the archives back with fastwarc and check every record and digest."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        print("fastwarc not installed: skipped the read-back check")
        return
    seen = []
    with WARC_PATH.open("rb") as stream:
        for rec in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False):
            if not rec.verify_block_digest():
                sys.exit(f"bad block digest in {rec.headers['WARC-Target-URI']}")
            seen.append(rec.headers["WARC-Target-URI"])
    with WARC_PATH.open("rb") as stream:
        for rec in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            if rec.http_headers.status_code != 200 or not rec.verify_payload_digest():
                sys.exit(f"bad HTTP status or payload digest in {rec.headers['WARC-Target-URI']}")
    if seen != [uri for _, uri, _ in PAGES]:
        sys.exit(f"read back {len(seen)} response records, expected {len(PAGES)}")
    with BROKEN.joinpath("truncated.warc.gz").open("rb") as stream:
        cut = sum(1 for _ in ArchiveIterator(stream, record_types=WarcRecordType.response))
    print(f"fastwarc read back {len(seen)} response records; truncated copy yields {cut}")


def main() -> None:
    """Build every generated sample file, then verify the archive."""
    BROKEN.mkdir(parents=True, exist_ok=True)
    members = build_warc()
    build_truncated_warc(members)
    build_binary_html()
    build_truncated_text_gz()
    print(
        f"wrote {WARC_PATH.relative_to(ROOT)} ({WARC_PATH.stat().st_size} bytes, "
        f"{len(members) - 1} response records)"
    )
    verify()


if __name__ == "__main__":
    main()
