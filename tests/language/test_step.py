"""The language step on whole records: one parse, entities and quotes, bad input."""

import time

from dateline.config import Settings
from dateline.language import annotate_language
from dateline.language.step import MAX_PARSE_CHARS
from dateline.model import Article, Record, Source

TEXT = (
    "U.S. Secretary of Defense Mark Esper said on Thursday that Washington would remove "
    "Ankara from the F-35 program.\n"
    '"We have been clear," Esper told Reuters. The Turkish side said it had not been warned.'
)


def _record(text):
    return Record(id="0" * 20, source=Source(path="x", format="text"), article=Article(text=text))


def test_entities_and_quotes_of_one_article():
    record = annotate_language(_record(TEXT), Settings())
    names = {e.name: e for e in record.entities}
    assert names["Mark Esper"].role == "Secretary of Defense"
    assert names["Turkey"].country == "TUR"
    direct = [q for q in record.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker.entity_id == names["Mark Esper"].id
    assert direct[0].medium == "Reuters"
    for quote in record.quotes:
        assert TEXT[quote.span.start : quote.span.end] == quote.text


def test_a_megabyte_of_one_word_is_cut_and_finishes():
    text = "word " * 200_000
    began = time.perf_counter()
    record = annotate_language(_record(text), Settings())
    assert time.perf_counter() - began < 60
    assert all(m.span.end <= MAX_PARSE_CHARS for e in record.entities for m in e.mentions)


def test_empty_and_mixed_scripts():
    assert annotate_language(_record(" "), Settings()).entities == ()
    mixed = "Президент сказал. 習近平 met Erdoğan in Ankara, officials said. مرحبا"
    record = annotate_language(_record(mixed), Settings())
    assert all(
        mixed[m.span.start : m.span.end] == m.text for e in record.entities for m in e.mentions
    )


def test_a_place_inside_a_speaker_phrase_is_not_the_speaker():
    text = (
        "Turkmenistan let the deadline pass on Thursday.\n"
        '"Ashgabat has climbed down," said a Western diplomat in the Turkmen capital.'
    )
    record = annotate_language(_record(text), Settings())
    quote = next(q for q in record.quotes if q.kind == "direct")
    assert quote.speaker.text == "a Western diplomat in the Turkmen capital"
    assert quote.speaker.entity_id is None
