"""Entity benchmark: canonical identities on hand-annotated invented articles.

Gold: benchmarks/entities-gold/gold.py (identities with their mentions: metonymy,
demonyms, titles with country, surname-only mentions, two people with one surname).

Figures, over gold mentions: found (some predicted entity has a mention with that exact
span), identity accuracy (found, and the entity's type, country and canonical name are
the gold ones), and pairwise clustering P/R/F1 over pairs of found gold mentions (are two
mentions in one predicted entity exactly when they are in one gold entity). Speed is
articles/s of the entity step alone and with spaCy's parse.

    .venv/bin/python benchmarks/entities.py
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path

from dateline.language.entities import find_entities
from dateline.language.nlp import load_nlp
from dateline.language.step import UNUSED

GOLD = Path(__file__).resolve().parent / "entities-gold" / "gold.py"


def _load_gold() -> list[dict[str, Any]]:
    return list(load_file(GOLD, "entities_gold").ARTICLES)


def _span(text: str, mention: str, n: int) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.find(mention, start + 1)
        if start < 0:
            raise SystemExit(f"gold mention {mention!r} #{n} not in the text")
    return start, start + len(mention)


def score_article(article: dict[str, Any], entities: tuple[Any, ...]) -> dict[str, int]:
    text = article["text"]
    by_span = {(m.span.start, m.span.end): e for e in entities for m in e.mentions}
    gold = [(g, _span(text, m, n)) for g in article["entities"] for m, n in g[3]]
    counts = {"mentions": len(gold), "found": 0, "right": 0, "tp": 0, "fp": 0, "fn": 0}
    found = []
    for (name, type_, country, _), span in gold:
        pred = by_span.get(span)
        if pred is None:
            continue
        counts["found"] += 1
        counts["right"] += (pred.name, pred.type, pred.country) == (name, type_, country)
        found.append((name, pred.id))
    for (g1, p1), (g2, p2) in itertools.combinations(found, 2):
        same_gold, same_pred = g1 == g2, p1 == p2
        counts["tp"] += same_gold and same_pred
        counts["fp"] += same_pred and not same_gold
        counts["fn"] += same_gold and not same_pred
    return counts


def main() -> int:
    nlp = load_nlp(disable=UNUSED)  # as the language step runs it
    articles = _load_gold()
    totals: dict[str, int] = {}
    parse = step = 0.0
    for article in articles:
        t0 = time.process_time()
        doc = nlp(article["text"])
        t1 = time.process_time()
        entities = find_entities(doc, article["text"])
        t2 = time.process_time()
        parse, step = parse + t1 - t0, step + t2 - t1
        for key, value in score_article(article, entities).items():
            totals[key] = totals.get(key, 0) + value
    n = totals["mentions"]
    p = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    r = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(articles)} articles, {n} gold mentions")
    print(
        "| found | identity accuracy | pairwise P | pairwise R | pairwise F1 | entity step art/s | with parse art/s |"
    )
    print("|---|---|---|---|---|---|---|")
    print(f"| {totals['found'] / n:.3f} | {totals['right'] / n:.3f} | {p:.3f} | {r:.3f} | {f1:.3f} "
          f"| {len(articles) / max(step, 1e-9):.0f} | {len(articles) / (parse + step):.0f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
