"""Tell site boilerplate from article text, line by line, and say what kind it is.

News sites wrap every article in the same furniture: navigation bars, share and
follow buttons, "Related" link lists, reprint disclaimers, copyright lines and
editor credits. trafilatura removes most of it from HTML but keeps some, and plain
text dumps keep all of it. The rules here are written for single lines (a paragraph,
a link text, a footer line) and err on the side of keeping text: a long sentence
is only boilerplate when it is unmistakably a disclaimer or a copyright notice.
"""

from __future__ import annotations

import re

from dateline.model import BoilerplateKind

_COPYRIGHT = re.compile(
    r"(©|\(c\)\s*\d{4}|^\W*copyright\b|\bcopyright\s*(?:\(c\)\s*)?\d{4}|\ball rights reserved\b)",
    re.I,
)
_DISCLAIMER = re.compile(
    r"\b(disclaimer|reprinted from other media|for the purpose of conveying more information"
    r"|does not (necessarily )?(represent|reflect) the views|the views expressed"
    r"|may not be (reproduced|republished|redistributed)|without (prior )?(written )?permission"
    r"|reproduction (in whole or in part )?(is )?(prohibited|forbidden)"
    r"|please contact us|if you have any (questions|concerns) about (the )?copyright"
    r"|this (article|story|content) (is|was) (reprinted|republished)"
    r"|(story|article) was (first|originally) published (by|in|on)"
    r"|is for reference only|does not constitute (investment )?advice)\b",
    re.I,
)
_HEADER = re.compile(
    r"^\s*[\[(]?\s*(editor|editors|web editor|chief editor|responsible editor|reporter"
    r"|source|photo|photos|image|credit|edited by|translated by|proofread by)\s*[:：]",
    re.I,
)
_RELATED_HEAD = re.compile(
    r"^\s*(related( stories| news| articles| coverage| links| content| reading)?"
    r"|see also|read more|read also|more from [\w .]+|more news|more stories|recommended"
    r"|you may also like|you might also like|most (popular|read|viewed|shared)|trending( now)?"
    r"|top stories|latest news|editor'?s picks?|further reading|also read|also see)"
    r"\s*[:：>»]?",
    re.I,
)
_CALL_TO_FOLLOW = re.compile(
    r"^\W*(click here to |tap here to )?(follow|like|join|subscribe to|sign up for|download|get)\b.{0,120}?\b(facebook|twitter|x"
    r"|instagram|whatsapp|telegram|google news|youtube|linkedin|tiktok|newsletters?|our app)\b",
    re.I,
)
_MAX_CALL_WORDS = 25
_END_MARK = re.compile(r"^\W*(\(?end\)?|-+\s*end\s*-+|#{3}|-30-)\W*$", re.I)
_NAV_WORDS = frozenset(
    "home about us contact sitemap site map privacy policy terms of use service cookies "
    "advertise advertising careers jobs help faq feedback rss subscribe login log in sign "
    "register search menu skip to content main back top next previous prev article news "
    "world business sports sport china opinion politics culture tech technology science "
    "health travel life lifestyle video videos photos photo gallery local national region "
    "economy markets entertainment weather archive newsletters newsletter e-paper epaper "
    "mobile app apps english edition".split()
)
_SHARE_WORDS = frozenset(
    "share shares sharing tweet follow us on facebook twitter x weibo wechat whatsapp "
    "linkedin telegram reddit email e-mail print copy link pinterest instagram youtube "
    "tiktok line vk messenger comment comments save bookmark this story article".split()
)
_SHARE_LEAD = re.compile(r"^\W*share( this( article| story| page)?)?\s*[:：]", re.I)
_SEPARATORS = re.compile(r"\s*(?:\||•|·|/|»|›|>|\s{2,}|\t)\s*")
_BAR = re.compile(r"\s*[|•·]\s*")
_MIN_BAR_ITEMS = 4
_WORD = re.compile(r"[\w'&-]+")
_SHORT_LINE_WORDS = 14
_MAX_BAR_WORDS = 60
_MAX_COPYRIGHT_WORDS = 40
_MAX_DISCLAIMER_WORDS = 120
# Every alternative of _DISCLAIMER contains one of these; one scan rules most lines out.
_DISCLAIMER_KEYS = re.compile(
    "disclaim|reprint|conveying|views|may not be|permission|reproduc|contact us|copyright"
    "|republish|reference only|constitute|published"
)


def match_boilerplate(line: str) -> BoilerplateKind | None:
    """Say whether one line of text is site boilerplate, and of which kind.

    Args:
        line: one paragraph or line of page text.

    Returns:
        The kind ("copyright", "disclaimer", "header", "related", "share",
        "navigation"), or None when the line reads as article text.
    """
    text = line.strip()
    if not text:
        return None
    n_words = len(_WORD.findall(text))  # words, not the bars between links
    low = text.lower()
    # Substring checks first: most lines are story text, and the regexes are the cost.
    maybe_copyright = "©" in text or "copyright" in low or "(c)" in low or "rights reserved" in low
    if (
        maybe_copyright
        and (n_words <= _MAX_COPYRIGHT_WORDS or "all rights reserved" in low)
        and _COPYRIGHT.search(text)
    ):
        return "copyright"
    if (
        n_words <= _MAX_DISCLAIMER_WORDS
        and _DISCLAIMER_KEYS.search(low)
        and _DISCLAIMER.search(text)
    ):
        return "disclaimer"
    if n_words <= _MAX_CALL_WORDS and _CALL_TO_FOLLOW.match(text):
        return "share"
    if n_words > _SHORT_LINE_WORDS:
        return _long_bar_kind(text) if n_words <= _MAX_BAR_WORDS else None
    if _END_MARK.match(text):
        return "other"
    return _short_line_kind(text, _WORD.findall(low))


def _short_line_kind(text: str, words: list[str]) -> BoilerplateKind | None:
    """Classify a short line by its vocabulary and shape."""
    if _HEADER.match(text):
        return "header"
    related = _RELATED_HEAD.match(text)
    if related is not None and (
        related.end() == len(text) or related[0].rstrip()[-1:] in ":：>»" or len(words) <= 4
    ):
        return "related"
    if not words:
        return "navigation" if len(text) <= 40 else None
    share = sum(map(_SHARE_WORDS.__contains__, words))
    nav = sum(map(_NAV_WORDS.__contains__, words))
    if share / len(words) >= 0.6 and share >= 1 and _looks_like_bar(text, words):
        return "share"
    if _SHARE_LEAD.match(text) and share / len(words) >= 0.8:
        return "share"  # "Share this article: Facebook Twitter LinkedIn Email Print"
    if nav / len(words) >= 0.6 and _looks_like_bar(text, words):
        return "navigation"
    return "navigation" if _is_link_bar(text) else None


def _long_bar_kind(text: str) -> BoilerplateKind | None:
    """A long bar of short links is navigation, or related links under their heading."""
    if not _is_link_bar(text):
        return None
    return "related" if _RELATED_HEAD.match(text) else "navigation"


def _is_link_bar(text: str) -> bool:
    """Four or more short items between bars: ``News | Marseille | Property | What's On``."""
    items = [p.strip() for p in _BAR.split(text)]
    return len(items) >= _MIN_BAR_ITEMS and all(0 < len(p.split()) <= 4 for p in items)


def _looks_like_bar(text: str, words: list[str]) -> bool:
    """A bar of links: separators, or no sentence punctuation and very few words."""
    if len(words) <= 6 and not re.search(r"[.?!,;\"”]\s*$|[a-z][.?!,;]\s", text):
        return True
    parts = [p for p in _SEPARATORS.split(text) if p]
    return len(parts) >= 2 and not re.search(r"[a-z]\.\s+[A-Z]", text)


def classify_boilerplate(text: str) -> BoilerplateKind:
    """Return the kind of a block already known to lie outside the article body.

    Args:
        text: a block of page text that the extractor set aside.

    Returns:
        Its kind; "other" when no rule recognises it.
    """
    return match_boilerplate(text) or "other"
