"""Expand the inputs a user names (files, folders, globs, ``-``) into an ordered list.

Folders are walked recursively and globs expanded, both sorted, so the same inputs
always give the same order. Inside folders, dotfiles and files without a known
input extension are skipped; a file named explicitly is always read.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Iterator

from dateline.errors import Reject
from dateline.sources.records import reject
from dateline.sources.sniff import format_from_name

log = logging.getLogger(__name__)

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | Reject]:
    """Turn input names into file paths, in a deterministic order.

    Args:
        inputs: file paths, folders, glob patterns, or ``-`` for stdin.

    Yields:
        Each file path (or ``-``) to read, explicit files as given; a reject
        DL-SRC-011 for a name or pattern that matches nothing.
    """
    for name in inputs:
        if name == STDIN or os.path.isfile(name):
            yield name
        elif os.path.isdir(name):
            yield from _walk(name)
        elif _GLOB_CHARS & set(name):
            yield from _glob(name)
        else:
            yield _no_match(name, "no such file or folder")


def _glob(pattern: str) -> Iterator[str | Reject]:
    """Yield the files a glob matches, sorted; folders it matches are walked."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield _no_match(pattern, "the pattern matches no file")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match)
        elif os.path.isfile(match):
            yield match


def _walk(folder: str) -> Iterator[str | Reject]:
    """Yield the input files under a folder, recursively, sorted by path, without dotfiles."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            path = os.path.join(root, file)
            if file.startswith(".") or format_from_name(file) is None:
                log.debug("skipping %s: not a known input extension", path)
            else:
                found.append(path)
    log.info("%s: %d input files", folder, len(found))
    if not found:
        yield _no_match(folder, "the folder holds no input files (known extensions only)")
    yield from sorted(found)


def _no_match(name: str, why: str) -> Reject:
    """Build the reject for an input name that matches nothing."""
    return reject(
        "DL-SRC-011",
        f"{why}; check the path or quote the glob so the shell does not expand it",
        path=name,
    )
