"""People within one article: names with their titles, clustered into one identity each.

Full names ("Mark Esper") are identities. A one-word name ("Esper") joins the full
name it ends (or, failing that, contains: "Yoon" of "Yoon Suk Yeol") when only one
does; when two people share it ("John Smith", "Jane Smith"), it joins the one whose
full name was mentioned last before it (or, with none before, the first after).
Two full names are never merged because they share a word. A bare role ("the defense
chief") joins the last person, within a short reach, whose role has its words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dateline.language.gazetteer import normalize
from dateline.language.roles import RoleMention, Title, role_words

# How many titled-person mentions back a bare role may look for its referent.
_ROLE_REACH = 12


@dataclass(slots=True)
class Person:
    """A person being assembled: its name, its mentions as (start, end), its title."""

    name: str
    first: int
    mentions: list[tuple[int, int]] = field(default_factory=list)
    title: Title | None = None
    country: str | None = None

    def add_title(self, title: Title | None) -> None:
        """Keep the first title seen, and the first country any title gives."""
        if title is None:
            return
        if self.title is None:
            self.title = title
        if self.country is None:
            self.country = title.country


@dataclass(frozen=True, slots=True, kw_only=True)
class NameMention:
    """A person name in the text, title stripped, with the title read around it."""

    start: int
    end: int
    text: str
    title: Title | None = None


def cluster_people(names: list[NameMention]) -> list[Person]:
    """Group person-name mentions into people.

    Args:
        names: the name mentions, in text order.

    Returns:
        The people, in order of first mention.
    """
    people: dict[str, Person] = {}
    for m in names:
        if " " in m.text:
            person = people.setdefault(normalize(m.text), Person(name=m.text, first=m.start))
            person.mentions.append((m.start, m.end))
            person.add_title(m.title)
    full = list(people.values())
    by_last, by_word = _word_index(full)
    for m in names:
        if " " in m.text:
            continue
        word = normalize(m.text)
        candidates = by_last.get(word) or by_word.get(word) or []
        if candidates:
            person = _nearest(candidates, m.start)
        else:
            person = people.setdefault(word, Person(name=m.text, first=m.start))
        person.mentions.append((m.start, m.end))
        person.add_title(m.title)
    return sorted(people.values(), key=lambda p: min(p.mentions))


def _word_index(people: list[Person]) -> tuple[dict[str, list[Person]], dict[str, list[Person]]]:
    """Index full-name people by their last word, and by every word."""
    by_last: dict[str, list[Person]] = {}
    by_word: dict[str, list[Person]] = {}
    for person in people:
        words = normalize(person.name).split()
        by_last.setdefault(words[-1], []).append(person)
        for word in dict.fromkeys(words):
            by_word.setdefault(word, []).append(person)
    return by_last, by_word


def _nearest(candidates: list[Person], start: int) -> Person:
    """Pick the only candidate, or the one whose full name was mentioned last before ``start``."""
    if len(candidates) == 1:
        return candidates[0]
    best: tuple[int, int] | None = None
    for i, person in enumerate(candidates):
        starts = [s for s, _ in person.mentions]
        before = bisect.bisect_left(starts, start)
        if before:
            rank = (starts[before - 1], -i)
            best = rank if best is None or rank > best else best
    if best is None:
        return min(candidates, key=lambda p: p.first)
    return candidates[-best[1]]


def attach_roles(people: list[Person], roles: list[RoleMention]) -> None:
    """Add each bare role mention to the last compatible titled person before it.

    Args:
        people: the clustered people (their mention lists are extended in place).
        roles: bare role mentions that overlap no name and precede no name.
    """
    titled = sorted(
        (start, i)
        for i, person in enumerate(people)
        if person.title is not None
        for start, _ in person.mentions
    )
    starts = [s for s, _ in titled]
    for role in roles:
        pos = bisect.bisect_left(starts, role.start)
        for k in range(pos - 1, max(-1, pos - 1 - _ROLE_REACH), -1):
            person = people[titled[k][1]]
            if _compatible(person, role):
                person.mentions.append((role.start, role.end))
                break


def _compatible(person: Person, role: RoleMention) -> bool:
    """Whether a bare role can refer to this person: its words in the role, same country."""
    assert person.title is not None
    if role.country is not None and role.country != person.country:
        return False
    return role.needs <= role_words(person.title.role)
