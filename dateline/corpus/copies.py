"""Syndicated copies: which articles are the same wire story republished.

A copy of a wire story keeps most of the story's sentences but changes what is
around them: another headline, the site's furniture, a dateline added or cut,
paragraphs dropped, moved or trimmed, a word edited here and there. So the
comparison is on the *clean* text (boilerplate already set aside by extract), as
a set of word 5-gram shingles, and the test is containment: the share of the
smaller article's shingles found in the larger one. A copy cut to half its
paragraphs is still wholly contained in its original, while two articles that
merely cover the same event share few 5-grams.

Finding candidates is MinHash LSH (datasketch's MinHash over the shingles, then
bands of `ROWS` values hashed to one signed 64-bit key each). The keys live in the
store, so the index grows by `BANDS` integers per article and is never rebuilt.
With `ROWS` = 2 a pair at Jaccard 0.25 (a copy cut to a third) becomes a candidate
with probability 0.98, and unrelated articles (Jaccard below 0.01) almost never do.
Candidates are then verified exactly (`verify`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from typing import Any, Protocol

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
ROWS = 2
BANDS = NUM_PERM // ROWS
MIN_CONTAINMENT = 0.5  # share of the smaller article's shingles found in the other
MIN_SHARED = 10  # shingles in common, so that two short notes never match on a phrase
MIN_SHINGLES = MIN_SHARED  # fewer (an article of under 14 words): no copy is looked for
_SEED = 20261125
_WORD = re.compile(r"\w+")
_MASK64 = (1 << 64) - 1
_SCHEME = "affine32"  # named, so that a new datasketch default never changes stored keys


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What copy detection keeps of one article's clean text."""

    shingles: frozenset[int]
    bands: tuple[int, ...]


def words(text: str) -> list[str]:
    """Return the words of a text, case-folded: what shingles are made of."""
    return _WORD.findall(text.casefold())


def shingles(text: str) -> frozenset[int]:
    """Return the 64-bit hashes of the text's word 5-grams (all words when fewer).

    Args:
        text: clean article text.

    Returns:
        The shingle hashes; empty for a text without words.
    """
    found = words(text)
    if not found:
        return frozenset()
    n = min(SHINGLE_WORDS, len(found))
    return frozenset(
        _hash64(" ".join(found[i : i + n]).encode()) for i in range(len(found) - n + 1)
    )


def fingerprint(text: str) -> Fingerprint:
    """Return the shingles and LSH band keys of a clean text.

    Args:
        text: clean article text.

    Returns:
        Its fingerprint; a text with fewer than `MIN_SHINGLES` shingles gets no bands.
    """
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return Fingerprint(found, ())
    sketch = _minhash()
    sketch.update_batch(sorted(found))
    return Fingerprint(found, band_keys(sketch.hashvalues))


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """Hash each band of a MinHash signature, with its band number, to a signed 64-bit key."""
    packed = np.asarray(values, dtype="<u4")
    keys = []
    for band in range(BANDS):
        chunk = packed[band * ROWS : (band + 1) * ROWS].tobytes()
        key = _hash64(band.to_bytes(2, "little") + chunk)
        keys.append(key - (1 << 64) if key >= 1 << 63 else key)
    return tuple(keys)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Return the share of the smaller set found in the larger one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def verify(a: frozenset[int], b: frozenset[int]) -> float:
    """Return the containment of two articles when they are copies of one story, else 0.

    Args:
        a: one article's shingles.
        b: the other's.

    Returns:
        The containment, when it is at least `MIN_CONTAINMENT` and at least
        `MIN_SHARED` shingles are shared; else 0.0.
    """
    shared = len(a & b)
    if shared < MIN_SHARED:
        return 0.0
    score = shared / min(len(a), len(b))
    return score if score >= MIN_CONTAINMENT else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Changes:
    """What a copy changed against the group's first article, paragraph by paragraph."""

    added: tuple[int, ...]  # the copy's paragraphs found nowhere in the first article
    removed: tuple[int, ...]  # the first article's paragraphs missing from the copy
    edited: tuple[int, ...]  # the copy's paragraphs kept but with words changed
    moved: bool  # the kept paragraphs come in another order
    new_title: bool


def changes(
    first: Sequence[str], copy: Sequence[str], *, titles: tuple[str | None, str | None]
) -> Changes:
    """Compare a copy's paragraphs with the first article's.

    A copy paragraph is kept when its words match a first-article paragraph
    exactly, edited when at least half of its word pairs are in one, and added
    otherwise; first-article paragraphs that no copy paragraph matched are removed.
    Pairs, not the 5-word shingles of `verify`: three words edited in a 30-word
    paragraph break half of its 5-word shingles but a fifth of its pairs.

    Args:
        first: the paragraphs of the group's first article.
        copy: the copy's paragraphs.
        titles: the first article's title and the copy's.

    Returns:
        The changes; paragraph numbers count from 0.
    """
    first_words = [words(p) for p in first]
    first_pairs = [_pairs(w) for w in first_words]
    matched: list[int] = []
    added: list[int] = []
    edited: list[int] = []
    for n, para in enumerate(copy):
        found = _match_paragraph(words(para), first_words, first_pairs)
        if found is None:
            added.append(n)
            continue
        index, exact = found
        matched.append(index)
        if not exact:
            edited.append(n)
    removed = tuple(i for i in range(len(first)) if i not in set(matched))
    old, new = (" ".join(words(t or "")) for t in titles)
    return Changes(
        added=tuple(added),
        removed=removed,
        edited=tuple(edited),
        moved=matched != sorted(matched),
        new_title=old != new,
    )


def _match_paragraph(
    para: list[str], first_words: list[list[str]], first_pairs: list[frozenset[str]]
) -> tuple[int, bool] | None:
    """The first-article paragraph this one copies, and whether word for word."""
    for index, candidate in enumerate(first_words):
        if para == candidate:
            return index, True
    mine = _pairs(para)
    best, best_score = None, 0.5
    for index, theirs in enumerate(first_pairs):
        score = len(mine & theirs) / len(mine) if mine else 0.0
        if score >= best_score and (best is None or score > best_score):
            best, best_score = index, score
    return None if best is None else (best, False)


def _pairs(found: list[str]) -> frozenset[str]:
    """The word pairs of a paragraph (its one word when it has only one)."""
    if len(found) < 2:
        return frozenset(found)
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(found))


@functools.cache
def _permutations() -> Any:  # Any: datasketch's pair of numpy arrays
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash() -> MinHashLike:
    """A fresh MinHash with our fixed permutations.

    datasketch is imported here, not at the top: its package imports scipy for its
    LSH tuning (about a second), and reading a store never needs it.
    """
    from datasketch import MinHash

    sketch: MinHashLike = MinHash(
        num_perm=NUM_PERM,
        seed=_SEED,
        permutations=_permutations(),
        hashfunc=_low32,
        scheme=_SCHEME,
    )
    return sketch


class MinHashLike(Protocol):
    """The part of datasketch's MinHash used here."""

    hashvalues: np.ndarray

    def update_batch(self, b: Iterable[int]) -> None: ...


def _hash64(data: bytes) -> int:
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "little")


def _low32(value: int) -> int:
    return value & 0xFFFFFFFF
