"""The record's JSON form: schema, round trip, stable ids."""

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dateline
from dateline.model import (
    BOILERPLATE_KINDS,
    DATE_ROLES,
    DATE_SIGNALS,
    SOURCE_FORMATS,
    Article,
    Boilerplate,
    DateFound,
    Dateline,
    Record,
    Source,
    Span,
    TimeExpr,
    content_id,
    record_from_json,
)

SCHEMA = json.loads((Path(dateline.__file__).parent / "record.schema.json").read_text())

texts = st.text(min_size=1, max_size=60)
maybe = st.none() | texts


@st.composite
def records(draw):
    text = draw(st.text(min_size=1, max_size=200))
    cut = draw(st.integers(0, len(text)))
    article = Article(
        title=draw(maybe),
        text=text,
        lang=draw(st.none() | st.just("en")),
        agency=draw(maybe),
        site=draw(maybe),
        byline=draw(maybe),
        dateline=draw(
            st.none() | st.builds(Dateline, place=maybe, date_text=maybe, agency=maybe, raw=texts)
        ),
        dates_found=tuple(
            draw(
                st.lists(
                    st.builds(
                        DateFound,
                        value=st.sampled_from(
                            ["2025-12-05", "XXXX-12-05", "2025-12-05T10:41:00+00:00"]
                        ),
                        text=texts,
                        role=st.sampled_from(DATE_ROLES),
                        signal=st.sampled_from(DATE_SIGNALS),
                    ),
                    max_size=3,
                )
            )
        ),
        boilerplate=tuple(
            draw(
                st.lists(
                    st.builds(
                        Boilerplate,
                        text=texts,
                        kind=st.sampled_from(BOILERPLATE_KINDS),
                        position=st.sampled_from(["before", "inside", "after"]),
                    ),
                    max_size=3,
                )
            )
        ),
        paragraphs=(Span(start=0, end=cut), Span(start=cut, end=len(text))),
    )
    source = Source(
        path=draw(texts),
        offset=draw(st.integers(0, 10**9)),
        id=draw(maybe),
        format=draw(st.sampled_from(SOURCE_FORMATS)),
        url=draw(maybe),
        line=draw(st.none() | st.integers(1, 10**6)),
    )
    return Record(
        id=content_id("text", text.encode("utf-8", "surrogatepass")),
        source=source,
        article=article,
        timexes=(
            TimeExpr(
                text=text[:cut],
                span=Span(start=0, end=cut),
                type="DATE",
                value="2025-12-05",
                range=("2025-12-03", "2025-12-04"),
            ),
        ),
        produced_by=("sources.v1", "extract.v1"),
    )


@given(records())
def test_round_trip_and_schema(record):
    data = json.loads(record.to_json())
    jsonschema.validate(data, SCHEMA)
    assert record_from_json(record.to_json()) == record
    assert record_from_json(data) == record


def test_schema_rejects_a_wrong_version_and_unknown_fields():
    record = Record(
        id=content_id("text", b"x"),
        source=Source(path="a.txt", format="text"),
        article=Article(text="x"),
        produced_by=("extract.v1",),
    )
    data = record.to_dict()
    jsonschema.validate(data, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "schema": "dateline/0"}, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "surprise": 1}, SCHEMA)
    with pytest.raises(ValueError, match="not a dateline/1 record"):
        record_from_json({**data, "schema": "dateline/0"})


def test_content_id_is_stable_and_kind_aware():
    assert content_id("text", b"abc") == content_id("text", b"abc")
    assert content_id("text", b"abc") != content_id("html", b"abc")
    assert len(content_id("html", b"")) == 20


def test_json_is_byte_identical_for_equal_records():
    a = Record(id="0" * 20, source=Source(path="a", format="html"), article=Article(text="t"))
    b = Record(id="0" * 20, source=Source(path="a", format="html"), article=Article(text="t"))
    assert a.to_json() == b.to_json()
