"""Quote benchmark: dateline's quote step against textacy's direct-quotation extractor.

Parses each article of the gold sets (``benchmarks/quotes-gold``, written beside the
extractor, and ``benchmarks/quotes-heldout``, written apart from it by a second
annotator) once with the pinned English model, runs each system on the parse, writes the predictions as attribution
JSONL (``OUT/<system>.jsonl``) and scores them with ``evaluate`` of
``shared/eval/eval_quotes.py``, imported from that file and fed the written files, so
``python eval_quotes.py GOLD OUT/<system>.jsonl`` prints the same figures.

    .venv/bin/python benchmarks/quotes.py --out /tmp/quotes [--rounds 3]

Systems: **dateline** (`find_quotes`, with `find_entities` when that module is there);
quotes sharing a cue and a speaker ("We will go," he said, "and we will win.") become
one attribution with several content fragments, as the gold marks them. **textacy**
(`textacy.extract.triples.direct_quotations`, the floor; direct quotes only, from
``requirements/bench.txt``; it reads spaCy's lemmas, so it gets the full pipeline
while dateline gets the language step's; it refuses an article with an odd number of quote marks,
as a multi-paragraph quote has, and then predicts nothing for it). Speed is articles per second of CPU time, best of
``--rounds``: the step alone on the parsed Docs, and the whole language stage
(parse + entities + quotes) for dateline.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_GOLD = (
    REPO / "benchmarks" / "quotes-gold" / "gold.jsonl",
    REPO / "benchmarks" / "quotes-heldout" / "gold.jsonl",
)
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "eval_quotes.py"

Attribution = dict[str, list[list[object]]]
System = Callable[[Any, str], list[Attribution]]  # (doc, text) -> attributions
# textacy reads spaCy's lemmas: it gets the full pipeline, dateline the step's own.
FULL_PIPELINE = {"textacy"}


def _frag(text: str, start: int, end: int) -> list[object]:
    return [start, end, text[start:end]]


def _entities() -> Callable[[Any, str], tuple[Any, ...]]:
    try:
        from dateline.language.entities import find_entities
    except ImportError:
        return lambda doc, text: ()
    return find_entities  # type: ignore[no-any-return]


def _dateline() -> System:
    from dateline.language.quotes import find_quotes

    entities = _entities()

    def run(doc: Any, text: str) -> list[Attribution]:
        grouped: dict[tuple[object, ...], Attribution] = {}
        for q in find_quotes(doc, text, entities(doc, text)):
            cue = (q.cue.span.start, q.cue.span.end) if q.cue else None
            src = (
                (q.speaker.span.start, q.speaker.span.end) if q.speaker and q.speaker.span else None
            )
            key: tuple[object, ...] = (cue, src) if cue else (id(q),)
            att = grouped.setdefault(
                key,
                {
                    "cue": [_frag(text, *cue)] if cue else [],
                    "source": [_frag(text, *src)] if src else [],
                    "content": [],
                },
            )
            att["content"].append(_frag(text, q.span.start, q.span.end))
        return list(grouped.values())

    return run


def _textacy() -> System:
    from textacy.extract.triples import direct_quotations

    def runs(tokens: Iterable[Any]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            if out and tok.i == out[-1][1]:
                out[-1] = (out[-1][0], tok.i + 1)
            else:
                out.append((tok.i, tok.i + 1))
        return out

    def chars(doc: Any, rng: tuple[int, int]) -> tuple[int, int]:
        span = doc[rng[0] : rng[1]]
        return span.start_char, span.end_char

    def run(doc: Any, text: str) -> list[Attribution]:
        out: list[Attribution] = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # it refuses articles with an odd number of quote marks
            return out
        for triple in triples:
            out.append(
                {
                    "source": [_frag(text, *chars(doc, r)) for r in runs(triple.speaker)],
                    "cue": [_frag(text, *chars(doc, r)) for r in runs(triple.cue)],
                    "content": [_frag(text, triple.content.start_char, triple.content.end_char)],
                }
            )
        return out

    return run


def _best_cpu(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _predict(system: System, docs: list[Any], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"doc_id": g["doc_id"], "attributions": system(doc, g["text"])}
        for doc, g in zip(docs, gold, strict=True)
    ]


def _row(name: str, res: dict[str, Any], step_rate: float, stage_rate: float | None) -> str:
    ex, ov = res["exact"], res["overlap"]
    cells = [
        f"{100 * ex[k]['p']:4.1f}/{100 * ex[k]['r']:4.1f}/{100 * ex[k]['f1']:4.1f}"
        for k in ("cue", "source", "content", "all")
    ]
    cells += [f"{100 * ov[k]['f1']:4.1f}" for k in ("cue", "source", "content")]
    stage = f"{stage_rate:7.1f}" if stage_rate else "      -"
    return (
        f"{name:9} "
        + "  ".join(f"{c:>14}" for c in cells[:4])
        + "  "
        + "  ".join(f"{c:>6}" for c in cells[4:])
        + f"  {step_rate:8.0f}  {stage}"
    )


def main() -> int:
    """Run the benchmark and print one table per gold set."""
    ap = argparse.ArgumentParser(description="Quote attribution benchmark.")
    ap.add_argument("--gold", type=Path, action="append",
                    help="gold JSONL (repeatable; default: quotes-gold and quotes-heldout)")  # fmt: skip
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dateline-quotes")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--systems", default="dateline,textacy")
    args = ap.parse_args()
    scorer = load_file(args.scorer, "eval_quotes")
    for gold_path in args.gold or DEFAULT_GOLD:
        run_set(gold_path, scorer, args.out / gold_path.parent.name, args)
    return 0


def run_set(gold_path: Path, scorer: Any, out: Path, args: argparse.Namespace) -> None:
    """Score every system on one gold set and print its table."""
    from dateline.language.nlp import load_nlp
    from dateline.language.step import UNUSED

    gold = scorer.load_jsonl(gold_path)
    nlp = load_nlp(disable=UNUSED)  # as the language step runs it
    texts = [g["text"] for g in gold]
    docs = list(nlp.pipe(texts))
    out.mkdir(parents=True, exist_ok=True)
    makers = {"dateline": _dateline, "textacy": _textacy}
    print(
        f"\n{gold_path.parent.name}: {len(gold)} articles; exact P/R/F1 per role and whole quote (all), overlap F1, articles/s (CPU)"
    )
    print(
        f"{'system':9} {'cue':>14}  {'source':>14}  {'content':>14}  {'all':>14}  {'ov.cue':>6}  {'ov.src':>6}  {'ov.con':>6}  {'step a/s':>8}  {'stage a/s':>7}"
    )
    for name in args.systems.split(","):
        try:
            system = makers[name]()
        except ImportError as exc:
            print(f"{name:9} not installed ({exc}); pip install -r requirements/bench.txt")
            continue
        system_docs = list(load_nlp().pipe(texts)) if name in FULL_PIPELINE else docs
        preds = _predict(system, system_docs, gold)
        path = out / f"{name}.jsonl"
        path.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
        )
        res = scorer.evaluate(gold, scorer.load_jsonl(path))
        step = len(gold) / _best_cpu(
            lambda s=system, d=system_docs: _predict(s, d, gold), args.rounds
        )
        stage = None
        if name == "dateline":  # parse + entities + quotes, article by article
            stage = len(gold) / _best_cpu(
                lambda s=system: [s(nlp(t), t) for t in texts], args.rounds
            )
        print(_row(name, res, step, stage))
        (out / f"{name}.scores.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(
        f"predictions and scores in {out}; score again with: python {args.scorer} {gold_path} {out}/<system>.jsonl"
    )


if __name__ == "__main__":
    sys.exit(main())
