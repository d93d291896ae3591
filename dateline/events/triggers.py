"""Event triggers: which words of a parsed sentence name an event, and which entry codes it.

A verb is a trigger when its base form is in the lexicon; an event noun when its
singular is. Each trigger is matched against its lexicon entries, most specific first:
an entry's conditions test the trigger's syntactic neighbours (direct object, particle,
prepositions and their objects, open clausal complement, noun modifiers, subject). A
light verb ("held talks", "staged a protest", "carried out strikes") hands the coding
to its object noun. spaCy's lemmatizer is not run (docs/benchmarks.md, "Language stage
speed"): base forms come from `dateline.language.lemmas` and the lexicon's own words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from dateline.events.lexicon import Condition, LexEntry, Lexicon
from dateline.language.lemmas import noun_base, singular, verb_base

Token = Any  # spacy.tokens.Token

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_OBJECTS = frozenset({"dobj", "obj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A matched trigger: the token, the entry that codes it, and the light verb if any."""

    token: Token
    entry: LexEntry
    light: Token | None = None  # the light verb governing a noun trigger


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Base forms the matcher needs: trigger lemmas and every lemma a condition names."""

    verbs: frozenset[str]
    nouns: frozenset[str]


@functools.cache
def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """Collect the verb and noun base forms of a lexicon (triggers and conditions)."""
    verbs = set(lexicon.lemmas("verb"))
    nouns = set(lexicon.lemmas("noun"))
    for pos in ("verb", "noun"):
        for lemma in lexicon.lemmas(pos):
            for entry in lexicon.entries(pos, lemma):
                for cond in entry.conditions:
                    (verbs if cond.role == "xcomp" else nouns).update(cond.lemmas)
    return Vocabulary(verbs=frozenset(verbs), nouns=frozenset(nouns))


def verb_lemma(token: Token, vocab: Vocabulary) -> str | None:
    """The base form of a verb token when the lexicon knows it."""
    if token.tag_ not in _VERB_TAGS:
        return None
    return verb_base(token.text, vocab.verbs)


def noun_lemma(token: Token) -> str:
    """The singular of a noun token, lower case ("sanctions" -> "sanction")."""
    return singular(token.text) if token.tag_ == "NNS" else str(token.lower_)


def find_triggers(sentence: Any, lexicon: Lexicon, vocab: Vocabulary) -> list[Trigger]:
    """Return the sentence's triggers with their best entries, in text order.

    Args:
        sentence: a spaCy sentence span.
        lexicon: the event lexicon.
        vocab: its `vocabulary`.

    Returns:
        Triggers; an entry ``NONE`` drops its word, a ``LIGHT`` verb becomes a trigger
        on its object noun.
    """
    found: list[Trigger] = []
    light_objects: set[int] = set()
    for token in sentence:
        lemma = verb_lemma(token, vocab)
        if lemma is None:
            continue
        entry = best_entry(lexicon.entries("verb", lemma), token, vocab)
        if entry is None or (entry.event == "NONE" and not entry.frame):
            continue  # a NONE entry with a frame ("said that ...") still frames its clause
        if entry.event == "LIGHT":
            noun = _light_object(token)
            if noun is not None:
                noun_entry = _noun_entry(noun, lexicon)
                if noun_entry is not None:
                    found.append(Trigger(token=noun, entry=noun_entry, light=token))
                    light_objects.add(noun.i)
            continue
        found.append(Trigger(token=token, entry=entry))
    for token in sentence:
        if token.tag_ not in _NOUN_TAGS or token.i in light_objects:
            continue
        entry = _noun_entry(token, lexicon)
        if entry is not None:
            found.append(Trigger(token=token, entry=entry))
    found.sort(key=lambda t: t.token.i)
    return found


def _noun_entry(token: Token, lexicon: Lexicon) -> LexEntry | None:
    lemma = noun_base(token.text, lexicon.lemmas("noun")) if token.tag_ in _NOUN_TAGS else None
    if lemma is None:
        return None
    entry = best_entry(lexicon.entries("noun", lemma), token, None)
    if entry is None or entry.event in ("NONE", "LIGHT"):
        return None
    return entry


def _light_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _OBJECTS or child.dep_ in _PASSIVE_SUBJECTS:
            return child
    return None


def best_entry(
    entries: tuple[LexEntry, ...], token: Token, vocab: Vocabulary | None
) -> LexEntry | None:
    """The first (most specific) entry whose conditions all hold for the token."""
    for entry in entries:
        if all(_holds(cond, token, vocab) for cond in entry.conditions):
            return entry
    return None


def _holds(cond: Condition, token: Token, vocab: Vocabulary | None) -> bool:
    if cond.role == "obj":
        return any(_lemma_in(obj, cond.lemmas) for obj in objects(token))
    if cond.role == "subj":
        return any(
            _lemma_in(c, cond.lemmas) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
        )
    if cond.role == "prt":
        return any(c.dep_ == "prt" and c.lower_ == cond.word for c in token.children)
    if cond.role == "prep":
        return any(_prep_holds(cond, prep) for prep in preps(token))
    if cond.role == "xcomp":
        return any(_xcomp_holds(cond, c, vocab) for c in token.children if c.dep_ == "xcomp")
    if cond.role == "mod":
        return any(
            _lemma_in(c, cond.lemmas) or c.lower_ in cond.lemmas
            for c in token.children
            if c.dep_ in _MODIFIERS
        )
    return False


def _xcomp_holds(cond: Condition, verb: Token, vocab: Vocabulary | None) -> bool:
    if not cond.lemmas:
        return True
    return (verb_base(verb.text, vocab.verbs) if vocab else verb.lower_) in cond.lemmas


def _prep_holds(cond: Condition, prep: Token) -> bool:
    if prep.lower_ != cond.word:
        return False
    if not cond.lemmas:
        return True
    return any(_lemma_in(c, cond.lemmas) for c in prep.children if c.dep_ in ("pobj", "pcomp"))


def _lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Is the token one of the lemmas? An empty set allows any word (``obj=*``)."""
    return not lemmas or noun_lemma(token) in lemmas or token.lower_ in lemmas


def objects(token: Token) -> list[Token]:
    """The direct objects of a verb (for a passive verb: its subject), with conjuncts; a
    part ("part of its aid") stands for the whole, a noun compound ("aid program") for
    its modifier too."""
    found = [c for c in token.children if c.dep_ in _OBJECTS or c.dep_ in _PASSIVE_SUBJECTS]
    found += [g for c in token.children if c.dep_ == "prt"  # "called off the march", misparsed
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    found += [c for obj in found for c in obj.conjuncts]
    wholes = [p for obj in found if obj.lower_ in _PARTS for p in _of_object(obj)]
    kinds = [c for obj in found + wholes if obj.lower_ in _FRAMES_OF
             for c in obj.children if c.dep_ == "compound"]  # fmt: skip
    return found + wholes + kinds


# "part of", "some of": the object is the whole; "aid program": the object is the aid.
_PARTS = frozenset("part parts some most much all half portion share bulk rest".split())
_FRAMES_OF = frozenset("program programme plan package scheme project deal pact".split())


def _of_object(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def preps(token: Token) -> list[Token]:
    """Prepositions attached to a token, and to its direct object ("sanctions on Iran")."""
    found = [c for c in token.children if c.dep_ in ("prep", "agent", "dative")]
    for obj in objects(token):
        found.extend(c for c in obj.children if c.dep_ == "prep")
    return found
