"""Read TABARI / PETRARCH verb dictionaries and code a sentence's verb with their patterns.

A dictionary holds synsets (``&NAME`` and ``+member`` lines) and blocks: a header
(``--- GRANT [070] ---``), verb lines (``GIVE {GAVE GIVEN} [071]``, ``+CALL_OFF``) and
patterns (``- + * TO $ [072]``). PETRARCH-1 and PETRARCH-2 syntax are both read; what is
supported, how patterns match and what is ignored: docs/decisions/007-verb-dictionaries.md.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dateline.errors import DatelineError

log = logging.getLogger(__name__)

NO_EVENT = "---"
_MARKERS = frozenset("$+%^")
_VOWELS = frozenset("AEIOU")
_CODE = re.compile(r"\[([^\]]*)\]")
_XML = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_COMMENT = re.compile(r"[#;](?![^\[]*\])")  # "#" or legacy ";", but not in a code like [###]
_SYNSET_LABEL = re.compile(r"&([A-Z0-9][^\s&{}()\[\]*]*)")
_VERB_LINE = re.compile(r"([^{}\[\]]+?)\s*(?:\{([^{}]*)\})?\s*(?:\[([^\]]*)\])?")
_WORD = re.compile(r"[^\s{}()\[\]*$%^&+_]+")
_TOKEN = re.compile(r"&[^\s{}()*]+|[{}()*_]|\s+|[^\s{}()*_&]+|&")
_BRACKETS = {"{": 1, "}": -1, "(": 0, ")": 0}

_Run = tuple[frozenset[str], ...]  # adjacent words, each as the set of forms it accepts
_Syn = tuple[frozenset[str], tuple[_Run, ...]]  # a synset: one-word members, longer ones
_Hit = list[tuple["_Item", tuple[int, ...]]]  # pattern elements and the words they took
_Form = tuple[int, "_Pattern"]  # a verb line: its block's index and its words as a pattern
_Syns = Mapping[str, _Syn]
_Entry = tuple[str, int, _Form, str]  # inflecting word, 1 if generated, verb line, phrase


class VerbDictError(DatelineError, ValueError):
    """A verb dictionary is malformed; the message is ``PATH:LINE: problem``."""


class _UndefinedSynsetError(VerbDictError):
    """A pattern uses a synset the file never defines (skipped unless strict)."""


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """The code a verb dictionary gives one verb of a sentence, and what matched.

    Attributes:
        code: the code as written: "064", "---" (explicit no-event), "" for "[:110]".
        reverse_code: the code after ":" in "[013:012]" (the reverse direction), else None.
        verb: the block's head verb, upper case ("ABANDON").
        pattern: the pattern line as written, without comment; "" for a default code.
        line: 1-based line of the pattern, or of the verb line or header whose code applied.
        words: indices of the sentence words matched, the verb's own words included.
        source: index of the word where a ``$`` or ``%`` marker matched, if any.
        target: index of the word where a ``+`` marker matched, if any.
    """

    code: str
    reverse_code: str | None
    verb: str
    pattern: str
    line: int
    words: tuple[int, ...]
    source: int | None
    target: int | None


@dataclass(frozen=True, slots=True)
class _Item:
    """One pattern element: a marker, or words (one-word forms and longer runs)."""

    marker: str  # "$", "+", "%", "^", or "" for words
    single: frozenset[str]
    multi: tuple[_Run, ...]
    joined: bool  # must touch the element before it, counting outwards from the verb


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern line, or a verb line (its inflecting word is the ``*``; code None if none)."""

    code: str | None
    reverse: str | None
    text: str
    line: int
    left: tuple[_Item, ...]  # outwards from the verb: nearest first
    right: tuple[_Item, ...]


@dataclass(frozen=True, slots=True)
class _Block:
    head: _Pattern  # the header: its text is the head verb
    patterns: tuple[_Pattern, ...]
    needs: Mapping[str, tuple[int, ...]]  # word -> the patterns that need it ("": none)


@dataclass(frozen=True, slots=True)
class _Sentence:  # a sentence's upper-case words, with caches for one `match` call
    up: tuple[str, ...]
    actors: frozenset[int] | None
    where: dict[str, list[int]] = field(default_factory=dict)  # word -> its indices
    spans: dict[object, list[tuple[int, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, word in enumerate(self.up):
            self.where.setdefault(word, []).append(i)


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """A verb dictionary indexed by verb form; get one from `load_verb_dictionary`.

    Attributes:
        path: the file it was read from.
        blocks: the verb blocks, in file order.
        synsets: the names of the synsets defined, without ``&``.
        skipped: a ``PATH:LINE: problem`` message for each pattern left out.
        index: upper-case word -> the verb lines whose inflecting word it is, best first.
        forms: every verb form known, upper case, multi-word ones joined by spaces.
    """

    path: str
    blocks: tuple[_Block, ...] = field(repr=False)
    synsets: frozenset[str] = field(repr=False)
    skipped: tuple[str, ...] = field(repr=False)
    index: Mapping[str, tuple[_Form, ...]] = field(repr=False)
    forms: frozenset[str] = field(repr=False)

    def verbs(self) -> frozenset[str]:
        """Every verb form the dictionary knows, inflections included, upper case."""
        return self.forms

    def lookup(self, word: str) -> str | None:
        """The head verb of the block a verb form belongs to.

        Args:
            word: a form in any case ("restored"), or a multi-word verb ("cordoned off").

        Returns:
            The block's head verb ("RESTORE"), or None when the form is not a verb here.
        """
        parts = tuple(word.upper().replace("_", " ").split())
        found = [f for i in range(len(parts)) for f in self._phrases(_Sentence(parts, None), i)]
        heads = [self.blocks[f[0][0]].head.text for f in found if len(f[1]) == len(parts)]
        return heads[0] if heads else None

    def match(
        self, words: Sequence[str], verb: int, actors: Collection[int] | None = None
    ) -> VerbMatch | None:
        """Code one verb of a sentence with the best pattern of its block.

        Args:
            words: the sentence's token texts, any case.
            verb: index in ``words`` of the verb token.
            actors: indices of words where ``$``, ``+``, ``%`` may match (None: any word).

        Returns:
            The pattern matching most words (the earlier line on ties), else the verb
            line's or the block's code; None when ``words[verb]`` is no verb here.

        Raises:
            IndexError: ``verb`` is not an index of ``words``.
        """
        up = tuple(w.upper() for w in words)
        sentence = _Sentence(up, None if actors is None else frozenset(actors))
        found = self._phrases(sentence, verb)
        hits = []
        for (b, _), span in found:
            block = self.blocks[b]
            for n in sorted({n for w in (*sentence.where, "") for n in block.needs.get(w, ())}):
                if (hit := _try(block.patterns[n], sentence, span)) is not None:
                    hits.append(_verb_match(block, block.patterns[n], span, hit))
        if hits:
            return max(hits, key=lambda m: (len(m.words), -m.line))
        if not found:
            return None
        (b, own), span = found[0]
        block = self.blocks[b]
        use = own if own.code is not None else block.head
        return replace(_verb_match(block, use, span, []), pattern="")

    def _phrases(self, sentence: _Sentence, verb: int) -> list[tuple[_Form, tuple[int, ...]]]:
        """The verb lines matching at ``verb``: the longest, one per block."""
        found = []
        for form in self.index.get(sentence.up[verb], ()):
            if (hit := _try(form[1], sentence, (verb,))) is not None:
                found.append((form, tuple(sorted({verb, *(i for t, sp in hit for i in sp)}))))
        longest = [f for f in found if len(f[1]) == max(len(g[1]) for g in found)]
        return [f for k, f in enumerate(longest) if all(g[0][0] != f[0][0] for g in longest[:k])]


def _try(pattern: _Pattern, sentence: _Sentence, verb: tuple[int, ...]) -> _Hit | None:
    """Each element of ``pattern`` with the words it takes, or None if it does not match."""
    if not all(_spans(item, sentence) for item in pattern.left + pattern.right):
        return None
    left = _seek(pattern.left, 0, verb[0] - 1, -1, sentence)
    right = None if left is None else _seek(pattern.right, 0, verb[-1] + 1, 1, sentence)
    return None if left is None or right is None else left + right


def _seek(items: tuple[_Item, ...], k: int, pos: int, step: int, s: _Sentence) -> _Hit | None:
    """Match ``items[k:]`` from word ``pos`` on in direction ``step``, nearest words first."""
    if k == len(items):
        return []
    item = items[k]
    first = 0 if step > 0 else -1  # a span's end nearest the verb
    near = [((sp[first] - pos) * step, -len(sp), sp) for sp in _spans(item, s)]
    for gap, _, span in sorted(near):  # nearest first, then longest
        if gap == 0 or (gap > 0 and not item.joined):
            rest = _seek(items, k + 1, span[-1 - first] + step, step, s)
            if rest is not None:
                return [(item, span), *rest]
    return None


def _spans(item: _Item, s: _Sentence) -> list[tuple[int, ...]]:
    """Every span of the sentence ``item`` matches, longest first (cached per sentence)."""
    key = item.marker or (id(item.single), id(item.multi))  # shared by all uses of a word or synset
    if (found := s.spans.get(key)) is not None:
        return found
    n = len(s.up)
    if item.marker:
        where = range(n) if item.marker == "^" or s.actors is None else sorted(s.actors)
        found = [(i,) for i in where if 0 <= i < n]
    else:
        found = [
            tuple(range(i, i + len(run)))
            for run in item.multi
            for word in run[0] & s.where.keys()
            for i in s.where[word]
            if i + len(run) <= n and all(s.up[i + j] in run[j] for j in range(1, len(run)))
        ]
        found += [(i,) for word in item.single & s.where.keys() for i in s.where[word]]
    s.spans[key] = found
    return found


def _verb_match(block: _Block, pattern: _Pattern, verb: tuple[int, ...], hit: _Hit) -> VerbMatch:
    """The `VerbMatch` of a pattern that matched."""
    source = next((span[0] for item, span in hit if item.marker in ("$", "%")), None)
    target = next((span[0] for item, span in hit if item.marker == "+"), None)
    words = tuple(sorted({*verb, *(i for item, span in hit if not item.marker for i in span)}))
    p = pattern
    return VerbMatch(
        p.code or "", p.reverse, block.head.text, p.text, p.line, words, source, target
    )


def load_verb_dictionary(path: str | os.PathLike[str], *, strict: bool = False) -> VerbDictionary:
    """Read a TABARI / PETRARCH verb dictionary, once per version of the file.

    Args:
        path: the dictionary file (UTF-8 or ASCII).
        strict: raise on a pattern using a synset never defined, instead of skipping the
            pattern with a warning as PETRARCH does (CAMEO.2.0.txt has two).

    Returns:
        The dictionary, the same object while the file's path and mtime are unchanged.

    Raises:
        VerbDictError: the file cannot be read, or a line is malformed.
    """
    resolved = Path(path).resolve()
    try:
        mtime = resolved.stat().st_mtime_ns
    except OSError as exc:
        raise VerbDictError(f"{path}: cannot read the verb dictionary ({exc.strerror})") from exc
    return _load(str(resolved), mtime, strict)


@functools.cache
def _load(path: str, mtime: int, strict: bool) -> VerbDictionary:
    """Sort the file's lines by kind, then build (``mtime`` is only the cache key's)."""
    raw, syn, tail = _Raw(path), None, ""
    text = Path(path).read_text("utf-8", "replace")
    text = _XML.sub(lambda xml: "\n" * xml.group().count("\n"), text)  # keeps line numbers
    for no, line in enumerate(text.splitlines(), 1):
        line = _COMMENT.split(line, 1)[0].strip()
        if not line or line[0] == "~":  # ~: a PETRARCH-2 transformation, not read
            continue
        if line[0] == "+" and syn is not None:
            raw.synsets[syn].append((no, line[1:].strip() + tail))  # tail "_": no plurals
            continue
        syn = None
        if line.startswith("---"):
            raw.blocks.append(_header(raw, no, line))
        elif found := _SYNSET_LABEL.fullmatch(line.upper()):
            syn, tail = found.group(1).rstrip("_"), "_" * found.group(1).endswith("_")
            raw.synsets.setdefault(syn, [])
        elif not raw.blocks:
            raise raw.fail(no, f"{line[:20]!r}: a pattern or verb before any '--- VERB [code] ---'")
        else:
            (raw.patterns if line[0] == "-" else raw.verbs).append((len(raw.blocks) - 1, no, line))
    return _build(raw, strict)


@dataclass(slots=True)
class _Raw:  # a file's lines sorted by kind, before the synsets are resolved
    path: str
    blocks: list[_Pattern] = field(default_factory=list)
    verbs: list[tuple[int, int, str]] = field(default_factory=list)  # block, line, text
    patterns: list[tuple[int, int, str]] = field(default_factory=list)
    synsets: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def fail(self, line: int, problem: str) -> VerbDictError:
        return VerbDictError(f"{self.path}:{line}: {problem}")


def _header(raw: _Raw, no: int, line: str) -> _Pattern:
    """A ``--- VERB [code] ---`` header, as a pattern whose text is the verb (first code wins)."""
    body = line.strip("-")
    verb = " ".join(body.partition("[")[0].replace("_", " ").upper().split())
    if not verb:
        raise raw.fail(no, "block header names no verb")
    found = _CODE.search(body)
    code = _split_code(raw, no, found.group(1)) if found else (NO_EVENT, None)
    return _Pattern(*code, verb, no, (), ())


def _split_code(raw: _Raw, no: int, text: str) -> tuple[str, str | None]:
    """``013:012`` -> ("013", "012"); ``064`` -> ("064", None)."""
    if not (code := text.strip()) or len(code.split()) > 1:
        raise raw.fail(no, f"bad code [{text}]")
    first, colon, second = code.partition(":")
    return first, second if colon else None


def _build(raw: _Raw, strict: bool) -> VerbDictionary:
    """Resolve the synsets, compile the patterns and index the verb forms."""
    syn = _resolve(raw)
    patterns: list[list[_Pattern]] = [[] for _ in raw.blocks]
    skipped = []
    for b, no, line in raw.patterns:
        try:
            patterns[b].append(_compile(raw, no, line, syn))
        except _UndefinedSynsetError as exc:
            if strict:
                raise
            log.warning("%s; pattern skipped", exc)
            skipped.append(str(exc))
    blocks = tuple(map(_block, raw.blocks, patterns))
    index, forms = _index_verbs(raw, syn)
    return VerbDictionary(raw.path, blocks, frozenset(syn), tuple(skipped), index, forms)


def _block(head: _Pattern, patterns: list[_Pattern]) -> _Block:
    """A block, its patterns indexed by the forms of their first word so most are never tried."""
    needs: dict[str, list[int]] = {}
    for n, pattern in enumerate(patterns):
        item = next((i for i in pattern.left + pattern.right if not i.marker), None)
        for word in {""} if item is None else item.single.union(*(r[0] for r in item.multi)):
            needs.setdefault(word, []).append(n)
    return _Block(head, tuple(patterns), {word: tuple(ns) for word, ns in needs.items()})


def _resolve(raw: _Raw) -> dict[str, _Syn]:
    """Flatten the synsets in file order (one used inside another must come before it)."""
    syn: dict[str, _Syn] = {}
    for name, members in raw.synsets.items():
        runs: dict[_Run, None] = {}
        for no, member in members:
            text = member.upper()
            words = text.replace("_", " ").split()
            if text.startswith("&") and (inner := syn.get(text[1:].rstrip("_"))) is not None:
                runs.update(dict.fromkeys(((inner[0],), *inner[1])))
            elif not words or not all(_WORD.fullmatch(w) for w in words):
                raise raw.fail(no, f"bad synset member {member!r} (or a synset not defined yet)")
            else:
                last = frozenset(words[-1:]) if text.endswith("_") else _noun(words[-1])
                runs[(*(frozenset({w}) for w in words[:-1]), last)] = None
        single = frozenset[str]().union(*(run[0] for run in runs if len(run) == 1))
        syn[name] = (single, tuple(sorted((r for r in runs if len(r) > 1), key=len, reverse=True)))
    return syn


def _compile(raw: _Raw, no: int, line: str, syn: _Syns) -> _Pattern:
    """Compile a ``- left * right [code]`` pattern line."""
    found = _CODE.search(line)
    if found is None or line[found.end() :].strip():
        raise raw.fail(no, "a pattern line must end with its [code]")
    left, right = _sides(raw, no, line[1 : found.start()], syn)
    return _Pattern(*_split_code(raw, no, found.group(1)), line, no, left, right)


def _sides(raw: _Raw, no: int, body: str, syn: _Syns) -> tuple[tuple[_Item, ...], ...]:
    """The elements before ``*`` (nearest first) and after it; ``_`` or a space in {} joins."""
    out: list[tuple[str, bool]] = []
    depth, gap, join = 0, False, False
    for token in _tokens(raw, no, body.upper(), syn):
        if token in _BRACKETS:
            depth += _BRACKETS[token]
        elif token == "_" or (token == " " and depth > 0):
            join = True
        elif token == " ":
            gap = True
        else:
            out.append((token, bool(out) and join and not gap))
            gap = join = False
    stars = [k for k, (value, _) in enumerate(out) if value == "*"]
    if depth or len(stars) != 1:
        raise raw.fail(no, f"need one '*' for the verb and balanced {{}} in {body.strip()!r}")
    k = stars[0]
    left = tuple(_item(out[i][0], out[i + 1][1], syn) for i in range(k - 1, -1, -1))
    return left, tuple(_item(value, joined, syn) for value, joined in out[k + 1 :])


def _tokens(raw: _Raw, no: int, body: str, syn: _Syns) -> Iterator[str]:
    """Split a pattern; in ``&NAME_WORD`` the synset is the longest name defined."""
    pos = 0
    while found := _TOKEN.match(body, pos):
        token, pos = found.group(), found.end()
        if token.startswith("&") and len(token) > 1:
            parts = token[1:].split("_")
            names = [n for k in range(len(parts), 0, -1) if (n := "_".join(parts[:k])) in syn]
            if not names:
                raise _UndefinedSynsetError(f"{raw.path}:{no}: undefined synset {token}")
            token, pos = "&" + names[0], found.start() + 1 + len(names[0])
        elif token == "&" or (token[0] in _MARKERS and len(token) > 1):
            raise raw.fail(no, f"bad word {token!r} (markers stand alone)")
        yield " " if token.isspace() else token


def _item(value: str, joined: bool, syn: _Syns) -> _Item:
    """A pattern element: a marker, a synset, or a word (which also accepts its plural)."""
    if value in _MARKERS:
        return _Item(value, frozenset(), (), joined)
    single, multi = syn[value[1:]] if value.startswith("&") else (_noun(value), ())
    return _Item("", single, multi, joined)


def _index_verbs(raw: _Raw, syn: _Syns) -> tuple[dict[str, tuple[_Form, ...]], frozenset[str]]:
    """Map each inflecting word to its verb lines; forms in the file beat generated ones."""
    entries = [entry for where in raw.verbs for entry in _verb_entries(raw, where, syn)]
    written = {key for key, generated, _, _ in entries if not generated}
    index: dict[str, list[_Form]] = {}
    for key, generated, form, _ in entries:
        if (key not in written or not generated) and form not in index.setdefault(key, []):
            index[key].append(form)
    return {key: tuple(forms) for key, forms in index.items()}, frozenset(e[3] for e in entries)


def _verb_entries(raw: _Raw, where: tuple[int, int, str], syn: _Syns) -> Iterator[_Entry]:
    """The entries of a verb line: its verb, listed forms and generated forms."""
    b, no, line = where
    found = _VERB_LINE.fullmatch(line.upper())
    if found is None:
        raise raw.fail(no, f"malformed verb line {line!r}")
    verb, listed, code = found.groups()
    code, reverse = _split_code(raw, no, code) if code is not None else (None, None)
    forms = (listed or "").replace(",", " ").split()
    for k, text in enumerate([verb, *forms]):
        words = re.split(r"[\s_]+", text.strip())
        head = next((w for w in words if w.startswith("+")), words[0])
        root = head.removeprefix("+")
        if not _WORD.fullmatch(root):
            raise raw.fail(no, f"bad verb {text!r}")
        before, after = _sides(raw, no, text.replace(head, "*", 1), syn)
        form = (b, _Pattern(code, reverse, line, no, before, after))
        regular = k == 0 and (listed is None or bool(forms))  # "{}" alone: no regular forms
        for word in _inflections(root) if regular else {root}:
            phrase = " ".join(word if w == head else w.lstrip("+") for w in words)
            yield word, int(word != root), form, phrase


def _inflections(verb: str) -> frozenset[str]:
    """Regular forms: -S/-ES/-IES, -ED/-D/-IED, -ING, with E dropped or consonant doubled."""
    v, last = verb, verb[-1:]
    if len(v) < 2 or not last.isalpha():
        return frozenset({v})
    if last == "Y" and v[-2] not in _VOWELS:
        return frozenset({v, v[:-1] + "IES", v[:-1] + "IED", v + "ING"})
    if last == "E":  # agree -> agreeing, die -> dying, hope -> hoping
        ing = v + "ING" if v[-2] in "EOY" else v[:-2] + "YING" if v[-2] == "I" else v[:-1] + "ING"
        return frozenset({v, v + "S", v + "D", ing})
    forms = {v, *_noun(v), v + "ES", v + "ED", v + "ING"}  # (stray forms such as GOED do no harm)
    if last not in "AEIOUWXY" and v[-2] in _VOWELS and v[-3:-2] not in _VOWELS:
        one_syllable = len(re.findall("[AEIOU]+", v)) == 1  # stop: stopped; visit: either
        doubled = {v + last + "ED", v + last + "ING"}
        forms = (forms - {v + "ED", v + "ING"} if one_syllable else forms) | doubled
    return frozenset(forms)


@functools.cache
def _noun(word: str) -> frozenset[str]:
    """A word and its regular plural (-S, -ES, -IES)."""
    if len(word) > 1 and word[-1] == "Y" and word[-2] not in _VOWELS:
        return frozenset({word, word[:-1] + "IES"})
    return frozenset({word, word + ("ES" if word.endswith(("S", "X", "Z", "CH", "SH")) else "S")})
