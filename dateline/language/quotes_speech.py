"""Reported speech in the dependency parse: speech verbs, their speakers and clauses.

Part of the quotes step (`dateline.language.quotes`). A speech verb ("said", "told",
"warned", ...) with a clausal complement (ccomp, or object + xcomp for "urged X to")
is a report: its nsubj is the speaker, the complement the content. "According to X, ..."
is one too. Offsets are token indices into the spaCy Doc; `quotes.py` turns them into
character spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.language.lemmas import noun_base, verb_base

# Lemmas of verbs that report speech or writing (the cue list). Verbs of belief
# ("think", "believe") and nominal uses ("denied the report") are left out on purpose.
SPEECH_VERBS = frozenset(
    "say tell add note urge warn deny insist claim stress announce state explain argue "
    "confirm acknowledge admit allege assert declare emphasize emphasise reply respond "
    "write ask demand maintain reiterate repeat recall remark reveal vow pledge concede "
    "contend comment complain caution conclude disclose observe mention predict promise "
    "report suggest threaten testify tweet post announce estimate point".split()
)
# Verbs whose report is "X to do": the content is the object and the infinitive clause.
_TO_VERBS = frozenset("urge ask tell warn call advise order press appeal encourage".split())
# Nouns that name the channel a statement came through ("in a statement").
_CHANNELS = frozenset(
    "statement interview post letter speech briefing broadcast message tweet report "
    "communique communiqué conference address video".split()
)
_TELL = frozenset({"tell"})
_PROPER = frozenset({"NNP", "NNPS"})
_PLATFORMS = frozenset("x twitter facebook telegram instagram television tv radio weibo".split())
_LEADING_JUNK = frozenset(", : ; — – -".split())
_QUOTE_TEXT = frozenset("\"“”«»„'‘’")


@dataclass(frozen=True, slots=True)
class Report:
    """One report found in the parse; ranges are (first, last + 1) token indices."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: tuple[int, int] | None
    medium: str | None
    trailing: bool


def is_speech_verb(tok: Any) -> bool:  # Any: spacy Token
    """Whether the token is a verb of the cue list (and not a noun like "report")."""
    return _is_verb(tok) and verb_base(tok.text, SPEECH_VERBS) is not None


def _is_verb(tok: Any) -> bool:  # Any: spacy Token
    """A verb by its fine-grained tag (VB, VBD, VBG, VBN, VBP, VBZ; MD for modals)."""
    return bool(tok.tag_.startswith("VB") or tok.tag_ == "MD")


def report_of(verb: Any) -> Report | None:  # Any: spacy Token
    """Return the report a speech verb heads, or None when it has no clausal content."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "were told to stay indoors": the speaker is not in the sentence
    content = _complement(verb)
    if content is None:
        return None
    first = content[0]
    return Report(
        cue=_cue(verb),
        content=content,
        source=subject_of(verb),
        medium=medium_of(verb),
        trailing=first < verb.i,
    )


def according_to(tok: Any) -> Report | None:  # Any: spacy Token
    """Return the report of "according to X" at ``tok`` ("according"), or None."""
    doc = tok.doc
    if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = _trim((objects[0].left_edge.i, objects[0].right_edge.i + 1), doc)
    sent = tok.sent
    before = _trim((sent.start, tok.i), doc)
    after = _trim((source[1], sent.end), doc)
    sides = [r for r in (before, after) if r[1] > r[0]]
    if not sides:
        return None
    content = max(sides, key=lambda r: r[1] - r[0])
    return Report(
        cue=(tok.i, tok.i + 2), content=content, source=source, medium=None, trailing=False
    )


def subject_of(verb: Any) -> tuple[int, int] | None:  # Any: spacy Token
    """Return the speaker's noun phrase: the verb's nsubj, or that of the verb it hangs on.

    A verb without a subject ("..., adding that", "and denied that") takes the subject
    of the nearest speech verb above it, else of the nearest verb above it.
    """
    own = _nsubj(verb)
    if own is not None:
        return own
    fallback = None
    node = verb
    while node.head.i != node.i and node.dep_ in ("advcl", "conj", "xcomp", "ccomp", "acl"):
        node = node.head
        subj = _nsubj(node)
        if subj is not None and is_speech_verb(node):
            return subj
        if subj is not None and fallback is None:
            fallback = subj
    return fallback


def medium_of(verb: Any) -> str | None:  # Any: spacy Token
    """Return the outlet or channel of a report ("told Reuters", "in a statement")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i)]
    for head in heads:
        for child in head.children:
            found = _medium_child(verb, child)
            if found is not None:
                return found
    return None


def _medium_child(verb: Any, child: Any) -> str | None:  # Any: spacy Tokens
    if (
        verb_base(verb.text, _TELL) == "tell"
        and child.dep_ in ("dobj", "dative")
        and _outlet(child)
    ):
        return _phrase(child)
    if child.dep_ != "prep" or child.lower_ not in ("in", "on", "to", "during", "via"):
        return None
    for obj in (c for c in child.children if c.dep_ == "pobj"):
        if noun_base(obj.text, _CHANNELS) is not None:
            inner = [
                p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("with", "to", "on")
            ]
            named = [o for p in inner for o in p.children if o.dep_ == "pobj" and _outlet(o)]
            return _phrase(named[0]) if named else obj.text
        if child.lower_ == "on" and (obj.lower_ in _PLATFORMS or obj.ent_type_ == "ORG"):
            return _phrase(obj)
    return None


def _outlet(tok: Any) -> bool:  # Any: spacy Token
    """A named outlet: a proper noun that is not a person or a place."""
    return bool(tok.tag_ in _PROPER and tok.ent_type_ not in ("PERSON", "GPE", "DATE", "TIME"))


def _phrase(tok: Any) -> str:  # Any: spacy Token
    """The proper name a token heads, with its compound parts ("Associated Press")."""
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ in _PROPER]
    start = parts[0].i if parts else tok.i
    return str(tok.doc[start : tok.i + 1].text)


def _nsubj(tok: Any) -> tuple[int, int] | None:  # Any: spacy Token
    for child in tok.children:
        if child.dep_ == "nsubj" and child.lower_ not in ("there",):
            return _trim((child.left_edge.i, child.right_edge.i + 1), tok.doc)
    return None


def _cue(verb: Any) -> tuple[int, int]:  # Any: spacy Token
    """The verb, with a particle right after it ("pointed out")."""
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return (verb.i, end)


def _complement(verb: Any) -> tuple[int, int] | None:  # Any: spacy Token
    """The token range of the reported clause of ``verb``, or None."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        comp = comps[0]
        rng = (comp.left_edge.i, comp.right_edge.i + 1)
        return _nonempty(_trim(_cut_shared(rng, comp, doc), doc))
    if verb_base(verb.text, _TO_VERBS) is None:
        return None
    xcomps = [c for c in verb.rights if c.dep_ == "xcomp"]
    if not xcomps:
        return None
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
    if not objects:
        return None  # "asked not to be named": no one is urged to do anything
    rng = (objects[0].left_edge.i, xcomps[0].right_edge.i + 1)
    return _nonempty(_trim(_cut_shared(rng, xcomps[0], doc), doc))


def _cut_shared(rng: tuple[int, int], comp: Any, doc: Any) -> tuple[int, int]:  # Any: spaCy
    """End the range before a speech verb that shares the outer subject (", adding ...")."""
    for tok in doc[comp.i + 1 : rng[1]]:
        if _nsubj(tok) is not None or not _is_verb(tok):
            continue
        shared = tok.dep_ in ("advcl", "conj", "ccomp") and is_speech_verb(tok)
        # "said it would appeal and apologised": a bare verb joined to the clause is
        # mostly the speaker's next act, not part of what was said, when only it is past.
        if shared or (
            tok.dep_ == "conj" and tok.head.i == comp.i and tok.tag_ == "VBD" != comp.tag_
        ):
            return (rng[0], tok.left_edge.i)
    return rng


def _trim(rng: tuple[int, int], doc: Any) -> tuple[int, int]:  # Any: spacy Doc
    """Drop a leading "that" or punctuation, and trailing punctuation and conjunctions."""
    start, end = rng
    while start < end and (
        doc[start].text in _LEADING_JUNK
        or (doc[start].dep_ == "mark" and doc[start].lower_ == "that")
    ):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in _QUOTE_TEXT)
        or doc[end - 1].dep_ == "cc"
        or doc[end - 1].is_space
    ):
        end -= 1
    return (start, end)


def _nonempty(rng: tuple[int, int]) -> tuple[int, int] | None:
    return rng if rng[1] > rng[0] else None
