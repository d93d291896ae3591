"""Find the dateline at the head of a story: place, date and agency.

Wire stories open with a dateline in one of a few house styles::

    WASHINGTON, Dec. 5 (Xinhua) -- ...       place, date, agency, dash
    LONDON (Reuters) - ...                   place, agency, dash
    NEW DELHI, Nov 9 (PTI) ...               no dash after the agency
    SAN FRANCISCO, Calif. — ...              place with a qualifier, em dash
    PARIS — ...                              place only (a staff story)
    (CNN) ...                                agency only

The dateline is parsed into a `Dateline` and cut from the first paragraph, so the
article text does not repeat it. An upper-case place is the strong cue; a title-case
place ("Beijing, Dec. 5 (Xinhua) --") is accepted only with an agency in parentheses.
"""

from __future__ import annotations

import re

from dateline.extract.agencies import find_agency, split_credits
from dateline.model import Dateline

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY})"
)
_UPPER_WORD = r"[A-Z][A-Z'.\-]*[A-Z.]"
_PLACE_UPPER = rf"(?:{_UPPER_WORD}|[A-Z]{{2}})(?:\s+{_UPPER_WORD}){{0,4}}"
_PLACE_TITLE = r"[A-Z][a-z]+(?:[\s-](?:[A-Z][a-z]+|al|el|es|de|la)){0,3}"
_QUALIFIER = rf"(?:,\s+(?!{_MONTH}\s*\d)(?!{_WEEKDAY})[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){{0,2}})"
_CREDIT = r"\((?P<agency>[A-Za-z][^()\n]{0,39})\)"
_DASH = r"(?:\s*(?:--|—|–|:)\s*|\s+-\s+|\s*-\s+)"

_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE})(?P<qual>{_QUALIFIER})?"
    rf"(?:,\s*(?P<date>{_DATE}))?\s*{_CREDIT}(?P<dash>{_DASH})?"
)
_PLACE_ONLY = re.compile(
    rf"^(?P<place>{_PLACE_UPPER})(?P<qual>{_QUALIFIER})?(?:,\s*(?P<date>{_DATE}))?"
    r"(?P<dash>\s*(?:--|—|–)\s*|\s+-\s+)"
)
_AGENCY_ONLY = re.compile(rf"^{_CREDIT}(?P<dash>{_DASH})?\s*")
_PARTICLES = frozenset({"al", "el", "es", "de", "la", "du", "da", "of", "the", "au", "on", "upon"})


def find_dateline(paragraph: str) -> tuple[Dateline, int] | None:
    """Parse the dateline at the start of a paragraph.

    Args:
        paragraph: the first paragraph of a story.

    Returns:
        The dateline and the offset in ``paragraph`` where the story text starts
        after it, or None when the paragraph does not open with a dateline.
    """
    for parse in (_parse_with_agency, _parse_place_only, _parse_agency_only):
        found = parse(paragraph)
        if found is not None:
            return found
    return None


def _rest_start(paragraph: str, end: int) -> int | None:
    """Offset where the story resumes; None when nothing follows the dateline."""
    while end < len(paragraph) and paragraph[end].isspace():
        end += 1
    return end if end < len(paragraph) else None


def _parse_with_agency(paragraph: str) -> tuple[Dateline, int] | None:
    m = _WITH_AGENCY.match(paragraph)
    if m is None:
        return None
    place, credit = m["place"], m["agency"].strip()
    agency = _agency_name(credit)
    if not place.isupper() and find_agency(split_credits(credit)[0]) is None:
        return None
    if m["dash"] is None and not place.isupper():
        return None
    start = _rest_start(paragraph, m.end())
    if start is None:
        return None
    raw = paragraph[: m.end()].strip()
    full_place = normalize_place(place) + (m["qual"] or "")
    return Dateline(place=full_place, date_text=m["date"], agency=agency, raw=raw), start


def _parse_place_only(paragraph: str) -> tuple[Dateline, int] | None:
    m = _PLACE_ONLY.match(paragraph)
    if m is None or sum(c.isalpha() for c in m["place"]) < 3:
        return None
    start = _rest_start(paragraph, m.end())
    if start is None:
        return None
    raw = paragraph[: m.end()].strip()
    place = normalize_place(m["place"]) + (m["qual"] or "")
    return Dateline(place=place, date_text=m["date"], agency=None, raw=raw), start


def _parse_agency_only(paragraph: str) -> tuple[Dateline, int] | None:
    m = _AGENCY_ONLY.match(paragraph)
    if m is None:
        return None
    credit = m["agency"].strip()
    if find_agency(split_credits(credit)[0]) is None:
        return None
    start = _rest_start(paragraph, m.end())
    if start is None:
        return None
    raw = paragraph[: m.end()].strip()
    return Dateline(place=None, date_text=None, agency=_agency_name(credit), raw=raw), start


def _agency_name(credit: str) -> str:
    """Canonical names of a joint credit ("Reuters/AFP"), or the credit as written."""
    names = [find_agency(part) for part in split_credits(credit)]
    if names and all(names):
        return "/".join(n for n in names if n)
    return credit


def normalize_place(place: str) -> str:
    """Write an upper-case dateline place in its usual form: NEW DELHI -> New Delhi.

    Args:
        place: the place as written in the dateline.

    Returns:
        The place in title case, keeping particles ("Dar es Salaam") and dotted
        abbreviations ("U.S.") as they are; a place not in upper case is unchanged.
    """
    if not place.isupper():
        return place
    words = []
    for i, word in enumerate(place.split()):
        if "." in word and len(word) <= 5:
            words.append(word)
            continue
        parts = word.split("-")
        words.append(
            "-".join(_title_part(p, first=(i == 0 and j == 0)) for j, p in enumerate(parts))
        )
    return " ".join(words)


def _title_part(part: str, *, first: bool) -> str:
    low = part.lower()
    if not first and low in _PARTICLES:
        return low
    if "'" in part:
        return "'".join(s[:1].upper() + s[1:].lower() for s in part.split("'"))
    return part[:1].upper() + part[1:].lower()
