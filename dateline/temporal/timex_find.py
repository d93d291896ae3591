"""Find candidate time expressions: one compiled pattern per expression family.

A pattern may hold a group named ``t``; the candidate's extent is then that group
(so context words such as "in" in "in October" are matched but not kept). The
candidates of all families are merged longest first, so overlaps resolve to the
longest expression ("Friday morning" over "Friday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.temporal.timex_lexicon import (
    APPROX,
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_RE,
    SET_ADVERBS,
    UNIT_RE,
    VAGUE_AMOUNTS,
    WEEKDAY_RE,
    ZONES,
    alternation,
)

_I = re.IGNORECASE
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_RANGE_SEP = r"\s*(?:-|–|—|to|through)\s*"
_EDGE = r"(?P<edge>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder|first\s+half|second\s+half|latter\s+part)\s+of\s+)?"
_EARLY = r"(?P<early>(?:early|late|mid|the\s+middle\s+of)[- ]?\s*)?"
_NOT_AMOUNT = (
    r"(?![\w%]|[.,]\d|\s*(?:%|percent|per\s+cent|points?|units|people|jobs|employees|workers|"
    r"cars|vehicles|shares|feet|foot|metres|meters|km|miles|tons|tonnes|barrels|dollars|euros|"
    r"pounds|yen|hp|cc|mph|kg|lb|series))"
)
_WD_PREFIX = r"(?:" + WEEKDAY_RE + r",?\s+)?"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:last|this|next|coming|past|previous|following|current|upcoming)"
_PREP = r"(?:in|on|since|until|till|by|from|to|between|and|or|through|during|of|before|after|throughout|around|early|late|mid|the|as\s+of)"

_PATTERNS: tuple[tuple[str, str, int], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", 0),
    ("slash", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", 0),
    (
        "mdy",
        _WD_PREFIX
        + r"(?P<month>"
        + MONTH_RE
        + r")\.?\s+(?P<d>"
        + _DAYNUM
        + r")(?:"
        + _RANGE_SEP
        + r"(?P<d2>"
        + _DAYNUM
        + r"))?(?:,?\s+(?P<y>"
        + _YEAR
        + r")(?!\d))?",
        _I,
    ),
    (
        "dmy",
        _WD_PREFIX
        + r"(?:the\s+)?\b(?P<d>"
        + _DAYNUM
        + r")(?:"
        + _RANGE_SEP
        + r"(?P<d2>"
        + _DAYNUM
        + r"))?\s+(?:of\s+)?(?P<month>"
        + MONTH_RE
        + r")\.?(?:,?\s+(?P<y>"
        + _YEAR
        + r")(?!\d))?",
        _I,
    ),
    (
        "monthyear",
        _EDGE
        + _EARLY
        + r"(?P<month>"
        + MONTH_RE
        + r")\.?,?\s+(?:of\s+)?(?P<y>"
        + _YEAR
        + r")(?!\d)",
        _I,
    ),
    (
        "monthrel",
        r"(?P<t>"
        + _EARLY
        + r"(?P<month>"
        + MONTH_RE
        + r"))\s+(?:of\s+)?(?:(?P<rel>this|last|next)\s+year|(?P<same>the\s+same\s+year))",
        _I,
    ),
    (
        "monthmod",
        r"\b(?P<mod>last|this|next|coming|past|previous|early|late|mid)[- ]?\s*(?P<month>"
        + MONTH_RE
        + r")(?!\s*\d)",
        _I,
    ),
    (
        "month",
        r"\b" + _PREP + r"\s+(?P<t>(?P<month>" + MONTH_RE + r"))(?![ \t]*\d|\.\d)",
        _I,
    ),
    ("year", _EDGE + r"(?<![\w$£€#.,'/-])" + _EARLY + r"(?P<y>" + _YEAR + r")" + _NOT_AMOUNT, _I),
    ("fiscal", r"\b(?:fiscal|financial|FY)\s*(?:year\s+)?(?P<y>\d{4}|['’]?\d{2})(?![\d%])", _I),
    ("shortyear", r"\b(?:since|in|of|from|by|until)\s+(?P<t>['’](?P<yy>\d\d))(?![\w'’])", _I),
    (
        "decade",
        r"(?<![\w$])(?P<early>(?:early|late|mid)[- ]?\s*)?(?:(?P<c>1\d|20)|['’])?(?P<dd>\d)0['’]?s\b",
        _I,
    ),
    (
        "century",
        r"\b(?:the\s+)?(?P<ord>" + ORDINAL_RE + r")[- ]century\b",
        _I,
    ),
    (
        "quarter",
        r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal\s+|financial\s+)?quarter"
        r"(?:\s+of\s+(?:(?P<y>" + _YEAR + r")|(?P<rel>this|last|next)\s+year|the\s+year))?",
        _I,
    ),
    (
        "qcode",
        r"(?-i:\bQ(?P<q>[1-4]))(?:\s*(?P<y>" + _YEAR + r")|[\s'’/-]*(?P<yy>\d\d))?(?![\w])",
        0,
    ),
    (
        "pastunit",
        r"\b(?P<lead>the\s+(?:past|next|coming))\s+(?P<unit>decade|century|year|month|week)\b(?!\s+of)",
        _I,
    ),
    (
        "relunit",
        _EDGE
        + r"(?P<lead>(?:earlier|later)\s+)?(?:the\s+)?(?P<mod>"
        + _MOD
        + r")\s+(?P<unit>week|weekend|month|year|quarter|decade|century)\b",
        _I,
    ),
    (
        "theunit",
        r"(?P<edge>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|rest|remainder)\s+of\s+)"
        r"the\s+(?P<unit>week|month|year|day|quarter)\b",
        _I,
    ),
    ("theweekend", r"\bthe\s+(?P<unit>weekend)\b", _I),
    (
        "theyear",
        r"\bthe\s+(?:previous|prior|preceding)\s+(?P<unit>year|month|week|day)\b|\bthe\s+(?P<unit2>year|month|week)\s+(?:before|previous|earlier)\b",
        _I,
    ),
    (
        "season",
        r"\b(?:(?P<mod>last|this|next|coming|past|early|late|mid)[- ]?\s*)?"
        r"(?P<s>spring|summer|autumn|winter|(?<=last )fall|(?<=this )fall|(?<=next )fall)"
        r"(?:\s+(?:of\s+)?(?P<y>" + _YEAR + r"))?\b",
        _I,
    ),
    (
        "dayword",
        r"\b(?P<lead>(?:earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|overnight)"
        r"(?:\s+(?P<part>" + _PART + r"))?\b",
        _I,
    ),
    ("lastnight", r"\b(?P<mod>last|this|tomorrow)\s+(?P<part>" + _PART + r"|tonight)\b", _I),
    (
        "weekday",
        r"(?<!Black )(?<!Super )(?<!Good )(?<!Ash )(?<!Holy )(?<!Cyber )(?<!Easter )\b(?:(?P<mod>last|next|this|coming|past)\s+)?(?P<wd>"
        + WEEKDAY_RE
        + r")(?:\s+(?P<part>"
        + _PART
        + r"))?\b",
        _I,
    ),
    (
        "clock",
        r"(?<![\d:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?(?![a-z]))"
        r"(?:\s*\(?(?P<z>" + ZONES + r")(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?)?"
        r"(?:\s+(?:on\s+)?(?P<day>" + WEEKDAY_RE + r"|today|yesterday|tomorrow))?",
        _I,
    ),
    (
        "clock24",
        r"(?<![\d:.$])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)|(?P<mi2>[0-5]\d))\s*"
        r"(?:hours\s+|hrs\s+)?(?P<z>" + ZONES + r")\b(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?"
        r"(?:\s+(?:on\s+)?(?P<day>(?i:" + WEEKDAY_RE + r"|today|yesterday|tomorrow)))?",
        0,
    ),
    (
        "clockat",
        r"\b(?:at|by|from|until)\s+(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))(?![\d:.])",
        _I,
    ),
    ("noon", r"\b(?P<w>noon|midday|midnight)\b", _I),
    (
        "setrate",
        r"(?<=\d )(?P<t>(?:a|an|per)\s+(?P<unit>year|month|week|day|hour))\b|\b(?:once|twice|times)\s+(?P<t2>(?:a|an|per)\s+(?P<unit2>year|month|week|day|hour))\b",
        _I,
    ),
    (
        "ago",
        r"(?P<t>(?:(?P<approx>"
        + APPROX
        + r")\s+)?(?:(?P<num>"
        + NUMBER_RE
        + r")[- ]|(?P<vague>"
        + alternation(VAGUE_AMOUNTS)
        + r")\s+)(?P<unit>"
        + UNIT_RE
        + r")\s+(?P<dir>ago|earlier|later|from\s+now|hence))\b(?!\s+than)",
        _I,
    ),
    (
        "duration",
        r"(?:(?P<approx>"
        + APPROX
        + r")\s+(?!the\b))?(?P<lead>the\s+(?:past|last|next|previous|coming|first|following|final|better\s+part\s+of\s+the)\s+)?"
        r"(?:(?P<num>" + NUMBER_RE + r")|(?P<vague>" + alternation(VAGUE_AMOUNTS) + r"))[- ]\s*"
        r"(?P<fill>(?:more|additional|consecutive|straight|full|whole|long|trading|business|working|calendar|successive)\s+)?"
        r"(?P<unit>" + UNIT_RE + r")\b(?P<long>-long|-old)?(?=(?P<of>\s+of\b)|)",
        _I,
    ),
    (
        "bareunit",
        r"(?<![\d-])(?P<lead>over\s+the\s+|recent\s+)?\b(?P<unit>years|months|weeks|days|minutes|decades|centuries)\b(?P<long>-long)?",
        _I,
    ),
    (
        "setevery",
        r"\b(?:every|each|per)\s+(?:(?P<num>"
        + NUMBER_RE
        + r")\s+|other\s+)?(?P<unit>"
        + UNIT_RE
        + r"|"
        + WEEKDAY_RE
        + r")\b",
        _I,
    ),
    ("setadv", r"\b(?P<w>" + alternation(SET_ADVERBS) + r")\b", _I),
    ("setdays", r"\bon\s+(?P<t>(?P<wd>" + WEEKDAY_RE + r")s)\b", _I),
    (
        "ref",
        r"\b(?P<w>right\s+now|now|currently|current|presently|at\s+present|nowadays|these\s+days|the\s+time\s+being|"
        r"recently|recent|lately|formerly|in\s+the\s+past|the\s+past|once\s+upon\s+a\s+time|"
        r"soon|the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|"
        r"short-term|long-term|near-term|later|a\s+later\s+date|a\s+later\s+time)\b(?!-)",
        _I,
    ),
    ("theday", r"\b(?:the|that)\s+(?P<same>same\s+)?day\b(?!\s+(?:before|after|of|when))", _I),
    ("ordday", r"\bthe\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:[a-z]|of\b))", 0),
)


_ABBREV_END = re.compile(
    r"(?:[ap]\.\s?m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.$", _I
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate mention: its extent, its family and the regex match."""

    start: int
    end: int
    family: str
    match: re.Match[str]


class TimexFinder:
    """The compiled family patterns; build once per process and reuse."""

    __slots__ = ("_families",)

    def __init__(self) -> None:
        """Compile every family pattern."""
        self._families = tuple(
            (name, re.compile(pattern, flags)) for name, pattern, flags in _PATTERNS
        )

    def candidates(self, text: str) -> list[Candidate]:
        """Return the non-overlapping candidates in the text, sorted by start."""
        found: list[tuple[int, int, int, Candidate]] = []
        for rank, (name, pattern) in enumerate(self._families):
            for m in pattern.finditer(text):
                start, end = _extent(m)
                if end > start:
                    found.append((start - end, rank, start, Candidate(start, end, name, m)))
        found.sort(key=lambda item: item[:3])
        taken: list[Candidate] = []
        used = bytearray(len(text) + 1)
        for _, _, _, cand in found:
            if not any(used[cand.start : cand.end]):
                used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
                taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return taken


def _extent(m: re.Match[str]) -> tuple[int, int]:
    """Return the kept extent of a match: group ``t`` (or ``t2``) when set, else the whole."""
    for name in ("t", "t2"):
        if name in m.re.groupindex and m.group(name) is not None:
            start, end = m.span(name)
            break
    else:
        start, end = m.span()
    text = m.string
    while end > start and text[end - 1] in " \t\n,.":
        if text[end - 1] == "." and _keeps_dot(text, start, end):
            break
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _keeps_dot(text: str, start: int, end: int) -> bool:
    """Say whether a trailing dot is part of the mention ("p.m.", "Dec.")."""
    return _ABBREV_END.search(text, start, end) is not None
