"""Syndicated-copy benchmark: dateline's copy groups against plain MinHash LSH.

Quality. The originals (default: the 651 ECB+ dev articles of
``shared/datasets/story-clustering``) get three reprints each from `reprints.py`
(light, medium, heavy in turn; ``--generator shared`` uses
``shared/eval/make_reprints.py`` instead, as a cross-check). Every system sees the
same records in one fixed shuffled order:

- **dateline**: each page goes through the extract and anchor steps (JSONL with
  ``id`` and ``text``: the page as scraped, headline included), and the records are
  written to a temporary store in batches of ``--batch``; the copy group of each
  record is read back from ``store.corpus.placements()``. A second row feeds the
  page's ``title`` as a field of its own too (``id``, ``title``, ``text``);
- **datasketch LSH 0.5**: ``MinHashLSH(threshold=0.5, num_perm=128)`` over the word
  5-gram shingles of the raw page text, every candidate taken as a copy;
- **LSH 0.2 + containment**: the same at threshold 0.2, a candidate taken when at
  least half of the smaller page's shingles are in the other.

Peer pairs are closed transitively into clusters. The score is eval_neardup's: pair
precision, recall and F1, and the recall of copy-vs-original pairs per edit level,
computed here and by ``shared/eval/eval_neardup.py --clusters`` on the same
predictions (``OUT/<system>.tsv``); the run stops if the two disagree. Two more views:
the same score without the originals that share at least half of their 5-grams with
another original of their story, and without those originals' reprints (ECB+ holds
partial copies of its own, which the gold keeps apart when their Jaccard is under
0.5); and the peers' pairs as found, before closure (eval_neardup ``--pairs``). Speed
is records per second of wall time: for dateline the ``write_batch`` calls (storing
the article, its story and its copy group; the copy detection inside is timed
apart), for the peers shingling, MinHash, LSH and verification.

Scale (``--scale 1000,10000``). For each N, in a fresh process, N articles invented
by `reprints.recombined` (3-12 paragraphs drawn from all the originals, a fifth of
their words replaced; every tenth a copy of a recent one) are written as ready-made
records (no extraction) in batches of 1,000; reported are the ms per article of the
first, middle and last batch (all of ``write_batch``, its copy detection, and the
candidates verified per article), the peak RSS, the store size, the ``copy_bands``
rows and bytes per article (``dbstat``), and the Python heap (tracemalloc) that an
in-memory ``MinHashLSH(threshold=0.5)`` holds for the same N.

    .venv/bin/python benchmarks/copies.py --out /tmp/copies [--generator shared]
        [--scale 1000,10000,100000]

Goals (the copies issue): copy recall >= 0.98 light, >= 0.95 medium, >= 0.70
heavy, at pair precision >= 0.98.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import reprints  # benchmarks run as scripts: their folder is on sys.path
from datasketch import MinHash, MinHashLSH

from dateline.config import Settings
from dateline.corpus import copies as copy_core
from dateline.extract import STEP_NAME as EXTRACT_STEP
from dateline.model import Article, Document, Record, Source
from dateline.pipeline import STEPS, process_batch
from dateline.sources import read_documents
from dateline.store import Store
from dateline.store import copies as copy_store
from dateline.temporal import ANCHOR_STEP

REPO = Path(__file__).resolve().parent.parent
DATA_ROOT = REPO.parent / "shared" / "datasets"
DEFAULT_SET = "story-clustering/ecbplus-dev.jsonl"
SCORER = REPO.parent / "shared" / "eval" / "eval_neardup.py"
SHARED_GENERATOR = REPO.parent / "shared" / "eval" / "make_reprints.py"
GOALS = {"light": 0.98, "medium": 0.95, "heavy": 0.70}
MIN_PRECISION = 0.98
LEVELS = ("light", "medium", "heavy")
SCALE_BATCH = 1000
_WORD = re.compile(r"\w+")

Row = dict[str, Any]
Clusters = dict[str, str]


class _Union:
    """Union-find over string ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _grams(text: str) -> set[str]:
    """Word 5-grams, lower-cased, as the scorer makes them (all words when fewer)."""
    w = _WORD.findall(text.lower())
    if len(w) < 5:
        return {" ".join(w)}
    return {" ".join(w[i : i + 5]) for i in range(len(w) - 4)}


def _story_pairs(rows: list[Row]) -> Iterator[tuple[str, str, set[str], set[str]]]:
    """Pairs of originals the scorer compares (same story), with their 5-gram sets."""
    originals = [r for r in rows if r.get("variant", {}).get("level") == "original"]
    by_story: dict[Any, list[Row]] = defaultdict(list)
    if all("story_id" in r for r in originals):
        for row in originals:
            by_story[row["story_id"]].append(row)
    elif len(originals) <= 5000:
        by_story["all"] = originals
    for group in by_story.values():
        grams = {r["id"]: _grams((r.get("title") or "") + "\n" + r["text"]) for r in group}
        for a, b in combinations(group, 2):
            yield a["id"], b["id"], grams[a["id"]], grams[b["id"]]


def gold_clusters(rows: list[Row], merge: float = 0.5) -> Clusters:
    """Each row's gold group: its dup_group, with originals of one story merged when
    their 5-gram Jaccard reaches ``merge`` (ECB+ holds copies of its own)."""
    uf = _Union()
    for row in rows:
        uf.join(row["id"], row["dup_group"])
    for a, b, x, y in _story_pairs(rows):
        if x and y and len(x & y) / len(x | y) >= merge:
            uf.join(a, b)
    return {r["id"]: uf.find(r["id"]) for r in rows}


def natural_copies(rows: list[Row], share: float = 0.5) -> set[str]:
    """Originals holding, or held in, another original of their story: at least ``share``
    of the smaller one's 5-grams are in the other, whatever their Jaccard."""
    found: set[str] = set()
    for a, b, x, y in _story_pairs(rows):
        if len(x & y) >= share * min(len(x), len(y)):
            found |= {a, b}
    return found


def _pairs(clusters: Clusters) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for rid, label in clusters.items():
        members[label].append(rid)
    return {p for ids in members.values() for p in combinations(sorted(ids), 2)}


def score(rows: list[Row], gold: Clusters, predicted: Clusters) -> Row:
    """Pair precision, recall, F1 and per-level copy-vs-original recall, as eval_neardup."""
    truth, found = _pairs(gold), _pairs(predicted)
    tp = len(truth & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth) if truth else 0.0
    by_level = {}
    for level in sorted({r["variant"]["level"] for r in rows} - {"original"}):
        want = {tuple(sorted((x["id"], x["dup_group"]))) for x in rows
                if x["variant"]["level"] == level and x["id"] != x["dup_group"]}  # fmt: skip
        by_level[level] = len(want & found) / len(want) if want else None
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "predicted": len(found),
            "true": len(truth), "recall_by_level": by_level}  # fmt: skip


def score_without(rows: list[Row], gold: Clusters, predicted: Clusters, left_out: set[str]) -> Row:
    """The score on the records whose original is not among ``left_out``."""
    kept = [r for r in rows if r["dup_group"] not in left_out]
    ids = {r["id"] for r in kept}
    return score(kept, {i: gold[i] for i in ids}, {i: predicted[i] for i in ids})


def check_with_scorer(gold_path: Path, out: Path, name: str, clusters: Clusters, ours: Row) -> Row:
    """Write the clusters as TSV, score them with eval_neardup.py, and fail on any difference."""
    tsv = out / f"{_slug(name)}.tsv"
    tsv.write_text("".join(f"{i}\t{c}\n" for i, c in clusters.items()), encoding="utf-8")
    cmd = [sys.executable, str(SCORER), str(gold_path), "--clusters", str(tsv)]
    theirs = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    pairs = theirs["pairs"]
    mine = (ours["precision"], ours["recall"], ours["f1"], ours["recall_by_level"])
    them = (pairs["precision"], pairs["recall"], pairs["f1"],
            pairs["recall_copy_vs_original_by_level"])  # fmt: skip
    if json.dumps(mine) != json.dumps(them):
        raise SystemExit(f"{name}: our scoring {mine} differs from eval_neardup.py's {them}")
    return {"ari": theirs["clusters"]["ari"], "predicted_clusters": theirs["clusters"]["predicted"]}


def score_pairs(gold_path: Path, out: Path, name: str, pairs: list[tuple[str, str]]) -> Row:
    """eval_neardup.py's pair scores for pairs as found, not closed into clusters."""
    tsv = out / f"{_slug(name)}-pairs.tsv"
    tsv.write_text("".join(f"{a}\t{b}\n" for a, b in pairs), encoding="utf-8")
    cmd = [sys.executable, str(SCORER), str(gold_path), "--pairs", str(tsv)]
    found = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    pair = found["pairs"]
    return {**pair, "recall_by_level": pair["recall_copy_vs_original_by_level"]}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def dateline_records(rows: list[Row], fields: tuple[str, ...], tmp: Path) -> list[Record]:
    """Run the extract and anchor steps over the rows, fed as JSONL with these fields."""
    path = tmp / f"input-{'-'.join(fields)}.jsonl"
    reprints.write_rows(({k: r[k] for k in fields if r.get(k)} for r in rows), path)
    steps = tuple(s for s in STEPS if s.name in {EXTRACT_STEP, ANCHOR_STEP})
    docs = [d for d in read_documents([str(path)], Settings()) if isinstance(d, Document)]
    out = process_batch(docs, Settings(), steps)
    return [r for r in out if isinstance(r, Record)]


def run_dateline(records: list[Record], store_path: Path, batch: int) -> tuple[Clusters, Row]:
    """Write the records in batches; return each input id's copy group and the timings."""
    with _Probes() as probe, Store.open(str(store_path)) as store:
        t0 = time.perf_counter()
        for i in range(0, len(records), batch):
            store.write_batch(records[i : i + batch])
        seconds = time.perf_counter() - t0
        group = {p.article_id: p.copy_group for p in store.corpus.placements()}
    clusters = {str(r.source.id): group.get(r.id, r.id) for r in records}
    return clusters, {"seconds": seconds, "copy_seconds": probe.seconds,
                      "verified_per_record": probe.verified / len(records)}  # fmt: skip


class _Probes:
    """Time dateline's copy detection inside ``write_batch`` (fingerprint and placement)
    and count the candidates it verifies (each re-shingles a stored text), by wrapping
    those module functions while the block runs."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.verified = 0
        self._saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> _Probes:
        for module, name in ((copy_core, "fingerprint"), (copy_store, "place_copy")):
            self._wrap(module, name, self._time)
        self._wrap(copy_store, "shingles", self._count)
        return self

    def __exit__(self, *exc: object) -> None:
        for module, name, original in reversed(self._saved):
            setattr(module, name, original)

    def _wrap(self, module: Any, name: str, how: Callable[..., Any]) -> None:
        original = getattr(module, name)
        self._saved.append((module, name, original))
        setattr(module, name, lambda *a, **k: how(original, *a, **k))

    def _time(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0

    def _count(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self.verified += 1
        return fn(*args, **kwargs)


def _raw_shingles(text: str) -> set[bytes]:
    w = _WORD.findall(text.lower())
    return {" ".join(w[i : i + 5]).encode() for i in range(max(1, len(w) - 4))}


def run_lsh(
    rows: list[Row], threshold: float, min_containment: float | None
) -> tuple[Clusters, Row]:
    """Peer: datasketch LSH on raw page text; candidates verified by containment if asked."""
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    kept: dict[str, set[bytes]] = {}
    uf = _Union()
    pairs: list[tuple[str, str]] = []
    for row in rows:
        grams = _raw_shingles(row["text"])
        sketch = MinHash(num_perm=128)
        sketch.update_batch(grams)
        for other in lsh.query(sketch):
            if min_containment is None or _contained(grams, kept[other]) >= min_containment:
                uf.join(row["id"], other)
                pairs.append((row["id"], other))
        lsh.insert(row["id"], sketch)
        if min_containment is not None:
            kept[row["id"]] = grams
    seconds = time.perf_counter() - t0
    return {r["id"]: uf.find(r["id"]) for r in rows}, {"seconds": seconds, "pairs": pairs}


def _contained(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def make_set(originals: list[Row], generator: str, tmp: Path, seed: int) -> list[Row]:
    """Originals plus three copies each, from our generator or the shared one."""
    if generator == "ours":
        return reprints.make_reprints(originals, copies=3, levels=LEVELS, seed=seed)
    src, dst = tmp / "originals.jsonl", tmp / "shared-reprints.jsonl"
    reprints.write_rows(originals, src)
    cmd = [sys.executable, str(SHARED_GENERATOR), str(src), str(dst), "--copies", "3",
           "--levels", ",".join(LEVELS), "--seed", str(seed)]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    return reprints.read_rows(dst)


def run_quality(args: argparse.Namespace, out: Path, tmp: Path) -> list[Row]:
    """Every system on the same shuffled records; one result row each."""
    rows = make_set(reprints.read_rows(args.data_root / args.data), args.generator, tmp, args.seed)
    random.Random(args.seed).shuffle(rows)
    gold_path = out / "gold.jsonl"
    reprints.write_rows(rows, gold_path)
    gold = gold_clusters(rows)
    results = []
    for name, fields in (("dateline", ("id", "text")), ("dateline, title field", ("id", "title", "text"))):  # fmt: skip
        t0 = time.perf_counter()
        records = dateline_records(rows, fields, tmp)
        extract = time.perf_counter() - t0
        clusters, timing = run_dateline(records, tmp / f"{len(results)}.db", args.batch)
        for row in rows:
            clusters.setdefault(row["id"], "rejected:" + row["id"])
        results.append({"system": name, "extract_seconds": extract, **timing, "clusters": clusters})
    for name, threshold, contain in (("datasketch LSH 0.5", 0.5, None), ("LSH 0.2 + containment 0.5", 0.2, 0.5)):  # fmt: skip
        clusters, timing = run_lsh(rows, threshold, contain)
        results.append({"system": name, **timing, "clusters": clusters})
    natural = natural_copies(rows)
    for result in results:
        result["score"] = score(rows, gold, result["clusters"])
        result["score_without_natural_copies"] = score_without(
            rows, gold, result["clusters"], natural
        )
        result["natural_copies"] = len(natural)
        result.update(check_with_scorer(gold_path, out, result["system"], result["clusters"],
                                         result["score"]))  # fmt: skip
        if "pairs" in result:
            result["score_pairs_as_found"] = score_pairs(
                gold_path, out, result["system"], result.pop("pairs")
            )
        result["docs_per_s"] = len(rows) / result["seconds"]
        result["records"] = len(rows)
    return results


def scale_run(n: int, data: Path, seed: int) -> Row:
    """Write N invented articles to a fresh store, 1,000 a batch; return costs and sizes."""
    batches: list[Row] = []
    dups: dict[str, str] = {}
    rows = reprints.recombined(reprints.read_rows(data), n, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.db"
        with Store.open(str(path)) as store:
            batch: list[Record] = []
            for row in rows:
                batch.append(_scale_record(row))
                dups[row["id"]] = row["dup_group"]
                if len(batch) == SCALE_BATCH:
                    batches.append(_write_timed(store, batch))
                    batch = []
            if batch:
                batches.append(_write_timed(store, batch))
            group = {p.article_id: p.copy_group for p in store.corpus.placements()}
        sizes = _store_sizes(path)
    copies = [i for i, d in dups.items() if i != d]
    return {"n": n, "batches": batches,
            "peak_rss_mb": _peak_rss_mb(),
            "copies": len(copies), "copies_grouped": sum(group[i] == group[dups[i]] for i in copies),
            "originals_grouped": sum(group[i] != i for i, d in dups.items() if i == d),
            **sizes}  # fmt: skip


def _peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM, since ru_maxrss keeps the parent's peak across exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scale_record(row: Row) -> Record:
    source = Source(path="scale.jsonl", format="jsonl", id=row["id"])
    return Record(
        id=row["id"], source=source, article=Article(title=row["title"], text=row["text"])
    )


def _write_timed(store: Store, batch: list[Record]) -> Row:
    """Write one batch: ms per article in all, in copy detection, and verifications per article."""
    with _Probes() as probe:
        t0 = time.perf_counter()
        store.write_batch(batch)
        spent = time.perf_counter() - t0
    n = len(batch)
    return {"ms": 1000 * spent / n, "copy_ms": 1000 * probe.seconds / n,
            "verified": probe.verified / n}  # fmt: skip


def _store_sizes(path: Path) -> Row:
    """File size after a checkpoint, and the copy_bands table's rows and bytes (dbstat)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM copy_bands").fetchone()[0]
        sql = "SELECT sum(pgsize) FROM dbstat WHERE name = 'copy_bands'"
        size = conn.execute(sql).fetchone()[0]
    finally:
        conn.close()
    return {"store_mb": path.stat().st_size / 2**20, "band_rows_per_article": rows / n,
            "band_bytes_per_article": size / n}  # fmt: skip


def lsh_memory(n: int, data: Path, seed: int) -> Row:
    """Python heap held by an in-memory MinHashLSH (threshold 0.5, 128 permutations) of N texts."""
    rows = list(reprints.recombined(reprints.read_rows(data), n, seed=seed))
    tracemalloc.start()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for row in rows:
        sketch = MinHash(num_perm=128)
        sketch.update_batch(_raw_shingles(row["text"]))
        lsh.insert(row["id"], sketch)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return {"lsh_mb": held / 2**20, "lsh_bytes_per_article": held / n}


def run_scale(sizes: Iterable[int], data: Path, seed: int) -> list[Row]:
    """Each size in a fresh process, so that its peak RSS is its own."""
    found = []
    ctx = multiprocessing.get_context("spawn")
    for n in sizes:
        with ctx.Pool(1) as pool:
            row = pool.apply(scale_run, (n, data, seed))
        with ctx.Pool(1) as pool:
            row.update(pool.apply(lsh_memory, (n, data, seed)))
        print(f"scale {n}: done", file=sys.stderr)
        found.append(row)
    return found


def _table(header: list[str], rows: Iterable[list[str]]) -> None:
    print("| " + " | ".join(header) + " |\n" + "|---" * len(header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _score_cells(s: Row) -> list[str]:
    levels = [f"{s['recall_by_level'].get(x) or 0:.3f}" for x in LEVELS]
    return [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", *levels]


def print_quality(results: list[Row]) -> None:
    base = next(r for r in results if r["system"] == "dateline")
    head = ["system", "precision", "recall", "F1", "light", "medium", "heavy"]
    _table([*head, "ARI", "records/s", "dateline ÷ this: speed", "dateline ÷ this: F1"],
           ([r["system"], *_score_cells(r["score"]), f"{r['ari']:.3f}", f"{r['docs_per_s']:.0f}",
             f"{base['docs_per_s'] / r['docs_per_s']:.2f}",
             f"{base['score']['f1'] / max(r['score']['f1'], 1e-9):.2f}"] for r in results))  # fmt: skip
    print(f"\nWithout the {base['natural_copies']} originals that copy another original of "
          "their story, and their reprints:\n")  # fmt: skip
    _table(head, ([r["system"], *_score_cells(r["score_without_natural_copies"])] for r in results))
    print("\nPeers scored on their pairs as found, not closed into clusters:\n")
    _table(head, ([r["system"], *_score_cells(r["score_pairs_as_found"])]
                  for r in results if "score_pairs_as_found" in r))  # fmt: skip
    print()
    goals = [(f"recall {lv} >= {want}", lambda s, lv=lv: s["recall_by_level"][lv], want)
             for lv, want in GOALS.items()]  # fmt: skip
    goals.append((f"precision >= {MIN_PRECISION}", lambda s: s["precision"], MIN_PRECISION))
    _table(["goal (dateline)", "all records", "without natural copies"],
           ([name, *(_met(get(base[k]), want) for k in _SCORES)] for name, get, want in goals))  # fmt: skip
    print(f"\ndateline: extract+anchor {base['extract_seconds']:.1f} s; write_batch "
          f"{base['seconds']:.2f} s, of which copy detection {base['copy_seconds']:.2f} s "
          f"({base['records'] / base['copy_seconds']:.0f} records/s, "
          f"{base['verified_per_record']:.2f} candidates verified per record)")  # fmt: skip


_SCORES = ("score", "score_without_natural_copies")


def _met(got: float, want: float) -> str:
    return f"{got:.3f} {'yes' if got >= want else 'no'}"


def print_scale(rows: list[Row]) -> None:
    print("\nms per article in the first, middle and last batch of 1,000: write_batch in all / "
          "its copy detection / candidates verified per article\n")  # fmt: skip
    _table(["articles", "first 1k", "middle 1k", "last 1k", "peak RSS MB", "store MB",
            "band rows/article", "band bytes/article", "datasketch LSH bytes/article",
            "band bytes ÷ LSH bytes", "copies grouped", "originals grouped"],
           ([f"{r['n']:,}", *(_batch_cell(r["batches"][k]) for k in (0, len(r["batches"]) // 2, -1)),
             f"{r['peak_rss_mb']:.0f}", f"{r['store_mb']:.1f}", f"{r['band_rows_per_article']:.1f}",
             f"{r['band_bytes_per_article']:.0f}", f"{r['lsh_bytes_per_article']:.0f}",
             f"{r['band_bytes_per_article'] / r['lsh_bytes_per_article']:.2f}",
             f"{r['copies_grouped']}/{r['copies']}", str(r["originals_grouped"])] for r in rows))  # fmt: skip


def _batch_cell(batch: Row) -> str:
    return f"{batch['ms']:.2f} / {batch['copy_ms']:.2f} / {batch['verified']:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, default=DATA_ROOT, help="shared datasets folder")
    ap.add_argument("--data", default=DEFAULT_SET, help="originals JSONL, under --data-root")
    ap.add_argument("--generator", choices=("ours", "shared"), default="ours", help="reprint maker")
    ap.add_argument(
        "--out", type=Path, help="folder for predictions and JSON (default: a temp dir)"
    )
    ap.add_argument("--batch", type=int, default=100, help="records per write_batch")
    ap.add_argument("--seed", type=int, default=7, help="seed of the reprints and the order")
    ap.add_argument("--scale", default="", help="comma-separated article counts, e.g. 1000,10000")
    ap.add_argument("--no-quality", action="store_true", help="run only the scale part")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "out"
        out.mkdir(parents=True, exist_ok=True)
        report: Row = {"generator": args.generator, "seed": args.seed, "batch": args.batch}
        if not args.no_quality:
            results = run_quality(args, out, Path(tmp))
            print_quality(results)
            report["quality"] = [{k: v for k, v in r.items() if k != "clusters"} for r in results]
        sizes = [int(x) for x in args.scale.split(",") if x.strip()]
        if sizes:
            report["scale"] = run_scale(sizes, args.data_root / args.data, args.seed)
            print_scale(report["scale"])
        (out / "copies.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
        print(f"\nwritten: {out / 'copies.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
