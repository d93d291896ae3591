"""Kill ``dateline ingest`` mid-run, rerun, and get the store of an uninterrupted run."""

import signal
import sqlite3
import subprocess
import sys
import time

from dateline.store import Store


def _write_corpus(root, n=120):
    root.mkdir()
    for i in range(n):
        text = (
            f"Report number {i} on the harbor talks\n"
            f"MANILA, Dec. {1 + i % 28} (Xinhua) -- Delegates met for round {i} of the talks "
            f"on the Lantern Bank gas field, officials said on Monday.\n"
            f"The next round is due in {i % 5 + 2} weeks, the statement said.\n"
            "Copyright © 2025 Harbor Evening Post. All rights reserved.\n"
        )
        (root / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
    (root / "zz-empty.txt").write_bytes(b"")


def _ingest(corpus, db):
    cmd = [
        sys.executable,
        "-m",
        "dateline",
        "-q",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "4",
    ]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _count(db):
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def _snapshot(db):
    with Store.open(str(db), readonly=True) as store:
        records = sorted(r.to_json() for r in store.iter_records())
        rejects = sorted(r.one_line() for r in store.rejects())
    return records, rejects


def test_killed_ingest_reruns_to_the_same_store(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    reference = tmp_path / "ref.db"
    assert _ingest(corpus, reference).wait(timeout=120) == 3
    expected = _snapshot(reference)
    assert len(expected[0]) == 120 and len(expected[1]) == 1

    db = tmp_path / "killed.db"
    for target in (1, 30, 70, 110):
        proc = _ingest(corpus, db)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _count(db) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        with Store.open(str(db), readonly=True) as store:
            for record in store.iter_records():
                assert record.article.text  # every stored article is whole
        assert _count(db) % 4 == 0 or _count(db) == 120  # whole batches only
    assert _ingest(corpus, db).wait(timeout=120) == 3
    assert _snapshot(db) == expected
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
