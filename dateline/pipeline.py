"""Compose the stages, check their order, and apply the error policy.

Sources yield documents; each document runs through the per-article steps; a bad
input becomes a `Reject` at the record boundary and the batch goes on. `analyze`
streams records without storing them; `ingest` writes them to the store in
batches, one transaction per batch, skipping documents the store already holds
before doing any work on them (re-ingesting is a no-op).

Steps declare what they need and what they give (`Step`), and `plan` rejects a
bad selection before any input is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, cast

from dateline.config import Settings
from dateline.errors import ConfigError, InputError, Reject, reject_from
from dateline.events import EVENTS_STEP, annotate_events, annotate_events_batch
from dateline.extract import STEP_NAME as EXTRACT_STEP
from dateline.extract import extract_article
from dateline.language import LANGUAGE_STEP, annotate_language, annotate_languages
from dateline.model import Document, Record, Source, SourceFormat
from dateline.sources import read_documents
from dateline.store import Store
from dateline.temporal import ANCHOR_STEP, TIMEX_STEP, anchor_article, resolve_timexes

log = logging.getLogger(__name__)

SOURCES_STEP = "sources.v1"


RecordStep = Callable[[Record, Settings], Record]
BatchStep = Callable[[list[Record], Settings], list[Record]]
# Documents processed together by `analyze` (the language step parses them in one batch).
ANALYZE_BATCH = 16


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """A versioned step: its stage, what it needs and gives, and its function.

    The extract step reads a `Document` and has no ``run``; every later step takes a
    record and returns a new one.
    """

    name: str
    stage: str
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    run: RecordStep | None = None
    run_batch: BatchStep | None = None


STEPS: tuple[Step, ...] = (
    Step(name=EXTRACT_STEP, stage="extract", requires=frozenset({"document"}),
         provides=frozenset({"article"})),
    Step(name=ANCHOR_STEP, stage="temporal", requires=frozenset({"article"}),
         provides=frozenset({"anchor"}), run=anchor_article),
    Step(name=TIMEX_STEP, stage="temporal", requires=frozenset({"anchor"}),
         provides=frozenset({"timexes"}), run=resolve_timexes),
    Step(name=LANGUAGE_STEP, stage="language", requires=frozenset({"article"}),
         provides=frozenset({"entities", "quotes"}), run=annotate_language,
         run_batch=annotate_languages),
    Step(name=EVENTS_STEP, stage="events", requires=frozenset({"entities", "timexes"}),
         provides=frozenset({"events"}), run=annotate_events, run_batch=annotate_events_batch),
)  # fmt: skip
STAGES: tuple[str, ...] = tuple(dict.fromkeys(s.stage for s in STEPS))


def plan(stages: Iterable[str] | None = None) -> tuple[Step, ...]:
    """Choose the steps for the named stages and those they need, in pipeline order.

    Args:
        stages: stage names (``extract``, ...); None or empty means all of them.

    Returns:
        The steps to run, in order.

    Raises:
        ConfigError: an unknown stage name, or an order that cannot be satisfied.
    """
    wanted = {s.strip() for s in stages or () if s.strip()} or set(STAGES)
    unknown = sorted(wanted - set(STAGES))
    if unknown:
        raise ConfigError(f"unknown stage {unknown[0]!r}; stages: {', '.join(STAGES)}")
    needed = set(wanted)
    for step in reversed(STEPS):
        if step.stage in needed:
            needed |= {s.stage for s in STEPS if s.provides & step.requires}
    chosen = tuple(s for s in STEPS if s.stage in needed)
    available = {"document"}
    for step in chosen:
        missing = step.requires - available
        if missing:
            raise ConfigError(f"step {step.name} needs {sorted(missing)}, which no step gives")
        available |= step.provides
    return chosen


def process(doc: Document, settings: Settings, steps: tuple[Step, ...]) -> Record | Reject:
    """Run the per-article steps over one document; a bad input becomes a `Reject`.

    Args:
        doc: the document.
        settings: run settings.
        steps: the planned steps (from `plan`).

    Returns:
        The record, or the reject saying which step refused the document and why.
    """
    return process_batch([doc], settings, steps)[0]


def process_batch(
    docs: Sequence[Document], settings: Settings, steps: tuple[Step, ...]
) -> list[Record | Reject]:
    """Run the per-article steps over documents together (a step may batch its work).

    Args:
        docs: the documents.
        settings: run settings.
        steps: the planned steps (from `plan`).

    Returns:
        One record or reject per document, in order. A step that fails on a batch is
        rerun one record at a time, so only the bad record becomes a reject.
    """
    out: list[Record | Reject] = [_extract(doc, settings, steps) for doc in docs]
    for step in steps:
        if step.run is None:
            continue
        at = [i for i, item in enumerate(out) if isinstance(item, Record)]
        done = _run_step(step, [cast(Record, out[i]) for i in at], settings)
        for i, item in zip(at, done, strict=True):
            out[i] = item
    return out


def _extract(doc: Document, settings: Settings, steps: tuple[Step, ...]) -> Record | Reject:
    try:
        article = extract_article(doc, settings)
    except InputError as exc:
        return reject_from(exc, step=EXTRACT_STEP, document_id=doc.id)
    except Exception as exc:  # the record boundary: a bug on one page must not stop the batch
        log.debug("extractor failed on %s", doc.source.path, exc_info=True)
        return _failed(doc.source, doc.id, EXTRACT_STEP, "DL-EXT-002", exc)
    produced = (SOURCES_STEP, *(s.name for s in steps))
    return Record(id=doc.id, source=doc.source, article=article, produced_by=produced)


def _run_step(step: Step, records: list[Record], settings: Settings) -> list[Record | Reject]:
    if step.run_batch is not None and len(records) > 1:
        try:
            return list(step.run_batch(records, settings))
        except ConfigError:
            raise  # a bad setting or a missing model fails every record: stop the run
        except Exception:  # find the record that fails: run them one by one
            log.debug("step %s failed on a batch; rerunning one by one", step.name, exc_info=True)
    return [_run_one(step, record, settings) for record in records]


def _run_one(step: Step, record: Record, settings: Settings) -> Record | Reject:
    assert step.run is not None
    try:
        return step.run(record, settings)
    except ConfigError:
        raise  # a bad setting or a missing model fails every record: stop the run
    except Exception as exc:  # the record boundary: a bug on one article must not stop the batch
        log.debug("step %s failed on %s", step.name, record.source.path, exc_info=True)
        return _failed(record.source, record.id, step.name, "DL-RUN-001", exc)


def _failed(source: Source, doc_id: str, step: str, code: str, exc: Exception) -> Reject:
    what = "the extractor" if code == "DL-EXT-002" else "the step"
    return Reject(
        path=source.path, offset=source.offset, line=source.line, step=step, code=code,
        document_id=doc_id, message=f"{what} failed ({type(exc).__name__}: {str(exc)[:200]})",
    )  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Inputs:
    """What to read: paths, globs or ``-``, with stdin and a forced format if any."""

    paths: tuple[str, ...]
    stdin: BinaryIO | None = None
    fmt: SourceFormat | None = None


def analyze(
    inputs: Inputs, settings: Settings, *, stages: Iterable[str] | None = None
) -> Iterator[Record | Reject]:
    """Read and analyze every input, yielding one record or reject per document.

    Args:
        inputs: what to read.
        settings: run settings.
        stages: stage names to run (None: all).

    Yields:
        Records and rejects, in input order.
    """
    steps = plan(stages)
    pending: list[Document | Reject] = []
    for item in read_documents(inputs.paths, settings, stdin=inputs.stdin, fmt=inputs.fmt):
        pending.append(item)
        if isinstance(item, Document) and len(pending) >= ANALYZE_BATCH:
            yield from _flush(pending, settings, steps)
            pending = []
    yield from _flush(pending, settings, steps)


def _flush(
    pending: list[Document | Reject], settings: Settings, steps: tuple[Step, ...]
) -> Iterator[Record | Reject]:
    """Process the documents of a run of items; yield everything in input order."""
    done = iter(process_batch([x for x in pending if isinstance(x, Document)], settings, steps))
    for item in pending:
        yield item if isinstance(item, Reject) else next(done)


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run."""

    documents: int = 0
    added: int = 0
    present: int = 0
    rejects: list[Reject] = field(default_factory=list)


Progress = Callable[[IngestSummary], None]


def ingest(
    inputs: Inputs,
    store: Store,
    settings: Settings,
    *,
    batch_size: int = 64,
    on_batch: Progress | None = None,
) -> IngestSummary:
    """Analyze every input and write the results to the store, one transaction per batch.

    Documents already in the store are skipped before extraction. A crash or kill
    loses at most the batch in flight, which a rerun completes.

    Args:
        inputs: what to read.
        store: an open, writable store.
        settings: run settings.
        batch_size: documents per transaction.
        on_batch: called with the running summary after each batch is committed.

    Returns:
        The summary: documents read, records added, already present, rejects.
    """
    run = _Run(store=store, settings=settings, steps=plan(None), summary=IngestSummary())
    docs: list[Document] = []
    rejects: list[Reject] = []
    source = read_documents(inputs.paths, settings, stdin=inputs.stdin, fmt=inputs.fmt)
    for item in source:
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            docs.append(item)
        if len(docs) + len(rejects) >= batch_size:
            _write_batch(docs, rejects, run)
            docs, rejects = [], []
            if on_batch is not None:
                on_batch(run.summary)
    _write_batch(docs, rejects, run)
    if on_batch is not None:
        on_batch(run.summary)
    return run.summary


@dataclass(frozen=True, slots=True, kw_only=True)
class _Run:
    """What every batch of one ingest run is written with."""

    store: Store
    settings: Settings
    steps: tuple[Step, ...]
    summary: IngestSummary


def _write_batch(docs: list[Document], rejects: list[Reject], run: _Run) -> None:
    """Extract the new documents of a batch and commit them with the batch's rejects."""
    store, settings, steps, summary = run.store, run.settings, run.steps, run.summary
    summary.documents += len(docs)
    present = store.has(d.id for d in docs)
    records: list[Record] = []
    seen: set[str] = set()
    new: list[Document] = []
    for doc in docs:
        if doc.id in present or doc.id in seen:
            summary.present += 1
            continue
        seen.add(doc.id)
        new.append(doc)
    for out in process_batch(new, settings, steps):
        if isinstance(out, Reject):
            rejects.append(out)
        else:
            records.append(out)
    if records or rejects:
        result = store.write_batch(records, rejects)
        summary.added += result.added
        summary.present += result.present
    summary.rejects.extend(rejects)
