"""Turn what a user types into a safe FTS5 query.

User text is never passed to FTS5 as query syntax. Each bare word becomes a quoted
phrase, text in double quotes stays one phrase, and a bare upper-case ``OR`` between
terms is the only operator kept. So ``S-400``, ``U.S.``, ``Turkey's``, ``NOT``, ``(``
and ``*`` are all searched as plain words and never raise a syntax error.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
# FTS5 reads NUL as the end of the query, and lone surrogates cannot be encoded.
_AS_SPACE = re.compile("[\x00\ud800-\udfff]")


def fts_query(text: str) -> str | None:
    """Return the FTS5 MATCH expression for a user's search text.

    Terms are ANDed; ``a OR b c`` means ``a`` OR (``b`` AND ``c``). A term with no
    letter or digit (``(``, ``*``, ``-``) is dropped, as is an ``OR`` with no term
    on one side. An unclosed quote runs to the end of the text. NUL and
    lone surrogates count as spaces.

    Args:
        text: the search text as the user typed it.

    Returns:
        The MATCH expression, or None when the text holds no searchable term.
    """
    groups: list[list[str]] = [[]]
    for match in _TOKEN.finditer(_AS_SPACE.sub(" ", text)):
        quoted, bare = match.group(1), match.group(2)
        if bare == "OR":
            groups.append([])
            continue
        phrase = quoted if quoted is not None else bare
        if any(ch.isalnum() for ch in phrase):
            groups[-1].append('"' + phrase.replace('"', '""') + '"')
    kept = [" ".join(group) for group in groups if group]
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return " OR ".join(f"({group})" for group in kept)
