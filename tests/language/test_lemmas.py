"""Base forms of the cue verbs and channel nouns, without spaCy's lemmatizer."""

import pytest

from dateline.language.lemmas import noun_base, singular, verb_base

VERBS = frozenset("say tell urge deny reply admit note stress write".split())


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("said", "say"), ("Says", "say"), ("saying", "say"), ("told", "tell"), ("urged", "urge"),
        ("urging", "urge"), ("denies", "deny"), ("denied", "deny"), ("replied", "reply"),
        ("admitted", "admit"), ("noted", "note"), ("stressed", "stress"), ("wrote", "write"),
        ("written", "write"), ("sailed", None), ("tells", "tell"), ("spoke", None),
    ],
)  # fmt: skip
def test_verb_forms(word, base):
    assert verb_base(word, VERBS) == base


def test_noun_plurals():
    nouns = frozenset({"statement", "briefing", "address"})
    assert noun_base("Statements", nouns) == "statement"
    assert noun_base("addresses", nouns) == "address"
    assert noun_base("briefing", nouns) == "briefing"
    assert noun_base("state", nouns) is None


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("sanctions", "sanction"), ("allies", "ally"), ("taxes", "tax"), ("embargoes", "embargo"),
        ("vetoes", "veto"), ("foes", "foe"), ("crises", "crisis"), ("ties", "tie"),
        ("bases", "base"), ("talks", "talk"), ("press", "press"),
    ],
)  # fmt: skip
def test_singular(word, base):
    assert singular(word) == base


def test_noun_base_irregular_plurals():
    nouns = frozenset({"rally", "crisis", "embargo"})
    assert noun_base("rallies", nouns) == "rally"
    assert noun_base("Crises", nouns) == "crisis"
    assert noun_base("embargoes", nouns) == "embargo"
    assert noun_base("rallying", nouns) is None
