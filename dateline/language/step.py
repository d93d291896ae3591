"""The language step: one parse per article, then its entities and its quotes."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from dateline.config import Settings
from dateline.language.entities import find_entities
from dateline.language.nlp import load_nlp
from dateline.language.quotes import find_quotes
from dateline.model import Record

log = logging.getLogger(__name__)

STEP_NAME = "language.v1"
# Longest text parsed: news articles run to 20,000 characters; beyond this a document
# is a dump, and only its start is parsed (offsets stay those of the whole text).
MAX_PARSE_CHARS = 100_000
_PIPE_BATCH = 32
# Parses kept for the next step of the same batch; keyed by (model, text).
_KEPT_PARSES = 64
_PARSED: OrderedDict[tuple[str, str], Any] = OrderedDict()  # Any: spacy Doc
# Components whose output nothing reads: fine-grained tags stand in for coarse POS, and
# `lemmas.py` for the lemmatizer (together a quarter of the parse time).
UNUSED = ("attribute_ruler", "lemmatizer")


def annotate_language(record: Record, settings: Settings) -> Record:
    """Parse the article once and fill its entities and quotes.

    Args:
        record: a record with its article (and anchor, when the temporal stage ran).
        settings: run settings (``nlp_model``).

    Returns:
        The record with ``entities`` and ``quotes``.

    Raises:
        ConfigError: the NLP model is not installed.
    """
    return annotate_languages([record], settings)[0]


def annotate_languages(records: list[Record], settings: Settings) -> list[Record]:
    """`annotate_language` for several records, parsed together (about a quarter faster).

    Args:
        records: records with their articles.
        settings: run settings (``nlp_model``).

    Returns:
        The records with ``entities`` and ``quotes``, in order.
    """
    texts = [_parse_text(record) for record in records]
    docs = parse_texts(texts, settings)
    done = []
    for record, text, doc in zip(records, texts, docs, strict=True):
        entities = find_entities(doc, text)
        done.append(replace(record, entities=entities, quotes=find_quotes(doc, text, entities)))
    return done


def parse_records(records: list[Record], settings: Settings) -> list[Any]:  # Any: spacy Doc
    """Return the parse of each record's text (cut at `MAX_PARSE_CHARS`).

    The last parses are kept, so a later step of the same batch (events) reads the
    language step's parse instead of parsing again.
    """
    return parse_texts([_parse_text(record) for record in records], settings)


def parse_texts(texts: list[str], settings: Settings) -> list[Any]:  # Any: spacy Doc
    """Parse texts with the pipeline's model, reusing parses of the last batches."""
    keys = [(settings.nlp_model, text) for text in texts]
    todo = [i for i, key in enumerate(keys) if key not in _PARSED]
    if todo:
        nlp = load_nlp(settings.nlp_model, disable=UNUSED)
        for i, doc in zip(
            todo, nlp.pipe([texts[i] for i in todo], batch_size=_PIPE_BATCH), strict=True
        ):
            _PARSED[keys[i]] = doc
            _PARSED.move_to_end(keys[i])
    docs = []
    for key in keys:
        _PARSED.move_to_end(key)
        docs.append(_PARSED[key])
    while len(_PARSED) > _KEPT_PARSES:
        _PARSED.popitem(last=False)
    return docs


def _parse_text(record: Record) -> str:
    text = record.article.text
    if len(text) > MAX_PARSE_CHARS:
        log.info("%s: parsing the first %d of %d characters", record.id, MAX_PARSE_CHARS, len(text))
        return text[:MAX_PARSE_CHARS]
    return text
