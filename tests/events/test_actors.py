"""Actor codes: agent nouns, the user's actor dictionary and its errors."""

import pytest

from dateline.config import Settings
from dateline.errors import ConfigError
from dateline.events.actors import agent_sector, join, load_actor_table

from .conftest import analyze_texts, coded


def test_agent_nouns_and_joining():
    assert agent_sector("troops") == "MIL"
    assert agent_sector("Police") == "COP"
    assert agent_sector("militias") == "PRM"
    assert agent_sector("weather") is None
    assert join("TUR", "GOV") == "TURGOV"
    assert join(None, "REB") == "---REB"
    assert join("TUR", None) == "TUR"


def test_user_dictionary_codes_invented_actors(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        "# invented places\nGondor\tGON\nMordor\tMOR\nrangers\t~MIL\n", encoding="utf-8"
    )
    table = load_actor_table(str(path))
    assert table.match(["gondor", "attacked"], 0) == (1, "GON")
    (record,) = analyze_texts(["Gondor attacked Mordor on Friday."], Settings(actors=str(path)))
    assert [coded(e) for e in record.events] == [("ASSAULT", "GON", "MOR")]
    (record,) = analyze_texts(["Gondor rangers arrested two men."], Settings(actors=str(path)))
    assert coded(record.events[0])[:2] == ("COERCE", "GONMIL")


@pytest.mark.parametrize("content", ["Gondor GON\n", "\tGON\n", "Gondor\tG O N\n"])
def test_a_bad_dictionary_line_names_file_and_line(tmp_path, content):
    path = tmp_path / "bad.tsv"
    path.write_text("# ok\n" + content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.tsv:2: expected 'phrase<TAB>CODE'"):
        load_actor_table(str(path))


def test_a_missing_dictionary_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read it"):
        load_actor_table(str(tmp_path / "none.tsv"))


def test_conjoined_demonyms_give_one_actor_each(events_of):
    events = events_of("Senior Hungarian and Romanian officials met in Budapest on Friday.")
    assert {e.actor.code for e in events} == {"HUNGOV", "ROUGOV"}


def test_a_modifier_gives_an_organisation_its_country(events_of):
    events = events_of("The US Congress approved new sanctions on Iran.")
    assert [coded(e) for e in events] == [("SANCTION", "USALEG", "IRN")]


def test_us_is_a_country_not_a_pronoun(events_of):
    events = events_of("Egypt said on Monday that it had asked the US to resume aid.")
    assert events and events[0].recipient.code == "USA", [coded(e) for e in events]


def test_leaders_of_a_body_stand_for_it(events_of):
    events = events_of("Leaders of the opposition coalition called off the demonstration.")
    assert events and events[0].actor.code == "---OPP", [coded(e) for e in events]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moroccan diplomats met Gambian officials in Rabat.", "MARGOV"),
        ("Libyan leader Muammar Gaddafi visited Sofia.", "LBYGOV"),
        ("Venezuelan opposition leader Juan Guaido met the envoy.", "VENOPP"),
    ],
)
def test_demonyms_and_titles(events_of, text, code):
    events = events_of(text)
    assert events and events[0].actor.code == code, [coded(e) for e in events]


def test_a_later_party_in_the_verbs_phrases_is_the_recipient(events_of):
    events = events_of("Iraqi President Saddam Hussein arrived in Amman on a surprise visit.")
    assert events and coded(events[0])[1:] == ("IRQGOV", "JORGOV"), [coded(e) for e in events]


def test_no_recipient_from_a_clause_inside_the_verbs(events_of):
    events = events_of("Syrian troops shelled the town, which lies close to Turkey.")
    assert events and events[0].recipient is None, [coded(e) for e in events]
