"""Stories: articles about one real-world happening, grouped as they arrive.

Each new article is compared with the profiles of the stories it could belong to
and joins the most similar one when the similarity reaches `JOIN_AT`; otherwise it
starts a story. The similarity is a cosine over TF-IDF weights (document
frequencies counted online, as articles arrive) of two kinds of feature:

- the article's words (the title counted `TITLE_WEIGHT` times), and
- its named things as the language stage identified them (corpus identity keys:
  "Tara Reid" and "Reid" are one person, "Ankara" and "the Turkish side" one
  country), weighted `ENTITY_WEIGHT` times a word. Two stories of the same kind
  ("actress enters rehab") share their words; the names tell them apart.

Time then scales the similarity: a story's window runs from its first to its
latest dated article, so it moves as the story goes on, and an article dated
more than `GRACE_DAYS` outside it loses similarity by half every `HALF_LIFE_DAYS`.
An undated article is judged on its text alone.

A story's profile is the sum of its articles' unit-length raw-frequency vectors
(IDF is applied at comparison time, with the frequencies of that moment), cut to
its `PROFILE_TERMS` heaviest features. Everything here is a pure function of the
article, the profile and the frequencies: the store keeps the state, and the result
depends only on the order in which articles arrive.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from dateline.corpus.identity import entity_key
from dateline.model import Record

JOIN_AT = 0.22  # chosen on each held-out fold of ECB+ dev (benchmarks/stories.py)
TITLE_WEIGHT = 2
ENTITY_SHARE = 0.3  # the names' part of the similarity; the words have the rest
YEAR_WEIGHT = 0.1  # added when the article's main year is the story's, taken when not
GRACE_DAYS = 7
HALF_LIFE_DAYS = 10
PROFILE_WORDS = 300
PROFILE_NAMES = 100
RETRIEVAL_TERMS = 10  # the article's strongest words that find candidate stories
ENTITY_PREFIX = "@"
_NAMED = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART"}
)
_RETRIEVAL_ENTITIES = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
_TOKEN = re.compile(r"\w(?:[\w'’-]*\w)?")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"1[89]\d\d|2\d\d\d")
# English function words and the reporting words every story has; written here so that
# the store need not load spaCy.
_STOP = frozenset(
    """a about above after again against all also am an and any are aren't around as at be
    because been before being below between both but by can cannot could did do does doing
    done down during each either else ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just
    last least less made make many may me might mine more most much must my myself neither
    no nor not now of off on once one only or other others our ours ourselves out over own
    per quite rather really same several she should since so some still such than that the
    their theirs them themselves then there these they this those though through thus to
    too under until up upon us very via was we well were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours
    yourself yourselves said says say saying told tell according added year years new also
    week weeks day days time times including another next first two three""".split()
)


@dataclass(frozen=True, slots=True)
class DocFeatures:
    """What story clustering reads of one article (weights before IDF, unit length)."""

    words: dict[str, float]
    entities: dict[str, float]  # @identity key -> weight
    names: dict[str, str]  # @identity key -> the name to show in labels
    years: dict[str, float]  # year -> how much the article speaks of it
    day: date | None

    @property
    def keys(self) -> list[str]:
        """Every feature counted in the document frequencies."""
        return [*self.words, *self.entities]


@dataclass(slots=True)
class Profile:
    """A story's running profile (mutable: the store updates it article by article)."""

    words: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    years: dict[str, float] = field(default_factory=dict)
    articles: int = 0
    first: date | None = None
    last: date | None = None

    @property
    def keys(self) -> list[str]:
        """Every feature whose IDF the similarity needs."""
        return [*self.words, *self.entities]


def tokens(text: str) -> list[str]:
    """Return the content words of a text: case-folded, stop words and short tokens out."""
    found = (t.casefold().replace("’", "'").removesuffix("'s") for t in _TOKEN.findall(text))
    return [
        _stem(t)
        for t in found
        if len(t) > 2 and t not in _STOP and (_LETTER.search(t) or _YEAR.fullmatch(t))
    ]


def features(record: Record) -> DocFeatures:
    """Return the story features of an analyzed article.

    Args:
        record: the article with its entities, time expressions and anchor date.

    Returns:
        Its features; the weights are the article's own (no IDF yet).
    """
    article = record.article
    counts: Counter[str] = Counter(tokens(article.text))
    for _ in range(TITLE_WEIGHT):
        counts.update(tokens(article.title or ""))
    names: dict[str, str] = {}
    entity_counts: Counter[str] = Counter()
    for entity in record.entities:
        if entity.type not in _NAMED:
            continue
        key = ENTITY_PREFIX + entity_key(entity, record.id)
        names.setdefault(key, entity.name)
        entity_counts[key] += len(entity.mentions) or 1
    return DocFeatures(
        words=_unit({t: 1 + math.log(n) for t, n in counts.items()}),
        entities=_unit({k: 1 + math.log(n) for k, n in entity_counts.items()}),
        names=names,
        years=_years(record),
        day=_day(record),
    )


def retrieval_keys(doc: DocFeatures, idf: Mapping[str, float]) -> tuple[str, ...]:
    """The keys that look up candidate stories: names, and the strongest words."""
    words = sorted(doc.words, key=lambda t: (-doc.words[t] * idf.get(t, 1.0), t))
    names = [k for k in doc.entities if _retrieval_entity(k)]
    return (*names, *words[:RETRIEVAL_TERMS])


def similarity(doc: DocFeatures, profile: Profile, idf: Mapping[str, float]) -> float:
    """Return how well an article fits a story.

    The words' and the names' TF-IDF cosines, mixed by `ENTITY_SHARE`; plus or
    minus `YEAR_WEIGHT` as the article's main year is the story's or not; then
    scaled by the time between the article and the story's window.

    Args:
        doc: the article's features.
        profile: the story's profile.
        idf: inverse document frequency of every feature of ``doc`` and the
            profile (missing features weigh 1.0).

    Returns:
        The similarity (0 or more; 1 or a little more for a perfect fit).
    """
    text = (1 - ENTITY_SHARE) * _cosine(doc.words, profile.words, idf)
    names = ENTITY_SHARE * _cosine(doc.entities, profile.entities, idf)
    score = text + names + YEAR_WEIGHT * _year_agreement(doc.years, profile.years)
    return max(score, 0.0) * time_factor(doc.day, profile)


def time_factor(day: date | None, profile: Profile) -> float:
    """Scale for the time between an article and a story's window (1.0 inside it)."""
    if day is None or profile.first is None or profile.last is None:
        return 1.0
    gap = max((profile.first - day).days, (day - profile.last).days, 0)
    if gap <= GRACE_DAYS:
        return 1.0
    return float(0.5 ** ((gap - GRACE_DAYS) / HALF_LIFE_DAYS))


def add(profile: Profile, doc: DocFeatures, idf: Mapping[str, float]) -> None:
    """Add an article to a story's profile, keeping its heaviest words and names.

    Args:
        profile: the story's profile, changed in place.
        doc: the article's features.
        idf: the frequencies of this moment, which rank the features to keep.
    """
    profile.words = _top(_sum(profile.words, doc.words), idf, PROFILE_WORDS)
    profile.entities = _top(_sum(profile.entities, doc.entities), idf, PROFILE_NAMES)
    profile.names = {
        k: profile.names.get(k) or doc.names[k]
        for k in profile.entities
        if k in profile.names or k in doc.names
    }
    profile.years = _sum(profile.years, doc.years)
    profile.articles += 1
    if doc.day is not None:
        profile.first = doc.day if profile.first is None else min(profile.first, doc.day)
        profile.last = doc.day if profile.last is None else max(profile.last, doc.day)


def label(profile: Profile, idf: Mapping[str, float], *, size: int = 5) -> str:
    """Return a story's label: its strongest names, then its strongest other words.

    Args:
        profile: the story's profile.
        idf: the frequencies of this moment.
        size: how many names and words in all.

    Returns:
        The label, such as "Tara Reid, Promises Treatment Center: rehab, actress".
    """
    ranked = sorted(profile.entities, key=lambda t: (-profile.entities[t] * idf.get(t, 1.0), t))
    unique = {
        profile.names[k].casefold(): profile.names[k]
        for k in reversed(ranked)
        if k in profile.names
    }
    names = list(dict.fromkeys(profile.names[k].casefold() for k in ranked if k in profile.names))
    names = [unique[n] for n in names[:3]]
    named_words = {w for n in names for w in tokens(n)}
    words = sorted(profile.words, key=lambda t: (-profile.words[t] * idf.get(t, 1.0), t))
    words = [w for w in words if w not in named_words][: max(size - len(names), 2)]
    return ", ".join(names) + (": " if names and words else "") + ", ".join(words)


def idf_of(df: int, documents: int) -> float:
    """Smoothed inverse document frequency of a feature seen in ``df`` of ``documents``.

    A feature is taken as seen at least once: ``log((documents + 1) / (df + 1)) + 1``.
    """
    return math.log((documents + 1) / (max(df, 1) + 1)) + 1.0


class Idf(Mapping[str, float]):
    """The inverse document frequencies of this moment, computed as they are read.

    ``log_df`` maps each feature to ``log(df + 1)`` (df at least 1) and is kept up
    to date by its owner; features it lacks are missing (``get`` gives the default).
    """

    def __init__(self, log_df: dict[str, float], documents: int) -> None:
        """Read ``log_df`` for a corpus of ``documents`` independent articles."""
        self._log_df = log_df
        self._base = math.log(documents + 1) + 1.0

    def __getitem__(self, key: str) -> float:
        return self._base - self._log_df[key]

    def get(self, key: str, default: float | None = None) -> float | None:  # type: ignore[override]
        """The IDF of ``key``, or ``default`` when it is not known."""
        log_df = self._log_df.get(key)
        return default if log_df is None else self._base - log_df

    def __iter__(self) -> Iterator[str]:
        return iter(self._log_df)

    def __len__(self) -> int:
        return len(self._log_df)


def _retrieval_entity(key: str) -> bool:
    kind = key[len(ENTITY_PREFIX) :].split("|", 1)[0]
    return kind in _RETRIEVAL_ENTITIES


def _day(record: Record) -> date | None:
    """The article's day: its story (dateline) date, else its anchor, when day-precise."""
    anchor = record.article.anchor
    if anchor is None or anchor.granularity != "day":
        return None
    try:
        return date.fromisoformat((anchor.story or anchor.value)[:10])
    except ValueError:
        return None


def _stem(word: str) -> str:
    """A light plural fold: "officials" -> "official", "talks" -> "talk"."""
    if len(word) <= 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def _years(record: Record) -> dict[str, float]:
    """The years an article speaks of: its dated time expressions, and twice its anchor's."""
    found: Counter[str] = Counter()
    for timex in record.timexes:
        if timex.type == "DATE" and _YEAR.match(timex.value or ""):
            found[timex.value[:4]] += 1
    anchor = record.article.anchor
    if anchor is not None and anchor.granularity != "none" and _YEAR.match(anchor.value):
        found[anchor.value[:4]] += 2
    return dict(found)


def _year_agreement(mine: dict[str, float], theirs: dict[str, float]) -> int:
    """+1 when the article's main year is the story's, -1 when not, 0 when either has none."""
    if not mine or not theirs:
        return 0
    return 1 if _main(mine) == _main(theirs) else -1


def _main(years: dict[str, float]) -> str:
    return max(years, key=lambda y: (years[y], y))


def _cosine(a: dict[str, float], b: dict[str, float], idf: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = norm_a = norm_b = 0.0
    for term, weight in a.items():
        x = weight * idf.get(term, 1.0)
        norm_a += x * x
        other = b.get(term)
        if other is not None:
            dot += x * other * idf.get(term, 1.0)
    for term, weight in b.items():
        y = weight * idf.get(term, 1.0)
        norm_b += y * y
    return dot / math.sqrt(norm_a * norm_b) if norm_a and norm_b else 0.0


def _sum(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = dict(a)
    for key, weight in b.items():
        out[key] = out.get(key, 0.0) + weight
    return out


def _top(weights: dict[str, float], idf: Mapping[str, float], size: int) -> dict[str, float]:
    if len(weights) <= size:
        return weights
    ranked = sorted(weights, key=lambda t: (-weights[t] * idf.get(t, 1.0), t))
    return {t: weights[t] for t in ranked[:size]}


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = _norm(weights)
    return {k: v / norm for k, v in weights.items()} if norm else {}


def _norm(weights: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in weights.values()))
