"""Entities within one article: countries, IGOs and people, each merged into one identity.

Each article is a few hand-written sentences run through the real pinned model.
"""

import time

import pytest

from dateline.language.entities import find_entities
from dateline.language.nlp import load_nlp

# Metonymy, demonyms, titles with a country, a surname-only mention, a bare role, an IGO.
F35 = (
    "Washington removed Ankara from the F-35 program on Wednesday after Turkey took delivery "
    "of Russian S-400 missiles. U.S. Secretary of Defense Mark Esper said the Turkish side "
    "had been warned for months. Esper told reporters that NATO allies shared the concern. "
    "The defense chief added that the North Atlantic Treaty Organization would discuss the "
    "matter. Turkish Foreign Minister Mevlut Cavusoglu rejected the decision. Russia's foreign "
    "minister Sergei Lavrov said Moscow was ready to sell more weapons."
)
# Two people who share a surname: a bare "Smith" goes to the nearest full name before it.
SMITHS = (
    "John Smith, a senator from Ohio, met Jane Smith on Tuesday. Jane Smith is the chief "
    "executive of a shipping company. Smith said the talks went well. Later, John Smith "
    "spoke to reporters. Smith said he was hopeful."
)
# Short forms, an apposition, a capital as a place and as a government, IGO short forms.
SUMMIT = (
    "MANILA, Dec. 2 -- Mark Esper, the U.S. defense secretary, arrived in Manila on Monday. "
    "Manila said it would buy two frigates from the U.S. The Philippines also thanked the "
    "U.N. and the European Union for their help. Filipino officials said the EU would "
    "send experts. South Korean President Yoon Suk Yeol sent a message. Yoon called for calm."
)


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def parsed(nlp):
    return {name: find_entities(nlp(text), text) for name, text in _ARTICLES.items()}


_ARTICLES = {"f35": F35, "smiths": SMITHS, "summit": SUMMIT}


def _by_name(entities):
    return {e.name: e for e in entities}


def test_country_names_capitals_and_demonyms_are_one_gpe(parsed):
    ents = _by_name(parsed["f35"])
    turkey = ents["Turkey"]
    assert (turkey.type, turkey.country) == ("GPE", "TUR")
    assert {"Ankara", "Turkey", "the Turkish side", "Turkish"} <= set(turkey.aliases)
    usa = ents["United States"]
    assert (usa.type, usa.country) == ("GPE", "USA")
    assert {"Washington", "U.S."} <= set(usa.aliases)
    assert {"Russian", "Russia", "Moscow"} <= set(ents["Russia"].aliases)
    assert sum(e.country == "TUR" and e.type == "GPE" for e in parsed["f35"]) == 1


def test_person_with_title_country_surname_and_bare_role(parsed):
    esper = _by_name(parsed["f35"])["Mark Esper"]
    assert (esper.type, esper.role, esper.country, esper.sector) == (
        "PERSON",
        "Secretary of Defense",
        "USA",
        "GOV",
    )
    assert esper.aliases == ("Mark Esper", "Esper", "The defense chief")


def test_titles_with_demonym_and_possessive_country(parsed):
    ents = _by_name(parsed["f35"])
    assert (ents["Mevlut Cavusoglu"].role, ents["Mevlut Cavusoglu"].country) == (
        "Foreign Minister",
        "TUR",
    )
    assert (ents["Sergei Lavrov"].role, ents["Sergei Lavrov"].country) == (
        "Foreign Minister",
        "RUS",
    )
    # The role words of a title are not an organisation of their own ("Defense").
    assert not any(e.name == "Defense" for e in parsed["f35"])


def test_igo_acronym_and_full_name_are_one_org(parsed):
    nato = _by_name(parsed["f35"])["North Atlantic Treaty Organization"]
    assert (nato.type, nato.country, nato.sector) == ("ORG", None, "IGO")
    assert set(nato.aliases) == {"NATO", "North Atlantic Treaty Organization"}
    ents = _by_name(parsed["summit"])
    assert ents["United Nations"].aliases == ("U.N.",)
    assert set(ents["European Union"].aliases) == {"European Union", "EU"}


def test_two_people_sharing_a_surname_stay_apart(parsed):
    people = [e for e in parsed["smiths"] if e.type == "PERSON"]
    assert [p.name for p in people] == ["John Smith", "Jane Smith"]
    john, jane = people
    bare = [m.span.start for p in people for m in p.mentions if m.text == "Smith"]
    first, second = sorted(bare)
    # "Smith said the talks went well" follows Jane Smith; "Smith said he was hopeful" John Smith.
    assert first in {m.span.start for m in jane.mentions}
    assert second in {m.span.start for m in john.mentions}
    assert (john.role, john.sector) == ("Senator", "LEG")


def test_apposition_capital_as_place_and_surname_of_korean_name(parsed):
    ents = parsed["summit"]
    esper = _by_name(ents)["Mark Esper"]
    assert (esper.role, esper.country) == ("Secretary of Defense", "USA")
    places = [e for e in ents if e.name == "Manila"]
    assert len(places) == 1 and places[0].country == "PHL"
    assert set(places[0].aliases) == {"MANILA", "Manila"}  # the dateline and "in Manila"
    philippines = _by_name(ents)["Philippines"]
    assert {"Manila", "Philippines", "Filipino"} <= set(philippines.aliases)  # "Manila said"
    yoon = _by_name(ents)["Yoon Suk Yeol"]
    assert (yoon.role, yoon.country, yoon.aliases) == (
        "President",
        "KOR",
        ("Yoon Suk Yeol", "Yoon"),
    )


@pytest.mark.parametrize("name", sorted(_ARTICLES))
def test_ids_spans_and_sentences(parsed, name):
    text = _ARTICLES[name]
    ents = parsed[name]
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    firsts = [e.mentions[0].span.start for e in ents]
    assert firsts == sorted(firsts)
    for e in ents:
        assert e.aliases == tuple(dict.fromkeys(m.text for m in e.mentions))
        for m in e.mentions:
            assert text[m.span.start : m.span.end] == m.text
            assert m.sentence.start <= m.span.start < m.span.end <= m.sentence.end


def test_deterministic(nlp):
    assert find_entities(nlp(F35), F35) == find_entities(nlp(F35), F35)


def test_empty_and_blank_text(nlp):
    assert find_entities(nlp(""), "") == ()
    assert find_entities(nlp(" \n\t "), " \n\t ") == ()


def test_doc_of_another_text_is_refused(nlp):
    with pytest.raises(ValueError, match="not made from this text"):
        find_entities(nlp("Turkey"), "Russia")


def test_one_name_repeated_20000_times_is_fast(nlp):
    text = " ".join(["Turkey"] * 20000)
    doc = nlp(text)
    began = time.perf_counter()
    ents = find_entities(doc, text)
    assert time.perf_counter() - began < 2.0
    assert len(ents) == 1 and len(ents[0].mentions) == 20000


def test_mixed_scripts(nlp):
    text = "Президент Путин и 習近平 met in Beijing. Erdoğan said Türkiye would reply. مرحبا"
    ents = find_entities(nlp(text), text)
    for e in ents:
        for m in e.mentions:
            assert text[m.span.start : m.span.end] == m.text
    assert _by_name(ents)["Turkey"].aliases == ("Türkiye",)
