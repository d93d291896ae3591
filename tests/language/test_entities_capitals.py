"""Capitals that the NER model takes for people still resolve to their country."""

import pytest

from dateline.language.entities import find_entities
from dateline.language.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_capital_tagged_as_a_person_is_its_country(nlp):
    text = (
        "Azerbaijan rejected a protest from Turkmenistan over drilling at the field. "
        "Baku said the field lay in its sector, while Ashgabat accused it of breaking a deal."
    )
    by_mention = {m.text: e for e in find_entities(nlp(text), text) for m in e.mentions}
    assert (by_mention["Baku"].name, by_mention["Baku"].country) == ("Azerbaijan", "AZE")
    assert (by_mention["Ashgabat"].name, by_mention["Ashgabat"].country) == ("Turkmenistan", "TKM")
    assert by_mention["Baku"].type == by_mention["Ashgabat"].type == "GPE"


def test_a_firm_the_model_takes_for_a_person_is_an_organisation(nlp):
    text = "Hanseong Offshore said in a filing that it would keep its contract."
    ents = find_entities(nlp(text), text)
    firm = next(e for e in ents if e.name == "Hanseong Offshore")
    assert firm.type == "ORG"
