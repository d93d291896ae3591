"""The NLP pipeline loads from the pinned wheel, once, and says what to install when missing."""

import pytest

from dateline.errors import ConfigError
from dateline.language.nlp import load_nlp


def test_loads_once_and_parses():
    nlp = load_nlp()
    assert load_nlp() is nlp
    doc = nlp("Turkey's foreign minister said on Monday that talks would resume.")
    assert [e.label_ for e in doc.ents][:1] == ["GPE"]
    assert any(t.dep_ == "ROOT" and t.lemma_ == "say" for t in doc)


def test_disabled_components_are_a_separate_pipeline():
    lean = load_nlp(disable=("lemmatizer",))
    assert "lemmatizer" not in lean.pipe_names
    assert lean is not load_nlp()


def test_missing_model_names_the_wheel():
    with pytest.raises(ConfigError, match="pip install no-such-model"):
        load_nlp("no_such_model")
