"""Publication-date benchmark: dateline against htmldate, on the pubdate-htmldate set.

Predicts the publication day of each page and scores it with htmldate's protocol,
using ``score`` of ``shared/eval/eval_pubdate.py`` (imported from that file; a NaN
gold date counts as always wrong, as there). Speed is CPU time of the date call
only, best of ``--rounds`` rounds, pages run by all systems back to back.

    .venv/bin/python benchmarks/pubdate.py --rounds 3

Two dateline rows: "dateline (extract step)" runs the whole extract step on the
page (text extraction included, as users run it) and takes `copy_date` of the dates
it found; "dateline (dates only)" times just the date part: one parse, the markup
and URL dates, htmldate on the parsed tree, and `copy_date`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "pubdate-htmldate"
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "eval_pubdate.py"
LABELS = "labels/eval_mediacloud_2020.json"

DateFn = Callable[[str, str], str | None]  # (html, url) -> day


def _htmldate(extensive: bool) -> DateFn:
    from htmldate import find_date

    def run(html: str, url: str) -> str | None:
        return find_date(html, original_date=True, extensive_search=extensive)  # type: ignore[no-any-return]

    return run


def _dateline_step() -> DateFn:
    from dateline.config import Settings
    from dateline.errors import ExtractError
    from dateline.extract import extract_article
    from dateline.extract.copydate import copy_date
    from dateline.model import Document, Source

    settings = Settings()

    def run(html: str, url: str) -> str | None:
        doc = Document(source=Source(path="page", format="html", url=url), kind="html",
                       content=html, id="0" * 20)  # fmt: skip
        try:
            found = copy_date(extract_article(doc, settings).dates_found)
        except ExtractError:
            return None
        return found.value if found else None

    return run


def _dateline_dates() -> DateFn:
    from dateline.extract.copydate import copy_date
    from dateline.extract.htmlparse import parse_html
    from dateline.extract.pagedates import htmldate_day, page_dates

    def run(html: str, url: str) -> str | None:
        tree = parse_html(html)
        if tree is None:
            return None
        dates = page_dates(tree, url=url)
        found = copy_date((*dates, *htmldate_day(tree, html, known=dates)))
        return found.value if found else None

    return run


SYSTEMS: dict[str, tuple[str, DateFn]] = {
    "htmldate fast": ("htmldate", _htmldate(False)),
    "htmldate extensive": ("htmldate", _htmldate(True)),
    "dateline (extract step)": ("dateline", _dateline_step()),
    "dateline (dates only)": ("dateline", _dateline_dates()),
}


def load_pages(ev: ModuleType, data: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the labels and {url: decoded page} (pages the scorer cannot decode are skipped)."""
    labels = ev.load_labels([data / LABELS])
    pages = {}
    for url, item in labels.items():
        page = ev.read_page(data / "pages", item["file"])
        pages[url] = page if isinstance(page, str) else page.decode("utf-8", "replace")
    return labels, pages


def _call(fn: DateFn, html: str, url: str) -> tuple[str | None, float]:
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        start = time.process_time()
        try:
            day = fn(html, url)
        except Exception:  # a failing call counts as no date
            day = None
        return day, time.process_time() - start


def run_systems(
    pages: dict[str, str], rounds: int
) -> tuple[dict[str, dict[str, str | None]], dict[str, float]]:
    """Run all systems over all pages; return predictions and best-round CPU seconds."""
    names = list(SYSTEMS)
    preds: dict[str, dict[str, str | None]] = {n: {} for n in names}
    best = {n: float("inf") for n in names}
    first = next(iter(pages))
    for name in names:
        _call(SYSTEMS[name][1], pages[first], first)
    for r in range(rounds):
        totals = dict.fromkeys(names, 0.0)
        for i, url in enumerate(pages):
            for j in range(len(names)):
                name = names[(i + r + j) % len(names)]
                day, secs = _call(SYSTEMS[name][1], pages[url], url)
                totals[name] += secs
                if r == 0:
                    preds[name][url] = day
        best = {n: min(best[n], totals[n]) for n in names}
        print(f"round {r + 1}/{rounds} done", file=sys.stderr)
    return preds, best


def build_rows(
    ev: ModuleType, labels: dict[str, Any], preds: dict[str, Any], best: dict[str, float]
) -> list[dict[str, Any]]:
    """Score each system; speed as pages/s and as a ratio to htmldate extensive."""
    rows = []
    ref = best["htmldate extensive"]
    for name, pred in preds.items():
        row: dict[str, Any] = {"system": name, "version": version(SYSTEMS[name][0])}
        row.update(ev.score(labels, pred))
        row["pages_per_s"] = len(labels) / best[name]
        row["speed_vs_htmldate_extensive"] = ref / best[name]
        rows.append(row)
    return rows


def format_table(rows: list[dict[str, Any]], rounds: int) -> str:
    """Render the rows as a Markdown table."""
    lines = [
        f"{rows[0]['pages']} pages, best of {rounds} rounds (CPU time)",
        "| system | version | precision | recall | accuracy | F | tp/fp/fn | pages/s "
        "| vs htmldate extensive |",
        "|---" * 9 + "|",
    ]
    for r in rows:
        counts = f"{r['tp']}/{r['fp']}/{r['fn']}"
        lines.append(
            f"| {r['system']} | {r['version']} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['accuracy']:.3f} | {r['f1']:.3f} | {counts} | {r['pages_per_s']:.1f} "
            f"| {r['speed_vs_htmldate_extensive']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data set folder")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_pubdate.py")
    ap.add_argument("--out", type=Path, help="folder for predictions (default: a temp dir)")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds; the best counts")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    ev = load_file(args.scorer, "eval_pubdate")
    ev.block_network()
    labels, pages = load_pages(ev, args.data)
    preds, best = run_systems(pages, max(1, args.rounds))
    out = args.out or Path(tempfile.mkdtemp(prefix="dateline-pubdate-"))
    out.mkdir(parents=True, exist_ok=True)
    for name, pred in preds.items():
        path = out / (name.replace(" ", "-") + ".json")
        path.write_text(json.dumps(pred, indent=1, sort_keys=True), encoding="utf-8")
    rows = build_rows(ev, labels, preds, best)
    print(json.dumps(rows, indent=2) if args.json else format_table(rows, args.rounds))
    if not args.json:
        print(f"predictions: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
