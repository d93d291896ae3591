"""Titles of people: the role table, titles around a name, and bare role mentions.

A title is read from the words before a name ("U.S. Secretary of Defense Mark Esper",
"Russia's foreign minister Sergei Lavrov") or from an apposition after it ("Jane Doe,
the CEO of Acme"). The country comes from a country name, capital, demonym or IGO
just before the role. Each role maps to a canonical name and an actor sector: GOV,
MIL, LEG, JUD, BUS, JRN (PLOVER's media sector), REB, OPP (IGO when the title names an IGO, "NATO Secretary General").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dateline.language.gazetteer import lookup

# Ministries whose minister is written "<portfolio> minister" or "minister of <portfolio>".
_PORTFOLIOS = (
    "foreign", "defense", "defence", "interior", "finance", "trade", "energy", "economy",
    "health", "justice", "agriculture", "transport", "education", "labor", "environment",
    "commerce", "industry",
)  # fmt: skip
# canonical role, sector, spellings ("|"-separated, lower case).
_ROLES: tuple[tuple[str, str, str], ...] = (
    ("President", "GOV", "president"),
    ("Vice President", "GOV", "vice president|vice-president"),
    ("Prime Minister", "GOV", "prime minister|premier|pm"),
    ("Minister", "GOV", "minister|cabinet minister"),
    ("Secretary of State", "GOV", "secretary of state"),
    (
        "Secretary of Defense",
        "GOV",
        "secretary of defense|secretary of defence|defense secretary|defence secretary",
    ),
    ("Treasury Secretary", "GOV", "treasury secretary|secretary of the treasury"),
    ("Foreign Secretary", "GOV", "foreign secretary"),
    ("Secretary-General", "GOV", "secretary-general|secretary general"),
    ("Spokesperson", "GOV", "spokesperson|spokesman|spokeswoman"),
    (
        "Foreign Ministry Spokesperson",
        "GOV",
        "foreign ministry spokesperson|foreign ministry spokesman|foreign ministry spokeswoman",
    ),
    ("Ambassador", "GOV", "ambassador"),
    ("Envoy", "GOV", "envoy|special envoy"),
    ("Governor", "GOV", "governor|gov"),
    ("Mayor", "GOV", "mayor"),
    ("Chancellor", "GOV", "chancellor"),
    ("King", "GOV", "king"),
    ("Queen", "GOV", "queen"),
    ("Emir", "GOV", "emir"),
    ("Crown Prince", "GOV", "crown prince"),
    ("Leader", "GOV", "leader|head of state|supreme leader"),
    ("Opposition Leader", "OPP", "opposition leader"),
    ("Rebel Leader", "REB", "rebel leader|rebel commander|rebel chief"),
    ("Senator", "LEG", "senator|sen"),
    ("Lawmaker", "LEG", "lawmaker|legislator|mp|member of parliament"),
    ("Congressman", "LEG", "congressman|congresswoman|rep"),
    ("Speaker", "LEG", "speaker|parliament speaker"),
    ("General", "MIL", "general|gen"),
    ("Lieutenant General", "MIL", "lieutenant general|lt gen"),
    ("Major General", "MIL", "major general|maj gen"),
    ("Admiral", "MIL", "admiral|adm"),
    ("Colonel", "MIL", "colonel|col"),
    ("Commander", "MIL", "commander|military commander"),
    ("Army Chief", "MIL", "army chief|army chief of staff|chief of general staff"),
    ("Judge", "JUD", "judge"),
    ("Chief Justice", "JUD", "chief justice"),
    ("Prosecutor", "JUD", "prosecutor|chief prosecutor|attorney general"),
    ("CEO", "BUS", "ceo|chief executive|chief executive officer"),
    ("Chairman", "BUS", "chairman|chairwoman"),
    ("Journalist", "JRN", "journalist"),
    ("Editor", "JRN", "editor|editor-in-chief"),
    ("Correspondent", "JRN", "correspondent|reporter"),
)
# Bare mentions that are not titles themselves: the role words they require.
_GENERIC_ONLY = {"defense chief": "defense", "defence chief": "defense", "top diplomat": "diplomat"}
_MODIFIERS = r"deputy|acting|former|interim"
# A minister of two portfolios, capitalised: "Commerce and Industry Minister".
_DUAL = r"[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+[Mm]inister"
_STOPWORDS = frozenset({"of", "the"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Title:
    """A person's title as read around a name, with character offsets into the text."""

    role: str
    sector: str
    country: str | None = None
    igo: str | None = None
    start: int
    role_start: int
    role_end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleMention:
    """A bare role mention ("the defense chief") and the role words it requires."""

    start: int
    end: int
    needs: frozenset[str]
    country: str | None = None


@functools.cache
def _spellings() -> dict[str, tuple[str, str]]:
    """Every spelling, with spaces for hyphens, -> (canonical role, sector)."""
    table: dict[str, tuple[str, str]] = {}
    for portfolio in _PORTFOLIOS:
        canonical = ("Defense" if portfolio == "defence" else portfolio.title()) + " Minister"
        for spelling in (f"{portfolio} minister", f"minister of {portfolio}"):
            table[spelling] = (canonical, "GOV")
    table["minister of foreign affairs"] = ("Foreign Minister", "GOV")
    for canonical, sector, spellings in _ROLES:
        for spelling in spellings.split("|"):
            table[spelling.replace("-", " ")] = (canonical, sector)
    return table


@functools.cache
def _role_alternation() -> str:
    spellings = sorted(_spellings(), key=lambda s: (-len(s), s))
    return "|".join(r"[\s-]+".join(map(re.escape, s.split())) for s in spellings)


@functools.cache
def _before_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:\b(?P<mod>{_MODIFIERS})\s+)?\b(?P<role>{_DUAL}|(?i:{_role_alternation()}))\.?\s*,?\s*$"
    )


@functools.cache
def _after_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\s*,\s+(?:(?i:the|a|an)\s+)?(?P<pre>(?:[A-Z][\w.'’-]*\s+){0,3}?)"
        rf"(?i:(?P<mod>{_MODIFIERS})\s+)?(?i:(?P<role>{_role_alternation()}))\b"
    )


@functools.cache
def _generic_pattern() -> re.Pattern[str]:
    extra = "|".join(map(re.escape, _GENERIC_ONLY))
    return re.compile(
        r"\b[Tt]he\s+(?:(?P<pre>[A-Z][\w.'’-]*)\s+)?"
        rf"(?i:(?P<mod>{_MODIFIERS})\s+)?(?i:(?P<role>{extra}|{_role_alternation()}))\b"
    )


def _canonical(mod: str | None, role: str) -> tuple[str, str]:
    """Return the canonical role and sector for matched words."""
    words = role.lower().replace("-", " ").split()
    if " ".join(words) in _spellings():
        name, sector = _spellings()[" ".join(words)]
    else:  # a `_DUAL` minister
        name, sector = " ".join(w if w == "and" else w.title() for w in words), "GOV"
    return (f"{mod.title()} {name}" if mod else name), sector


def _affiliation(words: str) -> tuple[str | None, str | None, int]:
    """Return (country, igo, word count) named by the last one to three words before a role."""
    parts = words.split()
    for size in (3, 2, 1):
        if len(parts) < size or not parts[-size][:1].isupper():
            continue
        entry = lookup(" ".join(parts[-size:]))
        if entry is not None:
            country, igo = (None, entry.code) if entry.kind == "igo" else (entry.code, None)
            return country, igo, size
    return None, None, 0


def title_before(text: str, start: int, floor: int) -> Title | None:
    """Read the title written just before a name.

    Args:
        text: the article text.
        start: where the name starts.
        floor: where the search may begin (the sentence start).

    Returns:
        The title ("U.S. Secretary of Defense" before "Mark Esper"), or None.
    """
    base = max(floor, start - 120)
    m = _before_pattern().search(text, base, start)
    if m is None:
        return None
    role, sector = _canonical(m["mod"], m["role"])
    pre = re.sub(r"['’]s\s*$", "", text[base : m.start()].rstrip())
    country, igo, size = _affiliation(pre)
    origin = m.start()
    if size:  # the title starts at the first of the words that named the country
        origin = base + len(pre) - len(" ".join(pre.split()[-size:]))
    return Title(
        role=role,
        sector="IGO" if igo else sector,
        country=country,
        igo=igo,
        start=origin,
        role_start=m.start("mod") if m["mod"] else m.start("role"),
        role_end=m.end("role"),
    )


def title_after(text: str, end: int) -> Title | None:
    """Read a title in apposition after a name ("Jane Doe, the CEO of Acme").

    Args:
        text: the article text.
        end: where the name ends.

    Returns:
        The title, or None.
    """
    m = _after_pattern().match(text, end, min(len(text), end + 120))
    if m is None:
        return None
    role, sector = _canonical(m["mod"], m["role"])
    country, igo, _ = _affiliation(m["pre"])
    return Title(
        role=role,
        sector="IGO" if igo else sector,
        country=country,
        igo=igo,
        start=m.start("pre"),
        role_start=m.start("mod") if m["mod"] else m.start("role"),
        role_end=m.end("role"),
    )


def leading_title(name: str) -> int:
    """Return the length of a title at the start of a name ("President Yoon"), or 0."""
    m = re.match(rf"(?i:(?:(?:{_MODIFIERS})\s+)?(?:{_role_alternation()}))\.?\s+(?=[A-Z])", name)
    return m.end() if m else 0


def role_mentions(text: str) -> list[RoleMention]:
    """Find bare role mentions ("the defense chief", "the Turkish minister").

    Args:
        text: the article text.

    Returns:
        Each mention with the role words a person's role must have to be its referent;
        mentions whose qualifier is not a country are left out (keep it conservative).
    """
    found = []
    for m in _generic_pattern().finditer(text):
        country, igo, _ = _affiliation(m["pre"] or "")
        words: re.Match[str] | None = m
        if m["pre"] and (country is None or igo):
            # "the Foreign Minister": the capitalised word is part of the role.
            words = _role_only().match(text, m.start("pre"))
            country = None
        if words is None:
            continue
        key = " ".join(words["role"].lower().split())
        needs = (
            frozenset({_GENERIC_ONLY[key]})
            if key in _GENERIC_ONLY
            else role_words(_canonical(words["mod"], words["role"])[0])
        )
        found.append(RoleMention(start=m.start(), end=words.end(), needs=needs, country=country))
    return found


@functools.cache
def _role_only() -> re.Pattern[str]:
    extra = "|".join(map(re.escape, _GENERIC_ONLY))
    return re.compile(
        rf"(?i:(?P<mod>{_MODIFIERS})\s+)?(?i:(?P<role>{extra}|{_role_alternation()}))\b"
    )


@functools.lru_cache(maxsize=4096)
def role_words(role: str) -> frozenset[str]:
    """Return the words of a role, with the families it belongs to ("diplomat", "defense").

    Args:
        role: a canonical role ("Secretary of Defense").

    Returns:
        Its lower-case words and family tags.
    """
    words = {w for w in role.lower().replace("-", " ").split() if w not in _STOPWORDS}
    if "foreign" in words or role.endswith("Secretary of State"):
        words.add("diplomat")
    return frozenset(words)
