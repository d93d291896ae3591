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
