"""The sample corpus shipped with dateline.

Fifty invented news articles (plus broken inputs) that tell four running stories in
October-December 2025, saved in every input format dateline reads: plain-text dumps of
scraped pages, saved HTML pages (one gzip-compressed, one windows-1252, one with a BOM),
JSONL exports, an RSS 2.0 and an Atom feed, and a gzip WARC archive. ``broken/`` holds one
realistic failure of each kind. Every site, person and event in it is made up; see
``README.md`` in this folder for the stories and a table of every file.

``scripts/build_sample_warc.py`` rebuilds ``warc/sample.warc.gz`` and the generated broken
files from ``warc/pages/``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["sample_dir"]


def sample_dir() -> Path:
    """Return the folder that holds the sample corpus, as a filesystem path.

    The folder has the subfolders ``text``, ``html``, ``jsonl``, ``feeds``, ``warc`` and
    ``broken``. The package is installed as plain files (not zipped), so the resource root
    is a real directory.
    """
    root = files("dateline.samples")
    if isinstance(root, Path):
        return root
    return Path(str(root))
