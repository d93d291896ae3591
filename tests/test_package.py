"""Package hygiene: exports, module size budget, no print outside the CLI."""

import importlib
import pkgutil
from pathlib import Path

import pytest

import dateline

PACKAGE = Path(dateline.__file__).parent
MAX_MODULE_LINES = 500


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "samples" not in p.parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size_budget(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


@pytest.mark.parametrize("stage", ["extract", "sources", "store"])
def test_stage_exports_only_its_entry_points(stage):
    module = importlib.import_module(f"dateline.{stage}")
    public = {name for name in vars(module) if not name.startswith("_")}
    submodules = {m.name for m in pkgutil.iter_modules(module.__path__)}
    assert public - submodules == set(module.__all__)
