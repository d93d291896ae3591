"""Synthetic reprints: wire stories republished by invented news sites, with known edits.

Each input article (JSONL: ``id``, ``text`` with paragraphs between blank lines, and
optionally ``title``, ``story_id``, ``date``) is written once as it is (the original,
``variant.level = "original"``) and then ``--copies`` times as another site would show
it: a masthead line, a navigation bar, the headline, the body, and a footer (a share
line, a copyright line, sometimes a disclaimer). The copy's level, taken in turn from
``--levels``, says how far its body strays from the original:

- light: a new site and headline; at most one word edited;
- medium: an agency dateline ("LIMA, March 3 (AFP) --") or a reprint note added, one
  paragraph dropped (of four or more), two neighbouring paragraphs swapped, about 2 %
  of the words edited, sometimes a "Related:" block of other stories' headlines;
- heavy: as medium, but 30 % of the paragraphs dropped, what is left cut to 60 % of
  its paragraphs, and about 5 % of the words edited.

A word edit is one of: a house-style spelling ("per cent", "organisation"), a tense
change of a reporting verb, a dropped filler word, two letters transposed or one
doubled (a typo).
An article of one or two paragraphs is first cut into paragraphs of two sentences, so
that dropping and swapping have something to work on.

Every copy carries its gold: ``dup_group`` (the original's id), ``story_id`` and
``variant`` ({level, site, word_edits, related}, and for medium and heavy copies
dropped, swapped, truncated_to, dateline, note: paragraph numbers count from 0 in the
original); ``shared/eval/eval_neardup.py`` reads the file as its gold. The output
depends only on the input and ``--seed``. `recombined` invents the larger sets of the
scale runs in ``copies.py``.

    .venv/bin/python benchmarks/reprints.py IN.jsonl OUT.jsonl [--copies 3] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEVELS = ("light", "medium", "heavy")
EDIT_SHARE = {"light": 0.0, "medium": 0.02, "heavy": 0.05}  # of the body's words
HEAVY_DROP = 0.3
HEAVY_KEEP = 0.6
RELATED_WORDS = 14  # a "Related:" link shows a headline, cut as sites cut long ones
SCRAMBLE = 0.2  # share of words replaced in invented articles
RECENT = 2000  # scale runs copy one of the last articles made, as news is copied soon

Row = dict[str, Any]


@dataclass(frozen=True)
class Site:
    """An invented news site: what it prints above and below every article."""

    name: str
    tagline: str
    sections: tuple[str, ...]
    bar: str  # what separates the navigation items
    owner: str


SITES = (
    Site("The Marlow Courier", "Independent since 1887",
         ("Home", "Local", "Nation", "World", "Money", "Arts", "Obituaries"), " | ", "Marlow Press Ltd"),
    Site("Northgate Evening Post", "Your city, every evening",
         ("Front page", "Council", "Crime", "Sport", "Motoring", "Property"), " · ", "Northgate Media"),
    Site("Valley Ledger", "News for the whole valley",
         ("News", "Farming", "Schools", "Weather", "Events", "Jobs"), " | ", "Ledger Publishing"),
    Site("Crescent Bay Tribune", "Serving the Bay since 1921",
         ("Home", "Harbour", "Business", "World", "Opinion", "Puzzles", "Podcasts"), " / ", "Tribune Holdings"),
    Site("Pinecrest Daily", "Pinecrest's morning paper",
         ("Latest", "Region", "Politics", "Health", "Food", "Travel"), " | ", "Pinecrest Daily Inc."),
    Site("Riverside Chronicle", "Trusted local journalism",
         ("Home", "News", "Courts", "Business", "Lifestyle", "Classifieds"), " • ", "Chronicle Group"),
    Site("Eastmoor Herald", "Eastmoor and district",
         ("Herald home", "Local news", "Nation", "World", "Letters", "Sport"), " | ", "Eastmoor Herald plc"),
    Site("Coastline Times", "All the coast's news",
         ("Top stories", "Coast", "Fishing", "Tourism", "World", "Video"), " · ", "Coastline Times LLC"),
)  # fmt: skip

SHARE_LINES = (
    "Share this story: Facebook | X | WhatsApp | Email",
    "Print · Email · Share",
    "Share on Facebook   Share on X   Send by email",
    "Follow {site} on Facebook and Instagram",
)
COPYRIGHT_LINES = (
    "© {year} {owner}. All rights reserved.",
    "Copyright {year} {owner}",
    "All content © {owner} {year}",
)
DISCLAIMERS = (
    "Disclaimer: wire copy is carried as received and does not reflect the views of {site}.",
    "This story was republished from a news agency feed and was not edited by {site} staff.",
    "The views expressed in syndicated articles are not necessarily those of {site}.",
)
NOTES = ("Reprinted from {agency}.", "This article originally appeared on {agency}'s wire.")
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Xinhua", "UPI")
CITIES = ("WASHINGTON", "LONDON", "NAIROBI", "MUMBAI", "SYDNEY", "OTTAWA", "MANILA", "LIMA")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip
HEADLINE_TAGS = ("UPDATE 1-", "WRAPUP: ", "Breaking: ", "")
RESPELL = {
    "percent": "per cent", "organization": "organisation", "center": "centre",
    "program": "programme", "defense": "defence", "color": "colour", "favor": "favour",
    "said": "says", "says": "said", "told": "tells", "added": "adds", "u.s.": "US",
    "toward": "towards", "among": "amongst", "while": "whilst", "mr.": "Mr",
}  # fmt: skip
FILLERS = frozenset("very also just that really still even then".split())
_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"”’')]*(?=\s+[\"“(A-Z])|$)")
_WORD = re.compile(r"\S+")


def make_reprints(
    originals: list[Row], *, copies: int = 3, levels: tuple[str, ...] = LEVELS, seed: int = 7
) -> list[Row]:
    """Return every original, each followed by its copies.

    Args:
        originals: input rows (``id``, ``text``; ``title``, ``story_id``, ``date`` optional).
        copies: copies per original.
        levels: the levels given to the copies, in turn.
        seed: the seed; the same seed gives the same output.

    Returns:
        The rows to write, originals first in each group.
    """
    headlines = [" ".join(headline_of(r).split()[:RELATED_WORDS]) for r in originals]
    out: list[Row] = []
    for n, row in enumerate(originals):
        out.append(_original(row))
        for k in range(1, copies + 1):
            level = levels[(n * copies + k - 1) % len(levels)]
            rng = random.Random(f"{seed}:{row['id']}:{k}")
            out.append(reprint(row, level, rng, others=headlines, copy_no=k))
    return out


def headline_of(row: Row) -> str:
    """The original's title, or its first eight words when it has none."""
    title = (row.get("title") or "").strip()
    if title:
        return title
    first = " ".join(_WORD.findall(row["text"])[:8])
    return first.rstrip(".,;:") or str(row["id"])


def _original(row: Row) -> Row:
    return {
        "id": row["id"], "title": row.get("title") or "", "text": row["text"],
        "dup_group": row["id"], "story_id": row.get("story_id"), "date": row.get("date"),
        "variant": {"level": "original"},
    }  # fmt: skip


def reprint(row: Row, level: str, rng: random.Random, *, others: list[str], copy_no: int) -> Row:
    """Return one copy of an original at the given level, rendered as a site page.

    Args:
        row: the original.
        level: light, medium or heavy.
        rng: the copy's own random generator.
        others: headlines to draw a "Related:" block from.
        copy_no: the copy's number (its id is ``<original>__c<copy_no>``).

    Returns:
        The copy's row, with its gold.
    """
    site = rng.choice(SITES)
    variant: dict[str, Any] = {"level": level, "site": site.name}
    head, paras = copy_body(row, level, rng, variant)
    related = rng.sample(others, k=min(3, len(others))) if level != "light" else []
    related = related if rng.random() < 0.5 else []
    variant["related"] = len(related)
    title = _new_headline(headline_of(row), rng)
    text = render(site, title, [*head, *paras], related=related, rng=rng)
    return {
        "id": f"{row['id']}__c{copy_no}", "title": title, "text": text,
        "dup_group": row["id"], "story_id": row.get("story_id"), "date": row.get("date"),
        "variant": variant,
    }  # fmt: skip


def copy_body(
    row: Row, level: str, rng: random.Random, variant: Row
) -> tuple[list[str], list[str]]:
    """The copy's lines above the story (a reprint note) and its story paragraphs.

    Args:
        row: the original.
        level: light, medium or heavy.
        rng: the copy's random generator.
        variant: where what was done is noted.

    Returns:
        The head lines and the paragraphs.
    """
    paras = paragraphs(row["text"])
    if level != "light":
        paras = _reshape(paras, level, rng, variant)
    paras, variant["word_edits"] = edit_words(paras, _edit_count(paras, level, rng), rng)
    head: list[str] = []
    if level != "light":
        _add_agency(paras, head, rng, variant, date=row.get("date"))
    return head, paras


def paragraphs(text: str) -> list[str]:
    """Split on blank lines; one or two paragraphs become paragraphs of two sentences."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) > 2:
        return paras
    sentences = [s for p in paras for s in _SENTENCE.findall(p)]
    return [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]


def _reshape(paras: list[str], level: str, rng: random.Random, variant: Row) -> list[str]:
    """Drop, swap and (heavy) truncate paragraphs; note what was done in ``variant``."""
    n = len(paras)
    n_drop = round(HEAVY_DROP * n) if level == "heavy" else int(n >= 4)
    dropped = sorted(rng.sample(range(1, n), k=min(n_drop, n - 1))) if n > 1 else []
    kept = [i for i in range(n) if i not in dropped]
    truncated = None
    if level == "heavy":
        truncated = max(1, round(HEAVY_KEEP * len(kept)))
        kept = kept[:truncated]
    swapped = None
    if len(kept) >= 3:
        at = rng.randrange(1, len(kept) - 1)
        kept[at], kept[at + 1] = kept[at + 1], kept[at]
        swapped = [kept[at + 1], kept[at]]
    variant.update(dropped=dropped, swapped=swapped, truncated_to=truncated)
    return [paras[i] for i in kept]


def _edit_count(paras: list[str], level: str, rng: random.Random) -> int:
    if level == "light":
        return rng.randint(0, 1)
    n_words = sum(len(p.split()) for p in paras)
    return max(1, round(EDIT_SHARE[level] * n_words))


def edit_words(paras: list[str], count: int, rng: random.Random) -> tuple[list[str], int]:
    """Edit ``count`` distinct words of the paragraphs; return them and the edits made."""
    tokens = [p.split() for p in paras]
    places = [(i, j) for i, words in enumerate(tokens) for j in range(len(words))]
    made = 0
    for i, j in rng.sample(places, k=min(count, len(places))):
        new = _edit(tokens[i][j], rng)
        if new != tokens[i][j]:
            tokens[i][j] = new
            made += 1
    return [" ".join(w for w in words if w) for words in tokens], made


def _edit(token: str, rng: random.Random) -> str:
    """One word edit: respell, drop a filler, or transpose two inner letters."""
    lead, core, tail = _split_token(token)
    key = core.lower()
    if key in RESPELL:
        new = RESPELL[key]
        return lead + (new.capitalize() if core[:1].isupper() else new) + tail
    if key in FILLERS:
        return ""
    if len(core) >= 4 and core.isalpha():
        at = rng.randrange(1, len(core) - 2)
        return lead + core[:at] + core[at + 1] + core[at] + core[at + 2 :] + tail
    return token if len(core) < 2 else lead + core + core[-1] + tail  # a doubled letter


def _split_token(token: str) -> tuple[str, str, str]:
    """Punctuation before, the word, punctuation after (an abbreviation keeps its stop)."""
    m = re.fullmatch(r"(\W*)(.*?)(\W*)", token)
    assert m is not None  # the pattern matches any token
    lead, core, tail = m.groups()
    if tail.startswith(".") and (core + ".").lower() in RESPELL:
        core, tail = core + ".", tail[1:]
    return lead, core, tail


def _add_agency(
    paras: list[str], head: list[str], rng: random.Random, variant: Row, *, date: str | None
) -> None:
    """Put an agency dateline before the first paragraph, or a reprint note above it."""
    agency = rng.choice(AGENCIES)
    if rng.random() < 0.6 and paras:
        month, day = _month_day(date, rng)
        style = rng.randrange(3)
        city = rng.choice(CITIES)
        line = (f"{city}, {month} {day} ({agency}) --", f"{city} ({agency}) -",
                f"{city}, {month} {day} /{agency}/ --")[style]  # fmt: skip
        paras[0] = f"{line} {paras[0]}"
        variant.update(dateline=line, note=None)
    else:
        note = rng.choice(NOTES).format(agency=agency)
        head.append(note)
        variant.update(dateline=None, note=note)


def _month_day(date: str | None, rng: random.Random) -> tuple[str, int]:
    if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return MONTHS[int(date[5:7]) - 1], int(date[8:10])
    return rng.choice(MONTHS), rng.randint(1, 28)


def _new_headline(title: str, rng: random.Random) -> str:
    """The site's headline: the original's with a tag before it, or in another case."""
    style = rng.randrange(3)
    if style == 0:
        return rng.choice(HEADLINE_TAGS) + title
    if style == 1:
        return title.upper() if rng.random() < 0.3 else title.title()
    return title


def render(
    site: Site, title: str, body: list[str], *, related: list[str], rng: random.Random
) -> str:
    """The page as the site shows it: masthead, navigation, headline, body, footer."""
    year = rng.randint(2019, 2026)
    lines = [f"{site.name} - {site.tagline}", site.bar.join(site.sections), title, *body]
    if related:
        lines += ["Related:", *related]
    lines.append(rng.choice(SHARE_LINES).format(site=site.name))
    if rng.random() < 0.4:
        lines.append(rng.choice(DISCLAIMERS).format(site=site.name))
    lines.append(rng.choice(COPYRIGHT_LINES).format(year=year, owner=site.owner))
    return "\n\n".join(lines)


def read_rows(path: Path) -> list[Row]:
    """Read a JSONL file of rows."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_rows(rows: Iterable[Row], path: Path) -> int:
    """Write rows as JSONL (sorted keys); return how many."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def recombined(originals: list[Row], n: int, *, seed: int = 7) -> Iterator[Row]:
    """Invent ``n`` distinct articles for scale runs, about a tenth of them copies.

    Each new article takes three to twelve paragraphs drawn from all the originals
    and replaces a fifth of their words with words drawn from the whole set, so that
    two articles that drew the same paragraph still share few runs of five words (the
    set has about 10,000 paragraphs; 100,000 articles draw each about 70 times). Every
    tenth row is instead a copy, light, medium or heavy in turn, of one of the last
    `RECENT` articles (news is copied soon), given as its story text alone: scale
    runs skip extraction.

    Args:
        originals: input rows whose paragraphs are recombined.
        n: how many rows to yield.
        seed: the seed.

    Yields:
        Rows with ``id``, ``title``, ``text``, ``dup_group`` and ``variant``.
    """
    rng = random.Random(f"{seed}:scale")
    pool = [p for row in originals for p in paragraphs(row["text"])]
    vocabulary = sorted({w for p in pool for w in p.split()})
    made: deque[Row] = deque(maxlen=RECENT)
    for i in range(n):
        if i % 10 == 9 and made:
            source = made[rng.randrange(len(made))]
            variant: Row = {"level": LEVELS[(i // 10) % len(LEVELS)]}
            head, paras = copy_body(source, variant["level"], rng, variant)
            yield {"id": f"s{i}", "title": source["title"], "text": "\n\n".join([*head, *paras]),
                   "story_id": None, "dup_group": source["id"], "variant": variant}  # fmt: skip
            continue
        paras = [_scramble(p, vocabulary, rng) for p in rng.sample(pool, k=rng.randint(3, 12))]
        row = {"id": f"s{i}", "title": headline_of({"text": paras[0], "id": i}),
               "text": "\n\n".join(paras), "story_id": None, "dup_group": f"s{i}",
               "variant": {"level": "original"}}  # fmt: skip
        made.append(row)
        yield row


def _scramble(paragraph: str, vocabulary: list[str], rng: random.Random) -> str:
    """Replace about a fifth of the words by words drawn from the vocabulary."""
    return " ".join(
        rng.choice(vocabulary) if rng.random() < SCRAMBLE else w for w in paragraph.split()
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", type=Path, help="JSONL of original articles")
    ap.add_argument("output", type=Path, help="JSONL to write: originals and their copies")
    ap.add_argument("--copies", type=int, default=3, help="copies per original")
    ap.add_argument("--levels", default=",".join(LEVELS), help="levels given in turn")
    ap.add_argument("--seed", type=int, default=7, help="random seed")
    args = ap.parse_args(argv)
    levels = tuple(x.strip() for x in args.levels.split(",") if x.strip())
    if not levels or set(levels) - set(LEVELS):
        ap.error(f"--levels takes a comma-separated list of {', '.join(LEVELS)}")
    rows = make_reprints(read_rows(args.input), copies=args.copies, levels=levels, seed=args.seed)
    n = write_rows(rows, args.output)
    print(f"{args.output}: {n} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
