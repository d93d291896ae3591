"""Build the held-out ``gold.jsonl`` from the annotated articles in ``articles.txt`` and check it.

    .venv/bin/python benchmarks/quotes-heldout/build_gold.py [--check]

The builder of ``benchmarks/quotes-gold/build_gold.py`` (same markup, same checks, same
output format) run on this folder; articles here may have 6-14 sentences (as its
``_SENTENCE_END`` counts them: "Sept. 18" or "U.S." count too).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _load import load_file  # noqa: E402

if __name__ == "__main__":
    builder = load_file(HERE.parent / "quotes-gold" / "build_gold.py", "build_gold")
    sys.exit(builder.main(HERE, (6, 14)))
