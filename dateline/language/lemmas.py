"""Base forms of the few words the quote rules test, without spaCy's lemmatizer.

The quote rules only ask "is this a form of *say*, *tell*, *urge* ...?" and "is this
noun a *statement*, an *interview* ...?". Building those forms here lets the language
step run without spaCy's attribute ruler and lemmatizer, a quarter of its parse time
(benchmark: docs/benchmarks.md, "Language stage speed").
"""

from __future__ import annotations

import functools

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "made": "make", "gave": "give", "given": "give",
    "put": "put", "held": "hold", "felt": "feel", "thought": "think", "meant": "mean",
    "sent": "send", "foretold": "foretell", "forecast": "forecast", "swore": "swear",
    "sworn": "swear", "saw": "see", "seen": "see", "knew": "know", "known": "know",
}  # fmt: skip


def _forms(base: str) -> set[str]:
    """The regular forms of an English verb: -s, -ed, -ing, with the usual spelling changes."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    doubled = {base + base[-1] + "ed", base + base[-1] + "ing"} if _doubles(base) else set()
    return {base, base + "s", base + "ed", base + "ing", *doubled}


def _doubles(base: str) -> bool:
    """Short verbs ending consonant-vowel-consonant double it: "admit" -> "admitted"."""
    vowels = set("aeiou")
    return (
        len(base) >= 3
        and base[-1] not in vowels | {"w", "x", "y"}
        and base[-2] in vowels
        and base[-3] not in vowels
        and base in _DOUBLING
    )


# Verbs of the cue lists whose final consonant doubles; listed, as stress decides it.
_DOUBLING = frozenset("admit regret commit submit omit permit refer prefer".split())


@functools.cache
def _table(bases: frozenset[str]) -> dict[str, str]:
    table = {form: base for base in sorted(bases) for form in _forms(base)}
    table.update({k: v for k, v in _IRREGULAR.items() if v in bases})
    return table


def verb_base(word: str, bases: frozenset[str]) -> str | None:
    """The base form of ``word`` if it is a form of one of ``bases``, else None.

    Args:
        word: a token's text.
        bases: the verbs of interest, in their base form.

    Returns:
        The base form ("said" -> "say"), or None.
    """
    return _table(bases).get(word.lower())


def noun_base(word: str, bases: frozenset[str]) -> str | None:
    """The singular of ``word`` if it is one of ``bases`` or its plural, else None."""
    low = word.lower()
    if low in bases:
        return low
    for cut in ("es", "s"):
        if low.endswith(cut) and low[: -len(cut)] in bases:
            return low[: -len(cut)]
    return None
