"""A cheap sentence-level tense cue: does a mention lean to the past or the future?

The cue closest to the mention inside its sentence wins, so in "Apple said on
Monday it will ship in March" Monday reads as past and March as future.
"""

from __future__ import annotations

import bisect
import re

PAST, UNKNOWN, FUTURE = -1, 0, 1

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|would|going\s+to|gonna|'ll|plans?\s+to|planning\s+to|"
    r"may|might|to\s+be|intends?\s+to|aims?\s+to|hopes?\s+to|expects?\s+to|expected|scheduled|slated|due\s+to|"
    r"set\s+to|poised\s+to|likely\s+to|upcoming|next|coming|until|till|should|forthcoming)\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = (
    "was were had did said told ago since earlier last previous went came fell rose "
    "made took gave began became won lost sold hit cut saw met left held got grew thought "
    "brought bought paid led ran spoke wrote chose drew struck fought sent spent built broke "
    "found kept knew sank shrank slid stood hung ended"
)
_NOT_PAST = frozenset(
    "hundred need needed speed indeed proceed exceed succeed seed feed bed red shed bred "
    "breed greed embed weed deed embedded expected scheduled planned".split()
)
_PAST = re.compile(r"\b(?:" + "|".join(_IRREGULAR_PAST.split()) + r")\b|\b[a-z]{2,}ed\b")
# Trailing attribution ("... on November 3, officials said.") dates the telling, not the
# event: a reporting verb after a mention counts only when the sentence has no other cue.
_REPORTING = frozenset("said says told added announced stated reported noted".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“(]?[A-Z0-9])|\n")
# A participle after a form of "be" is passive or adjectival ("will be held"): no cue.
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am|was|were)\s+$", re.IGNORECASE)
# A preposition right before a mention settles it: "by June" is a deadline, "since May" past.
_PREP_BEFORE = re.compile(r"\b(?:(?P<f>by|until|till|before)|(?P<p>since))\s+$", re.IGNORECASE)


class TenseCues:
    """The tense cues of one text, found once, and its sentence bounds."""

    __slots__ = ("_bounds", "_cues", "_starts", "_text")

    def __init__(self, text: str) -> None:
        """Find sentence ends and tense cues in the text."""
        self._text = text
        self._bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
        cues = [(m.start(), m.end(), FUTURE) for m in _FUTURE.finditer(text)]
        cues.extend(
            (m.start(), m.end(), PAST)
            for m in _PAST.finditer(text)
            if m.group().lower() not in _NOT_PAST
            and not _PASSIVE.search(text, max(0, m.start() - 7), m.start())
        )
        cues.sort()
        self._cues = cues
        self._starts = [start for start, _, _ in cues]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return the (start, end) offsets of the sentence holding ``pos``."""
        i = bisect.bisect_right(self._bounds, pos)
        start = self._bounds[i - 1] if i > 0 else 0
        end = self._bounds[i] if i < len(self._bounds) else 1 << 62
        return start, end

    def tense(self, start: int, end: int) -> int:
        """Return PAST, FUTURE or UNKNOWN for the mention at [start, end)."""
        prep = _PREP_BEFORE.search(self._text, max(0, start - 7), start)
        if prep is not None:
            return FUTURE if prep["f"] else PAST
        lo, hi = self.sentence(start)
        i = bisect.bisect_left(self._starts, lo)
        best, best_gap = UNKNOWN, 1 << 62
        weak, weak_gap = UNKNOWN, 1 << 62
        while i < len(self._cues) and self._cues[i][0] < hi:
            cue_start, cue_end, cue = self._cues[i]
            i += 1
            if start <= cue_start < end:
                continue
            gap = start - cue_end if cue_start < start else cue_start - end
            if cue_start > start and self._text[cue_start:cue_end].lower() in _REPORTING:
                if gap < weak_gap:
                    weak, weak_gap = cue, gap
            elif gap < best_gap:
                best, best_gap = cue, gap
        return best if best != UNKNOWN else weak
