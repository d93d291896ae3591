"""Crash safety: SIGKILL a writer mid-run, then check nothing is half-written.

Each case starts `crash_writer.py` in a child process, kills it at one point (mid
batch at a known statement, at COMMIT, or free-running just after a batch began),
checks the store, re-runs the full write and compares with an uninterrupted run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

import pytest

from dateline.errors import Reject
from dateline.model import Record
from dateline.store import Store
from dateline.store.schema import schema_version

from .crash_writer import BATCH_SIZE, batch_records, batch_reject

BATCHES = 12
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _writer(db: Path, *pause: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, str(WRITER), str(db), str(BATCHES), *pause]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)


def _run_to_end(db: Path) -> None:
    with _writer(db) as proc:
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert f"done {BATCHES - 1}" in out


def _kill_when(db: Path, line: str, delay: float, *pause: str) -> list[str]:
    """Start a writer, SIGKILL it ``delay`` s after it prints ``line``; return its output."""
    seen: list[str] = []
    with _writer(db, *pause) as proc:
        assert proc.stdout is not None
        for out in proc.stdout:
            seen.append(out.strip())
            if out.strip() == line:
                break
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert line in seen, seen
    return seen


def _expected() -> tuple[list[Record], list[Reject]]:
    records = [r for k in range(BATCHES) for r in batch_records(k)]
    return records, [batch_reject(k) for k in range(BATCHES)]


def _migrated(db: Path) -> bool:
    if not db.exists():
        return False
    with closing(sqlite3.connect(db)) as raw:
        return schema_version(raw) > 0


def _check_consistent(db: Path) -> set[int]:
    """Check the store on disk is whole; return the batches it holds."""
    with closing(sqlite3.connect(db)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        raw.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        articles = raw.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = raw.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
        assert indexed == articles
    with Store.open(str(db), readonly=True) as store:
        stored = list(store.iter_records())
        by_batch = Counter(int(r.id[1:4]) for r in stored)
        assert set(by_batch.values()) <= {BATCH_SIZE}, by_batch  # all or nothing
        batches = set(by_batch)
        assert batches == set(range(len(batches))), batches  # a prefix of the run
        assert stored == [r for k in sorted(batches) for r in batch_records(k)]
        assert store.rejects() == [batch_reject(k) for k in sorted(batches)]
        assert {h.id[:4] for h in store.search("S-400 talks", limit=1000)} == {
            f"b{k:03d}" for k in batches
        }
    return batches


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Record], list[Reject]]:
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    _run_to_end(db)
    with Store.open(str(db), readonly=True) as store:
        found = list(store.iter_records()), store.rejects()
    assert found == _expected()
    return found


class Kill(NamedTuple):
    """When to kill the writer: ``delay`` s after it prints ``line``, with ``pause`` args."""

    line: str
    delay: float
    pause: tuple[str, ...]
    done_before: int  # batches surely committed by then


KILLS = [
    Kill("paused", 0.0, ("3", "INSERT INTO articles (", "25"), 3),  # mid batch 3
    Kill("paused", 0.0, ("6", "COMMIT", "1"), 6),  # just before batch 6 commits
    Kill("start 0", 0.0, (), 0),  # in the first batch
    Kill("start 5", 0.002, (), 5),  # free-running, inside or after batch 5
    Kill("start 9", 0.0, (), 9),
]


@pytest.mark.parametrize("kill", KILLS)
def test_kill_then_rerun(
    tmp_path: Path, reference: tuple[list[Record], list[Reject]], kill: Kill
) -> None:
    db = tmp_path / "crash.db"
    _kill_when(db, kill.line, kill.delay, *kill.pause)
    if _migrated(db):  # a kill while creating the store may leave no schema yet
        batches = _check_consistent(db)
        assert set(range(kill.done_before)) <= batches
        if kill.pause:
            assert batches == set(range(kill.done_before))
    _run_to_end(db)
    assert _check_consistent(db) == set(range(BATCHES))
    with Store.open(str(db), readonly=True) as store:
        assert (list(store.iter_records()), store.rejects()) == reference
