"""When and where an event happened, and the numbers its sentence gives about it.

The date is that of the time expression on the trigger's own branch of the parse
("signed in 2017"), else the article's anchor date; an event dated more than a month
before the anchor is ``historical``. The place is the event's own locative ("in
Aleppo"), else the dateline's place. Quantities are numbers on the event's arguments.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from dateline.events import actors as codes
from dateline.events.coding import Context
from dateline.events.parties import Resolver
from dateline.events.triggers import noun_lemma, objects
from dateline.model import Anchor, EventDate, Place, Quantity, TimeExpr

Token = Any  # spacy.tokens.Token

_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
_WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}  # fmt: skip
_MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
                "billion": 1_000_000_000, "dozens": 12, "hundreds": 100, "thousands": 1_000}  # fmt: skip
_HISTORICAL_DAYS = 31
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def event_date(token: Token, sentence: Any, ctx: Context) -> EventDate | None:
    """The date of the time expression governing the trigger, else the anchor date."""
    best = None
    for timex in ctx.timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value[:1].isdigit():
            continue
        if not (sentence.start_char <= timex.span.start < sentence.end_char):
            continue
        if _governs(timex, token, sentence):
            best = timex
            break
    if best is not None:
        gran = best.granularity or _granularity(best.value)
        return EventDate(value=best.value, granularity=gran, source="timex", span=best.span)
    anchor = ctx.anchor
    if anchor is None or anchor.value == "unresolved":
        return None
    return EventDate(value=anchor.value, granularity=anchor.granularity, source="anchor")


def _governs(timex: TimeExpr, trigger: Token, sentence: Any) -> bool:
    """Does the timex hang on the trigger (or on its light/frame verb chain)?"""
    inside = [t for t in sentence if timex.span.start <= t.idx < timex.span.end]
    # the timex's head: its token whose own head lies outside it
    head = next((t for t in inside if not timex.span.start <= t.head.idx < timex.span.end), None)
    if head is None or head.head.i == head.i:
        return False
    node = head.head
    targets = {trigger.i}
    if trigger.dep_ in ("dobj", "pobj") and trigger.head.tag_.startswith("VB"):
        targets.add(trigger.head.i)  # "held talks on Monday"
    for _ in range(4):
        if node.i in targets:
            return True
        if node.tag_.startswith("VB") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _granularity(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


def before_anchor(when: EventDate, anchor: Anchor | None) -> bool:
    if anchor is None or anchor.value == "unresolved":
        return False
    last = _last_day(when.value)
    first_anchor = _first_day(anchor.value)
    if last is None or first_anchor is None:
        return False
    return last < first_anchor - timedelta(days=_HISTORICAL_DAYS)


def _first_day(value: str) -> date | None:
    m = _YEAR_MONTH_DAY.match(value[:10])
    if not m:
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def _last_day(value: str) -> date | None:
    m = _YEAR_MONTH_DAY.match(value[:10])
    if not m:
        return None
    year, month = int(m[1]), int(m[2] or 12)
    if m[3]:
        return date(year, month, int(m[3]))
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def find_place(token: Token, verb: Token | None, resolver: Resolver, ctx: Context) -> Place | None:
    heads = [t for t in (token, verb) if t is not None]
    heads += objects(verb) if verb is not None else []  # "arrested a journalist in Lagos"
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = resolver.entity(pobj)
                if found and found[0].type in ("GPE", "LOC", "FAC"):
                    entity, span = found
                    return Place(name=ctx.text[span.start : span.end], country=entity.country)
    if ctx.dateline_place:
        place = codes.place_code(ctx.dateline_place)
        return Place(name=ctx.dateline_place, country=place[0] if place else None,
                     source="dateline")  # fmt: skip
    return None


def find_quantities(head: Token, trigger: Token) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    args = [
        c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "npadvmod")
    ]
    args += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if trigger is not head:
        args.append(trigger)
    for arg in args:
        for num in arg.children:
            if num.dep_ != "nummod":
                continue
            value = _number(num)
            if value is None:
                continue
            words = [t for t in arg.subtree if num.i <= t.i <= arg.i] or [num, arg]
            text = " ".join(t.text for t in words)
            found.append(Quantity(text=text, value=value, unit=noun_lemma(arg)))
    return tuple(found[:3])


def _number(token: Token) -> float | None:
    parts = [
        t
        for t in token.subtree
        if (t.i <= token.i and t.dep_ in ("nummod", "compound", "quantmod")) or t.i == token.i
    ]
    value: float | None = None
    for part in sorted(parts, key=lambda t: t.i):
        low = part.lower_.replace(",", "")
        if low in _MULTIPLIERS:
            value = (value or 1) * _MULTIPLIERS[low]
        elif low in _WORD_NUMBERS:
            value = float(_WORD_NUMBERS[low])
        else:
            try:
                value = float(low)
            except ValueError:
                continue
    return value
