"""A writer process for the crash tests; the test kills it mid-run.

Run as ``python crash_writer.py DB BATCHES [PAUSE_BATCH PAUSE_ON PAUSE_AFTER]``. It
writes BATCHES batches of synthetic records, printing ``start K`` and ``done K``
around each. With PAUSE_BATCH, it stops dead inside that batch's transaction once
the PAUSE_AFTER-th SQL statement starting with PAUSE_ON begins, prints ``paused``
and sleeps, so the test can kill it at a known point mid-transaction.
"""

from __future__ import annotations

import sys
import time

from dateline.errors import Reject
from dateline.model import Article, Record, Source, Span, TimeExpr
from dateline.store import Store

BATCH_SIZE = 40
_FILLER = "The delegation met again on Tuesday, and talks will go on. " * 30


def batch_records(k: int) -> list[Record]:
    """Return batch ``k``'s records; ids encode the batch as ``bKKK-III``."""
    return [
        Record(
            id=f"b{k:03d}-{i:03d}",
            source=Source(path=f"crawl/batch{k}.warc", offset=i * 4096, format="warc", line=i),
            article=Article(
                title=f"Batch {k} story {i} — S-400 «talks»",
                text=f"ANKARA (AFP) -- Story {i} of batch {k}. {_FILLER}",
                agency="AFP" if i % 2 else None,
                site=f"site{i % 3}.example",
            ),
            timexes=(
                TimeExpr(
                    text="Story",
                    span=Span(start=18, end=23),
                    type="DATE",
                    value=f"2024-01-{1 + k % 28:02d}",
                ),
            ),
            produced_by=("crash.v1",),
        )
        for i in range(BATCH_SIZE)
    ]


def batch_reject(k: int) -> Reject:
    """Return the one reject written with batch ``k``."""
    return Reject(
        path=f"crawl/batch{k}.warc", offset=k, line=None, step="sources", code="DL-SRC-005",
        message=f"truncated record in batch {k}",
    )  # fmt: skip


def _pause_hook(store: Store, pause_on: str, pause_after: int) -> list[int]:
    """Install a trace hook that blocks forever at the chosen statement of the paused batch."""
    state = [0, 0]  # [armed, statements seen]

    def trace(sql: str) -> None:
        if state[0] and sql.startswith(pause_on):
            state[1] += 1
            if state[1] == pause_after:
                sys.stdout.write("paused\n")
                sys.stdout.flush()
                time.sleep(60)

    store._conn.set_trace_callback(trace)
    return state


def main(argv: list[str]) -> None:
    """Write the batches; see the module docstring."""
    path, batches = argv[0], int(argv[1])
    pause_batch = int(argv[2]) if len(argv) > 2 else -1
    with Store.open(path) as store:
        state = _pause_hook(store, argv[3], int(argv[4])) if pause_batch >= 0 else [0, 0]
        for k in range(batches):
            state[0] = int(k == pause_batch)
            sys.stdout.write(f"start {k}\n")
            sys.stdout.flush()
            store.write_batch(batch_records(k), [batch_reject(k)])
            sys.stdout.write(f"done {k}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
