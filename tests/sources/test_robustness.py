"""No input, however broken, makes a reader raise: it yields documents or rejects."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Document
from dateline.sources import read_documents

EXTENSIONS = [".html", ".txt", ".jsonl", ".warc", ".xml", ".txt.gz", ".warc.gz", ".bin"]
SETTINGS = Settings(max_document_bytes=4096)


def _check(items):
    for item in items:
        assert isinstance(item, Document | Reject)
        if isinstance(item, Document):
            item.content.encode("utf-8")
            for _, value in item.meta:
                value.encode("utf-8")
            for field in (item.source.url, item.source.id):
                if field is not None:
                    field.encode("utf-8")


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(tmp_path, data, ext):
    path = tmp_path / f"input{ext}"
    path.write_bytes(data)
    _check(read_documents([str(path)], SETTINGS))


any_text = st.text(st.characters(exclude_categories=()), max_size=50)  # lone surrogates too
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
json_records = st.fixed_dictionaries(
    {},
    optional={
        key: json_values | any_text
        for key in (
            "id",
            "url",
            "title",
            "text",
            "html",
            "date",
            "source",
            "site",
            "author",
            "lang",
        )
    },
)


def test_lone_surrogates_are_replaced(tmp_path):
    path = tmp_path / "export.jsonl"
    line = {
        "id": "a\udc00",
        "url": "http://x/\ud800",
        "title": "t\ud800",
        "text": "Talks went on\ud800.",
    }
    path.write_text(json.dumps(line), encoding="utf-8")
    (doc,) = read_documents([str(path)], SETTINGS)
    assert doc.content == "Talks went on\ufffd."
    assert (doc.source.id, doc.source.url) == ("a\ufffd", "http://x/\ufffd")
    assert doc.meta_get("title") == "t\ufffd"


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(json_records, max_size=5))
def test_arbitrary_json_lines_never_raise(tmp_path, lines):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    _check(read_documents([str(path)], SETTINGS))
