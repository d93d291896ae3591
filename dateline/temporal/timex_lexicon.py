"""Word tables and regular-expression pieces for the TIMEX3 recognizer.

Every table here was written for dateline from ordinary English usage; the regex
pieces are plain strings so `timex_find` can compose them into one compiled
pattern per expression family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs"), start=1
    )
    for name in names.split()
}
WEEKDAYS.update({"friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7})

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {word: i for i, word in enumerate(_SMALL)}
NUMBER_WORDS.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "hundred": 100, "a hundred": 100})
NUMBER_WORDS.update({"a couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12})

ORDINALS: dict[str, int] = {
    word: i
    for i, word in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
}
ORDINALS.update({"final": 4, "last": 4})

# Vague amounts: the count stays X in the value ("several years" -> PXY).
VAGUE_AMOUNTS = (
    "several",
    "few",
    "a few",
    "many",
    "some",
    "numerous",
    "countless",
    "recent",
    "the past few",
    "the last few",
    "the next few",
    "a couple of",
)

# Unit word -> (TIMEX3 duration letter, multiplier, is a time-of-day unit).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}
UNIT_PLURALS: dict[str, str] = {"centuries": "century", "nights": "night"}
for _unit in UNITS:
    UNIT_PLURALS.setdefault(_unit + "s", _unit)

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# The month each season starts in (northern hemisphere), to order seasons in a year.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

# Zones written after a clock time; UTC and GMT make the value end in Z.
ZONES = "UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|IST|JST|AEST|AEDT|HKT|SGT|MSK"
UTC_ZONES = frozenset({"UTC", "GMT", "Z"})

# Adverbs that say "about" and belong to the duration they modify ("nearly five months").
APPROX = "about|around|almost|nearly|over|some|roughly|approximately|just|only|at least|up to|under|barely"

SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "biennial": "P2Y",
}


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of the given words, longest first, spaces as \\s+."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _month_pattern() -> str:
    full = [m for m in MONTHS if len(m) > 3 or m == "may"]
    short = [m for m in MONTHS if len(m) <= 4 and m not in full]
    names = [m.capitalize() for m in full] + [m.upper() for m in full]
    abbrevs = [m.capitalize() + r"\." for m in short] + [m.capitalize() for m in short]
    return "(?-i:" + "|".join(sorted(names, key=len, reverse=True) + abbrevs) + r")(?![a-z])"


MONTH_RE = _month_pattern()
WEEKDAY_RE = r"(?:" + alternation(w for w in WEEKDAYS if len(w) > 4) + r")"
_NUMBER_WORD_RE = (
    "(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(_SMALL[1:10])
    + "))?|"
    + alternation(w for w in NUMBER_WORDS if w not in _TENS)
    + ")"
)
NUMBER_RE = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|" + _NUMBER_WORD_RE + r")(?:\s+and\s+a\s+half)?"
UNIT_RE = "(?:" + alternation([*UNITS, *UNIT_PLURALS]) + ")"
ORDINAL_RE = "(?:" + alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"


def number_value(text: str) -> float | None:
    """Return the number a numeral or number words stand for ("twenty-four" -> 24)."""
    words = " ".join(text.lower().replace("-", " ").split())
    half = 0.5 if words.endswith("and a half") else 0.0
    words = words.removesuffix("and a half").strip()
    if not words:
        return None
    try:
        return float(words.replace(",", "")) + half
    except ValueError:
        pass
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + half
    total = 0
    for word in words.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total + half


def ordinal_value(text: str) -> int | None:
    """Return the number of an ordinal ("third" or "3rd" -> 3)."""
    word = text.lower().strip()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = word.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None
