"""The docs cover every command, setting, reject code and step, and are current."""

import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli import cli
from dateline.config import KEYS
from dateline.errors import REJECT_CODES
from dateline.pipeline import SOURCES_STEP, STEPS

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


def _read(name):
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented(command):
    assert f"## dateline {command}" in _read("cli.md")


def test_cli_docs_are_current():
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", str(DOCS / "cli.md")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, (
        "docs/cli.md is stale: run scripts/update-cli-docs\n" + result.stdout
    )


@pytest.mark.parametrize("key", sorted(KEYS))
def test_every_setting_is_documented(key):
    assert f"`{key}`" in _read("config.md")


@pytest.mark.parametrize("code", sorted(REJECT_CODES))
def test_every_reject_code_is_documented(code):
    assert f"`{code}`" in _read("errors.md")


@pytest.mark.parametrize("step", [SOURCES_STEP, *(s.name for s in STEPS)])
def test_every_step_is_documented(step):
    assert f"`{step}`" in _read("architecture.md")


def test_readme_quickstart_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("```")[1]
    commands = [
        line for line in quickstart.splitlines() if line.strip() and not line.startswith("sh")
    ]
    assert commands == ["make demo", "make test"]
