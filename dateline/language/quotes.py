"""Quotes: who said what, in direct, mixed and reported speech (step ``quotes.v1``).

``find_quotes`` reads the spaCy parse of the article and the quote marks of its text:

- a speech verb of the cue list (`quotes_speech.SPEECH_VERBS`) with a clausal
  complement is a report; its nsubj is the speaker. The report is **direct** when its
  clause lies inside quote marks (the whole quotation becomes the content, over
  several sentences or paragraphs), **mixed** when quoted words sit inside the reported
  clause, and **indirect** otherwise. "According to X, ..." is an indirect report too.
- a quotation that no verb claimed takes the speech verb right after it or right
  before it in its sentence ("...," X said; X said: "..."); failing that, a full
  sentence in quotes continues the previous speaker, with no cue.
- the speaker phrase is resolved to an entity by `quotes_speakers.resolve_speaker`.

Sentences longer than `MAX_SENTENCE_TOKENS` are not searched for reports (lists,
tables, junk), which caps the work on absurd input. Confidence is lower for pronoun
and title speakers, for trailing attributions ("..., X said.") and for cue-less
continuations.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from dataclasses import dataclass
from typing import Any

from dateline.language.quotes_marks import Quoted, find_quoted
from dateline.language.quotes_speakers import resolve_speaker
from dateline.language.quotes_speech import (
    Report,
    according_to,
    is_speech_verb,
    medium_of,
    report_of,
    subject_of,
)
from dateline.model import Entity, Mention, Quote, QuoteKind, Span, Speaker

log = logging.getLogger(__name__)

STEP_NAME = "quotes.v1"
MAX_SENTENCE_TOKENS = 250
_MIN_CONTINUATION_WORDS = 4
_WORD = re.compile(r"\w+")
# A wire dateline at a paragraph start ("MANILA, Dec. 1 (Reuters) - "): never content.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,}(?:,[^\n–—]{0,60}?)?(?:\s*\([^)\n]{1,30}\))?\s+(?:--?|–|—)\s+"
)
_BASE_CONFIDENCE = {"direct": 0.9, "mixed": 0.85, "indirect": 0.8}
_SPEAKER_FACTOR = {"name": 1.0, "pronoun": 0.8, "title": 0.85, "other": 0.9}

CharRange = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before speaker resolution; ranges are character offsets."""

    kind: QuoteKind
    content: CharRange
    cue: CharRange | None
    source: CharRange | None
    medium: str | None
    confidence: float
    sentence: CharRange | None = None


def find_quotes(
    doc: Any, text: str, entities: tuple[Entity, ...]
) -> tuple[Quote, ...]:  # Any: spacy Doc
    """Find the quotations of an article, with their speakers, cues and media.

    Args:
        doc: the spaCy Doc of ``text`` (from `load_nlp`); without a dependency parse,
            only direct quotations are found, without speakers.
        text: the article text; every span returned points into it.
        entities: the article's entities, to resolve speakers (may be empty).

    Returns:
        The quotes in text order; ``text[q.span.start:q.span.end] == q.text``.

    Raises:
        ValueError: ``doc`` is not the parse of ``text``.
    """
    if doc.text != text:
        raise ValueError(
            f"find_quotes: the Doc holds {len(doc.text)} characters, the text {len(text)}; "
            "pass the Doc made from this very text"
        )
    quoted = find_quoted(text)
    if not doc.has_annotation("DEP"):
        found = [_bare(q) for q in quoted if _words(text, q) >= _MIN_CONTINUATION_WORDS]
    else:
        found = _Finder(doc, text, quoted).run()
    quotes = {_to_quote(f, text, entities) for f in found}
    return tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end, q.cue is None)))


class _Finder:
    """One article's search: reports from the parse, then quotations left unclaimed."""

    def __init__(self, doc: Any, text: str, quoted: tuple[Quoted, ...]) -> None:  # Any: Doc
        self.doc = doc
        self.text = text
        self.quoted = quoted
        self.starts = [t.idx for t in doc]
        self.datelines = {m.end(): m.start() for m in _DATELINE.finditer(text[:100_000])}
        self.quote_starts = [q.start for q in quoted]
        self.taken: dict[int, QuoteKind] = {}  # verb token -> kind of its report

    def run(self) -> list[_Found]:
        """Return every quote found in the article."""
        found: list[_Found] = []
        for sent in self.doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                log.debug("sentence at %d has %d tokens: not searched", sent.start_char, len(sent))
                continue
            for tok in sent:
                item = self._report_at(tok)
                if item is not None:
                    found.append(item)
        ranges = sorted(f.content for f in found)
        claimed = ([s for s, _ in ranges], list(itertools.accumulate((e for _, e in ranges), max)))
        for q in self.quoted:
            if q.double and not _overlaps_any(claimed, q):
                item = self._unclaimed(q, found)
                if item is not None:
                    found.append(item)
        return found

    def _report_at(self, tok: Any) -> _Found | None:  # Any: spacy Token
        if self._inside_quote(tok.idx):
            return None
        if tok.lower_ == "according":
            report = according_to(tok)
        elif is_speech_verb(tok):
            report = report_of(tok)
        else:
            return None
        if report is None:
            return None
        found = self._classify(report)
        self.taken[tok.i] = found.kind
        return found

    def _classify(self, report: Report) -> _Found:
        """Direct, mixed or indirect, by how the clause and the quote marks overlap."""
        start, end = self._chars(report.content)
        inner = self._overlapping(start, end)
        kind: QuoteKind = "indirect"
        if inner:
            start, end = min(start, *(q.start for q in inner)), max(end, *(q.end for q in inner))
            outside = self.text[start:end]
            for q in reversed(inner):
                outside = outside[: q.start - start] + outside[q.end - start :]
            kind = "mixed" if _WORD.search(outside) else "direct"
            if kind == "direct" and len(inner) > 1:  # the parse joined quotes: keep the nearest
                cue = self._chars(report.cue)
                near = min(inner, key=lambda q: min(abs(q.end - cue[0]), abs(q.start - cue[1])))
                start, end = near.start, near.end
        confidence = _BASE_CONFIDENCE[kind] - (0.1 if report.trailing else 0.0)
        return _Found(
            kind=kind,
            content=(start, end),
            cue=self._chars(report.cue),
            source=self._chars(report.source) if report.source else None,
            medium=report.medium,
            confidence=confidence,
            sentence=self._sentence(report.cue[0]),
        )

    def _unclaimed(self, q: Quoted, found: list[_Found]) -> _Found | None:
        """A quotation no report covered: the speech verb beside it, or a continuation."""
        verb = self._verb_beside(q)
        if verb is not None:
            report = Report(
                cue=(verb.i, verb.i + 1),
                content=(0, 0),
                source=subject_of(verb),
                medium=medium_of(verb),
                trailing=False,
            )
            self.taken.setdefault(verb.i, "direct")
            return _Found(
                kind="direct",
                content=(q.start, q.end),
                cue=self._chars(report.cue),
                source=self._chars(report.source) if report.source else None,
                medium=report.medium,
                confidence=0.85,
                sentence=self._sentence(verb.i),
            )
        earlier = [f for f in found if f.content[1] <= q.start and f.source is not None]
        if _words(self.text, q) < _MIN_CONTINUATION_WORDS or not earlier or not self._opens(q):
            return None
        last = max(earlier, key=lambda f: f.content[1])
        return _Found("direct", (q.start, q.end), None, last.source, None, 0.4)

    def _verb_beside(self, q: Quoted) -> Any:  # Any: spacy Token or None
        """The free speech verb after the quotation in its sentence, or before it."""
        last = self._token_at(q.end - 1)
        sent = self.doc[last].sent
        for tok in self.doc[last + 1 : min(sent.end, last + 9)]:
            if self._inside_quote(tok.idx):
                break
            if self._free_verb(tok):
                return tok
        first = self._token_at(q.start)
        sent = self.doc[first].sent
        if first == sent.start and sent.start > 0 and self.doc[sent.start - 1].text == ":":
            sent = self.doc[sent.start - 1].sent  # X said: / "..." split into two sentences
        for tok in reversed(self.doc[max(sent.start, first - 15) : first]):
            if self._inside_quote(tok.idx):
                break
            if self._free_verb(tok):
                return tok
        return None

    def _free_verb(self, tok: Any) -> bool:  # Any: spacy Token
        return is_speech_verb(tok) and self.taken.get(tok.i, "direct") == "direct"

    def _opens(self, q: Quoted) -> bool:
        """Whether the quotation starts a sentence or a paragraph."""
        before = self.text[max(0, q.start - 3) : q.start].strip()
        return not before or before[-1] in '.!?"”:'

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_left(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i].end - 1

    def _overlapping(self, start: int, end: int) -> list[Quoted]:
        """The quotations that overlap [start, end) (they do not overlap each other)."""
        i = max(0, bisect.bisect_right(self.quote_starts, start) - 1)
        j = bisect.bisect_left(self.quote_starts, end)
        return [q for q in self.quoted[i:j] if q.start < end and start < q.end]

    def _token_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def _chars(self, rng: tuple[int, int]) -> CharRange:
        """The character range of a token range, less a dateline at its start."""
        last = self.doc[rng[1] - 1]
        start, end = self.doc[rng[0]].idx, last.idx + len(last.text)
        for after, before in self.datelines.items():
            if start <= before < after < end:
                return (after, end)
        return (start, end)

    def _sentence(self, i: int) -> CharRange:
        sent = self.doc[i].sent
        return (sent.start_char, sent.end_char)


def _overlaps_any(claimed: tuple[list[int], list[int]], q: Quoted) -> bool:
    """Whether a range overlaps the quotation, given the sorted starts and running max ends."""
    starts, max_ends = claimed
    i = bisect.bisect_left(starts, q.end)
    return i > 0 and max_ends[i - 1] > q.start


def _words(text: str, q: Quoted) -> int:
    return len(_WORD.findall(text, q.start, q.end))


def _bare(q: Quoted) -> _Found:
    """A quotation found without a parse: no speaker, no cue."""
    return _Found("direct", (q.start, q.end), None, None, None, 0.3)


def _to_quote(found: _Found, text: str, entities: tuple[Entity, ...]) -> Quote:
    """Build the model's Quote, resolving the speaker phrase to an entity."""
    speaker = None
    confidence = found.confidence
    if found.source is not None:
        span = Span(start=found.source[0], end=found.source[1])
        phrase = text[span.start : span.end]
        resolved = resolve_speaker(phrase, span, entities)
        speaker = Speaker(entity_id=resolved.entity_id, text=phrase, span=span)
        confidence *= _SPEAKER_FACTOR[resolved.kind]
    else:
        confidence *= 0.6
    cue = None
    if found.cue is not None:
        sent = found.sentence or found.cue
        cue = Mention(
            text=text[found.cue[0] : found.cue[1]],
            span=Span(start=found.cue[0], end=found.cue[1]),
            sentence=Span(start=sent[0], end=sent[1]),
        )
    start, end = found.content
    return Quote(
        kind=found.kind,
        text=text[start:end],
        span=Span(start=start, end=end),
        speaker=speaker,
        cue=cue,
        medium=found.medium,
        confidence=round(confidence, 3),
    )
