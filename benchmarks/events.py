"""Event-coding benchmark: dateline's events stage on PLOVER's and PETRARCH-2's gold sets.

Runs the temporal, language and events steps (batches of 16, as the pipeline does)
over each gold record of ``shared/datasets/event-coding`` as a one-sentence article
anchored at the record's date, writes the events in the scorer's format
(``OUT/<set>-dateline.jsonl``) and scores them with ``shared/eval/eval_events.py``,
imported from that file and fed the written files, so
``python eval_events.py GOLD OUT/<set>-dateline.jsonl`` prints the same figures.

    .venv/bin/python benchmarks/events.py --out /tmp/events [--rounds 3] [--keep-negated]

Sets: **plover** (``plover_gsr_cameo.jsonl``: 322 CAMEO-manual sentences coded in
PLOVER; codes are the PLOVER category, so "full" equals "type+actors"; dateline events
sharing a trigger and a type become one event whose source and target are the sets of
their actor codes, as the gold writes compound actors; a mutual act, written by dateline
as X->Y and Y->X, has no target, as PLOVER writes "X and Y agreed"); **petrarch**
(``petrarch2_unittest_dev.jsonl``: 98 unit-test records in CAMEO with fictional
actors; dateline reads PETRARCH's validation actor and agent dictionaries, converted at
run time by `events_actors.py` into a temporary ``actors`` file per record date, and
its validation verb dictionary ``PETR.Validate.verbs.txt`` as the ``verbs`` setting, as
PETRARCH-2's own run does; one
event per dyad, a missing actor written ``---`` as the gold does). PETRARCH-2's own
output on that set (``baselines/petrarch2_dev_predictions.jsonl``) is scored beside.

Besides the scorer's levels (type, type+actors, full), "actors only" matches source and
target alone, one-to-one as the scorer does, code ignored: the PETRARCH records' codes
come from its validation verb dictionary, which began as a WEIS dictionary ("condemn"
122, "welcome" 041, "warn" 160, "attack" 223), so they often differ from CAMEO's.

Negated events are dropped (PLOVER allows it) unless ``--keep-negated``; the other
choice is scored too, as a second row (``OUT/<set>-dateline-other-negated.jsonl``).
Each PLOVER record codes one event, its sentence's main one, while dateline codes every
event of the sentence (a background "after crowds trashed its embassy" too); a third row
keeps only the events of the trigger nearest the sentence's root
(``OUT/plover-dateline-main-event.jsonl``): the same coding, selected as the gold is.
Speed is records per second of CPU time (``time.process_time``), best of ``--rounds``,
for the events step alone (reading the language step's parse, as in the pipeline) and
for temporal + language + events, parse cache emptied each round; ``--news N`` also times each step on N real news bodies
(2,000-8,000 characters) from ``article-extraction``, since a gold record is one sentence.

``OUT/errors-<set>.txt`` lists each record whose type-level coding differs from the
gold (then those right in type but wrong in actors or code): the text, the gold events
and dateline's events with trigger and aux.

Goals (the events issue): event-type F1 >= 0.80 on the PLOVER sentences; full-code F1
above 0.60 on the PETRARCH dev records (PETRARCH-2 itself: full 0.374, type 0.607);
>= 20 articles/s per core for the whole stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from _load import load_file  # benchmarks run as scripts: their folder is on sys.path
from events_actors import write_dictionary

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateline.config import Settings  # noqa: E402
from dateline.events import annotate_events_batch  # noqa: E402
from dateline.language import annotate_languages  # noqa: E402
from dateline.language import step as language_step  # noqa: E402
from dateline.model import Anchor, Article, Event, Record, Source  # noqa: E402
from dateline.temporal import resolve_timexes  # noqa: E402

DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "eval_events.py"
BATCH = 16  # as pipeline.analyze batches records
Gold = dict[str, Any]
Coded = dict[str, Any]  # one event in the scorer's format


@dataclass(frozen=True)
class GoldSet:
    """A gold file, how dateline's events are written for it, and its peer's output."""

    name: str
    file: str
    compound: bool  # PLOVER: actors as sets, code = type; else one event per dyad
    dictionaries: bool = False  # code actors with PETRARCH's validation dictionaries
    baseline: str | None = None
    one_event: bool = False  # each gold record codes one event: its sentence's main one


SETS = {
    "plover": GoldSet("plover", "plover_gsr_cameo.jsonl", compound=True, one_event=True),
    "petrarch": GoldSet("petrarch", "petrarch2_unittest_dev.jsonl", compound=False,
                        dictionaries=True, baseline="baselines/petrarch2_dev_predictions.jsonl"),
}  # fmt: skip


def _record(gold: Gold, path: Path) -> Record:
    anchor = Anchor(value=gold["date"], granularity="day", confidence=1.0)
    return Record(id=str(gold["id"]), source=Source(path=path.name, format="jsonl", id=gold["id"]),
                  article=Article(text=gold["text"], anchor=anchor))  # fmt: skip


def _batches(records: list[Record], settings: list[Settings]) -> list[tuple[list[int], Settings]]:
    """Record indices in batches of `BATCH` that share their settings (actor file)."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(settings):
        groups.setdefault(s.actors, []).append(i)
    return [(idx[k : k + BATCH], settings[idx[0]]) for idx in groups.values()
            for k in range(0, len(idx), BATCH)]  # fmt: skip


def code_records(records: list[Record], settings: list[Settings]) -> list[Record]:
    """Run temporal, language and events over the records; return them in order."""
    done: list[Record] = list(records)
    for idx, s in _batches(records, settings):
        batch = annotate_languages([resolve_timexes(records[i], s) for i in idx], s)
        for i, rec in zip(idx, annotate_events_batch(batch, s), strict=True):
            done[i] = rec
    return done


def time_stage(records: list[Record], settings: list[Settings], rounds: int) -> dict[str, float]:
    """Best CPU seconds of each step (temporal, language, events) and of the three together."""
    best: dict[str, float] = {}
    batches = _batches(records, settings)
    for _ in range(max(1, rounds)):
        language_step._PARSED.clear()  # parse again each round, as for a new article
        spent = dict.fromkeys(("temporal", "language", "events"), 0.0)
        for idx, s in batches:
            t0 = time.process_time()
            batch = [resolve_timexes(records[i], s) for i in idx]
            t1 = time.process_time()
            batch = annotate_languages(batch, s)
            t2 = time.process_time()
            annotate_events_batch(batch, s)
            t3 = time.process_time()
            for step, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                spent[step] += took
        spent["stage"] = sum(spent.values())
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


def _kept(events: Iterable[Event], keep_negated: bool) -> list[Event]:
    return [e for e in events if keep_negated or "negated" not in e.aux]


def main_events(events: Iterable[Event], doc: Any) -> list[Event]:  # Any: spacy Doc
    """The events of the trigger nearest its sentence's root (the main clause's act)."""

    def depth(e: Event) -> int:
        tok = next((t for t in doc if t.idx >= e.trigger.span.start), doc[-1])
        steps = 0
        while tok.head.i != tok.i:
            tok, steps = tok.head, steps + 1
        return steps

    events = list(events)
    if not events:
        return []
    best = min(depth(e) for e in events)
    first = next(e for e in events if depth(e) == best)
    return [e for e in events if e.trigger.span == first.trigger.span]


def as_dyads(events: Iterable[Event], keep_negated: bool) -> list[Coded]:
    """PETRARCH's format: one event per dyad, a missing actor as ``---``."""
    return [{"source": e.actor.code if e.actor else "---",
             "target": e.recipient.code if e.recipient else "---", "code": e.cameo}
            for e in _kept(events, keep_negated)]  # fmt: skip


def as_compound(events: Iterable[Event], keep_negated: bool) -> list[Coded]:
    """PLOVER's format: events sharing a trigger and type become one, actors as sets."""
    grouped: dict[tuple[int, int, str], tuple[set[str], set[str]]] = {}
    for e in _kept(events, keep_negated):
        src, tgt = grouped.setdefault(
            (e.trigger.span.start, e.trigger.span.end, e.type), (set(), set())
        )
        src.update([e.actor.code] if e.actor else [])
        tgt.update([e.recipient.code] if e.recipient else [])
    # A mutual act ("X and Y agreed": X->Y and Y->X) is PLOVER's compound source, no target.
    return [{"source": sorted(s), "target": [] if t and t <= s else sorted(t), "code": key[2]}
            for key, (s, t) in grouped.items()]  # fmt: skip


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def score(ev: ModuleType, gold: list[Gold], pred_path: Path) -> dict[str, Any]:
    """Score one prediction file: overall and per gold category, as ``--by-category`` does."""
    stats, _, _ = ev.evaluate(gold, ev.load_jsonl(str(pred_path)), ev.Normalizer())
    cats = sorted(b for b in stats if b.startswith("category:"))
    return {"overall": ev.report(stats, "ALL"), "actors_only": actors_only(ev, gold, pred_path),
            "by_category": {b.split(":", 1)[1]: ev.report(stats, b) for b in cats}}  # fmt: skip


def actors_only(ev: ModuleType, gold: list[Gold], pred_path: Path) -> tuple[float, float, float]:
    """P, R, F1 of source and target alone (code ignored), with the scorer's matching."""
    norm = ev.Normalizer()
    preds = {str(r["id"]): ev.events_of(r, ("events",)) for r in ev.load_jsonl(str(pred_path))}

    def same(a: Coded, b: Coded) -> bool:
        return all(norm.actor(a.get(k)) == norm.actor(b.get(k)) for k in ("source", "target"))

    tp = n_pred = n_gold = 0
    for g in gold:
        gev, pev = g["expected_events"], preds.get(str(g["id"]), [])
        tp, n_pred, n_gold = (
            tp + ev.max_matching(gev, pev, same),
            n_pred + len(pev),
            n_gold + len(gev),
        )
    p, r, f = ev.prf(tp, n_pred, n_gold)
    return p, r, f


def _cells(res: dict[str, Any]) -> str:
    rep = res["overall"]
    levels = [f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}" for r in rep["levels"]]
    levels.append("{:.3f} {:.3f} {:.3f}".format(*res["actors_only"]))
    return " | ".join(levels) + f" | {rep['exact_records']}/{rep['records']}"


@dataclass(frozen=True)
class Row:
    """One system's scores on a set, and its speed cells (records/s, CPU)."""

    name: str
    scores: dict[str, Any]
    speed: str = "- | -"


def print_table(gs: GoldSet, rows: list[Row], n_gold: int) -> None:
    """Print P R F1 per level for each system, with its speed."""
    records = rows[0].scores["overall"]["records"]
    print(f"\n{gs.name}: {records} records, {n_gold} gold events ({gs.file})")
    print("| system | type P R F1 | type+actors P R F1 | full P R F1 | actors only P R F1 "
          "| exact records | events step rec/s (CPU) | temporal+language+events rec/s (CPU) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.name} | {_cells(row.scores)} | {row.speed} |")


def print_categories(gs: GoldSet, rows: list[Row]) -> None:
    """Print type F1 / full F1 per gold category (the scorer's ``--by-category``)."""
    print(f"\n{gs.name} by gold category: type F1 / full F1")
    print("| category (gold events) | " + " | ".join(r.name for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for cat, rep in rows[0].scores["by_category"].items():
        cells = []
        for row in rows:
            levels = {lv["level"]: lv for lv in row.scores["by_category"][cat]["levels"]}
            cells.append(f"{levels['type']['f1']:.2f} / {levels['full']['f1']:.2f}")
        print(f"| {cat or '-'} ({rep['levels'][0]['gold']}) | " + " | ".join(cells) + " |")


def _show_event(e: Event, keep_negated: bool) -> str:
    def who(actor: Any) -> str:  # Any: an Actor or None
        return f"{actor.code} ({actor.name})" if actor else "-"

    dropped = "" if keep_negated or "negated" not in e.aux else "  [dropped: negated]"
    return (f"{e.type}/{e.cameo} trigger={e.trigger.text!r} aux={','.join(e.aux) or '-'}: "
            f"{who(e.actor)} -> {who(e.recipient)}{dropped}")  # fmt: skip


def _show_gold(g: Coded) -> str:
    def side(a: Any) -> str:  # Any: a code or a list of codes
        return ("+".join(a) if isinstance(a, list) else str(a or "")) or "-"

    said = f"  (event text {g['event_text']!r})" if g.get("event_text") else ""
    return f"{g['code']}: {side(g['source'])} -> {side(g['target'])}{said}"


def _entry(g: Gold, rec: Record, where: str, keep_negated: bool) -> str:
    lines = [f"## {g['id']} [{g.get('category', '')}] wrong in {where}", g["text"]]
    lines += [f"  gold:     {_show_gold(x)}" for x in g["expected_events"]] or ["  gold:     -"]
    shown = [f"  dateline: {_show_event(e, keep_negated)}" for e in rec.events]
    return "\n".join(lines + (shown or ["  dateline: -"]))


def write_errors(
    path: Path, ev: ModuleType, coded: list[tuple[Gold, Record, list[Coded]]], keep_negated: bool
) -> Counter[str]:
    """Write the records whose type-level coding differs from the gold, then those right
    in type but wrong in actors or code; return a count of each kind of error."""
    norm, kinds = ev.Normalizer(), Counter[str]()
    sections: dict[str, list[str]] = {"type": [], "actors or code": []}
    for g, rec, pred in coded:
        gev = g["expected_events"]
        tp = {lv: ev.max_matching(gev, pred, lambda a, b, lv=lv: norm.compatible(a, b, lv))
              for lv in ("type", "full")}  # fmt: skip
        if tp["type"] == len(gev) == len(pred):
            if tp["full"] == len(gev):
                continue
            where = "actors or code"
        else:
            where = "type"
            kinds["gold events missed"] += len(gev) - tp["type"]
            kinds["spurious events"] += len(pred) - tp["type"]
        kinds[f"records wrong in {where}"] += 1
        sections[where].append(_entry(g, rec, where, keep_negated))
    head = "".join(f"{k}: {v}\n" for k, v in kinds.items())
    body = "\n\n".join(f"# wrong in {k}: {len(v)} records\n\n" + "\n\n".join(v)
                       for k, v in sections.items())  # fmt: skip
    path.write_text(head + "\n" + body + "\n", encoding="utf-8")
    return kinds


def _settings_for(gs: GoldSet, gold: list[Gold], args: argparse.Namespace) -> list[Settings]:
    """One Settings per record: PETRARCH's dictionaries converted for the record's day."""
    if not gs.dictionaries:
        return [Settings(actors="") for _ in gold]
    from dateline.language.nlp import load_nlp

    nlp = load_nlp(Settings().nlp_model, disable=language_step.UNUSED)
    dicts = args.datasets / "event-coding" / "petrarch2-dictionaries"
    by_day: dict[str, Settings] = {}
    notes: set[str] = set()
    for day in sorted({g["date"] for g in gold}):
        when = dt.date.fromisoformat(day)
        conv = write_dictionary(
            args.scratch, dicts, when, lambda s: [t.text for t in nlp.make_doc(s)]
        )
        notes.update(conv.skipped)
        by_day[day] = Settings(actors=str(args.scratch / f"actors-{when:%Y%m%d}.tsv"),
                               verbs=str(dicts / "PETR.Validate.verbs.txt"))  # fmt: skip
    print(f"{gs.name}: PETRARCH's validation dictionaries converted for {len(by_day)} record "
          f"dates; left out: {'; '.join(sorted(notes))}")  # fmt: skip
    return [by_day[g["date"]] for g in gold]


def run_set(gs: GoldSet, ev: ModuleType, args: argparse.Namespace) -> None:
    """Code, write, score and time one gold set, and print its tables."""
    path = args.datasets / "event-coding" / gs.file
    gold = ev.load_jsonl(str(path))
    settings = _settings_for(gs, gold, args)
    records = [_record(g, path) for g in gold]
    done = code_records(records, settings)
    took = time_stage(records, settings, args.rounds)
    convert = as_compound if gs.compound else as_dyads
    keep = args.keep_negated  # the choice asked for is written and listed; the other is scored
    files = {keep: f"{gs.name}-dateline.jsonl", not keep: f"{gs.name}-dateline-other-negated.jsonl"}
    rows = []
    for kept, name in files.items():
        preds = [convert(r.events, kept) for r in done]
        _write(
            args.out / name,
            [{"id": g["id"], "events": p} for g, p in zip(gold, preds, strict=True)],
        )
        rows.append(Row(f"dateline (negated {'kept' if kept else 'dropped'})",
                        score(ev, gold, args.out / name)))  # fmt: skip
    if gs.one_event:
        docs = language_step.parse_texts([r.article.text for r in done], settings[0])
        main = [
            convert(main_events(_kept(r.events, keep), d), True)
            for r, d in zip(done, docs, strict=True)
        ]
        name = f"{gs.name}-dateline-main-event.jsonl"
        _write(
            args.out / name, [{"id": g["id"], "events": p} for g, p in zip(gold, main, strict=True)]
        )
        rows.append(Row("dateline (main event of each sentence)", score(ev, gold, args.out / name)))
    speed = f"{len(gold) / took['events']:.1f} | {len(gold) / took['stage']:.1f}"
    rows[0] = replace(rows[0], speed=speed)
    errors = args.out / f"errors-{gs.name}.txt"
    preds = [convert(r.events, keep) for r in done]
    kinds = write_errors(errors, ev, list(zip(gold, done, preds, strict=True)), keep)
    if gs.baseline:
        rows.append(Row("PETRARCH-2 (baseline file)", score(ev, gold, path.parent / gs.baseline)))
    print_table(gs, rows, sum(len(g["expected_events"]) for g in gold))
    print_categories(gs, rows)
    print(f"\nerrors in {errors}: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    print(f"score again with: python {args.scorer} {path} {args.out}/{gs.name}-dateline.jsonl")


def time_news(args: argparse.Namespace) -> None:
    """Time the stage on real news bodies (a gold record is one sentence)."""
    truth = args.datasets / "article-extraction" / "ground-truth.json"
    if not truth.is_file():
        print(f"\n{truth} not found: news timing skipped")
        return
    bodies = [e.get("articleBody") or "" for e in json.loads(truth.read_text()).values()]
    texts = [b for b in bodies if 2000 <= len(b) <= 8000][: args.news]
    records = [Record(id=f"{i:020d}", source=Source(path=f"news{i}", format="text"),
                      article=Article(text=t)) for i, t in enumerate(texts)]  # fmt: skip
    settings = [Settings()] * len(records)
    took = time_stage(records, settings, args.rounds)
    words = sum(len(t.split()) for t in texts) / max(1, len(texts))
    rates = ", ".join(f"{k} {len(texts) / v:.1f}" for k, v in took.items())
    print(f"\nspeed on {len(texts)} news bodies ({words:.0f} words on average), articles/s "
          f"(CPU, best of {args.rounds}): {rates}")  # fmt: skip


def main() -> int:
    """Run the benchmark and print one table per gold set."""
    ap = argparse.ArgumentParser(description="Event-coding benchmark.")
    ap.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_events.py")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dateline-events",
                    help="folder for predictions, scores and error lists")  # fmt: skip
    ap.add_argument("--sets", default="plover,petrarch", help="comma-separated: plover,petrarch")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds; the best counts")
    ap.add_argument("--keep-negated", action="store_true", help="score negated events too")
    ap.add_argument("--news", type=int, default=0, help="also time the stage on N news bodies")
    args = ap.parse_args()
    ev = load_file(args.scorer, "eval_events")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        args.scratch = Path(scratch)
        for name in args.sets.split(","):
            run_set(SETS[name], ev, args)
    if args.news:
        time_news(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
