"""Events counted once: which mentions in different articles are one real-world event.

Two mentions of a story are one event when they have the same PLOVER type and the
same flags (a denied or hypothetical attack is not the attack), and either come
from copies of one wire story, or agree on everything both of them state:

- actors and recipients: the same country (``TURGOV`` and ``TURMIL`` may be one
  side seen twice; ``TUR`` and ``GRC`` are not), or one of them unnamed;
- dates: their spans meet (a day is widened by `DAY_SLACK` days, since "on
  Tuesday" is often reported as "on Wednesday" across a time zone; a date that is
  only the report's date may lie `REPORT_SLACK` days after the event);
- places: not in two different countries (a town and its province may both be
  named for one earthquake).

Where mentions of one event disagree (another day, another actor code, another
number of dead), each claim is kept with its sources and the event is *disputed*;
nothing is chosen silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from dateline.corpus.when import Span, span_of

DAY_SLACK = 1
REPORT_SLACK = 7
_FLAGS = frozenset({"negated", "hypothetical", "future"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """What merging reads of one event mention."""

    type: str
    actor: str | None
    recipient: str | None
    date: str | None
    date_source: str | None  # "timex": the text dates it; "anchor": the report's date
    place: str | None
    place_country: str | None
    flags: frozenset[str]
    quantities: tuple[tuple[float, str | None], ...]
    copy_group: int


def flags_of(aux: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The flags that make an event another event: negated, hypothetical, future."""
    return frozenset(aux) & _FLAGS


def same_event(mention: Mention, first: Mention, copy_groups: set[int]) -> bool:
    """Whether a mention describes the event first described by ``first``.

    Args:
        mention: the new mention.
        first: the event's first mention, which stands for it.
        copy_groups: the copy groups of all the event's mentions so far.

    Returns:
        True when the mention joins the event.
    """
    if mention.type != first.type or mention.flags != first.flags:
        return False
    if mention.copy_group in copy_groups:
        return True
    return (
        _same_side(mention.actor, first.actor)
        and _same_side(mention.recipient, first.recipient)
        and _dates_meet(mention, first)
        and _same_place(mention, first)
    )


def affinity(mention: Mention, first: Mention) -> tuple[int, int]:
    """How much a mention shares with an event it may join, beyond agreeing with it.

    When a mention could join more than one event of its story, it joins the one
    it shares most with: first the kinds of number both count ("killed 17 people"
    goes with the event whose first report killed 15 people, not with the bare
    "attacked" of that report's sentence), then the actor and recipient codes.

    Args:
        mention: the new mention.
        first: the event's first mention.

    Returns:
        (units counted by both, parties with the same code); higher is closer.
    """
    units = {u for _, u in mention.quantities} & {u for _, u in first.quantities}
    pairs = ((mention.actor, first.actor), (mention.recipient, first.recipient))
    return len(units), sum(1 for a, b in pairs if a and a == b)


def claims_of(mention: Mention) -> dict[str, str]:
    """The claims a mention makes that other reports may contradict.

    Returns:
        ``{"actor": ..., "recipient": ..., "date": ..., "number of <unit>": ...}``
        for each value the mention states (a date only when the text gives it).
    """
    found: dict[str, str] = {}
    if _named(mention.actor):
        found["actor"] = mention.actor or ""
    if _named(mention.recipient):
        found["recipient"] = mention.recipient or ""
    if mention.date and mention.date_source == "timex":
        found["date"] = mention.date[:10]  # the day: "Monday morning" and "Monday" agree
    by_unit: dict[str, list[float]] = {}
    for value, unit in mention.quantities:
        by_unit.setdefault(unit or "", []).append(value)
    for unit, values in by_unit.items():
        key = f"number of {unit}" if unit else "number"
        found[key] = ", ".join(_number(v) for v in sorted(values))
    return found


def merge_claims(known: dict[str, list[str]], new: dict[str, str]) -> dict[str, list[str]]:
    """Add one mention's claims to the distinct values seen so far, per claim."""
    merged = {k: list(v) for k, v in known.items()}
    for key, value in new.items():
        values = merged.setdefault(key, [])
        if value not in values:
            values.append(value)
    return merged


def disputed(known: dict[str, list[str]]) -> bool:
    """An event is disputed when any claim has more than one value."""
    return any(len(values) > 1 for values in known.values())


def _named(code: str | None) -> bool:
    """A code that names a country or a body (``---CVL``, civilians of no country, does not)."""
    return bool(code) and not (code or "").startswith("---")


def _same_side(a: str | None, b: str | None) -> bool:
    if not _named(a) or not _named(b):
        return True
    return (a or "")[:3] == (b or "")[:3]


def _same_place(a: Mention, b: Mention) -> bool:
    """Places agree unless both are named and lie in different countries."""
    if a.place is None or b.place is None or a.place == b.place:
        return True
    return a.place_country is None or b.place_country is None or a.place_country == b.place_country


def _dates_meet(a: Mention, b: Mention) -> bool:
    span_a, span_b = _window(a), _window(b)
    if span_a is None or span_b is None:
        return True
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _window(mention: Mention) -> Span | None:
    span = span_of(mention.date) if mention.date else None
    if span is None:
        return None
    start, end = span
    if mention.date_source == "anchor":
        return start - timedelta(days=REPORT_SLACK), end
    if start == end:
        return start - timedelta(days=DAY_SLACK), end + timedelta(days=DAY_SLACK)
    return span


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
