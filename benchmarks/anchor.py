"""Anchor-date benchmark: how often the chosen day is the article's own day.

Two sets, one run:

- the bundled sample corpus (dateline/samples): the gold day of each article is the
  "Published" column of dateline/samples/README.md (the day its story was filed);
- shared/datasets/pubdate-htmldate (200 pages, eval_mediacloud_2020 labels).

Systems: the dateline anchor (`article.anchor.value`), dateline's copy date alone
(`copy_date`), and htmldate extensive on the page's HTML (text dumps and JSONL text
have none: htmldate gives no date there). Accuracy is the share of articles whose
predicted day equals the gold day; a missing prediction is wrong.

    .venv/bin/python benchmarks/anchor.py [--data ../shared/datasets/pubdate-htmldate]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path
from htmldate import find_date

from dateline.config import Settings
from dateline.errors import Reject
from dateline.extract.copydate import copy_date
from dateline.model import Document, Record, Source
from dateline.pipeline import Inputs, analyze, plan, process
from dateline.samples import sample_dir

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "pubdate-htmldate"
SCORER = REPO.parent / "shared" / "eval" / "eval_pubdate.py"
WARC_SCRIPT = REPO / "scripts" / "build_sample_warc.py"
_ROW = re.compile(r"^\| `([^`]+)` \| [^|]+ \| [^|]+ \| [^|]+ \| (\d{4}-\d\d-\d\d) \|")
_PART = re.compile(r"^(.*?)(?: \((?:line|entry|item) (\d+)\))?$")

Predict = Callable[[Record, str | None], str | None]


def _anchor(record: Record, html: str | None) -> str | None:
    anchor = record.article.anchor
    return anchor.value if anchor is not None and anchor.granularity == "day" else None


def _copy(record: Record, html: str | None) -> str | None:
    found = copy_date(record.article.dates_found)
    return found.value if found else None


def _htmldate(record: Record, html: str | None) -> str | None:
    if html is None:
        return None
    value = find_date(html, extensive_search=True, original_date=True)
    return value if isinstance(value, str) else None


SYSTEMS: dict[str, Predict] = {
    "dateline anchor": _anchor,
    "dateline copy date": _copy,
    "htmldate extensive": _htmldate,
}


def sample_gold() -> dict[tuple[str, int], str]:
    """{(path relative to the samples, item number): gold day} from the samples README."""
    gold: dict[tuple[str, int], str] = {}
    warc_pages = {
        name: i + 1 for i, (name, _, _) in enumerate(load_file(WARC_SCRIPT, "warc").PAGES)
    }
    for line in (sample_dir() / "README.md").read_text(encoding="utf-8").splitlines():
        row = _ROW.match(line)
        if row is None:
            continue
        part = _PART.match(row.group(1))
        assert part is not None
        path, number = part.group(1), int(part.group(2) or 0)
        if path.startswith("scripts/sample-warc-pages/"):
            path, number = "warc/sample.warc.gz", warc_pages[path.rsplit("/", 1)[1]]
        gold[(path, number)] = row.group(2)
    return gold


def _key(record: Record, warc_seen: dict[str, int]) -> tuple[str, int]:
    path = str(Path(record.source.path).relative_to(sample_dir()))
    if record.source.format == "jsonl":
        return path, record.source.line or 0
    if record.source.format == "feed":
        return path, record.source.offset + 1
    if record.source.format == "warc":
        warc_seen[path] = warc_seen.get(path, 0) + 1
        return path, warc_seen[path]
    return path, 0


def run_samples() -> tuple[dict[str, float], int]:
    gold = sample_gold()
    hits = dict.fromkeys(SYSTEMS, 0)
    total, warc_seen = 0, {}
    for item in analyze(Inputs(paths=(str(sample_dir()),)), Settings()):
        if isinstance(item, Reject) or "broken" in Path(item.source.path).parts:
            continue
        key = _key(item, warc_seen)
        if key not in gold:
            continue
        total += 1
        html = _html_of(item)
        for name, predict in SYSTEMS.items():
            hits[name] += predict(item, html) == gold[key]
    return {n: h / total for n, h in hits.items()}, total


def _html_of(record: Record) -> str | None:
    """The page HTML of an HTML, WARC or feed record, re-read from the sample files."""
    if record.source.format not in {"html", "warc", "feed"}:
        return None
    from dateline.sources import read_documents

    for doc in read_documents([record.source.path], Settings()):
        if isinstance(doc, Document) and doc.id == record.id:
            return doc.content
    return None


def run_pubdate(data: Path) -> tuple[dict[str, float], int]:
    ev = load_file(SCORER, "eval_pubdate")
    labels = ev.load_labels([data / "labels" / "eval_mediacloud_2020.json"])
    steps = plan(None)
    hits = dict.fromkeys(SYSTEMS, 0)
    for url, item in labels.items():
        html = ev.read_page(data / "pages", item["file"])
        html = html if isinstance(html, str) else html.decode("utf-8", "replace")
        doc = Document(source=Source(path=item["file"], format="html", url=url), kind="html",
                       content=html, id="0" * 20)  # fmt: skip
        out = process(doc, Settings(), steps)
        for name, predict in SYSTEMS.items():
            value = None if isinstance(out, Reject) else predict(out, html)
            if name == "htmldate extensive" and isinstance(out, Reject):
                value = _htmldate_raw(html)
            hits[name] += value is not None and value == item.get("date")
    return {n: h / len(labels) for n, h in hits.items()}, len(labels)


def _htmldate_raw(html: str) -> str | None:
    value = find_date(html, extensive_search=True, original_date=True)
    return value if isinstance(value, str) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="pubdate-htmldate folder")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    results: dict[str, Any] = {}
    samples, n_samples = run_samples()
    results["sample corpus"] = {"articles": n_samples, **samples}
    if (args.data / "labels").is_dir():
        pubdate, n_pages = run_pubdate(args.data)
        results["pubdate-htmldate"] = {"articles": n_pages, **pubdate}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print("| set | articles | " + " | ".join(SYSTEMS) + " |")
    print("|---|---|" + "---|" * len(SYSTEMS))
    for name, row in results.items():
        cells = " | ".join(f"{row[s]:.3f}" for s in SYSTEMS)
        print(f"| {name} | {row['articles']} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
