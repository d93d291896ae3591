"""The hand-written corpus of tests/fixtures/corpus, analyzed once per session and stored.

The real pipeline (spaCy included) runs over the corpus once; tests that only
exercise the store build stores from those records, which takes a tenth of a second.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import Reject
from dateline.model import Record
from dateline.pipeline import Inputs, analyze
from dateline.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "corpus"


def pick(records: Sequence[Record], name: str) -> Record:
    """The one record whose source path holds ``name`` (a folder and the start of a file)."""
    found = [r for r in records if name in r.source.path]
    assert len(found) == 1, (name, [r.source.path for r in found])
    return found[0]


def titled(records: Sequence[Record], words: str) -> Record:
    """The one record whose title holds ``words`` (for the lines of a JSONL export)."""
    found = [r for r in records if words in (r.article.title or "")]
    assert len(found) == 1, (words, [r.article.title for r in found])
    return found[0]


def folder(records: Sequence[Record], name: str) -> list[Record]:
    """The records read from one folder of the corpus, in input order."""
    return [r for r in records if f"/{name}/" in r.source.path]


def write_in_batches(path: str, records: Sequence[Record], size: int) -> None:
    """Store the records in input order, ``size`` to a transaction."""
    with Store.open(path) as store:
        for start in range(0, len(records), size):
            store.write_batch(records[start : start + size])


@pytest.fixture(scope="session")
def corpus_records() -> tuple[Record, ...]:
    """Every article of the corpus, through the whole pipeline, in input order."""
    out = list(analyze(Inputs(paths=(str(FIXTURES),)), Settings()))
    rejects = [r for r in out if isinstance(r, Reject)]
    assert not rejects, rejects
    return tuple(r for r in out if isinstance(r, Record))


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, corpus_records: tuple[Record, ...]) -> str:
    """A store holding the whole corpus, written in one batch; never written again."""
    path = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    write_in_batches(path, corpus_records, len(corpus_records))
    return path


@pytest.fixture
def corpus_store(corpus_db: str) -> Iterator[Store]:
    """The corpus store, open read-only."""
    with Store.open(corpus_db, readonly=True) as store:
        yield store


@pytest.fixture
def own_db(tmp_path: Path, corpus_db: str) -> str:
    """A copy of the corpus store that a test may change (merge, split)."""
    path = tmp_path / "own.db"
    shutil.copyfile(corpus_db, path)
    return str(path)
