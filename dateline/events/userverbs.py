"""Coding with the user's verb dictionary (setting ``verbs``): TABARI / PETRARCH patterns.

The dictionary is the authority on the verbs it knows. For each verb of a sentence that
it matches (`verbdict.VerbDictionary.match`), its code replaces the lexicon's CAMEO code
and the PLOVER category follows from the code (CAMEO 2021 table); a code outside that
table (a WEIS-style "223", a project code) keeps the lexicon's category, and a verb the
lexicon does not know gets an event only when its code has a PLOVER reading. An explicit
"no event" (``[---]``) removes the lexicon's event. A ``$`` or ``+`` in the pattern names
the actor or the recipient. A verb that is the complement of another matched verb ("urged
Iran to resume talks") is that verb's content, not an event of its own.
"""

from __future__ import annotations

from typing import Any

from dateline.events.coding import Coded, Context, is_verb
from dateline.events.lexicon import LexEntry
from dateline.events.triggers import Trigger
from dateline.events.verbdict import NO_EVENT, VerbMatch
from dateline.model import EVENT_TYPES

Token = Any  # spacy.tokens.Token

_COMPLEMENTS = frozenset({"xcomp"})  # not "ccomp": "X said Y welcomed Z" codes both


def recode(items: list[Coded], sentence: Any, ctx: Context, actor_at: set[int]) -> list[Coded]:
    """Apply the user's verb dictionary to a sentence's coded triggers.

    Args:
        items: the sentence's events as the lexicon coded them.
        sentence: the spaCy sentence span.
        ctx: the article's context; ``ctx.verbs`` is the dictionary.
        actor_at: document indices of tokens that name actors (for ``$`` and ``+``).

    Returns:
        The sentence's events, recoded, in text order.
    """
    verbs = ctx.verbs
    if verbs is None:
        return items
    words = [t.text for t in sentence]
    base = sentence.start
    actors = {i - base for i in actor_at if base <= i < sentence.end}
    by_token = {(item.trigger.light or item.trigger.token).i: item for item in items}
    matches: dict[int, VerbMatch] = {}
    for tok in sentence:
        if is_verb(tok) and verbs.lookup(tok.text) is not None:
            found = verbs.match(words, tok.i - base, actors)
            if found is not None:
                matches[tok.i] = found
    out = [item for i, item in by_token.items() if i not in matches]
    for i, found in matches.items():
        token = sentence.doc[i]
        if found.code in (NO_EVENT, "") or _is_content(token, matches):
            continue
        reading = _plover(found.code, ctx)
        item = by_token.get(i)
        if item is None:
            if reading is None:
                continue  # no lexicon event and no PLOVER category for the code
            item = _new_item(token, found, reading)
        _apply(item, found, reading, sentence)
        out.append(item)
    out.sort(key=lambda it: it.trigger.token.i)
    return out


def _is_content(token: Token, matches: dict[int, VerbMatch]) -> bool:
    """Is the verb the complement of another matched verb ("urged X to resume talks")?"""
    node = token
    for _ in range(3):
        if node.dep_ not in _COMPLEMENTS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in matches and matches[node.i].code not in (NO_EVENT, ""):
            return True
    return False


def _plover(code: str, ctx: Context) -> tuple[str, str] | None:
    try:
        event, mode, _ = ctx.cameo.forward(code)
    except LookupError:
        return None
    return (event, mode) if event in EVENT_TYPES else None


def _new_item(token: Token, found: VerbMatch, reading: tuple[str, str]) -> Coded:
    event, mode = reading
    entry = LexEntry(pos="verb", lemma=found.verb.lower(), conditions=(), event=event,
                     mode=mode, cameo=found.code, frame="", line=found.line)  # fmt: skip
    return Coded(trigger=Trigger(token=token, entry=entry), type=event, mode=mode,
                 cameo=found.code)  # fmt: skip


def _apply(item: Coded, found: VerbMatch, reading: tuple[str, str] | None, sentence: Any) -> None:
    item.cameo = found.code
    if reading is not None:
        item.type, item.mode = reading
    if found.source is not None:
        item.actor_token = sentence[found.source]
    if found.target is not None:
        item.recipient_token = sentence[found.target]
