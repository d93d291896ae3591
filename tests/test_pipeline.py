"""The pipeline: stage planning, the error policy and batched, idempotent ingest."""

import pytest

from dateline.config import Settings
from dateline.errors import ConfigError, Reject
from dateline.model import Record
from dateline.pipeline import Inputs, analyze, ingest, plan
from dateline.store import Store


def test_plan_checks_stage_names():
    every = ["extract.v1", "anchor.v1", "timex.v1", "language.v1", "events.v1"]
    assert [s.name for s in plan(None)] == every
    assert [s.name for s in plan(["events"])] == every
    assert [s.name for s in plan(["language"])] == ["extract.v1", "language.v1"]
    assert [s.name for s in plan(["extract"])] == ["extract.v1"]
    assert [s.name for s in plan(["temporal"])] == ["extract.v1", "anchor.v1", "timex.v1"]
    with pytest.raises(
        ConfigError, match="unknown stage 'stories'; stages: extract, temporal, language, events"
    ):
        plan(["stories"])


def test_analyze_yields_records_and_rejects_in_order(corpus):
    out = list(analyze(Inputs(paths=(str(corpus),)), Settings()))
    records = [x for x in out if isinstance(x, Record)]
    rejects = [x for x in out if isinstance(x, Reject)]
    assert len(records) == 5
    assert sorted(r.code for r in rejects) == ["DL-SRC-002", "DL-SRC-007"]
    by_title = {r.article.title: r for r in records}
    flood = by_title["Flood toll rises to 41"]
    assert flood.article.agency == "Reuters"
    assert flood.article.dateline.place == "Sarajevo"
    assert flood.article.text.startswith("The death toll from floods")
    assert flood.article.site == "Valley Ledger"
    assert {d.value for d in flood.article.dates_found} >= {"2025-11-18", "2025-11-17"}
    tariff = by_title["Tariff pause extended"]
    assert tariff.source.id == "j1" and tariff.source.line == 1
    assert tariff.article.agency == "dpa" and tariff.article.site == "Alpine Courier"
    for record in records:
        for span in record.article.paragraphs:
            assert record.article.text[span.start : span.end].strip()
        assert record.produced_by == (
            "sources.v1",
            "extract.v1",
            "anchor.v1",
            "timex.v1",
            "language.v1",
            "events.v1",
        )
        assert record.article.anchor is not None


def test_ingest_is_idempotent(corpus, tmp_path):
    db = str(tmp_path / "t.db")
    with Store.open(db) as store:
        first = ingest(Inputs(paths=(str(corpus),)), store, Settings(), batch_size=2)
        second = ingest(Inputs(paths=(str(corpus),)), store, Settings(), batch_size=2)
        assert store.stats().articles == 5
        assert store.stats().rejects == 2
    assert (first.added, first.present, len(first.rejects)) == (5, 0, 2)
    assert (second.added, second.present) == (0, 5)


def test_extractor_failure_is_a_reject_not_a_crash(tmp_path):
    page = tmp_path / "list.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    out = list(analyze(Inputs(paths=(str(page),)), Settings()))
    assert len(out) == 1 and isinstance(out[0], Reject)
    assert out[0].code == "DL-EXT-001" and out[0].step == "extract.v1"
    assert out[0].document_id is not None


def test_every_format_gets_an_anchor_and_timexes_and_the_store_keeps_them(corpus, tmp_path):
    records = [
        r for r in analyze(Inputs(paths=(str(corpus),)), Settings()) if isinstance(r, Record)
    ]
    assert {r.source.format for r in records} == {"text", "html", "jsonl"}
    for record in records:
        assert record.article.anchor.granularity == "day"
        assert all(record.article.text[t.span.start : t.span.end] == t.text for t in record.timexes)
    wire = next(r for r in records if r.article.title == "Harbor talks resume")
    assert wire.article.anchor.value == "XXXX-12-01" or wire.article.anchor.story is not None
    flood = next(r for r in records if r.article.title == "Flood toll rises to 41")
    assert flood.article.anchor.value == "2025-11-17"
    assert [(t.text, t.value) for t in flood.timexes][:2] == [
        ("Monday", "2025-11-17"),
        ("the weekend", "2025-W46-WE"),
    ]
    with Store.open(str(tmp_path / "t.db")) as store:
        ingest(Inputs(paths=(str(corpus),)), store, Settings())
        for record in records:
            assert store.get(record.id) == record


def test_a_failing_batch_is_rerun_one_by_one_so_only_the_bad_record_is_rejected():
    from dataclasses import replace

    from dateline.model import Document, Source, content_id
    from dateline.pipeline import STEPS, Step, process_batch

    def one(record, settings):
        if "poison" in record.article.text:
            raise RuntimeError("boom")
        return replace(record, quotes=())

    def batch(records, settings):
        return [one(r, settings) for r in records]

    steps = (STEPS[0], Step(name="test.v1", stage="test", run=one, run_batch=batch))
    texts = ["A title\nThe council met on Monday and agreed.", "A title\nThe poison was found on Tuesday.",
             "A title\nThe mayor spoke on Friday in the square."]  # fmt: skip
    docs = [Document(source=Source(path=f"d{i}", format="text"), kind="text", content=t,
                     id=content_id("text", t.encode())) for i, t in enumerate(texts)]  # fmt: skip
    out = process_batch(docs, Settings(), steps)
    assert [type(x).__name__ for x in out] == ["Record", "Reject", "Record"]
    assert (out[1].code, out[1].step, out[1].path) == ("DL-RUN-001", "test.v1", "d1")
    assert "RuntimeError: boom" in out[1].message


def test_analyze_keeps_input_order_across_batches(tmp_path):
    for i in range(40):
        body = (
            "" if i % 7 == 3 else f"Report {i}\nOfficials met on Monday for round {i} of the talks."
        )
        (tmp_path / f"r{i:02d}.txt").write_text(body, encoding="utf-8")
    out = list(analyze(Inputs(paths=(str(tmp_path),)), Settings(), stages=["extract"]))
    assert [x.source.path if isinstance(x, Record) else x.path for x in out] == [
        str(tmp_path / f"r{i:02d}.txt") for i in range(40)
    ]
    assert [i for i, x in enumerate(out) if isinstance(x, Reject)] == [3, 10, 17, 24, 31, 38]


def test_a_bad_setting_stops_the_run_instead_of_rejecting_every_record(corpus, tmp_path):
    settings = Settings(actors=str(tmp_path / "missing.tsv"))
    with pytest.raises(ConfigError, match=r"setting actors=.*cannot read it"):
        list(analyze(Inputs(paths=(str(corpus),)), settings))
