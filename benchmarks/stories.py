"""Story clustering benchmark: dateline's online stories against an online TF-IDF baseline.

Data: shared/datasets/story-clustering/ecbplus-dev.jsonl (ECB+ development split,
651 documents, 58 stories in 29 topics; every topic holds two different stories of
the same kind, so a clusterer must tell siblings apart). Documents arrive one by one
in a fixed random order; each run is scored with pairwise P/R/F1 (Miranda et al.
2018) and B-cubed, as shared/eval/eval_clustering.py defines them (the scorer is
imported and used as is, and its command line is run on the first run's
predictions as a check). The median over `--orders` orders is reported.

Systems, in the same run and on the same documents and orders:

- dateline: the documents analyzed by the dateline pipeline (cached in
  ``--out/records.jsonl``), then written to a fresh store in batches of 50: each
  article is placed (copy group, story, events) as it arrives.
- tfidf: single-pass online clustering, cosine of sublinear TF-IDF (document
  frequencies counted online) against each cluster's summed vector; a document
  joins the best cluster at or above the threshold, else starts one.

Held-out protocol: the development topics are split in two folds by topic number
(odd, even). For each fold, each system's threshold is tuned (grid, median pairwise
F1 over the orders) on the other fold and scored on this one; "held-out" is the mean
of the two folds. The shipped defaults are also scored on all of dev (they were set
on it, so that figure is optimistic).

    .venv/bin/python benchmarks/stories.py [--data ../shared/datasets] [--orders 5]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import dateline.corpus.stories as clustering
import dateline.store.store as store_module
from dateline.config import Settings
from dateline.model import Record, record_from_json
from dateline.pipeline import Inputs, analyze
from dateline.store import Store

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
EVAL = REPO.parent / "shared" / "eval"
BATCH = 50
DATELINE_GRID = (0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35)
TFIDF_GRID = (0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35)

sys.path.insert(0, str(EVAL))
import eval_clustering  # noqa: E402  (the reference scorer, from its folder)

Doc = tuple[str, Record]  # (input id, analyzed record)
Clusterer = Callable[[Sequence[Doc], float], tuple[dict[str, Any], float]]


def load(data: Path, out: Path) -> tuple[list[Doc], dict[str, str]]:
    """Analyze (or read the cached analysis of) every document; return them with gold."""
    path = data / "story-clustering" / "ecbplus-dev.jsonl"
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            gold[item["id"]] = item["story_id"]
    cache = out / "records.jsonl"
    if not cache.exists():
        started = time.perf_counter()
        with cache.open("w", encoding="utf-8") as f:
            for item in analyze(Inputs(paths=(str(path),)), Settings()):
                if isinstance(item, Record):
                    f.write(item.to_json() + "\n")
        print(f"analyzed {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    records = [record_from_json(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    docs = [(r.source.id or r.id, r) for r in records if (r.source.id or r.id) in gold]
    missing = len(gold) - len(docs)
    if missing:
        print(f"{missing} documents gave no record (rejected) and are not scored", file=sys.stderr)
    return docs, gold


def run_dateline(docs: Sequence[Doc], join_at: float) -> tuple[dict[str, Any], float]:
    """Place the documents in a fresh store; return each input's story and the placing time."""
    clustering.JOIN_AT = join_at
    placing = 0.0
    original = store_module.place_new

    def timed(conn: Any, records: Any) -> int:
        nonlocal placing
        started = time.perf_counter()
        try:
            return original(conn, records)
        finally:
            placing += time.perf_counter() - started

    store_module.place_new = timed  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/bench.db") as store:
            records = [r for _, r in docs]
            for start in range(0, len(records), BATCH):
                store.write_batch(records[start : start + BATCH])
            by_record = {p.article_id: p.story_id for p in store.corpus.placements()}
    finally:
        store_module.place_new = original  # type: ignore[assignment]
    return {doc_id: by_record[r.id] for doc_id, r in docs}, placing


def run_tfidf(docs: Sequence[Doc], threshold: float) -> tuple[dict[str, Any], float]:
    """Single-pass online TF-IDF clustering (the baseline).

    Each cluster keeps its summed sublinear term frequencies; a document's cosine
    with a cluster uses the IDF of the moment for the document's side and the dot
    product, and the cluster's norm as of its last update (a common online
    shortcut). An inverted index finds the clusters that share a term.
    """
    started = time.perf_counter()
    df: Counter[str] = Counter()
    sums: list[dict[str, float]] = []
    norms: list[float] = []
    postings: dict[str, set[int]] = {}
    out: dict[str, Any] = {}
    for n, (doc_id, record) in enumerate(docs, start=1):
        counts = Counter(clustering.tokens(f"{record.article.title or ''}\n{record.article.text}"))
        df.update(counts.keys())
        idf = {t: math.log((n + 1) / (df[t] + 1)) + 1 for t in counts}
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        dots: Counter[int] = Counter()
        for term, value in vec.items():
            for k in postings.get(term, ()):
                dots[k] += value * sums[k][term] * idf[term]
        best, best_score = -1, threshold
        for k, dot in sorted(dots.items()):
            score = dot / (norm * norms[k])
            if score >= best_score:
                best, best_score = k, score
        if best < 0:
            sums.append({})
            norms.append(1.0)
            best = len(sums) - 1
        for term, value in counts.items():
            sums[best][term] = sums[best].get(term, 0.0) + 1 + math.log(value)
            postings.setdefault(term, set()).add(best)
        weighted = (v * (math.log((n + 1) / (df[t] + 1)) + 1) for t, v in sums[best].items())
        norms[best] = math.sqrt(sum(w * w for w in weighted)) or 1.0
        out[doc_id] = best
    return out, time.perf_counter() - started


def score_runs(
    run: Clusterer, docs: Sequence[Doc], gold: dict[str, str], threshold: float, orders: int
) -> dict[str, float]:
    """Median scores (and docs/s) of one system at one threshold over the orders."""
    results = []
    for seed in range(orders):
        ordered = list(docs)
        random.Random(seed).shuffle(ordered)
        pred, seconds = run(ordered, threshold)
        ids = [doc_id for doc_id, _ in ordered]
        g, p = [gold[i] for i in ids], [pred[i] for i in ids]
        pw, b3 = eval_clustering.pairwise_prf(g, p), eval_clustering.bcubed_prf(g, p)
        results.append({
            "p": pw["p"], "r": pw["r"], "f1": pw["f1"], "b3_p": b3["p"], "b3_r": b3["r"],
            "b3_f1": b3["f1"], "clusters": len(set(p)), "docs_per_s": len(ids) / seconds,
        })  # fmt: skip
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def held_out(
    run: Clusterer, docs: Sequence[Doc], gold: dict[str, str], grid: Sequence[float], orders: int
) -> dict[str, Any]:
    """Two folds by topic: tune the threshold on one, score on the other; mean of both."""
    folds = [[d for d in docs if int(gold[d[0]].split("_")[0]) % 2 == parity] for parity in (1, 0)]
    scored = []
    for test, tune in ((folds[0], folds[1]), (folds[1], folds[0])):
        best = max(grid, key=lambda t: (score_runs(run, tune, gold, t, orders)["f1"], -t))
        scored.append({"threshold": best, **score_runs(run, test, gold, best, orders)})
    keys = [k for k in scored[0] if k != "threshold"]
    return {
        "thresholds": [s["threshold"] for s in scored],
        **{k: statistics.mean(s[k] for s in scored) for k in keys},
    }


def check_scorer(docs: Sequence[Doc], gold: dict[str, str], out: Path) -> None:
    """Run the reference scorer's command line on one run's predictions; compare."""
    pred, _ = run_dateline(docs, clustering.JOIN_AT)
    pred_path, gold_path = out / "dateline-pred.tsv", out / "gold.jsonl"
    pred_path.write_text("".join(f"{k}\t{v}\n" for k, v in pred.items()), encoding="utf-8")
    gold_path.write_text(
        "".join(json.dumps({"id": k, "story_id": gold[k]}) + "\n" for k in pred), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, str(EVAL / "eval_clustering.py"), str(gold_path), str(pred_path), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    theirs = json.loads(result.stdout)
    ids = list(pred)
    g, p = [gold[i] for i in ids], [pred[i] for i in ids]
    mine = {
        "pairwise": eval_clustering.pairwise_prf(g, p),
        "bcubed": eval_clustering.bcubed_prf(g, p),
    }
    for part in ("pairwise", "bcubed"):
        if abs(theirs[part]["f1"] - mine[part]["f1"]) > 1e-9:
            raise SystemExit(f"the reference scorer disagrees on {part}: {theirs} vs {mine}")


def main() -> None:
    """Run both systems, print the table, write the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("/tmp/dateline-stories"))
    parser.add_argument("--orders", type=int, default=5)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs, gold = load(args.data, args.out)
    shipped = clustering.JOIN_AT
    check_scorer(docs, gold, args.out)
    figures: dict[str, Any] = {"documents": len(docs), "orders": args.orders}
    figures["dateline_dev"] = score_runs(run_dateline, docs, gold, shipped, args.orders)
    figures["dateline_held_out"] = held_out(run_dateline, docs, gold, DATELINE_GRID, args.orders)
    figures["tfidf_held_out"] = held_out(run_tfidf, docs, gold, TFIDF_GRID, args.orders)
    tfidf_dev = max(
        (score_runs(run_tfidf, docs, gold, t, args.orders) | {"threshold": t} for t in TFIDF_GRID),
        key=lambda s: s["f1"],
    )
    figures["tfidf_dev_best"] = tfidf_dev
    clustering.JOIN_AT = shipped
    (args.out / "stories.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    _print(figures)


def _print(figures: dict[str, Any]) -> None:
    base = figures["tfidf_held_out"]
    print(f"ECB+ dev, {figures['documents']} documents, median of {figures['orders']} orders")
    print(
        "| system | pairwise P | R | F1 | B-cubed P | R | F1 | docs/s | F1 ÷ tfidf | B3 ÷ tfidf |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    rows = [
        ("dateline, held-out folds", figures["dateline_held_out"]),
        ("tfidf, held-out folds", base),
        ("dateline, shipped defaults on all dev", figures["dateline_dev"]),
        ("tfidf, best threshold on all dev", figures["tfidf_dev_best"]),
    ]
    for name, s in rows:
        print(
            f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['b3_p']:.3f} | "
            f"{s['b3_r']:.3f} | {s['b3_f1']:.3f} | {s['docs_per_s']:.0f} | "
            f"{s['f1'] / base['f1']:.2f} | {s['b3_f1'] / base['b3_f1']:.2f} |"
        )
    print(f"thresholds chosen on the other fold: dateline {figures['dateline_held_out']['thresholds']}, "
          f"tfidf {base['thresholds']}")  # fmt: skip


if __name__ == "__main__":
    main()
