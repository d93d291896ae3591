"""The data model shared by every stage, and its versioned JSON form.

A source reader yields `Document`s; the extract stage turns each into an `Article`;
the `Record` bundles the article with the annotations later stages add (timexes,
entities, quotes, events). `Record.to_json` / `record_from_json` are the one place
where the JSON schema ``dateline/1`` (docs/schema.md) is written and read.

Conventions: offsets are half-open character offsets into `Article.text`; dates are
ISO strings (``YYYY-MM-DD`` or a full ISO datetime with offset); collections are tuples.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "dateline/1"

SourceFormat = Literal["html", "text", "jsonl", "warc", "feed"]
SOURCE_FORMATS: tuple[SourceFormat, ...] = ("html", "text", "jsonl", "warc", "feed")
ContentKind = Literal["html", "text"]
DateRole = Literal["reprint", "published", "modified", "dateline", "crawled"]
DATE_ROLES: tuple[DateRole, ...] = ("reprint", "published", "modified", "dateline", "crawled")
DateSignal = Literal[
    "header", "meta", "url", "htmldate", "dateline", "feed", "warc", "jsonl", "text"
]
DATE_SIGNALS: tuple[DateSignal, ...] = (
    "header", "meta", "url", "htmldate", "dateline", "feed", "warc", "jsonl", "text",
)  # fmt: skip
BoilerplateKind = Literal[
    "disclaimer", "copyright", "navigation", "share", "related", "header", "other"
]
BOILERPLATE_KINDS: tuple[BoilerplateKind, ...] = (
    "disclaimer", "copyright", "navigation", "share", "related", "header", "other",
)  # fmt: skip
Position = Literal["before", "inside", "after"]


def content_id(kind: str, payload: bytes) -> str:
    """Return the stable content id of a document: 20 hex digits of BLAKE2b.

    Args:
        kind: what the payload is ("html", "text", "jsonl"), so equal bytes of
            different kinds do not collide.
        payload: the document's content bytes.

    Returns:
        The id; the same content always gets the same id, wherever it was read.
    """
    digest = hashlib.blake2b(kind.encode() + b"\0" + payload, digest_size=10)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open character range into `Article.text`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a document came from.

    ``offset`` is the byte offset of the document in the file as stored (for a
    WARC, the record's offset in the archive; for JSONL, the line's offset in the
    decompressed stream), or the item index in a feed; ``line`` is the 1-based
    line number for JSONL. ``id`` is an id given by the input (JSONL ``id``,
    feed entry id, WARC-Record-ID).
    """

    path: str
    offset: int = 0
    id: str | None = None
    format: SourceFormat
    url: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One raw document from a source, before extraction.

    ``content`` is the decoded HTML page or plain text (``kind`` says which); the
    source reader has already found the encoding. ``meta`` holds fields the container
    gave, as strings: title, date (ISO), date_signal (feed|warc|jsonl), agency, site,
    byline, lang. ``id`` is `content_id` of the content.
    """

    source: Source
    kind: ContentKind
    content: str
    meta: tuple[tuple[str, str], ...] = ()
    id: str

    def meta_get(self, key: str) -> str | None:
        """Return one metadata field, or None."""
        for k, v in self.meta:
            if k == key:
                return v
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline prefix of a story: ``WASHINGTON, Dec. 5 (Xinhua) --``."""

    place: str | None = None
    date_text: str | None = None
    agency: str | None = None
    raw: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DateFound:
    """A date found for the article, with the role it plays and where it came from."""

    value: str
    text: str
    role: DateRole
    signal: DateSignal


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate:
    """Text set aside from the article body, with what kind of text it is."""

    text: str
    kind: BoilerplateKind
    position: Position


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TIMEX_TYPES: tuple[TimexType, ...] = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A time expression of the text (TIMEX3), normalised against the anchor date.

    ``value`` is a TIMEX3 value: ``2019-12-05``, ``2019-12``, ``2019-W49``, ``2019-Q4``,
    ``P3Y``, ``PT2H``, ``XXXX-WXX-1``, ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``;
    ``XXXX`` stands for what the text and the anchor leave unknown. ``range`` gives the
    first and last day (or instant) a DATE/TIME covers, when it is a span of days
    ("Dec. 3-4", "from March to May"). ``anchor_relative`` says the value depends on the
    anchor date ("Thursday", "last month"), so it changes if the anchor does.
    """

    text: str
    span: Span
    type: TimexType
    value: str
    anchor_relative: bool = False
    granularity: str | None = None
    range: tuple[str, str] | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """One signal behind the anchor date: where it was read and what it says."""

    signal: str
    text: str
    span: Span | None = None
    value: str
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchor:
    """The date an article is anchored at, with the evidence and how sure we are.

    ``value`` is ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY`` at a coarser granularity), or
    ``"unresolved"`` when nothing dates the article. ``story`` is the date of the
    original story (its dateline), ``copy`` the date of this copy (reprint header, page
    metadata, crawl); the anchor is the story date when known, else the copy date.
    ``conflicts`` says, in words, where signals disagree and which one won.
    """

    value: str
    granularity: Literal["day", "month", "year", "none"]
    confidence: float
    story: str | None = None
    copy: str | None = None
    evidence: tuple[Evidence, ...] = ()
    conflicts: tuple[str, ...] = ()


EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"]
ENTITY_TYPES: tuple[EntityType, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW",
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One mention of an entity: its text, its span and the span of its sentence."""

    text: str
    span: Span
    sentence: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation or place with one identity across its mentions.

    ``country`` is an ISO 3166-1 alpha-3 code (the country a GPE is, or a person or
    organisation serves); ``role`` a title ("Secretary of Defense"); ``sector`` the
    actor sector code it implies (GOV, MIL, LEG, JUD, BUS, MED, ...). ``id`` is stable
    within the article (``e1``, ``e2``, ... in order of first mention).
    """

    id: str
    name: str
    type: EntityType
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who said it: the entity when resolved, and the words that name the speaker."""

    entity_id: str | None = None
    text: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quotation, direct or reported, with its speaker, cue verb and medium."""

    kind: QuoteKind
    text: str
    span: Span
    speaker: Speaker | None = None
    cue: Mention | None = None
    medium: str | None = None
    confidence: float = 1.0


EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
EVENT_TYPES: tuple[EventType, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
EventAux = Literal["historical", "future", "hypothetical", "negated", "reported"]
EVENT_AUX: tuple[EventAux, ...] = ("historical", "future", "hypothetical", "negated", "reported")


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """One side of an event: the words that name it, its entity and its actor code.

    ``code`` is the country (ISO 3166-1 alpha-3) or international body, followed by
    the sector when known: ``USAGOV``, ``TURMIL``, ``RUS``, ``NATO``, ``AFGREB``; an
    actor whose country is unknown has only its sector (``---REB``) or is ``---``.
    """

    entity_id: str | None = None
    name: str
    code: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    """When the event happened: a TIMEX3-style value and where it came from."""

    value: str
    granularity: str
    source: Literal["timex", "anchor"]
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """Where the event happened: a place name and its country, when known."""

    name: str
    country: str | None = None
    source: Literal["text", "dateline"] = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number the event sentence gives about the event: "12 people", "800 million ducats"."""

    text: str
    value: float
    unit: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Who did what to whom, when and where: one PLOVER-coded event and its sentence.

    ``type`` is a PLOVER category, ``mode`` its mode ("" when none), ``context`` the
    PLOVER contexts, ``cameo`` the most specific CAMEO code that agrees with the type and
    mode. ``aux`` flags events that are not plain new facts: ``historical`` (dated well
    before the article), ``future``, ``hypothetical``, ``negated``, ``reported`` (inside
    someone's reported speech). ``trigger`` is the word(s) the coding comes from.
    """

    id: str
    type: EventType
    mode: str = ""
    context: tuple[str, ...] = ()
    cameo: str
    actor: Actor | None = None
    recipient: Actor | None = None
    date: EventDate | None = None
    place: Place | None = None
    sentence: Span
    trigger: Mention
    aux: tuple[EventAux, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """The clean article and its metadata, as extracted."""

    title: str | None = None
    text: str
    lang: str | None = None
    agency: str | None = None
    site: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    dates_found: tuple[DateFound, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    anchor: Anchor | None = None

    def spans(self) -> tuple[Span, ...]:
        """Return every span the article holds (for checks and tests)."""
        found = [*self.paragraphs]
        if self.anchor is not None:
            found.extend(e.span for e in self.anchor.evidence if e.span is not None)
        return tuple(found)


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One article's full record, as stored and as printed by ``dateline analyze``.

    ``timexes``, ``entities``, ``quotes`` and ``events`` are filled by later stages;
    until those exist they stay empty and are carried as plain JSON objects.
    ``produced_by`` lists the versioned steps that ran.
    """

    id: str
    source: Source
    article: Article
    timexes: tuple[TimeExpr, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    produced_by: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the record as the JSON-ready dict of schema ``dateline/1``."""
        body = asdict(self)
        return {"schema": SCHEMA_VERSION, **_lists(body)}

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the record as JSON text with sorted keys."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=indent)


def _lists(value: Any) -> Any:  # Any: walks arbitrary JSON-ready data
    """Turn tuples into lists, recursively, so equal records give equal JSON."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value


def record_from_json(data: str | dict[str, Any]) -> Record:
    """Read a record from its JSON form (the reader lives in `dateline.modeljson`).

    Args:
        data: JSON text or an already-parsed dict of schema ``dateline/1``.

    Returns:
        The record.

    Raises:
        ValueError: the data is not a ``dateline/1`` record.
    """
    from dateline.modeljson import read_record  # here: modeljson imports this module

    return read_record(data)
