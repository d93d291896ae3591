"""Import a Python file by its path (the shared scorers, gold tables, build scripts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_file(path: Path, name: str) -> ModuleType:
    """Import the module in ``path`` under ``name``.

    Args:
        path: the .py file.
        name: the module name to give it.

    Returns:
        The module.

    Raises:
        SystemExit: the file is missing or cannot be imported (pass its path as an option).
    """
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"{path}: cannot import it; pass its path as an option")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
