"""Speed of the language stage: the step as `dateline analyze` runs it, per CPU core.

Runs `annotate_languages` (parse, entities, quotes; batches of 16 like the pipeline)
over two sets of article texts and prints articles and words per second of CPU time,
best of ``--rounds``, with each spaCy component's share of the parse:

- **samples**: the bodies of the shipped sample articles (short wire copy);
- **news**: the reference bodies of the article-extraction data set between 2,000 and
  8,000 characters (real news at its usual length, about 600 words).

    .venv/bin/python benchmarks/language.py [--datasets ../shared/datasets] [--rounds 3]

CPU time (``time.process_time``) counts every thread of the process, so the figure is
per core. Peers are not run here: the quote and entity benchmarks compare quality.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateline.config import Settings  # noqa: E402
from dateline.model import Article, Record, Source  # noqa: E402

_BATCH = 16  # as pipeline.analyze batches records


def sample_texts() -> list[str]:
    """Return the article texts of the shipped samples (extracted as `analyze` does)."""
    from dateline.pipeline import Inputs, analyze

    samples = REPO / "dateline" / "samples"
    texts = []
    for item in analyze(Inputs(paths=(str(samples),)), Settings(), stages=("extract",)):
        if isinstance(item, Record) and item.article.text:
            texts.append(item.article.text)
    return texts


def news_texts(datasets: Path) -> list[str]:
    """Return reference bodies of usual news length from the article-extraction set."""
    truth = json.loads((datasets / "article-extraction" / "ground-truth.json").read_text())
    bodies = (entry.get("articleBody") or "" for entry in truth.values())
    return [body for body in bodies if 2000 <= len(body) <= 8000]


def _best_cpu(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def run_stage(texts: list[str], settings: Settings) -> None:
    """Run the language step over the texts in pipeline-sized batches."""
    from dateline.language.step import annotate_languages

    records = [
        Record(id=f"{i:020d}", source=Source(path=f"t{i}", format="text"), article=Article(text=t))
        for i, t in enumerate(texts)
    ]
    for start in range(0, len(records), _BATCH):
        annotate_languages(records[start : start + _BATCH], settings)


def component_shares(texts: list[str]) -> dict[str, float]:
    """Return each pipeline component's share of the parse time (tokenizer included)."""
    from dateline.language.nlp import load_nlp
    from dateline.language.step import UNUSED

    nlp = load_nlp(disable=UNUSED)
    spent = {"tokenizer": 0.0}
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    spent["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=32))
        spent[name] = time.process_time() - t0
    total = sum(spent.values())
    return {name: value / total for name, value in spent.items()}


def main() -> int:
    """Measure and print the table."""
    ap = argparse.ArgumentParser(description="Language stage speed.")
    ap.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    settings = Settings()
    sets = {"samples": sample_texts()}
    if (args.datasets / "article-extraction").is_dir():
        sets["news"] = news_texts(args.datasets)
    else:
        print(f"{args.datasets}/article-extraction not found: news texts skipped")
    run_stage(sets["samples"][:4], settings)  # load the model outside the timing
    print("| texts | articles | mean words | articles/s (CPU) | words/s | parse shares |")
    print("|---|---|---|---|---|---|")
    for name, texts in sets.items():
        words = sum(len(t.split()) for t in texts)
        spent = _best_cpu(lambda texts=texts: run_stage(texts, settings), args.rounds)
        shares = ", ".join(f"{k} {100 * v:.0f}%" for k, v in component_shares(texts).items())
        print(
            f"| {name} | {len(texts)} | {words / len(texts):.0f} | {len(texts) / spent:.1f} "
            f"| {words / spent:.0f} | {shares} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
