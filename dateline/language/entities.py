"""Entities of one article: spaCy's names and the gazetteer's, merged into one identity each.

Mentions come from spaCy's NER (PERSON, ORG, GPE, LOC, NORP, FAC, PRODUCT, EVENT,
LAW) and from gazetteer names spaCy missed. Then:

- a country's names, its capital used as its government ("Washington removed Ankara")
  and its demonyms ("Turkish", "the Turkish side") are one GPE entity named as news
  names it; a capital after "in", "at", "to", "from" ... or in a capitalised dateline
  is the place, a GPE of its own with that country;
- an IGO's acronym and full name are one ORG with sector IGO and no country;
- people are clustered with their titles (`entities_people`, `roles`);
- anything else is one entity per label and normalised text.

Ids are ``e1``, ``e2``, ... in order of first mention; the output depends on the text
and the parse only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from dateline.language.entities_people import NameMention, Person, attach_roles, cluster_people
from dateline.language.gazetteer import GazetteerEntry, find_names, lookup, normalize
from dateline.language.roles import (
    RoleMention,
    leading_title,
    role_mentions,
    title_after,
    title_before,
)
from dateline.model import ENTITY_TYPES, Entity, EntityType, Mention, Span

_LABELS: frozenset[str] = frozenset(ENTITY_TYPES)
_RESOLVABLE = frozenset({"GPE", "NORP", "ORG", "LOC"})
_LOCATIVE = re.compile(
    r"\b(?:in|at|to|from|near|outside|inside|into|across|via|toward|towards|around)\s+$", re.I
)
_SIDE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SIDE_AFTER = re.compile(r"\s+(?:side|government|leadership)\b")
_POSSESSIVE = re.compile(r"\s*['’]s$")


@dataclass(slots=True)
class _Group:
    """An entity being assembled from its mentions."""

    name: str
    type: EntityType
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def find_entities(doc: Any, text: str) -> tuple[Entity, ...]:  # Any: spacy.tokens.Doc
    """Find the entities of an article and merge their mentions into one identity each.

    Args:
        doc: the spaCy Doc of ``text`` (from `load_nlp`), with NER and sentences.
        text: the article text the offsets point into.

    Returns:
        The entities, ``e1``, ``e2``, ... in order of first mention, each with its
        mentions (spans into ``text``, with their sentence spans) and distinct aliases.

    Raises:
        ValueError: ``doc`` was not made from ``text``.
    """
    if doc.text != text:
        raise ValueError("find_entities: the doc was not made from this text; parse the same text")
    if not text.strip():
        return ()
    spans = _ner_spans(doc) + _gazetteer_spans(doc)
    names, titles = _names(doc, text, [s for s in spans if s[2] == "PERSON"])
    people = cluster_people(names)
    taken = sorted((m.start, m.end) for m in names) + titles
    attach_roles(people, _free_roles(text, sorted(taken), names))
    groups = _group_others(text, [s for s in spans if s[2] != "PERSON"], titles, people)
    groups.extend(_person_group(p) for p in people)
    return _build(text, _sentence_starts(doc), groups)


def _ner_spans(doc: Any) -> list[tuple[int, int, str]]:  # Any: spacy Doc
    """Return spaCy's entities of the kept labels as (start, end, label), trimmed of "the", "'s", punctuation."""
    found = []
    full = doc.text  # built on each access: read it once
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        first, last = ent.start, ent.end
        while last - first > 1 and (doc[first].is_punct or doc[first].lower_ == "the"):
            first += 1
        while last - first > 1 and (doc[last - 1].is_punct or doc[last - 1].text in ("'s", "’s")):
            last -= 1
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        found.append((start, end, _relabel(ent.label_, full[start:end])))
    return found


# Last words that make a name a company's, not a person's ("Hanseong Offshore").
_FIRM_WORDS = frozenset(
    "offshore energy oil gas petroleum group holdings holding corp corporation inc ltd "
    "llc plc co company industries international bank airlines airways motors systems "
    "technologies shipping logistics partners capital ventures resources mining steel "
    "telecom pharmaceuticals media news agency foundation institute university".split()
)


def _relabel(label: str, mention: str) -> str:
    """A "person" the gazetteer knows ("Baku") is a place; one named like a firm, a firm."""
    if label != "PERSON":
        return label
    if mention.rsplit(None, 1)[-1].lower().strip(".,") in _FIRM_WORDS:
        return "ORG"
    entry = lookup(mention)
    if entry is None:
        return label
    return _gazetteer_type(entry)


def _gazetteer_type(entry: GazetteerEntry) -> str:
    """The entity type of a gazetteer name: an IGO is an ORG, anything else a GPE."""
    return "ORG" if entry.kind == "igo" else "GPE"


def _gazetteer_spans(doc: Any) -> list[tuple[int, int, str]]:  # Any: spacy Doc
    """Return gazetteer names no kept spaCy entity covers, labelled GPE or ORG (IGOs)."""
    covered = bytearray(len(doc))
    for ent in doc.ents:
        if ent.label_ in _LABELS:  # a name spaCy calls LANGUAGE ("Filipino") may still be ours
            covered[ent.start : ent.end] = b"\1" * (ent.end - ent.start)
    found = []
    for first, end, entry in find_names([t.text for t in doc]):
        if any(covered[first:end]):
            continue
        label = _gazetteer_type(entry)
        found.append((doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text), label))
    return found


def _names(
    doc: Any, text: str, persons: list[tuple[int, int, str]]
) -> tuple[list[NameMention], list[tuple[int, int]]]:  # Any: spacy Doc
    """Return person names with titles stripped and read, and the role spans of the titles."""
    starts = _sentence_starts(doc)
    names, titles = [], []
    for start, end, _ in persons:
        start += leading_title(text[start:end])
        end = start + len(_POSSESSIVE.sub("", text[start:end]))
        if start >= end:
            continue
        floor = starts[bisect.bisect_right(starts, start) - 1]
        title = title_before(text, start, floor) or title_after(text, end)
        if title is not None:
            titles.append((title.role_start, title.role_end))
        names.append(NameMention(start=start, end=end, text=text[start:end], title=title))
    return names, titles


def _free_roles(
    text: str, taken: list[tuple[int, int]], names: list[NameMention]
) -> list[RoleMention]:
    """Return bare role mentions that overlap no name or title and stand before no name."""
    name_starts = sorted(n.start for n in names)
    free = []
    for role in role_mentions(text):
        if _overlaps(taken, role.start, role.end):
            continue
        nxt = bisect.bisect_left(name_starts, role.end)
        if nxt < len(name_starts) and not text[role.end : name_starts[nxt]].strip(" ,"):
            continue
        free.append(role)
    return free


def _overlaps(sorted_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any span of a list sorted by start."""
    i = bisect.bisect_left(sorted_spans, (end, end))
    return any(s < end and start < e for s, e in sorted_spans[max(0, i - 8) : i])


def _group_others(
    text: str,
    spans: list[tuple[int, int, str]],
    titles: list[tuple[int, int]],
    people: list[Person],
) -> list[_Group]:
    """Group the non-person mentions by identity; a surname spaCy mislabelled joins its person."""
    groups: dict[tuple[str, ...], _Group] = {}
    surnames = {normalize(p.name).split()[-1]: p for p in people if " " in p.name}
    titles = sorted(titles)
    for start, end, label in sorted(spans):
        if _overlaps(titles, start, end):
            continue
        mention = text[start:end]
        entry = lookup(mention) if label in _RESOLVABLE else None
        person = surnames.get(normalize(mention)) if entry is None else None
        if person is not None:
            person.mentions.append((start, end))
            continue
        key, group = _identity(text, start, end, label, entry)
        groups.setdefault(key, group).mentions.append(
            _widen_side(text, start, end) if entry and entry.kind == "demonym" else (start, end)
        )
    return list(groups.values())


def _identity(
    text: str, start: int, end: int, label: str, entry: GazetteerEntry | None
) -> tuple[tuple[str, ...], _Group]:
    """Return the identity key of a mention and a new group for it."""
    mention = text[start:end]
    if entry is None:
        country = _leading_country(mention) if label == "ORG" else None
        return (label, normalize(mention)), _Group(
            name=mention, type=_label(label), country=country
        )
    if entry.kind == "igo":
        return ("IGO", entry.code), _Group(name=entry.name, type="ORG", sector="IGO")
    if entry.kind == "capital" and _is_place(text, start, end):
        name = mention.title() if mention.isupper() else mention
        return ("PLACE", normalize(mention)), _Group(name=name, type="GPE", country=entry.code)
    return ("COUNTRY", entry.code), _Group(name=entry.name, type="GPE", country=entry.code)


def _label(label: str) -> EntityType:
    """Narrow a spaCy label already checked against `ENTITY_TYPES`."""
    for kept in ENTITY_TYPES:
        if kept == label:
            return kept
    raise ValueError(f"not an entity label: {label!r}")


def _leading_country(name: str) -> str | None:
    """Return the country an organisation's first word names ("Turkish Foreign Ministry")."""
    entry = lookup(name.split(" ", 1)[0]) if " " in name else None
    return entry.code if entry is not None and entry.kind in ("country", "demonym") else None


def _is_place(text: str, start: int, end: int) -> bool:
    """Whether a capital names the city ("in Ankara", "ANKARA, Dec. 5") rather than the government."""
    mention = text[start:end]
    return (mention.isupper() and len(mention) > 3) or bool(
        _LOCATIVE.search(text, max(0, start - 12), start)
    )


def _widen_side(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen "Turkish" to "the Turkish side" (or government, leadership) where written so."""
    after = _SIDE_AFTER.match(text, end)
    before = _SIDE_BEFORE.search(text, max(0, start - 6), start)
    if after is None or before is None:
        return start, end
    return before.start(), after.end()


def _person_group(person: Person) -> _Group:
    """Turn a clustered person into a group with its role, sector and country."""
    title = person.title
    return _Group(
        name=person.name,
        type="PERSON",
        country=person.country,
        role=title.role if title else None,
        sector=title.sector if title else None,
        mentions=person.mentions,
    )


def _sentence_starts(doc: Any) -> list[int]:  # Any: spacy Doc
    """Return the character offset where each sentence starts (just 0 without a parse)."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [sent.start_char for sent in doc.sents] or [0]


def _build(text: str, sentence_starts: list[int], groups: list[_Group]) -> tuple[Entity, ...]:
    """Number the groups by first mention and turn them into entities."""
    bounds = [*sentence_starts[1:], len(text)]
    ordered = sorted((g for g in groups if g.mentions), key=lambda g: (min(g.mentions), g.name))
    entities = []
    for number, group in enumerate(ordered, start=1):
        mentions = []
        for start, end in sorted(set(group.mentions)):
            k = bisect.bisect_right(sentence_starts, start) - 1
            sentence = Span(start=sentence_starts[k], end=bounds[k])
            mentions.append(
                Mention(text=text[start:end], span=Span(start=start, end=end), sentence=sentence)
            )
        entities.append(
            Entity(
                id=f"e{number}",
                name=group.name,
                type=group.type,
                country=group.country,
                role=group.role,
                sector=group.sector,
                aliases=tuple(dict.fromkeys(m.text for m in mentions)),
                mentions=tuple(mentions),
            )
        )
    return tuple(entities)
