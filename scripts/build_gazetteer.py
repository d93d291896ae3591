"""Regenerate ``dateline/language/data/gazetteer.json`` from pycountry and the extra table.

The table is built by `dateline.language.gazetteer.build_table` from the installed
pycountry and ``dateline/language/data/gazetteer_extra.py``, and written with sorted
keys, so the same inputs give the same bytes; ``tests/language/test_gazetteer.py``
rebuilds it in memory and fails when the committed file differs.

Usage: ``python scripts/build_gazetteer.py [--check]``
"""

from __future__ import annotations

import sys

from dateline.language.gazetteer import DATA_PATH, build_table, dump_table


def main(argv: list[str]) -> int:
    """Write the gazetteer, or with ``--check`` only say whether it is up to date."""
    text = dump_table(build_table())
    if "--check" in argv:
        current = DATA_PATH.read_text(encoding="utf-8") if DATA_PATH.exists() else ""
        if current != text:
            print(
                f"{DATA_PATH}: out of date; run python scripts/build_gazetteer.py", file=sys.stderr
            )
            return 1
        return 0
    DATA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DATA_PATH} ({text.count(chr(10))} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
