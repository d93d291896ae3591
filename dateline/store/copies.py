"""Copy groups in the store: the LSH band index, and which group each article is in.

``copy_bands`` holds `dateline.corpus.copies.BANDS` signed 64-bit keys per article
(a WITHOUT ROWID table: the key and the article's seq are the whole row), so the
index is updated by one insert per article and never rebuilt. ``copies`` says, for
every placed article, its group (the seq of the group's first article), the article
it was found to copy and how much of it is shared.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from dateline.corpus.copies import Fingerprint, shingles, verify

MIGRATION_SQL: tuple[str, ...] = (
    """CREATE TABLE copy_bands (
        key INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (key, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE copies (
        seq INTEGER PRIMARY KEY,
        grp INTEGER NOT NULL,
        of_seq INTEGER,
        similarity REAL
    )""",
    "CREATE INDEX copies_grp ON copies (grp)",
)
MAX_CANDIDATES = 40  # the articles sharing most bands are verified, the rest not


@dataclass(frozen=True, slots=True)
class CopyMatch:
    """Where an article landed: its group, and the article it copies (None: an original)."""

    group: int
    of_seq: int | None
    similarity: float | None


def place_copy(conn: sqlite3.Connection, seq: int, fp: Fingerprint) -> CopyMatch:
    """Find the copy group of a new article, index it, and record its group.

    When the article copies articles of more than one group, the groups are
    merged into the earliest one: copying is transitive.

    Args:
        conn: the store connection, inside the batch's transaction.
        seq: the article's row number.
        fp: the fingerprint of its clean text.

    Returns:
        Its group and best match.
    """
    matches = _verified(conn, fp)
    if matches:
        best_seq, best_score = max(matches, key=lambda m: (m[1], -m[0]))
        groups = sorted({_group_of(conn, s) for s, _ in matches})
        group = groups[0]
        for other in groups[1:]:
            conn.execute("UPDATE copies SET grp = ? WHERE grp = ?", (group, other))
            conn.execute("UPDATE events SET copy_group = ? WHERE copy_group = ?", (group, other))
        match = CopyMatch(group, best_seq, round(best_score, 4))
    else:
        match = CopyMatch(seq, None, None)
    keys = fp.bands if match.of_seq is None else _unseen(conn, fp.bands)
    conn.executemany(
        "INSERT OR IGNORE INTO copy_bands (key, seq) VALUES (?, ?)", [(k, seq) for k in keys]
    )
    conn.execute(
        "INSERT INTO copies (seq, grp, of_seq, similarity) VALUES (?, ?, ?, ?)",
        (seq, match.group, match.of_seq, match.similarity),
    )
    return match


def _verified(conn: sqlite3.Connection, fp: Fingerprint) -> list[tuple[int, float]]:
    """Candidates from the band index that pass the exact containment test.

    Candidates come most shared bands first; once one article of a group passes,
    the group's other candidates are not verified.
    """
    if not fp.bands:
        return []
    marks = ",".join("?" * len(fp.bands))
    rows = conn.execute(
        f"SELECT b.seq, c.grp FROM copy_bands AS b JOIN copies AS c ON c.seq = b.seq "
        f"WHERE b.key IN ({marks}) GROUP BY b.seq ORDER BY count(*) DESC, b.seq LIMIT ?",
        (*fp.bands, MAX_CANDIDATES),
    ).fetchall()
    found: list[tuple[int, float]] = []
    matched: set[int] = set()
    for seq, group in rows:
        if group in matched:
            continue
        text = conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
        score = verify(fp.shingles, shingles(text))
        if score > 0:
            found.append((seq, score))
            matched.add(group)
    return found


def _unseen(conn: sqlite3.Connection, keys: tuple[int, ...]) -> list[int]:
    """The band keys no article has yet: a copy adds only these to the index, so that
    a story copied a thousand times does not make a thousand rows under each key."""
    marks = ",".join("?" * len(keys))
    seen = {r[0] for r in conn.execute(f"SELECT key FROM copy_bands WHERE key IN ({marks})", keys)}
    return [k for k in keys if k not in seen]


def _group_of(conn: sqlite3.Connection, seq: int) -> int:
    row = conn.execute("SELECT grp FROM copies WHERE seq = ?", (seq,)).fetchone()
    return seq if row is None else int(row[0])
