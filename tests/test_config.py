"""Settings from defaults, a TOML file, the environment and overrides."""

import pytest

from dateline.config import KEYS, load_settings
from dateline.errors import ConfigError


def test_defaults(monkeypatch):
    for key in KEYS:
        monkeypatch.delenv("DATELINE_" + key.upper(), raising=False)
    monkeypatch.delenv("DATELINE_CONFIG", raising=False)
    settings = load_settings()
    assert settings.db == "dateline.db"
    assert settings.max_document_bytes == 50 * 1024 * 1024


def test_file_then_env_then_overrides(tmp_path, monkeypatch):
    conf = tmp_path / "d.toml"
    conf.write_text('[dateline]\ndb = "from-file.db"\nmax_document_bytes = 1000\n')
    monkeypatch.setenv("DATELINE_MAX_DOCUMENT_BYTES", "2000")
    settings = load_settings(str(conf))
    assert (settings.db, settings.max_document_bytes) == ("from-file.db", 2000)
    settings = load_settings(str(conf), max_document_bytes=3000, db=None)
    assert (settings.db, settings.max_document_bytes) == ("from-file.db", 3000)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"max_document_bytes": "lots"}, "max_document_bytes='lots': expected a whole number"),
        ({"max_document_bytes": 0}, "expected a number above 0"),
        ({"html_fast": "maybe"}, "html_fast='maybe': expected true or false"),
        (
            {"colour": "blue"},
            "unknown setting 'colour'; allowed: actors, db, html_dates, html_fast, max_document_bytes, nlp_model",
        ),
    ],
)
def test_bad_values_name_the_key(overrides, message, monkeypatch):
    monkeypatch.delenv("DATELINE_CONFIG", raising=False)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_settings(**overrides)


def test_unreadable_config_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[dateline\n")
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        load_settings(str(bad))
