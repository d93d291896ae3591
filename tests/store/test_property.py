"""Property: any title and text survive a write and a read unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store import Store

from .conftest import make_record


@settings(max_examples=150, deadline=None)
@given(title=st.none() | st.text(), text=st.text(), query=st.text(max_size=20))
def test_write_then_get_is_equal(title: str | None, text: str, query: str) -> None:
    record = make_record("p", title=title, text=text, agency=text[:5] or None)
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "p.db")) as store:
        store.write_batch([record])
        assert store.get(record.id) == record
        assert list(store.iter_records()) == [record]
        store.search(query)  # never raises
        if title and any(ch.isalnum() for ch in title):
            assert [hit.id for hit in store.search('"' + title.replace('"', " ") + '"')] in (
                [record.id],
                [],
            )
