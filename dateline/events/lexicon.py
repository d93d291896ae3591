"""The event-trigger lexicon: which verbs and event nouns report which PLOVER event.

The entries live in ``data/lexicon.txt``, written by hand; its header documents the
format (``TRIGGER | CONDITIONS | EVENT | CAMEO | FLAGS``, one entry a line) and the
coding decisions. `load_lexicon` reads and checks the file once per process: every
category and mode must be PLOVER's, every CAMEO code must be in the CAMEO table and
map to the entry's category (unless the entry says ``override``), and no trigger may
have the same conditions twice. An entry without a code gets `CameoTable.reverse`'s.

`Lexicon.entries` lists a trigger's entries most specific first, so the engine takes
the first whose conditions hold; a ``NONE`` entry that holds means "no event here".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError
from dateline.events.cameo import PLOVER_MODES, CameoTable, load_cameo

DATA_PATH = Path(__file__).parent / "data" / "lexicon.txt"
ROLES = frozenset({"obj", "prep", "prt", "xcomp", "mod", "subj"})
FRAMES = frozenset({"request", "threat", "intent", "reject", "report", "deny", "accuse"})
LIGHT = "LIGHT"
NONE = "NONE"
_POS = {"v": "verb", "n": "noun"}
_TRIGGER = re.compile(r"(?P<pos>[vn]):(?P<lemma>[a-z][a-z'-]*)")
_WORD = re.compile(r"[a-z][a-z'-]*")
_SET_NAME = re.compile(r"@[a-z_]+")
_CODE = re.compile(r"\d{2,4}")
_MIN_FIELDS, _MAX_FIELDS = 4, 5


class LexiconError(DatelineError, ValueError):
    """The lexicon file is malformed; the message names the file, the line and the problem."""


@dataclass(frozen=True, slots=True)
class Condition:
    """One condition of an entry: a dependent of the trigger and the lemmas it may have.

    ``role`` is obj, prep, prt, xcomp, mod or subj; ``word`` is the preposition or
    particle for prep and prt, else ""; an empty ``lemmas`` allows any lemma.
    """

    role: str
    word: str
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One lexicon entry: a trigger, its conditions, and the event it reports.

    ``event`` is a PLOVER category, "LIGHT" (the direct object's event noun is the
    trigger) or "NONE" (not an event); ``cameo`` is "" for LIGHT and NONE; ``frame`` is
    "" or what the trigger's clausal complement is to the act (request, threat, intent,
    reject, report, deny, accuse); ``line`` is the entry's line in the file.
    """

    pos: str
    lemma: str
    conditions: tuple[Condition, ...]
    event: str
    mode: str
    cameo: str
    frame: str
    line: int


class Lexicon:
    """The parsed lexicon, indexed by trigger.

    Args:
        entries: the entries in file order.
    """

    __slots__ = ("_by_trigger", "_entries")

    def __init__(self, entries: tuple[LexEntry, ...]) -> None:
        self._entries = entries
        grouped: dict[tuple[str, str], list[LexEntry]] = {}
        for entry in entries:
            grouped.setdefault((entry.pos, entry.lemma), []).append(entry)
        self._by_trigger = {
            key: tuple(sorted(group, key=lambda e: (-len(e.conditions), e.line)))
            for key, group in grouped.items()
        }

    def entries(self, pos: str, lemma: str) -> tuple[LexEntry, ...]:
        """Entries for a trigger, most specific first (more conditions first, then file order).

        Args:
            pos: "verb" or "noun".
            lemma: the trigger's lemma; case does not matter.

        Returns:
            The entries, or an empty tuple when the lemma is no trigger.

        Raises:
            ValueError: ``pos`` is neither "verb" nor "noun".
        """
        if pos not in _POS.values():
            raise ValueError(f"pos must be 'verb' or 'noun', not {pos!r}")
        return self._by_trigger.get((pos, lemma.lower()), ())

    def lemmas(self, pos: str) -> frozenset[str]:
        """The lemmas that trigger entries for ``pos`` ("verb" or "noun")."""
        return frozenset(lemma for (p, lemma) in self._by_trigger if p == pos)

    def __iter__(self) -> Iterator[LexEntry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and check a lexicon file; the shipped one is read once per process.

    Args:
        path: a lexicon file; None for the shipped ``dateline/events/data/lexicon.txt``.

    Returns:
        The lexicon.

    Raises:
        LexiconError: naming ``FILE:LINE: problem`` for a bad trigger, an unknown
            condition role, an unknown category or mode, a CAMEO code that is not in the
            table or maps to another category (without ``override``), an unknown frame
            or flag, an undefined or repeated word set, or a duplicate entry (same trigger
            and conditions).
    """
    if path is None:
        return _shipped_lexicon()
    return _Parser(path, load_cameo()).parse()


@functools.cache
def _shipped_lexicon() -> Lexicon:
    return _Parser(DATA_PATH, load_cameo()).parse()


class _Problem(Exception):
    """A problem on the line being parsed; `_Parser` adds the file and line."""


class _Parser:
    """Reads one lexicon file: word sets (``@name = a, b``) and entries."""

    def __init__(self, path: Path, table: CameoTable) -> None:
        self.path = path
        self.table = table
        self.sets: dict[str, frozenset[str]] = {}
        self.seen: dict[tuple[str, str, frozenset[Condition]], int] = {}

    def parse(self) -> Lexicon:
        """Parse the whole file, raising `LexiconError` at the first bad line."""
        entries = []
        text = self.path.read_text(encoding="utf-8")
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                if line.startswith("@"):
                    self._define(line)
                else:
                    entries.append(self._entry(line, number))
            except _Problem as problem:
                raise LexiconError(f"{self.path}:{number}: {problem}") from None
        return Lexicon(tuple(entries))

    def _define(self, line: str) -> None:
        """Record a word set: ``@name = lemma, lemma, ...``."""
        name, sep, value = (part.strip() for part in line.partition("="))
        if not sep or not _SET_NAME.fullmatch(name):
            raise _Problem(f"a word set is written '@name = a, b, c', not {line!r}")
        if name in self.sets:
            raise _Problem(f"word set {name} is defined twice")
        self.sets[name] = self._lemmas(value)

    def _entry(self, line: str, number: int) -> LexEntry:
        """Parse one ``TRIGGER | CONDITIONS | EVENT | CAMEO | FLAGS`` line."""
        fields = [field.strip() for field in line.split("|")]
        if not _MIN_FIELDS <= len(fields) <= _MAX_FIELDS:
            raise _Problem(
                f"expected 'TRIGGER | CONDITIONS | EVENT | CAMEO | FLAGS', got {len(fields)} fields"
            )
        trigger, conditions_text, event_text, code, *rest = fields
        match = _TRIGGER.fullmatch(trigger)
        if match is None:
            raise _Problem(f"bad trigger {trigger!r}: write v:lemma or n:lemma, in lower case")
        pos, lemma = _POS[match["pos"]], match["lemma"]
        conditions = self._conditions(conditions_text)
        key = (pos, lemma, frozenset(conditions))
        if key in self.seen:
            raise _Problem(f"duplicate entry: same trigger and conditions as line {self.seen[key]}")
        self.seen[key] = number
        event, mode = _event(event_text)
        frame, override = _flags(rest[0] if rest else "")
        cameo = self._cameo(code, event, mode, override)
        if event in (LIGHT, NONE):
            _check_special(event, conditions, frame)
        return LexEntry(pos, lemma, conditions, event, mode, cameo, frame, number)

    def _conditions(self, text: str) -> tuple[Condition, ...]:
        """Parse ``role=value; role=value``."""
        if not text:
            return ()
        return tuple(self._condition(part.strip()) for part in text.split(";"))

    def _condition(self, text: str) -> Condition:
        role, sep, value = (part.strip() for part in text.partition("="))
        if role not in ROLES or not sep:
            raise _Problem(
                f"unknown condition {text!r}: use obj=, prep=, prt=, xcomp=, mod= or subj="
            )
        if role not in ("prep", "prt"):
            return Condition(role, "", frozenset() if value == "*" else self._lemmas(value))
        word, colon, lemmas = (part.strip() for part in value.partition(":"))
        if not _WORD.fullmatch(word):
            raise _Problem(f"{role}= needs a preposition or particle, not {value!r}")
        if colon and role == "prt":
            raise _Problem(f"prt={word} takes no lemma list")
        return Condition(role, word, self._lemmas(lemmas) if colon else frozenset())

    def _lemmas(self, text: str) -> frozenset[str]:
        """Parse ``a, b, @set``: lower-case lemmas and word sets defined above."""
        found: set[str] = set()
        for item in (part.strip() for part in text.split(",")):
            if item.startswith("@"):
                if item not in self.sets:
                    raise _Problem(f"word set {item} is not defined above this line")
                found |= self.sets[item]
            elif _WORD.fullmatch(item):
                found.add(item)
            else:
                raise _Problem(f"bad lemma {item!r} in {text!r}: lower-case words only")
        return frozenset(found)

    def _cameo(self, code: str, event: str, mode: str, override: bool) -> str:
        """Check the entry's CAMEO code, or give the reverse-mapped one for ``-``."""
        if event in (LIGHT, NONE):
            if code != "-" or override:
                raise _Problem(f"a {event} entry takes '-' for CAMEO and no override")
            return ""
        if code == "-":
            if override:
                raise _Problem("override needs a CAMEO code")
            return self.table.reverse(event, mode)
        if not _CODE.fullmatch(code) or code not in self.table:
            raise _Problem(f"CAMEO code {code!r} is not in the CAMEO table (cameo_plover.tsv)")
        mapped = self.table.forward(code)[0]
        if mapped != event and not override:
            raise _Problem(
                f"CAMEO {code} maps to {mapped}, not {event}; add the flag 'override' "
                "if PLOVER's precedence rules code it as " + event
            )
        if mapped == event and override:
            raise _Problem(f"needless override: CAMEO {code} already maps to {event}")
        return code


def _event(text: str) -> tuple[str, str]:
    """Parse ``CATEGORY``, ``CATEGORY:mode``, ``LIGHT`` or ``NONE``."""
    if text in (LIGHT, NONE):
        return text, ""
    event, _, mode = text.partition(":")
    if event not in PLOVER_MODES:
        raise _Problem(f"unknown PLOVER category {event!r} (or LIGHT, NONE)")
    if mode and mode not in PLOVER_MODES[event]:
        known = ", ".join(sorted(PLOVER_MODES[event])) or "none"
        raise _Problem(f"{mode!r} is not a mode of {event} (its modes: {known})")
    return event, mode


def _flags(text: str) -> tuple[str, bool]:
    """Parse the FLAGS field: ``frame=NAME`` and ``override``."""
    frame, override = "", False
    for flag in text.split():
        name, _, value = flag.partition("=")
        if flag == "override":
            override = True
        elif name == "frame" and value in FRAMES and not frame:
            frame = value
        elif name == "frame":
            raise _Problem(f"bad frame {value!r}: one of {', '.join(sorted(FRAMES))}, once")
        else:
            raise _Problem(f"unknown flag {flag!r}: use frame=NAME or override")
    return frame, override


def _check_special(event: str, conditions: tuple[Condition, ...], frame: str) -> None:
    """LIGHT takes no frame; NONE needs conditions or a frame to have any effect."""
    if event == LIGHT and frame:
        raise _Problem("a LIGHT entry takes no frame (its object noun's entry decides)")
    if event == NONE and not conditions and not frame:
        raise _Problem("a NONE entry without conditions or frame has no effect")
