"""Quotes: direct, mixed and reported speech, with speakers, cues and media (quotes.v1)."""

import time

import pytest
from spacy.tokens import Doc

from dateline.language.nlp import load_nlp
from dateline.language.quotes import find_quotes
from dateline.model import Entity, Mention, Span


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def _quotes(nlp, text, entities=()):
    quotes = find_quotes(nlp(text), text, entities)
    for q in quotes:  # every span points into the text
        assert text[q.span.start : q.span.end] == q.text
        if q.speaker and q.speaker.span:
            assert text[q.speaker.span.start : q.speaker.span.end] == q.speaker.text
        if q.cue:
            assert text[q.cue.span.start : q.cue.span.end] == q.cue.text
    return quotes


def _entity(text, eid, name, kind="PERSON", role=None):
    start = text.index(name)
    span = Span(start=start, end=start + len(name))
    mention = Mention(text=name, span=span, sentence=Span(start=0, end=len(text)))
    return Entity(id=eid, name=name, type=kind, role=role, mentions=(mention,))


def test_direct_quote_with_inverted_attribution_resolves_the_speaker(nlp):
    text = '"We are still searching for eleven people," said agency spokesman Dario Velic.'
    (q,) = _quotes(nlp, text, (_entity(text, "e1", "Dario Velic"),))
    assert (q.kind, q.text) == ("direct", '"We are still searching for eleven people,"')
    assert (q.speaker.text, q.speaker.entity_id, q.cue.text) == (
        "agency spokesman Dario Velic",
        "e1",
        "said",
    )


def test_quote_over_two_sentences_and_told_medium(nlp):
    text = (
        'Rosa Imbang spoke on Monday. "This is a first step. We will go further," she told Reuters.'
    )
    (q,) = _quotes(nlp, text, (_entity(text, "e1", "Rosa Imbang"),))
    assert q.text == '"This is a first step. We will go further,"'
    assert (q.speaker.text, q.speaker.entity_id, q.medium) == ("she", "e1", "Reuters")
    assert q.confidence < 0.8  # a pronoun speaker is a guess


def test_multi_paragraph_quote_is_one_quote(nlp):
    text = (
        'Envoy Tigran Sahakyan told reporters: "We came with proposals.\n\n'
        '"But we are not leaving the process."\n\nTalks resume in January.'
    )
    (q,) = _quotes(nlp, text)
    assert q.text == '"We came with proposals.\n\n"But we are not leaving the process."'
    assert (q.kind, q.speaker.text, q.cue.text) == ("direct", "Envoy Tigran Sahakyan", "told")


def test_partial_quote_inside_reported_speech_is_mixed(nlp):
    text = "Gasimov said there had been 'no movement' with regard to the enclaves, adding that talks could resume."
    mixed, added = _quotes(nlp, text)
    assert mixed.kind == "mixed"
    assert mixed.text == "there had been 'no movement' with regard to the enclaves"
    assert (added.kind, added.text, added.cue.text) == ("indirect", "talks could resume", "adding")
    assert added.speaker.text == "Gasimov"


def test_indirect_speech_statement_medium_and_title_speaker(nlp):
    text = (
        "Water Minister Karim Bennani visited the dam. "
        "The minister said in a statement that reservoirs were at 23 percent of capacity."
    )
    ents = (_entity(text, "e1", "Karim Bennani", role="Water Minister"),)
    (q,) = _quotes(nlp, text, ents)
    assert (q.kind, q.text, q.medium) == (
        "indirect",
        "reservoirs were at 23 percent of capacity",
        "statement",
    )
    assert (q.speaker.text, q.speaker.entity_id) == ("The minister", "e1")


def test_according_to_and_trailing_attribution(nlp):
    text = (
        "According to the ministry, 40 people died in the floods. "
        "Talks would resume next week, the minister said."
    )
    according, trailing = _quotes(nlp, text)
    assert (according.cue.text, according.speaker.text, according.text) == (
        "According to",
        "the ministry",
        "40 people died in the floods",
    )
    assert (trailing.text, trailing.speaker.text) == (
        "Talks would resume next week",
        "the minister",
    )
    assert trailing.confidence < according.confidence


def test_urge_and_discontinuous_quote(nlp):
    text = (
        'The union urged the government to raise wages. "We will go," he said, "and we will win."'
    )
    urged, first, second = _quotes(nlp, text)
    assert (urged.cue.text, urged.text) == ("urged", "the government to raise wages")
    assert (first.text, second.text) == ('"We will go,"', '"and we will win."')
    assert first.cue == second.cue


def test_dateline_is_not_content(nlp):
    text = "MANILA, Dec. 1 (Reuters) - Ministers agreed to share survey data, officials said."
    (q,) = _quotes(nlp, text)
    assert q.text == "Ministers agreed to share survey data"


def test_scare_quotes_and_passive_are_not_quotes(nlp):
    text = 'The film, "Salt and Tide", won the prize. Residents were told to stay indoors.'
    assert _quotes(nlp, text) == ()


@pytest.mark.parametrize("text", ["", "   \n\n ", "...", '"', '""""'])
def test_empty_and_junk_text(nlp, text):
    assert _quotes(nlp, text) == ()


def test_mixed_scripts(nlp):
    text = '«Мы готовы», — сказал министр. 他说：“我们准备好了。” "We are ready," said Li Wei.'
    quotes = _quotes(nlp, text)
    assert any(q.text == '"We are ready,"' and q.speaker.text == "Li Wei" for q in quotes)


def test_doc_without_parse_gives_bare_direct_quotes(nlp):
    text = 'He said: "We will not trade away the livelihoods of our farmers."'
    (q,) = find_quotes(nlp.make_doc(text), text, ())
    assert (q.kind, q.speaker, q.cue) == ("direct", None, None)


def test_doc_of_another_text_is_refused(nlp):
    with pytest.raises(ValueError, match="Doc made from this very text"):
        find_quotes(nlp.make_doc("one text"), "another text", ())


def test_a_megabyte_of_one_word_is_quick(nlp):
    text = "word " * 200_000
    words = text.split()
    parsed = Doc(
        nlp.vocab,
        words=words,
        heads=[0] * len(words),
        deps=["ROOT"] + ["dep"] * (len(words) - 1),
    )
    started = time.perf_counter()
    assert find_quotes(nlp.make_doc(text), text, ()) == ()
    assert find_quotes(parsed, parsed.text, ()) == ()  # one absurd sentence: not searched
    assert time.perf_counter() - started < 5
