"""Normalise durations, sets and vague references ("three years", "every week", "recently")."""

from __future__ import annotations

import re

from dateline.temporal.timex_lexicon import SET_ADVERBS, UNIT_PLURALS, UNITS, WEEKDAYS, number_value
from dateline.temporal.timex_norm import GUESSED, Context, Norm

_PRESENT = "now right now currently current presently at present nowadays these days the time being"
_FUTURE = (
    "soon the future the near future the near term the short term the long term short-term "
    "long-term near-term later a later date a later time"
)
_REF: dict[str, str] = {w: "PRESENT_REF" for w in _PRESENT.split()}
_REF.update({w: "FUTURE_REF" for w in _FUTURE.split()})
_REF.update(dict.fromkeys(("recently", "recent", "lately", "formerly", "past"), "PAST_REF"))
# "annual" before these nouns is a one-year span, not a recurrence ("annual profit");
# MEANTIME marks it so in 4 of 5 cases (benchmarks/timex.py).
_ANNUAL_SPAN = re.compile(
    r"\s+(?:net\s+)?(?:profits?|loss(?:es)?|revenues?|sales|results|earnings|income|gain|deficit|output|growth)\b",
    re.IGNORECASE,
)


def _unit(text: str) -> str:
    word = text.lower()
    return UNIT_PLURALS.get(word, word)


def duration_value(amount: float | None, unit: str) -> str:
    """Return a TIMEX3 duration: (3, "year") -> P3Y, (48, "hour") -> PT48H, None -> PXY."""
    letter, factor, clock = UNITS[unit]
    if amount is None:
        count = "X"
    else:
        total = amount * factor
        count = str(int(total)) if total == int(total) else f"{total:g}"
    return ("PT" if clock else "P") + count + letter


def norm_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "three years" -> P3Y, "for 48 hours" -> PT48H, "a decade" -> P10Y, "several days" -> PXD."""
    unit = _unit(m["unit"])
    amount = number_value(m["num"]) if m["num"] else None
    if m["num"] and (amount is None or amount <= 0 or amount > 10000):
        return None
    if _is_fraction_or_ordinal(m, unit):
        return None
    return Norm("DURATION", duration_value(amount, unit), False, None)


def _is_fraction_or_ordinal(m: re.Match[str], unit: str) -> bool:
    """Say whether "a quarter of" / "a second" is a fraction or an ordinal, not a span."""
    article = (m["num"] or "").lower() in ("a", "an", "one")
    if unit == "quarter" and (article or (m["of"] and not m["fill"])):
        return True
    return unit == "second" and article


def norm_bareunit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "years" -> PXY, "over the years", "minutes" -> PTXM, "decades" -> PXY.

    Vague decades are written PXY (some years) rather than PXDE: plain TIMEX3
    readers know the year unit, and MEANTIME marks "decades-long" so.
    """
    unit = _unit(m["unit"])
    if unit in ("decade", "century"):
        return Norm("DURATION", "PXY", False, None, None, GUESSED)
    return Norm("DURATION", duration_value(None, unit), False, None, None, GUESSED)


def norm_pastunit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the past decade" -> P10Y, "the next year" -> P1Y (a span that ends or starts now)."""
    return Norm("DURATION", duration_value(1, _unit(m["unit"])), False, None)


def norm_setevery(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "every week" -> P1W, "every Monday" -> XXXX-WXX-1, "every other year" -> P2Y."""
    word = m["unit"].lower()
    if word in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[word]}", False, "day")
    amount = number_value(m["num"]) if m["num"] else (2 if " other" in m[0].lower() else 1)
    if amount is None or amount <= 0:
        return None
    return Norm("SET", duration_value(amount, _unit(word)), False, None)


def norm_setrate(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "15 a year", "twice a month" -> P1Y / P1M."""
    return Norm("SET", duration_value(1, _unit(m["unit"] or m["unit2"])), False, None)


def norm_setadv(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "weekly" -> P1W, "annually" -> P1Y; "annual profit" is a one-year duration."""
    word = m["w"].lower()
    if word == "annual" and _ANNUAL_SPAN.match(m.string, m.end()):
        return Norm("DURATION", "P1Y", False, None)
    return Norm("SET", SET_ADVERBS[word], False, None)


def norm_setdays(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "on Mondays" -> XXXX-WXX-1."""
    return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}", False, "day")


def norm_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "now" -> PRESENT_REF, "recently" / "in the past" -> PAST_REF, "soon" -> FUTURE_REF."""
    words = " ".join(m["w"].lower().split())
    value = _REF.get(words) or _REF.get(words.split()[-1])
    if value is None:
        return None
    return Norm("DATE", value, True, None, None, GUESSED)
