"""Stories in the store: profiles, the candidate index, feature frequencies, membership.

- ``stories``: one row per story, with its label, counts, date window and profile
  (JSON); a story merged by the user into another keeps its row, pointing at it
  through ``merged_into``, so an old story id still leads somewhere.
- ``story_articles``: each placed article's story, how it got there (``new``,
  ``similar``, ``copy``, ``user``) and its similarity.
- ``story_keys``: names and strong words -> the stories they occur in, the index
  that finds a new article's candidate stories without reading every profile.
- ``feature_df``: in how many independent articles each feature occurred (copies
  of one wire story count once), and ``meta.corpus_documents`` how many there were.

`StoryPlacer` holds what one batch reads and changes (frequencies, profiles) and
writes it back in `StoryPlacer.flush`, inside the batch's transaction. Reads go
through its caches, so an article sees every change made by the articles before it,
in this batch or an earlier one: the result does not depend on the batch size.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable
from datetime import date

from dateline.corpus import stories as clustering
from dateline.corpus.stories import DocFeatures, Profile
from dateline.model import Record

MIGRATION_SQL: tuple[str, ...] = (
    """CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        articles INTEGER NOT NULL,
        first_day TEXT,
        last_day TEXT,
        profile TEXT NOT NULL,
        merged_into INTEGER
    )""",
    """CREATE TABLE story_articles (
        seq INTEGER PRIMARY KEY,
        story INTEGER NOT NULL,
        how TEXT NOT NULL,
        similarity REAL
    )""",
    "CREATE INDEX story_articles_story ON story_articles (story, seq)",
    """CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story INTEGER NOT NULL,
        PRIMARY KEY (key, story)
    ) WITHOUT ROWID""",
    """CREATE TABLE feature_df (
        key TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    ) WITHOUT ROWID""",
)
MAX_CANDIDATE_STORIES = 12
_CHUNK = 500


class StoryPlacer:
    """Places one batch's articles in stories; `flush` writes what changed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Start a batch on ``conn`` (inside its transaction)."""
        self._conn = conn
        self._df: dict[str, int] = {}
        self._log_df: dict[str, float] = {}
        self._df_dirty: set[str] = set()
        self._profiles: dict[int, Profile] = {}
        self._dirty: set[int] = set()
        self._labels: dict[int, str] = {}
        row = conn.execute("SELECT value FROM meta WHERE key = 'corpus_documents'").fetchone()
        self._documents = 0 if row is None else int(row[0])

    def place(self, seq: int, doc: DocFeatures) -> tuple[int, float | None]:
        """Put an independent article (not a copy) in its story.

        Args:
            seq: the article's row number.
            doc: its story features.

        Returns:
            The story id and the similarity that decided it (None: a new story).
        """
        self._count(doc.keys)
        idf = self.idf()
        keys = clustering.retrieval_keys(doc, idf)
        best: tuple[float, int] | None = None
        for story in self._candidates(keys):
            profile = self._profile(story)
            score = clustering.similarity(doc, profile, idf)
            if score >= clustering.JOIN_AT and (best is None or score > best[0]):
                best = (score, story)
        if best is None:
            story, score_or_none, how = self.new_story(), None, "new"
        else:
            story, score_or_none, how = best[1], round(best[0], 4), "similar"
        profile = self._profile(story)
        clustering.add(profile, doc, idf)
        # Labelled now, with the frequencies this article sees, not at the batch's end:
        # a label must not depend on where the batches were cut.
        self._labels[story] = clustering.label(profile, idf)
        self._dirty.add(story)
        self._index(story, keys)
        self._join(seq, story, how, score_or_none)
        return story, score_or_none

    def rebuild(self, story: int, records: Iterable[Record]) -> None:
        """Recompute a story's profile, label and retrieval keys from its articles.

        Used after a user's merge or split; `flush` writes the result.

        Args:
            story: the story.
            records: its articles, in store order.
        """
        profile = Profile()
        self._conn.execute("DELETE FROM story_keys WHERE story = ?", (story,))
        for record in records:
            doc = clustering.features(record)
            self.load(doc.keys)
            idf = self.idf()
            clustering.add(profile, doc, idf)
            self._index(story, clustering.retrieval_keys(doc, idf))
        self._profiles[story] = profile
        self._labels[story] = clustering.label(profile, self.idf())
        self._dirty.add(story)

    def _index(self, story: int, keys: Iterable[str]) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO story_keys (key, story) VALUES (?, ?)",
            [(k, story) for k in keys],
        )

    def place_copy(self, seq: int, story: int) -> None:
        """Put a copy in the story of the article it copies; the profile stays as it is."""
        self._profile(story).articles += 1
        self._dirty.add(story)
        self._join(seq, story, "copy", None)

    def story_of(self, seq: int) -> int | None:
        """The (current) story of a placed article."""
        row = self._conn.execute(
            "SELECT story FROM story_articles WHERE seq = ?", (seq,)
        ).fetchone()
        return None if row is None else resolve(self._conn, int(row[0]))

    def flush(self) -> None:
        """Write the batch's frequencies and changed profiles and labels."""
        conn = self._conn
        conn.executemany(
            "INSERT INTO feature_df (key, df) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET df = excluded.df",
            [(k, self._df[k]) for k in sorted(self._df_dirty)],
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('corpus_documents', ?)",
            (str(self._documents),),
        )
        for story in sorted(self._dirty):
            profile = self._profiles[story]
            conn.execute(
                "UPDATE stories SET label = coalesce(?, label), articles = ?, first_day = ?, "
                "last_day = ?, profile = ? WHERE id = ?",
                (self._labels.get(story), profile.articles, _iso(profile.first),
                 _iso(profile.last), dump_profile(profile), story),
            )  # fmt: skip

    def _join(self, seq: int, story: int, how: str, score: float | None) -> None:
        self._conn.execute(
            "INSERT INTO story_articles (seq, story, how, similarity) VALUES (?, ?, ?, ?)",
            (seq, story, how, score),
        )

    def new_story(self) -> int:
        """Start an empty story; return its id."""
        cur = self._conn.execute(
            "INSERT INTO stories (label, articles, profile) VALUES ('', 0, '{}')"
        )
        story = int(cur.lastrowid or 0)
        self._profiles[story] = Profile()
        return story

    def _candidates(self, keys: Iterable[str]) -> list[int]:
        """Stories sharing a retrieval key with the article, most shared keys first."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            f"SELECT story, count(*) AS n FROM story_keys WHERE key IN ({marks}) "
            "GROUP BY story ORDER BY n DESC, story LIMIT ?",
            (*keys, MAX_CANDIDATE_STORIES * 2),
        ).fetchall()
        found = dict.fromkeys(resolve(self._conn, r[0]) for r in rows)
        return list(found)[:MAX_CANDIDATE_STORIES]

    def _profile(self, story: int) -> Profile:
        profile = self._profiles.get(story)
        if profile is None:
            row = self._conn.execute(
                "SELECT profile FROM stories WHERE id = ?", (story,)
            ).fetchone()
            profile = load_profile(row[0] if row else "{}")
            self.load(profile.keys)
            self._profiles[story] = profile
        return profile

    def _count(self, terms: Iterable[str]) -> None:
        """Count an independent article in the document frequencies."""
        terms = list(terms)
        self.load(terms)
        for term in terms:
            self._df[term] += 1
            self._log_df[term] = math.log(self._df[term] + 1)
            self._df_dirty.add(term)
        self._documents += 1

    def idf(self) -> clustering.Idf:
        """The IDF of this moment over every feature loaded so far (profiles load theirs)."""
        return clustering.Idf(self._log_df, self._documents)

    def load(self, terms: list[str]) -> None:
        """Read the document frequencies of ``terms`` not read yet (unseen: 0)."""
        todo = [t for t in terms if t not in self._df]
        for start in range(0, len(todo), _CHUNK):
            chunk = todo[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found = dict(
                self._conn.execute(f"SELECT key, df FROM feature_df WHERE key IN ({marks})", chunk)
            )
            for term in chunk:
                self._df[term] = int(found.get(term, 0))
                self._log_df[term] = math.log(max(self._df[term], 1) + 1)


def resolve(conn: sqlite3.Connection, story: int) -> int:
    """Follow ``merged_into`` links to the story that holds a merged one now."""
    seen = {story}
    while True:
        row = conn.execute("SELECT merged_into FROM stories WHERE id = ?", (story,)).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return story
        story = int(row[0])
        seen.add(story)


def dump_profile(profile: Profile) -> str:
    """The JSON kept in ``stories.profile``."""
    return json.dumps(
        {
            # full floats: a reloaded profile scores as the cached one did
            "words": profile.words,
            "entities": profile.entities,
            "names": profile.names,
            "years": profile.years,
            "articles": profile.articles,
            "first": _iso(profile.first),
            "last": _iso(profile.last),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def load_profile(text: str) -> Profile:
    """Read a profile written by `dump_profile` (``{}``: an empty profile)."""
    data = json.loads(text)
    first, last = data.get("first"), data.get("last")
    return Profile(
        words=dict(data.get("words", {})),
        entities=dict(data.get("entities", {})),
        names=dict(data.get("names", {})),
        years=dict(data.get("years", {})),
        articles=int(data.get("articles", 0)),
        first=date.fromisoformat(first) if first else None,
        last=date.fromisoformat(last) if last else None,
    )


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
