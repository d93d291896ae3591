"""Coding a sentence's triggers: frames, auxiliary modes and PLOVER's precedence rules.

A frame (a request, threat, promise, refusal or accusation) takes the event in its
complement as its content: "urged Ankara to impose sanctions" is one REQUEST, not a
SANCTION. A statement ("said that ...") marks the events inside it ``reported``; a
denial ``negated`` too. Event nouns inside a coded verb's object are its content
("condemned the attack"). Then the auxiliary modes (negated, future, hypothetical)
and PLOVER's rules: a promised or future cooperation is AGREE, a promised concession
CONCEDE, a promised attack a THREATEN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.events.actors import ActorTable, agent_sector
from dateline.events.cameo import CameoTable
from dateline.events.lexicon import Lexicon
from dateline.events.triggers import Trigger, noun_lemma, objects
from dateline.events.verbdict import VerbDictionary
from dateline.model import Anchor, Entity, TimeExpr

Token = Any  # spacy.tokens.Token

_FUTURE = frozenset({"will", "shall", "'ll", "wo", "would"})  # "would": future in reported speech
_MAYBE = frozenset({"could", "might", "may", "should", "must"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
_CONCESSIONS = frozenset({"RETREAT", "CONCEDE"})
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Words of willingness: "is ready to withdraw" promises the act.
_WILLING = frozenset({"ready", "willing", "prepared", "determined", "committed", "eager"})
_FAILING = frozenset({"fail", "fails", "failed", "failing"})
# CAMEO "intent" codes for a promise of each kind of cooperation.
_INTENT_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                 "AGREE": "030"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """What an article gives the event finder besides its parse."""

    text: str
    entities: tuple[Entity, ...]
    anchor: Anchor | None
    timexes: tuple[TimeExpr, ...]
    dateline_place: str | None
    lexicon: Lexicon
    cameo: CameoTable
    table: ActorTable
    verbs: VerbDictionary | None = None  # the user's verb dictionary (setting ``verbs``)


@dataclass(slots=True)
class Coded:
    """An event while it is being built."""

    trigger: Trigger
    type: str
    mode: str
    cameo: str
    aux: set[str] = field(default_factory=set)
    actor_token: Token | None = None
    recipient_token: Token | None = None
    content: Token | None = None  # the complement of a frame


@dataclass(slots=True)
class _Framing:
    """The triggers of one sentence, and what frames and objects do to them."""

    by_token: dict[int, Trigger]
    consumed: set[int] = field(default_factory=set)
    reported: set[int] = field(default_factory=set)
    negated: set[int] = field(default_factory=set)

    def frame(self, item: Coded, ctx: Context) -> None:
        """Apply a frame entry: mark a statement's events, or take a frame's content."""
        trig = item.trigger
        if trig.entry.frame == "report" and self.obligation(item, ctx):
            return
        if trig.entry.frame in ("report", "deny"):
            below = self.below(trig.token)
            self.reported |= below
            if trig.entry.frame == "deny":
                self.negated |= below
            self.consumed.add(trig.token.i)  # a statement is not itself an event
            return
        inner = self.complement(trig.token)
        if inner is not None:
            item.content = inner.token
            self.consumed |= self.below(inner.token) | {inner.token.i}
            _apply_frame(item, inner, ctx)

    def obligation(self, item: Coded, ctx: Context) -> bool:
        """ "Russia said Sudan must return the helicopter": a statement that a party must
        act is a REQUEST to that party; the act is its content."""
        for clause in item.trigger.token.children:
            if clause.dep_ != "ccomp" or not _obliged(clause):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if not subjects or not _party_like(subjects[0], ctx):
                continue
            # the act asked for: the clause's verb, or the first below it ("has to return",
            # "must be ready to mediate")
            inner = next((self.by_token[t.i] for t in clause.subtree if t.i in self.by_token
                          and (t.i == clause.i or t.dep_ in ("xcomp", "dobj"))), None)  # fmt: skip
            mode = _request_mode(inner.entry.event) if inner is not None else ""
            item.type, item.mode = "REQUEST", mode
            item.cameo = ctx.cameo.reverse("REQUEST", mode)
            item.recipient_token = subjects[0]
            if inner is not None:
                item.content = inner.token
                self.consumed |= self.below(inner.token) | {inner.token.i}
            self.reported |= self.below(item.trigger.token)
            return True
        return False

    def consume_objects(self, trig: Trigger) -> None:
        """Events inside a coded verb's object are its content: the noun in "condemned the
        attack", the infinitive in "rejected a demand to sever ties"."""
        if trig.token.i in self.consumed or trig.light is not None or not is_verb(trig.token):
            return
        for obj in objects(trig.token):
            self.consumed.update(
                t.i
                for t in obj.subtree
                if t.i in self.by_token and (not is_verb(t) or _infinitive(t))
            )

    def complement(self, token: Token) -> Trigger | None:
        """The trigger a frame verb introduces: its xcomp/ccomp verb, or its object noun."""
        clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        for clause in clauses:
            if clause.i in self.by_token:
                return self.by_token[clause.i]
        for clause in clauses:  # "urged X to start talks": the object of the xcomp
            for sub in clause.children:
                if sub.i in self.by_token and sub.dep_ in ("dobj", "xcomp"):
                    return self.by_token[sub.i]
        for child in token.children:
            if child.dep_ in ("dobj", "prep"):
                for tok in child.subtree:
                    if tok.i in self.by_token and tok.i != token.i:
                        return self.by_token[tok.i]
        return None

    def below(self, token: Token) -> set[int]:
        """Triggers in a verb's complements, object and adverbial clauses."""
        return {
            t.i
            for child in token.children
            if child.dep_ in ("ccomp", "xcomp", "dobj", "advcl")
            for t in child.subtree
            if t.i in self.by_token
        }


def code_triggers(triggers: list[Trigger], ctx: Context) -> list[Coded]:
    """Code each trigger; a frame takes the trigger of its complement as its content."""
    framing = _Framing(by_token={t.token.i: t for t in triggers})
    coded = []
    for trig in triggers:
        entry = trig.entry
        item = Coded(trigger=trig, type=entry.event, mode=entry.mode, cameo=entry.cameo)
        coded.append(item)
        if entry.frame:
            framing.frame(item, ctx)
    for trig in triggers:
        framing.consume_objects(trig)
    out = []
    for item in coded:
        i = item.trigger.token.i
        if i in framing.consumed:
            continue
        if i in framing.reported:
            item.aux.add("reported")
        if i in framing.negated:
            item.aux.add("negated")
        _aux_modes(item)
        _plover_rules(item, ctx)
        out.append(item)
    return out


def _obliged(clause: Token) -> bool:
    """A clause saying its subject must act: "must return", "should leave", "has to pay"."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in ("must", "should", "ought"):
            return True
    return clause.lower_ in ("has", "have", "had") and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children
    )


def _party_like(token: Token, ctx: Context) -> bool:
    """A subject that can be asked to act: a name, a pronoun for one, or an agent noun."""
    if token.tag_ in ("NNP", "NNPS") or token.lower_ in ("it", "they", "he", "she", "we"):
        return True
    return agent_sector(token.lower_, ctx.table) is not None


def is_verb(token: Token) -> bool:
    return bool(token.tag_.startswith("VB"))


def _apply_frame(item: Coded, inner: Trigger, ctx: Context) -> None:
    frame, kind, inner_mode = item.trigger.entry.frame, inner.entry.event, inner.entry.mode
    if frame == "request":
        mode = _request_mode(kind)
        item.type, item.mode = "REQUEST", mode
        item.cameo = item.trigger.entry.cameo if not mode else ctx.cameo.reverse("REQUEST", mode)
    elif frame == "threat":
        _threaten(item, kind, inner_mode, inner.token, ctx)
    elif frame == "intent":
        if kind in _COOPERATIVE:
            item.type, item.mode, item.cameo = "AGREE", "", _INTENT_CAMEO.get(kind, "030")
        elif kind in _CONCESSIONS:  # a promise to yield: CAMEO 035x, which PLOVER codes AGREE
            item.type, item.mode, item.cameo = "AGREE", "", _yield_intent(inner.entry.cameo)
        elif kind in _FORCE or kind == "PROTEST":
            _threaten(item, kind, inner_mode, inner.token, ctx)
        else:  # "vowed to reject", "plans to appeal": the content's own act
            item.type, item.mode, item.cameo = kind, inner_mode, inner.entry.cameo
    elif frame == "reject":
        mode = _request_mode(kind)
        item.type, item.mode = "REJECT", mode
        item.cameo = ctx.cameo.reverse("REJECT", mode) if mode else item.trigger.entry.cameo
    elif frame == "accuse":
        item.type = "ACCUSE"


def _yield_intent(cameo: str) -> str:
    """The CAMEO "intent to yield" code for the concession promised ("release" -> 0353)."""
    for prefix, intent in (("084", "0353"), ("085", "0354"), ("086", "0355"), ("087", "0356"),
                           ("081", "0351"), ("082", "0352")):  # fmt: skip
        if cameo.startswith(prefix):
            return intent
    return "035"


def _request_mode(kind: str) -> str:
    if kind in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if kind in ("CONSULT", "AGREE"):
        return "meet"
    if kind in _CONCESSIONS:
        return "yield"
    return ""


def _threat_mode(kind: str, mode: str, token: Token) -> str:
    if kind in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if kind == "COERCE":
        return "arrest" if mode == "arrest" else "restrict"
    if kind == "SANCTION":
        if mode == "expel":
            return "expel"
        noun = noun_lemma(token)
        return "restrict" if noun in ("sanction", "embargo", "boycott", "tariff") else "relations"
    return "relations"


def _threat_cameo(mode: str, content: Token, ctx: Context) -> str:
    """The CAMEO threat code: a threat of force 138, of sanctions 1312, to cut aid 1311."""
    if mode == "violence":
        return "138"
    if mode == "restrict":
        return "1312"
    if mode == "relations":
        objects_ = {noun_lemma(t) for t in objects(content)} | {noun_lemma(content)}
        if objects_ & {"aid", "assistance", "funding", "loan"}:
            return "1311"
        if objects_ & {"tie", "relation"}:
            return "1313"
        return "131"
    return ctx.cameo.reverse("THREATEN", mode)


def _aux_modes(item: Coded) -> None:
    token = item.trigger.light or item.trigger.token
    chain = [token]
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
        chain.append(head)
    for tok in chain:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
                item.aux.add("negated")
            elif child.dep_ == "aux" and low in _FUTURE:
                item.aux.add("future")
            elif (child.dep_ == "aux" and low in _MAYBE) or (
                child.dep_ == "mark" and low in _CONDITIONAL_MARKS
            ):
                item.aux.add("hypothetical")
        if tok.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL_MARKS for c in tok.children):
            item.aux.add("hypothetical")
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # "is about to restore", "plans to visit": an infinitive not taken by a frame
        governor = token.head
        if governor.lower_ in _WILLING or governor.lower_ in (
            "about", "going", "set", "due", "expected", "scheduled", "plan", "plans", "planned",
            "planning", "intends", "intend", "poised",
        ):  # fmt: skip
            item.aux.add("future")


def _plover_rules(item: Coded, ctx: Context) -> None:
    """PLOVER's precedence: a future cooperation is AGREE, a promised concession AGREE and an
    announced one CONCEDE, a future use of force or a conditional act a THREATEN, a refused
    or failed cooperation a REJECT."""
    if item.trigger.entry.frame:
        return
    token = item.trigger.light or item.trigger.token
    failed = token.dep_ == "xcomp" and token.head.lower_ in _FAILING
    if item.type in _COOPERATIVE | _CONCESSIONS and (
        failed or {"negated", "future"} <= item.aux
    ):  # "will not accept refugees", "failed to reach agreement"
        mode = _request_mode(item.type)
        item.type, item.mode, item.cameo = "REJECT", mode, ctx.cameo.reverse("REJECT", mode)
        item.aux -= {"negated", "future"}
        return
    if item.type not in ("THREATEN", "REQUEST", "ACCUSE", "REJECT") and any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in token.children
    ):  # "will withdraw its force unless ...": a conditional act is a threat
        _threaten(item, item.type, item.mode, item.trigger.token, ctx)
        return
    if "future" not in item.aux:
        return
    if item.type in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        item.cameo = _INTENT_CAMEO[item.type]
        item.type, item.mode = "AGREE", ""
    elif item.type in _CONCESSIONS and _promised(token):
        item.type, item.mode, item.cameo = "AGREE", "", _yield_intent(item.cameo)
    elif item.type == "RETREAT":
        item.type, item.mode, item.cameo = "CONCEDE", "", ctx.cameo.reverse("CONCEDE", "")
    elif item.type in _FORCE - {"MOBILIZE"} or item.type == "PROTEST":  # a deployment stays
        _threaten(item, item.type, item.mode, item.trigger.token, ctx)


def _threaten(item: Coded, kind: str, mode: str, content: Token, ctx: Context) -> None:
    """Code the item as a THREATEN of an act of ``kind`` (its mode and CAMEO code from
    the act threatened: "to cut aid" 1311, "to impose sanctions" 1312)."""
    item.type, item.mode = "THREATEN", _threat_mode(kind, mode, content)
    item.cameo = _threat_cameo(item.mode, content, ctx)


def _promised(token: Token) -> bool:
    """Is the act governed by a word of willingness ("is ready to withdraw")?"""
    return token.dep_ == "xcomp" and token.head.lower_ in _WILLING


def _infinitive(token: Token, deps: tuple[str, ...] = ("acl", "xcomp")) -> bool:
    """A "to" infinitive hanging on a noun or verb ("a call to withdraw")."""
    return token.dep_ in deps and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
