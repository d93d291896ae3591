"""Events of one parsed article: who did what to whom, when and where, coded in PLOVER.

For each sentence: the triggers (`triggers.py`) and their lexicon entries; their
coding with frames, auxiliary modes and PLOVER's precedence rules (`coding.py`); actor
and recipient (`parties.py`); date, place and quantities (`whenwhere.py`). A mutual act
of several parties ("Turkey and Russia signed a deal") is done by each to the other.
The same event reported twice in one article is kept once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dateline.events.coding import Coded, Context, code_triggers, is_verb
from dateline.events.parties import Resolver, with_conjuncts
from dateline.events.triggers import find_triggers, vocabulary
from dateline.events.userverbs import recode
from dateline.events.whenwhere import before_anchor, event_date, find_place, find_quantities
from dateline.model import EVENT_AUX, Actor, Event, Mention, Span

__all__ = ["Context", "find_events"]

# Acts of two parties together: "Turkey and Russia signed a deal" is done by each to the other.
_MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})


def find_events(doc: Any, ctx: Context) -> tuple[Event, ...]:  # Any: spacy Doc
    """Find and code the events of a parsed article.

    Args:
        doc: the spaCy parse of ``ctx.text`` (or of its start).
        ctx: the article's text, entities, anchor, timexes and the coding tables.

    Returns:
        The events in text order, with ids ``ev1``, ``ev2``, ...
    """
    vocab = vocabulary(ctx.lexicon)
    resolver = Resolver(doc, ctx)
    found: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for sentence in doc.sents:
        triggers = find_triggers(sentence, ctx.lexicon, vocab)
        coded = code_triggers(triggers, ctx)
        if ctx.verbs is not None:
            coded = recode(coded, sentence, ctx, resolver.actor_positions(sentence))
        for item in coded:
            for event in _build(item, sentence, resolver, ctx):
                key = (event.type, event.mode, _code(event.actor), _code(event.recipient),
                       event.date.value if event.date else None, "negated" in event.aux)  # fmt: skip
                if key in seen:
                    continue
                seen.add(key)
                found.append(event)
        resolver.remember(sentence)
    return tuple(replace(e, id=f"ev{i}") for i, e in enumerate(found, 1))


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _build(item: Coded, sentence: Any, resolver: Resolver, ctx: Context) -> Iterator[Event]:
    trig = item.trigger
    token = trig.token
    verb = trig.light or (token if is_verb(token) else None)
    recipient_tokens = resolver.recipient_tokens(verb, token)
    if item.recipient_token is not None:  # set by the coding ("said Sudan must return")
        recipient_tokens = with_conjuncts([item.recipient_token])
    if not recipient_tokens and item.content is not None:  # "threatened to cut aid to Sudan"
        content = item.content
        recipient_tokens = resolver.recipient_tokens(content if is_verb(content) else None, content)
    actor_tokens = resolver.actor_tokens(verb, token)
    if item.actor_token is not None:  # named by a verb pattern's "$"
        actor_tokens = with_conjuncts([item.actor_token])
    actors = [a for t in actor_tokens for a in resolver.actors(t)]
    recipients = [r for t in recipient_tokens for r in resolver.actors(t)]
    if not recipients and verb is not None and item.recipient_token is None:
        recipients = resolver.later_party(verb, actors)
    if not actors and not recipients and (verb is None or token.dep_ == "amod"):
        return  # a bare event noun ("the talks") or participle ("the captured helicopter")
    when = event_date(token, sentence, ctx)
    aux = set(item.aux)
    if when is not None and when.source == "timex" and before_anchor(when, ctx.anchor):
        aux.add("historical")
    try:
        forward_type, forward_mode, contexts = ctx.cameo.forward(item.cameo)
    except LookupError:  # a user dictionary's code outside CAMEO ("223", "174K")
        forward_type, forward_mode, contexts = item.type, "", ()
    words = [trig.light, token] if trig.light is not None else [token]
    start = min(w.idx for w in words)
    end = max(w.idx + len(w.text) for w in words)
    sent_span = Span(start=sentence.start_char, end=sentence.end_char)
    base = Event(
        id="",
        type=item.type,  # type: ignore[arg-type]
        mode=item.mode or (forward_mode if forward_type == item.type else ""),
        context=tuple(contexts),
        cameo=item.cameo,
        date=when,
        place=find_place(token, verb, resolver, ctx),
        sentence=sent_span,
        trigger=Mention(text=ctx.text[start:end], span=Span(start=start, end=end),
                        sentence=sent_span),
        aux=tuple(a for a in EVENT_AUX if a in aux),
        quantities=find_quantities(verb or token, token),
    )  # fmt: skip
    for actor, recipient in _dyads(item.type, actors, recipients):
        confidence = 0.5 + 0.2 * (actor is not None) + 0.1 * (recipient is not None)
        confidence += 0.1 * bool(trig.entry.conditions)
        if aux & {"hypothetical", "negated"}:
            confidence -= 0.2
        yield replace(
            base, actor=actor, recipient=recipient,
            confidence=round(max(0.1, min(0.95, confidence)), 2),
        )  # fmt: skip


def _dyads(
    kind: str, actors: list[Actor], recipients: list[Actor]
) -> Iterator[tuple[Actor | None, Actor | None]]:
    """One event per actor and recipient; parties of a mutual act are each other's."""
    if len(actors) > 1 and not recipients and kind in _MUTUAL:
        for a in actors:
            for b in actors:
                if a is not b and a.code != b.code:
                    yield a, b
        return
    none: list[Actor | None] = [None]
    for actor in actors or none:
        for recipient in recipients or none:
            if actor and recipient and (actor.code, actor.name) == (recipient.code, recipient.name):
                continue
            yield actor, recipient
