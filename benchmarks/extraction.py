"""Article-body extraction benchmark: dateline against its peers, in one run.

Runs every system over the pages of the article-extraction data set, writes each
system's predictions in the benchmark's JSON format, scores them with the metric of
``shared/eval/eval_extraction.py`` (imported from that file, so the numbers are the
scorer's own) and prints P/R/F1/accuracy and pages per second.

Speed is the CPU time (``time.process_time``) of the extraction call only, summed
over the pages of one round; the best of ``--rounds`` rounds counts. Every page is
run by all systems back to back, in an order that rotates, so machine load hits
them alike; the ratio to trafilatura is taken from the same run.

    .venv/bin/python benchmarks/extraction.py --rounds 5 --out /tmp/extraction-preds

Peers come from ``requirements/bench.txt``; a peer that is not installed is shown
as "not installed". The dateline row scores ``extract_html(...).body``, which still
holds a story's dateline prefix ("WASHINGTON (Reuters) -"): the later dateline step
moves it into `Article.dateline`, but the body is scored as extracted here.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import logging
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path

from dateline.config import Settings

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "article-extraction"
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "eval_extraction.py"
REFERENCE = "trafilatura"

Extractor = Callable[[str, str | None], str]
_BLOCKS = frozenset("p div li h1 h2 h3 h4 h5 h6 br tr td blockquote pre ul ol table".split())


def _dateline() -> Extractor:
    from dateline.extract.html import extract_html

    return lambda html, url: extract_html(html, url=url).body


def _dateline_stage(**overrides: Any) -> Callable[[], Extractor]:
    """The whole extract step, as users get it: the dateline is put back in front."""
    return lambda: _dateline_step(Settings(**overrides))


def _dateline_step(settings: Any) -> Extractor:  # Any: dateline.config.Settings
    from dateline.errors import ExtractError
    from dateline.extract import extract_article
    from dateline.model import Document, Source, content_id

    def run(html: str, url: str | None) -> str:
        doc = Document(
            source=Source(path="page", format="html", url=url), kind="html", content=html,
            id=content_id("html", html.encode("utf-8", "replace")),
        )  # fmt: skip
        try:
            article = extract_article(doc, settings)
        except ExtractError:
            return ""
        head = article.dateline.raw + " " if article.dateline else ""
        return head + article.text

    return run


def _trafilatura(**options: Any) -> Callable[[], Extractor]:
    def make() -> Extractor:
        import trafilatura

        return lambda html, url: trafilatura.extract(html, url=url, **options) or ""

    return make


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(html: str, url: str | None) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        return _html_text(lxml.html.fragment_fromstring(summary, create_parent="div"))

    return run


def _html_text(root: Any) -> str:  # Any: an lxml element
    """Text of an HTML fragment with block elements on their own lines."""
    for el in root.iter():
        if el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def _newspaper() -> Extractor:
    from newspaper import Article

    def run(html: str, url: str | None) -> str:
        article = Article(url or "https://example.com/article", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return str(article.text or "")

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda html, url: str(extract_plain_text(html, main_content=True))


# name -> (distribution for the version column, factory)
SYSTEMS: dict[str, tuple[str, Callable[[], Extractor]]] = {
    "dateline (extract step)": ("dateline", _dateline_stage()),
    "dateline (extract step, html_dates off)": ("dateline", _dateline_stage(html_dates=False)),
    "dateline (html body only)": ("dateline", _dateline),
    "trafilatura": ("trafilatura", _trafilatura(include_comments=False)),
    "trafilatura (fast=True)": ("trafilatura", _trafilatura(include_comments=False, fast=True)),
    "trafilatura (lib defaults)": ("trafilatura", _trafilatura()),
    "readability-lxml": ("readability-lxml", _readability),
    "newspaper4k": ("newspaper4k", _newspaper),
    "resiliparse (main_content)": ("resiliparse", _resiliparse),
}


def block_network() -> None:
    """Refuse outgoing connections: peers must not fetch images or word lists."""
    import socket

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("network disabled by benchmarks/extraction.py")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse


def load_pages(data: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """Return {id: html} and {id: url} for the pages that have gold text."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages, urls = {}, {}
    for key in sorted(truth):
        raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        pages[key] = raw.decode("utf-8", errors="replace")
        urls[key] = truth[key].get("url")
    return pages, urls


def make_systems(names: list[str]) -> tuple[dict[str, Extractor], dict[str, str]]:
    """Build the extractors that are installed; the rest map to "not installed"."""
    ready, status = {}, {}
    for name in names:
        dist, factory = SYSTEMS[name]
        try:
            ready[name] = factory()
            status[name] = version(dist)
        except (ImportError, PackageNotFoundError) as exc:
            status[name] = "not installed"
            logging.getLogger(__name__).info("%s: %s", name, exc)
    return ready, status


def _call(fn: Extractor, html: str, url: str | None) -> tuple[str, float]:
    """Run one extraction, returning its text and CPU seconds; errors give ""."""
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        start = time.process_time()
        try:
            text = fn(html, url)
        except Exception:  # a peer failing on a page scores as an empty prediction
            text = ""
        return text, time.process_time() - start


def run_systems(
    systems: dict[str, Extractor], pages: dict[str, str], urls: dict[str, str | None], rounds: int
) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Run all systems over all pages; return predictions and best-round CPU seconds."""
    names = list(systems)
    first = next(iter(pages))
    for name in names:  # warm-up: imports, caches, lazy compiles
        _call(systems[name], pages[first], urls[first])
    preds: dict[str, dict[str, str]] = {n: {} for n in names}
    best = {n: float("inf") for n in names}
    for r in range(rounds):
        totals = dict.fromkeys(names, 0.0)
        for i, key in enumerate(pages):
            for j in range(len(names)):
                name = names[(i + r + j) % len(names)]
                text, secs = _call(systems[name], pages[key], urls[key])
                totals[name] += secs
                if r == 0:
                    preds[name][key] = text
        for name in names:
            best[name] = min(best[name], totals[name])
        print(f"round {r + 1}/{rounds} done", file=sys.stderr)
    return preds, best


def build_table(
    scorer: ModuleType, gold: dict[str, str], preds: dict[str, dict[str, str]], args: Any
) -> list[dict[str, Any]]:
    """Score each system and return one row per system, in `SYSTEMS` order."""
    rows = []
    for name, ver in args.status.items():
        row: dict[str, Any] = {"system": name, "version": ver}
        if name in preds:
            metrics, _ = scorer.score(gold, preds[name], args.n_bootstrap, 0)
            seconds = args.best[name]
            row.update(metrics)
            row["pages_per_s"] = len(gold) / seconds if seconds else None
            ref = args.best.get(REFERENCE)
            row["speed_vs_trafilatura"] = ref / seconds if ref and seconds else None
        rows.append(row)
    return rows


def _cell(row: dict[str, Any], key: str) -> str:
    if key not in row:
        return "-"
    std = row.get(key + "_std")
    return f"{row[key]:.3f} ± {std:.3f}" if std is not None else f"{row[key]:.3f}"


def format_table(rows: list[dict[str, Any]], pages: int, rounds: int) -> str:
    """Render the rows as a Markdown table."""
    head = "| system | version | F1 | precision | recall | accuracy | pages/s | vs trafilatura |"
    lines = [f"{pages} pages, best of {rounds} rounds (CPU time)", head, "|---" * 8 + "|"]
    for row in rows:
        speed = row.get("pages_per_s")
        ratio = row.get("speed_vs_trafilatura")
        cells = [row["system"], row["version"]]
        cells += [_cell(row, k) for k in ("f1", "precision", "recall", "accuracy")]
        cells += [f"{speed:.1f}" if speed else "-", f"{ratio:.2f}" if ratio else "-"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_predictions(out: Path, preds: dict[str, dict[str, str]], status: dict[str, str]) -> None:
    """Write one benchmark-format JSON file per system."""
    out.mkdir(parents=True, exist_ok=True)
    for name, pred in preds.items():
        slug = "".join(c if c.isalnum() else "-" for c in name).strip("-")
        body = {"version": status[name], "output": {k: {"articleBody": v} for k, v in pred.items()}}
        text = json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True)
        (out / f"{slug}.json").write_text(text, encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data set folder")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_extraction.py")
    ap.add_argument("--out", type=Path, help="folder for predictions (default: a temp dir)")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds; the best counts")
    ap.add_argument("--n-bootstrap", type=int, default=1000, help="resamples for the ± figures")
    ap.add_argument("--system", action="append", choices=list(SYSTEMS), help="run only these")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    args = parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)  # peers log every discarded page
    block_network()
    scorer = load_file(args.scorer, "eval_extraction")
    gold = scorer.load_gold(args.data / "ground-truth.json")
    pages, urls = load_pages(args.data)
    systems, args.status = make_systems(args.system or list(SYSTEMS))
    preds, args.best = run_systems(systems, pages, urls, max(1, args.rounds))
    out = args.out or Path(tempfile.mkdtemp(prefix="dateline-extraction-"))
    write_predictions(out, preds, args.status)
    rows = build_table(scorer, gold, preds, args)
    if args.json:
        print(json.dumps({"pages": len(gold), "rounds": args.rounds, "rows": rows}, indent=2))
    else:
        print(format_table(rows, len(gold), args.rounds))
        print(f"predictions: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
