"""Actor codes: who an event's actor or recipient is, as country + sector.

A code is the country (ISO 3166-1 alpha-3) or international body (``NATO``, ``EU``)
followed by a PLOVER sector when one is known: ``USAGOV``, ``TURMIL``, ``AFGREB``.
Codes come from, in order:

1. the user's actor dictionary (setting ``actors``: a file of ``phrase<TAB>code``
   lines; a code starting with ``~`` is a sector for an agent noun: ``police ~COP``);
2. the article's entities: a country is its bare code ("Turkey" -> ``TUR``), a capital
   standing for its government ("Ankara" -> ``TURGOV``), a person or organisation has
   the country it serves and the sector of its title;
3. agent nouns ("troops", "police", "rebels", "the government") with the country of
   their modifiers ("Turkish troops" -> ``TURMIL``, "the government of Sudan" ->
   ``SDNGOV``).

An actor whose country is unknown keeps its sector after ``---`` (``---REB``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import ConfigError
from dateline.language.gazetteer import lookup
from dateline.language.lemmas import singular

UNKNOWN = "---"

# Agent nouns (singular, lower case) and the PLOVER sector each stands for.
_AGENTS: dict[str, str] = {}
for _sector, _words in {
    "GOV": "government administration authority official ministry minister cabinet "
    "president premier regime leader leadership spokesman spokeswoman spokesperson "
    "diplomat ambassador envoy embassy delegation negotiator mayor governor state "
    "chancellor king queen emir monarch junta council secretary",
    "MIL": "army military troop soldier force navy airforce marine commander general "
    "battalion brigade unit warplane jet warship gunboat artillery tank paratrooper",
    "COP": "police policeman policewoman gendarmerie gendarme patrol guard",
    "REB": "rebel insurgent militant guerrilla guerilla separatist jihadist fighter insurgency",
    "PRM": "militia paramilitary",
    "UAF": "gunman attacker assailant",
    "JUD": "court judge prosecutor tribunal judiciary magistrate",
    "LEG": "parliament lawmaker legislator congress senate senator deputy assembly "
    "legislature congressman congresswoman mp",
    "PTY": "party",
    "OPP": "opposition dissident",
    "CVL": "protester protestor demonstrator civilian resident villager activist crowd "
    "citizen mob people man woman child family pilgrim",
    "EDU": "student teacher university school",
    "LAB": "worker union unionist striker employee miner",
    "BUS": "company firm businessman corporation investor bank trader exporter importer "
    "manufacturer",
    "MED": "doctor nurse hospital medic",
    "JRN": "journalist reporter newspaper broadcaster editor media correspondent",
    "REL": "cleric church priest imam bishop monk pastor clergy",
    "REF": "refugee migrant asylum-seeker",
    "CRM": "criminal smuggler gang trafficker pirate",
    "AGR": "farmer herder",
    "SPY": "spy intelligence",
    "SOC": "ngo charity",
}.items():
    for _word in _words.split():
        _AGENTS[_word] = _sector


@dataclass(frozen=True, slots=True)
class ActorTable:
    """The user's actor dictionary: phrases (as lower-case word tuples) and their codes."""

    phrases: dict[tuple[str, ...], str]
    agents: dict[str, str]
    longest: int

    def match(self, words: list[str], start: int) -> tuple[int, str] | None:
        """Return (end, code) of the longest phrase starting at ``words[start]``, if any."""
        for size in range(min(self.longest, len(words) - start), 0, -1):
            code = self.phrases.get(tuple(words[start : start + size]))
            if code:
                return start + size, code
        return None


EMPTY_TABLE = ActorTable(phrases={}, agents={}, longest=0)


@functools.cache
def load_actor_table(path: str | None) -> ActorTable:
    """Read the user's actor dictionary (``phrase<TAB>code`` lines; ``#`` comments).

    Args:
        path: the file, or None for no dictionary.

    Returns:
        The table.

    Raises:
        ConfigError: the file cannot be read, or a line is not ``phrase<TAB>code``.
    """
    if not path:
        return EMPTY_TABLE
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"setting actors={path!r}: cannot read it ({exc.strerror})") from exc
    phrases: dict[tuple[str, ...], str] = {}
    agents: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, sep, code = line.partition("\t")
        code = code.strip().upper()
        if not sep or not phrase.strip() or not _valid_code(code):
            raise ConfigError(f"{path}:{number}: expected 'phrase<TAB>CODE', got {line!r}")
        words = tuple(phrase.lower().split())
        if code.startswith("~"):
            agents[" ".join(words)] = code[1:]
        else:
            phrases[words] = code
    longest = max((len(k) for k in phrases), default=0)
    return ActorTable(phrases=phrases, agents=agents, longest=longest)


def _valid_code(code: str) -> bool:
    body = code[1:] if code.startswith("~") else code
    return 2 <= len(body) <= 12 and all(c.isalnum() or c == "-" for c in body)


def agent_sector(noun: str, table: ActorTable = EMPTY_TABLE) -> str | None:
    """The sector an agent noun stands for ("troops" -> MIL), or None."""
    low = noun.lower()
    for word in (low, singular(low)):
        sector = table.agents.get(word) or _AGENTS.get(word)
        if sector:
            return sector
    return None


def place_code(text: str) -> tuple[str, str] | None:
    """The (code, kind) of a country, capital, demonym or IGO name, or None."""
    entry = lookup(text)
    return (entry.code, entry.kind) if entry else None


def join(country: str | None, sector: str | None) -> str:
    """Join a country (or IGO) code and a sector into an actor code."""
    if sector and country and country.endswith(sector):
        return country
    return (country or UNKNOWN) + (sector or "")


def sector_of_name(words: Iterable[str]) -> str | None:
    """The sector an organisation's name implies ("Interior Ministry" -> GOV), or None."""
    found = None
    for word in words:  # the last agent word is the head: "Police Academy Ministry" -> GOV
        found = agent_sector(word) or found
    return found
