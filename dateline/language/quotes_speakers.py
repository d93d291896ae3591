"""Speakers: which entity the words naming a speaker refer to.

Part of the quotes step (`dateline.language.quotes`). A speaker phrase that holds an
entity mention is that entity; "he"/"she" is the last person mentioned before the
quote, "it"/"they" the last organisation; "the minister" is the last person whose
role has that word. Anything less clear stays unresolved: a wrong speaker is worse
than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dateline.model import Entity, Span

SpeakerKind = Literal["name", "pronoun", "title", "other"]

_PERSON_PRONOUNS = frozenset(("he", "she"))
_GROUP_PRONOUNS = frozenset(("it", "they"))
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "his", "her", "their"))


@dataclass(frozen=True, slots=True)
class Resolved:
    """The entity a speaker phrase names (or None) and how it was found."""

    entity_id: str | None
    kind: SpeakerKind


# How far into a speaker phrase a place may start and still be its head ("the ").
_PLACE_AT_HEAD = 4


def resolve_speaker(phrase: str, span: Span, entities: tuple[Entity, ...]) -> Resolved:
    """Return the entity that the speaker phrase at ``span`` refers to.

    Args:
        phrase: the speaker's words, ``text[span.start:span.end]``.
        span: where they are.
        entities: the article's entities, with their mentions.

    Returns:
        The entity id (None when unresolved) and whether the phrase was a name, a
        pronoun, a title or something else.
    """
    named = _by_mention(span, entities)
    if named is not None:
        return Resolved(named, "name")
    words = phrase.lower().split()
    if len(words) == 1 and words[0] in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        wanted = ("PERSON",) if words[0] in _PERSON_PRONOUNS else ("ORG",)
        return Resolved(_last_before(span.start, entities, wanted, None), "pronoun")
    if words and words[0] in _DETERMINERS and 2 <= len(words) <= 4:
        return Resolved(_last_before(span.start, entities, ("PERSON", "ORG"), words[-1]), "title")
    return Resolved(None, "other")


def _by_mention(span: Span, entities: tuple[Entity, ...]) -> str | None:
    """The PERSON/ORG (else any) entity with the longest mention inside the span.

    A place counts only at the head of the phrase ("Turkey said", "the Turkish side
    said"), not inside it: "a Western diplomat in the Turkmen capital" is no Turkmen.
    """
    best: tuple[int, int, str] | None = None
    for ent in entities:
        rank = 1 if ent.type in ("PERSON", "ORG") else 0
        for m in ent.mentions:
            if rank == 0 and m.span.start - span.start > _PLACE_AT_HEAD:
                continue
            if span.start <= m.span.start and m.span.end <= span.end:
                key = (rank, m.span.end - m.span.start, ent.id)
                if best is None or key[:2] > best[:2]:
                    best = key
    return best[2] if best else None


def _last_before(
    pos: int, entities: tuple[Entity, ...], types: tuple[str, ...], head: str | None
) -> str | None:
    """The entity of the given types mentioned last before ``pos``; with ``head``, only
    one whose role (a person) or name (an organisation) contains that word."""
    best: tuple[int, str] | None = None
    for ent in entities:
        if ent.type not in types or (head is not None and not _fits(ent, head)):
            continue
        ends = [m.span.end for m in ent.mentions if m.span.end <= pos]
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), ent.id)
    return best[1] if best else None


def _fits(ent: Entity, head: str) -> bool:
    """Whether a title's head word ("minister") fits the entity's role or name."""
    stem = head.rstrip("s") if len(head) > 4 else head
    if ent.type == "PERSON":
        return ent.role is not None and stem in ent.role.lower()
    return stem in ent.name.lower() or any(stem in a.lower() for a in ent.aliases)
