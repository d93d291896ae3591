"""The store's public API: round trips, idempotence, rejects, stats, read-only mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import dateline.store
from dateline.errors import Reject, StoreError
from dateline.model import (
    Actor,
    Article,
    Boilerplate,
    DateFound,
    Dateline,
    Event,
    EventDate,
    Mention,
    Place,
    Quantity,
    Record,
    Source,
    Span,
    TimeExpr,
)
from dateline.store import BatchResult, Stats, Store

from .conftest import make_record


def _full_record() -> Record:
    text = "ANKARA, 5 déc. (Xinhua) -- La Turquie a reçu le S-400. 土耳其 🚀"
    return Record(
        id="0123456789abcdef0123",
        source=Source(
            path="crawl/ü.warc.gz",
            offset=1234,
            id="<urn:uuid:1>",
            format="warc",
            url="https://example.org/ü?q=1",
            line=7,
        ),
        article=Article(
            title="Türkiye — S-400 «arrive»",
            text=text,
            lang="fr",
            agency="Xinhua",
            site="example.org",
            byline="Jane Ö. Doe",
            dateline=Dateline(place="ANKARA", date_text="5 déc.", agency="Xinhua", raw="ANKARA"),
            dates_found=(
                DateFound(value="2019-12-05", text="5 déc.", role="dateline", signal="dateline"),
                DateFound(
                    value="2019-12-05T10:00:00+03:00", text="", role="published", signal="meta"
                ),
            ),
            boilerplate=(Boilerplate(text="© 2019", kind="copyright", position="after"),),
            paragraphs=(Span(start=0, end=len(text)),),
        ),
        timexes=(
            TimeExpr(
                text=text[10:16],
                span=Span(start=10, end=16),
                type="DATE",
                value="2019-12-05",
                anchor_relative=True,
                granularity="day",
                range=("2019-12-05", "2019-12-06"),
                confidence=0.9,
            ),
        ),
        entities=(),
        quotes=(),
        events=(
            Event(
                id="ev1",
                type="SANCTION",
                mode="restrict",
                context=("economic",),
                cameo="163",
                actor=Actor(
                    entity_id="e1", name="Türkiye", code="TURGOV", span=Span(start=0, end=7)
                ),
                recipient=Actor(name="rebels", code="---REB"),
                date=EventDate(
                    value="2019-12",
                    granularity="month",
                    source="timex",
                    span=Span(start=10, end=16),
                ),
                place=Place(name="Ankara", country="TUR", source="dateline"),
                sentence=Span(start=0, end=len(text)),
                trigger=Mention(
                    text="S-400", span=Span(start=10, end=15), sentence=Span(start=0, end=len(text))
                ),
                aux=("historical", "reported"),
                quantities=(Quantity(text="800 million ducats", value=8e8, unit="ducat"),),
                confidence=0.75,
            ),
        ),
        produced_by=("extract.v1", "timex.v1"),
    )


def test_exports() -> None:
    assert sorted(dateline.store.__all__) == [
        "BatchResult",
        "EntityRow",
        "EventQuery",
        "EventRow",
        "QuoteRow",
        "SearchHit",
        "Stats",
        "Store",
    ]


def test_full_record_round_trips(store: Store) -> None:
    record = _full_record()
    assert store.write_batch([record]) == BatchResult(added=1, present=0, rejects=0)
    assert store.get(record.id) == record
    assert store.get("missing") is None
    assert store.get_many([record.id, "missing"]) == {record.id: record}


def test_round_trip_survives_reopen(db_path: str) -> None:
    record = _full_record()
    with Store.open(db_path) as store:
        store.write_batch([record])
    with Store.open(db_path, readonly=True) as store:
        assert store.get(record.id) == record
        assert list(store.iter_records()) == [record]


def test_rewrite_is_idempotent(store: Store) -> None:
    records = [make_record(f"r{i}") for i in range(5)]
    assert store.write_batch(records[:3]) == BatchResult(added=3, present=0, rejects=0)
    assert store.write_batch(records) == BatchResult(added=2, present=3, rejects=0)
    assert store.write_batch(records + records[:1]) == BatchResult(added=0, present=6, rejects=0)
    assert list(store.iter_records()) == records
    assert store.has([r.id for r in records] + ["nope"]) == {r.id for r in records}


def test_duplicates_within_a_batch_count_as_present(store: Store) -> None:
    one = make_record("one")
    assert store.write_batch([one, one]) == BatchResult(added=1, present=1, rejects=0)


def test_iter_records_pages_in_insertion_order(store: Store) -> None:
    records = [make_record(f"k{i:04d}") for i in range(1234)]
    store.write_batch(list(reversed(records[:600])))
    store.write_batch(records[600:])
    assert list(store.iter_records()) == list(reversed(records[:600])) + records[600:]
    assert len(store.has(r.id for r in records)) == 1234


def _reject(**over: object) -> Reject:
    base: dict[str, object] = dict(
        path="in/a.jsonl", offset=10, line=2, step="sources", code="DL-SRC-007", message="bad"
    )
    base.update(over)
    return Reject(**base)  # type: ignore[arg-type]


def test_rejects_are_deduplicated(store: Store) -> None:
    first = [_reject(), _reject(offset=None, line=None), _reject(code="DL-SRC-002")]
    again = [_reject(message="other words"), _reject(offset=None, line=None), _reject(line=3)]
    assert store.write_batch([], first).rejects == 3
    assert store.write_batch([], again).rejects == 1
    assert store.rejects() == [*first, _reject(line=3)]


def test_stats(store: Store) -> None:
    store.write_batch(
        [
            make_record("a", agency="Xinhua", site="x.cn", fmt="warc"),
            make_record("b", agency="Xinhua", fmt="warc"),
            make_record("c", site="x.cn"),
        ],
        [_reject(), _reject(path="b"), _reject(code="DL-EXT-001", step="extract")],
    )
    assert store.stats() == Stats(
        articles=3,
        formats={"warc": 2, "text": 1},
        agencies={"Xinhua": 2, "(none)": 1},
        sites={"x.cn": 2, "(none)": 1},
        rejects=3,
        rejects_by_code={"DL-SRC-007": 2, "DL-EXT-001": 1},
    )


def test_empty_stats(store: Store) -> None:
    assert store.stats() == Stats(articles=0)


def test_failed_batch_stores_nothing(store: Store) -> None:
    good = make_record("good")
    bad = make_record("bad", text=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="nothing of it was stored"):
        store.write_batch([good, bad], [_reject()])
    assert store.has([good.id]) == set()
    assert store.stats() == Stats(articles=0)


def test_unencodable_record_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="nothing of it was stored"):
        store.write_batch([make_record("ok"), make_record("lone", text="\ud800")])
    assert store.stats().articles == 0


def test_readonly_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "none.db")
    with pytest.raises(StoreError, match=r"no store at .*none\.db; run `dateline ingest"):
        Store.open(path, readonly=True)
    assert not Path(path).exists()


def test_readonly_refuses_writes(db_path: str) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write_batch([make_record("a")])


def test_readonly_reads_while_writer_holds_wal(db_path: str) -> None:
    with Store.open(db_path) as writer:
        writer.write_batch([make_record("a")])
        writer._conn.execute("BEGIN IMMEDIATE")  # a writer mid-batch
        writer._conn.execute(
            "INSERT INTO articles (id, source_path, source_offset, source_format, text, record)"
            " VALUES ('x', 'p', 0, 'text', 't', '{}')"
        )
        assert Path(db_path + "-wal").exists()
        with Store.open(db_path, readonly=True) as reader:
            assert reader.has([make_record("a").id, "x"]) == {make_record("a").id}
            assert [h.id for h in reader.search("title")] == [make_record("a").id]
        writer._conn.execute("ROLLBACK")


def test_closed_store_raises(db_path: str) -> None:
    store = Store.open(db_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get("x")


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all, not even close" * 100)
    for readonly in (False, True):
        with pytest.raises(StoreError, match=r"junk\.db"):
            Store.open(str(path), readonly=readonly)


def test_pragmas(store: Store) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    indexed = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"articles_agency", "articles_site", "articles_source_format"} <= indexed


def test_same_input_gives_equal_stores(tmp_path: Path) -> None:
    records = [make_record(f"d{i}", agency="AFP") for i in range(20)]
    dumps = []
    for name in ("one.db", "two.db"):
        with Store.open(str(tmp_path / name)) as store:
            store.write_batch(records[:10], [_reject()])
            store.write_batch(records, [_reject()])
            dumps.append(list(store._conn.iterdump()))
    assert dumps[0] == dumps[1]


def test_readonly_never_writes(db_path: str) -> None:
    Store.open(db_path).close()
    before = Path(db_path).read_bytes()
    with Store.open(db_path, readonly=True) as store:
        store.stats()
        with pytest.raises(sqlite3.OperationalError):
            store._conn.execute("CREATE TABLE x (y)")
    assert Path(db_path).read_bytes() == before
