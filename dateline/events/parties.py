"""Who acts and who is acted on: finding the parties of an event in the parse and coding them.

The actor is the trigger's subject (or the "by" agent of a passive), found through
relative clauses, conjuncts and verbs that share a subject ("agreed to cooperate"); the
recipient the object (or the passive subject, or a prepositional object: "sanctions on
Iran"). Each party is coded by `actors.py`: the user's dictionary, the article's
entities, or an agent noun with the country of its modifiers. Pronouns take the last
subject of a matching kind.
"""

from __future__ import annotations

import bisect
from typing import Any

from dateline.events import actors as codes
from dateline.events.actors import ActorTable
from dateline.events.coding import Context
from dateline.language.lemmas import singular
from dateline.model import Actor, Entity, Span

Token = Any  # spacy.tokens.Token

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE = frozenset({"nsubjpass", "csubjpass"})
_RECIPIENT_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "at", "from",
                    "over", "for", "upon", "between", "among", "of")  # fmt: skip
_PRONOUN_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUN_GROUP = frozenset({"it", "they", "them", "we", "us"})
_PRONOUNS = _PRONOUN_PERSON | _PRONOUN_GROUP
# Dependencies through which a verb takes the subject of the word it hangs on.
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acomp"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Agent nouns that stand for the body they lead or speak for: "leaders of the opposition".
_HEAD_WORDS = frozenset(
    "leader head chief chairman spokesman spokeswoman spokesperson official representative "
    "delegate envoy".split()
)
# Nouns that count or group the actor named after "of": "thousands of farmers".
_GROUP_WORDS = frozenset(
    "thousands hundreds dozens millions scores tens group groups crowd crowds number "
    "members member band contingent delegation team".split()
)


class Resolver:
    """Finds actor tokens in the parse and codes them; remembers actors for pronouns."""

    def __init__(self, doc: Any, ctx: Context) -> None:  # Any: spacy Doc
        self.doc = doc
        self.ctx = ctx
        self.entity_at: dict[int, tuple[Entity, Span]] = {}
        for entity in ctx.entities:
            for m in entity.mentions:
                self.entity_at[m.span.start] = (entity, m.span)
        self.starts = sorted(self.entity_at)
        self.table_at = self._match_table(doc, ctx.table)
        self.last_person: Actor | None = None
        self.last_group: Actor | None = None
        self._pending: list[tuple[str, Actor]] = []

    @staticmethod
    def _match_table(doc: Any, table: ActorTable) -> dict[int, tuple[int, str]]:
        if not table.phrases:
            return {}
        words = [t.lower_ for t in doc]
        found: dict[int, tuple[int, str]] = {}
        i = 0
        while i < len(words):
            hit = table.match(words, i)
            if hit:
                for j in range(i, hit[0]):
                    found[j] = (i, hit[1])
                i = hit[0]
            else:
                i += 1
        return found

    def remember(self, sentence: Any) -> None:
        """After a sentence: its subjects become the antecedents of later pronouns."""
        for tok in sentence:
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.lower_ not in _PRONOUN_PERSON | _PRONOUN_GROUP
            ):
                actor = self.actor(tok)
                if actor is None:
                    continue
                entity = self.entity_at.get(tok.idx)
                is_person = entity is not None and entity[0].type == "PERSON"
                if is_person:
                    self.last_person = actor
                else:
                    self.last_group = actor

    def actor_positions(self, sentence: Any) -> set[int]:
        """Indices of the sentence's tokens that name actors (for verb patterns' markers)."""
        return {t.i for t in sentence if t.i in self.table_at or self.entity(t) is not None
                or (t.tag_ in ("NN", "NNS") and codes.agent_sector(t.lower_, self.ctx.table))}  # fmt: skip

    def actor_tokens(self, verb: Token | None, token: Token) -> list[Token]:
        """The tokens naming who acts: the subject (or "by" agent), with conjuncts."""
        if verb is not None:
            head = verb
            for _ in range(4):  # "agreed to cooperate": the subject of the governing verb
                subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
                agents = [g for c in head.children if c.dep_ == "agent" for g in c.children
                          if g.dep_ == "pobj"]  # fmt: skip
                if subjects or agents:
                    found = agents or subjects
                    return with_conjuncts([self._relative(t) for t in found])
                if head.dep_ in _CLIMB and head.head.i != head.i:
                    head = head.head  # "is about to restore": restore < about < is
                    continue
                if head.dep_ == "relcl":
                    return with_conjuncts([head.head])
                break
            return []
        # an event noun: possessor, an actor-like modifier, or "by X"
        found = [c for c in token.children if c.dep_ == "poss"]
        found += [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                  and self.actor(c) is not None]  # fmt: skip
        found += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if not found and token.dep_ in _SUBJECTS | _PASSIVE:
            return []
        return with_conjuncts(found)

    def recipient_tokens(self, verb: Token | None, token: Token) -> list[Token]:
        """The tokens naming whom the act is done to."""
        if verb is not None and token is verb:
            passive = [c for c in verb.children if c.dep_ in _PASSIVE]
            if passive:
                return with_conjuncts([self._relative(t) for t in passive])
            direct = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
            actorish = [t for t in direct if self.actor(t) is not None]
            if actorish:
                return with_conjuncts(actorish)
            return self._prep_objects([verb, *direct]) or self._owners(direct)
        # a noun trigger: its prepositions ("sanctions on Iran"), or the light verb's
        targets = self._prep_objects([token])
        if not targets and verb is not None:
            targets = self._prep_objects([verb])
        return targets

    def later_party(self, verb: Token, taken: list[Actor]) -> list[Actor]:
        """The first actor named after the verb in its own phrases ("arrived in Amman",
        "marched to the border with Mordor"): CAMEO's and PLOVER's coders take it as the
        recipient when the verb has none of its own. Clauses inside the verb's (relative,
        reported, adverbial) are not searched."""
        codes_taken = {a.code for a in taken}
        for tok in verb.subtree:
            if tok.i <= verb.i or tok.dep_ not in ("pobj", "dobj", "npadvmod", "nmod"):
                continue
            if not _within_phrases(tok, verb):
                continue
            found = [a for a in self.actors(tok) if a.code not in codes_taken]
            if found:
                return found
        return []

    def _antecedent(self, pronoun: Token, *, person: bool) -> Actor | None:
        """A pronoun subject: the subject of the clause it is reported in ("Hungary said
        it will ..."), else the last subject of a matching kind before it."""
        node = pronoun.head
        for _ in range(4):
            if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head.i == node.i:
                break
            node = node.head
            for subject in node.children:
                if subject.dep_ in _SUBJECTS and subject.lower_ not in _PRONOUNS:
                    found = self.actor(subject)
                    if found is not None:
                        return found
        return self.last_person if person else (self.last_group or self.last_person)

    def _owners(self, nouns: list[Token]) -> list[Token]:
        """Whose request or plan an object is: "rejected a U.S. request", "Iran's demand"."""
        for noun in nouns:
            owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
            owners = [o for o in owners if self.actor(o) is not None]
            if owners:
                return with_conjuncts(owners)
        return []

    def _prep_objects(self, heads: list[Token]) -> list[Token]:
        for prep_word in _RECIPIENT_PREPS:
            for head in heads:
                for prep in head.children:
                    if prep.dep_ not in ("prep", "dative") or prep.lower_ != prep_word:
                        continue
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    objs = [o for o in with_conjuncts(objs) if self.actor(o) is not None]
                    if objs:
                        return objs
        return []

    @staticmethod
    def _relative(token: Token) -> Token:
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            return token.head.head
        if token.tag_ == "VBG":  # a misparse: "The Red Cross operating in Iraq said"
            inner = [c for c in token.children if c.dep_ == "nsubj"]
            if inner:
                return inner[0]
        return token

    def actor(self, token: Token) -> Actor | None:
        """Code the noun phrase headed by ``token``, or None when it names no actor."""
        found = self.actors(token)
        return found[0] if found else None

    def actors(self, token: Token) -> list[Actor]:
        """Code the noun phrase headed by ``token``: one actor, or one per country of
        conjoined modifiers ("Hungarian and Romanian officials"); empty when it names none."""
        low = token.lower_
        if low in _GROUP_WORDS:  # "thousands of farmers", "a group of rebels"
            member = _member(token)
            if member is not None:
                return self.actors(member)
        if low in _PRONOUNS and token.tag_.startswith("PRP"):  # not "US" (the country)
            found = self._antecedent(token, person=low in _PRONOUN_PERSON)
            return [found] if found else []
        table = self.table_at.get(token.i)
        if table is not None and token.tag_ not in ("NN", "NNS"):
            return [self._from_table(token, table)]
        is_noun = token.tag_ in ("NN", "NNS", "NNP", "NNPS")
        sector = codes.agent_sector(low, self.ctx.table) if is_noun else None
        if sector is not None and self.entity(token) is None:
            return self._agent(token, sector)
        if table is not None:
            return [self._from_table(token, table)]
        return self._named(token)

    def _named(self, token: Token) -> list[Actor]:
        """An entity's actor; a modifier gives the country it lacks ("the US Congress")."""
        found = self.entity(token)
        if found is None:
            return self._by_compound(token)
        entity, span = found
        code = self._entity_code(entity, self.ctx.text[span.start : span.end])
        if code is not None and code.startswith(codes.UNKNOWN):
            country = self._country_of_modifiers(token)
            if country:
                code = country + code[len(codes.UNKNOWN) :]
        if code is None:
            return []
        return [Actor(entity_id=entity.id, name=entity.name, code=code, span=span)]

    def _by_compound(self, token: Token) -> list[Actor]:
        """A noun whose compound is an agent noun: "the opposition coalition", "a rebel group"."""
        if token.tag_ not in ("NN", "NNS"):
            return []
        for child in token.children:
            if child.dep_ == "compound" and child.tag_ in ("NN", "NNS"):
                sector = codes.agent_sector(child.lower_, self.ctx.table)
                if sector is not None:
                    return self._agent(token, sector)
        return []

    def _agent(self, token: Token, sector: str) -> list[Actor]:
        """An agent noun: "Turkish troops", "leaders of the opposition", "Hungarian and
        Romanian officials" (one actor per country)."""
        name, span = _phrase(token), _span_of(token)
        if singular(token.lower_) in _HEAD_WORDS:  # the leaders of a body stand for it
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        body = self.actor(pobj) if pobj.dep_ == "pobj" else None
                        if body is not None:
                            code = (
                                body.code if len(body.code) > 3 else codes.join(body.code, sector)
                            )
                            return [Actor(name=name, code=code, span=span, entity_id=None)]
        countries: list[str | None] = [*self._countries_of_modifiers(token)] or [None]
        return [Actor(name=name, code=codes.join(c, sector), span=span, entity_id=None)
                for c in countries]  # fmt: skip

    def _from_table(self, token: Token, hit: tuple[int, str]) -> Actor:
        start = self.doc[hit[0]]
        sector = None
        if token.tag_ in ("NN", "NNS"):
            sector = codes.agent_sector(token.lower_, self.ctx.table)
        code = codes.join(hit[1], sector) if sector and len(hit[1]) == 3 else hit[1]
        end = token.idx + len(token.text)
        name = self.ctx.text[start.idx : end]
        return Actor(name=name, code=code, span=Span(start=start.idx, end=end))

    def entity(self, token: Token) -> tuple[Entity, Span] | None:
        """The entity mention that covers the token, if any."""
        pos = bisect.bisect_right(self.starts, token.idx) - 1
        if pos < 0:
            return None
        entity, span = self.entity_at[self.starts[pos]]
        if span.start <= token.idx < span.end:
            return entity, span
        return None

    def _entity_code(self, entity: Entity, mention: str) -> str | None:
        if entity.type in ("GPE", "NORP"):
            if not entity.country:
                return None
            place = codes.place_code(mention)
            sector = "GOV" if place and place[1] == "capital" else None
            return codes.join(entity.country, sector)
        if entity.type == "PERSON":
            return codes.join(entity.country, entity.sector)
        if entity.type == "ORG":
            place = codes.place_code(entity.name)
            if place and place[1] == "igo":
                return place[0]
            sector = entity.sector or codes.sector_of_name(entity.name.split())
            if entity.country is None and sector is None:
                return None
            return codes.join(entity.country, sector)
        return None

    def _country_of_modifiers(self, token: Token) -> str | None:
        """The country of "Turkish troops", "Sudan's army", "the government of Ghana"."""
        found = self._countries_of_modifiers(token)
        return found[0] if found else None

    def _countries_of_modifiers(self, token: Token) -> list[str]:
        """The countries of a noun's modifiers, with conjoined ones ("Hungarian and
        Romanian officials"), or of its "of"/"in"/"from" object."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                country = self._country_at(child)
                if country:
                    more = [self._country_at(c) for c in child.conjuncts if c.i > child.i]
                    return list(dict.fromkeys([country, *(c for c in more if c)]))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        country = self._country_at(pobj)
                        if country:
                            return [country]
        return []

    def _country_at(self, token: Token) -> str | None:
        table = self.table_at.get(token.i)
        if table is not None:
            return table[1][:3]
        found = self.entity(token)
        if found is not None and found[0].country:
            return found[0].country
        place = codes.place_code(token.text)
        if place and place[1] != "igo":
            return place[0]
        return None


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return out


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    return " ".join(t.text for t in words) if words else token.text


def _span_of(token: Token) -> Span:
    left = min(t.idx for t in token.subtree if t.i <= token.i)
    return Span(start=left, end=token.idx + len(token.text))


def _member(token: Token) -> Token | None:
    """The noun after "of" in "thousands of farmers"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _within_phrases(token: Token, verb: Token) -> bool:
    """Is the token reached from the verb through objects and prepositions only?"""
    node = token
    for _ in range(6):
        if node.i == verb.i:
            return True
        if node.dep_ not in ("pobj", "dobj", "prep", "npadvmod", "nmod", "compound", "conj"):
            return False
        node = node.head
    return False
