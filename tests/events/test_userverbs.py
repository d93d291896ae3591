"""The user's verb dictionary (setting ``verbs``) through the real events stage."""

import pytest

from dateline.config import Settings
from dateline.errors import ConfigError

from .conftest import analyze_texts, coded

DICTIONARY = """\
&TIES
+DIPLOMATIC TIES
+RELATIONS

--- RESTORE  [080] ---
RESTORE
- * &TIES WITH + [064]

--- ZORBLE  [173] ---
ZORBLE
- * + FOR NOTHING [---]

--- PRAISE  [051] ---
PRAISE

--- CHIDE  [223] ---
CHIDE
"""


@pytest.fixture()
def settings(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return Settings(verbs=str(path))


def test_a_pattern_gives_the_code_and_the_category(settings):
    (rec,) = analyze_texts(["Greece restored diplomatic ties with Turkey on Monday."], settings)
    (event,) = rec.events
    assert (event.cameo, coded(event)) == ("064", ("COOPERATE", "GRC", "TUR"))


def test_a_verb_only_the_dictionary_knows_is_coded(settings):
    (rec,) = analyze_texts(["The army zorbled the protesters in the capital."], settings)
    assert [(e.type, e.cameo) for e in rec.events] == [("COERCE", "173")]


def test_an_explicit_no_event_pattern_removes_the_event(settings):
    (rec,) = analyze_texts(["The army zorbled the protesters for nothing."], settings)
    assert rec.events == ()


def test_a_code_outside_cameo_keeps_the_lexicons_category(settings):
    (rec,) = analyze_texts(["France chided Italy over the migrant ships."], settings)
    assert [(e.type, e.cameo) for e in rec.events] == [("ACCUSE", "223")]


def test_without_the_setting_the_lexicon_codes(settings):
    (rec,) = analyze_texts(["Greece restored diplomatic ties with Turkey on Monday."])
    assert rec.events and rec.events[0].cameo != "064"


def test_a_missing_or_bad_dictionary_stops_the_run(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        analyze_texts(["Greece praised Turkey."], Settings(verbs=str(tmp_path / "none.txt")))
    bad = tmp_path / "bad.txt"
    bad.write_text("--- PRAISE [051] ---\nPRAISE\n- * WARMLY\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.txt:3"):
        analyze_texts(["Greece praised Turkey."], Settings(verbs=str(bad)))
