"""The bundled sample corpus: every good file reads, every broken file is rejected right."""

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

import dateline
from dateline.config import Settings
from dateline.errors import Reject
from dateline.pipeline import Inputs, analyze
from dateline.samples import sample_dir

SCHEMA = json.loads((Path(dateline.__file__).parent / "record.schema.json").read_text())


@pytest.fixture(scope="module")
def results():
    return list(analyze(Inputs(paths=(str(sample_dir()),)), Settings()))


def test_broken_files_give_their_reject_codes(results):
    rejects = [r for r in results if isinstance(r, Reject)]
    codes = Counter((Path(r.path).name, r.code) for r in rejects)
    assert codes == Counter(
        {
            ("bad-lines.jsonl", "DL-SRC-007"): 3,
            ("binary.html", "DL-SRC-003"): 1,
            ("empty.txt", "DL-SRC-002"): 1,
            ("malformed.xml", "DL-SRC-008"): 1,
            ("truncated.txt.gz", "DL-SRC-004"): 1,
            ("truncated.warc.gz", "DL-SRC-005"): 1,
        }
    )
    assert all("broken" in Path(r.path).parts for r in rejects)


def test_every_record_is_valid_and_traceable(results):
    records = [r for r in results if not isinstance(r, Reject)]
    assert Counter(r.source.format for r in records) == Counter(
        {"html": 12, "text": 11, "jsonl": 11, "feed": 9, "warc": 12}
    )
    for record in records:
        jsonschema.validate(record.to_dict(), SCHEMA)
        text = record.article.text
        assert [text[s.start : s.end] for s in record.article.paragraphs] == text.split("\n")
        assert record.article.title and record.article.lang == "en"


def test_wire_copies_share_agency_and_dateline(results):
    records = [r for r in results if not isinstance(r, Reject)]
    signing = [
        r
        for r in records
        if r.article.dateline
        and r.article.dateline.place == "Seoul"
        and r.article.agency == "Reuters"
    ]
    assert len({r.article.site for r in signing}) >= 4
    assert {r.article.dateline.date_text for r in signing} <= {"Nov 20", "Nov. 20", None}


def test_no_dateline_left_in_text(results):
    for record in results:
        if not isinstance(record, Reject) and record.article.dateline is not None:
            assert not record.article.text.startswith(record.article.dateline.raw)


def test_every_sample_is_anchored_with_timexes_on_its_text(results):
    records = [r for r in results if not isinstance(r, Reject)]
    for record in records:
        anchor = record.article.anchor
        assert anchor is not None and anchor.granularity == "day", record.source.path
        assert anchor.value[:4] in {"2025"}
        text = record.article.text
        assert all(text[t.span.start : t.span.end] == t.text for t in record.timexes)
    assert sum(len(r.timexes) for r in records) > 5 * len(records)
