"""PETRARCH's TABARI-format validation dictionaries as a dateline actor dictionary.

dateline's ``actors`` setting reads ``phrase<TAB>CODE`` lines, a ``~CODE`` making the
phrase an agent noun with that sector (docs/config.md). The PETRARCH-2 unit-test
records are coded against ``PETR.Validate.actors.txt`` and ``PETR.Validate.agents.txt``
(formats: petrarch2 ``docs/source/dictionaries.rst``), so the events benchmark
converts them at run time, for one day at a time, into a temporary file.

What carries over, as PETRARCH reads it (``PETRreader.read_actor_dictionary`` and
``read_agent_dictionary``):

- actors: the head phrase and its ``+`` synonyms; the code for the day from the
  tab-indented date restrictions (``[HOBGOV 19950601 - 19990815]``, ``[HOB < 950601]``,
  ``[HOBREB >990816]``; ends included; YYMMDD years 00-30 are 20YY): the first
  restriction that holds, else the first unrestricted code, else ``---``;
- agents: the phrase, its plural (given in ``{...}``, none for ``{}``, else PETRARCH's
  regular plural: -Y to -IES, -S to -SES, else -S) and ``!SET!`` substitutions;
- phrases become the lower-case words of the tokenizer passed in (dateline matches
  spaCy's tokens: "BARAD-DUR" is "barad - dur"); underscores are spaces.

What does not: a compound code (``[FRO/BIL/SAM]``) keeps its first code; an agent code
set before the actor's (``[NGO~]``) and a code dateline refuses (``[+++]``) are
skipped; a blank inside an agent phrase, which lets PETRARCH skip words there, is a
plain word boundary. `Conversion.skipped` lists what was left out and why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
UNKNOWN = "---"
_VALID = re.compile(r"~?[A-Z0-9-]{2,12}")  # what dateline's load_actor_table accepts
_SET = re.compile(r"!([A-Z]+)!\s*=\s*(.+)")

Tokenize = Callable[[str], list[str]]  # phrase -> its words, as the parser splits them
# A code and the days it holds for (None: unrestricted), in file order.
Restriction = tuple[str, dt.date | None, dt.date | None, bool]


@dataclass
class Conversion:
    """The dictionary lines written and the entries left out (with the reason)."""

    lines: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def add(self, phrase: str, code: str, tokenize: Tokenize) -> None:
        """Add one phrase; the first entry for a phrase wins, as in PETRARCH."""
        words = " ".join(w.lower() for w in tokenize(phrase.replace("_", " ").strip()) if w)
        code = code.upper()
        if not words or words in self.seen:
            return
        if not _VALID.fullmatch(code):
            self.skipped.append(f"{phrase.strip()} [{code}]: code not accepted by dateline")
            return
        self.seen.add(words)
        self.lines.append(f"{words}\t{code}")


def write_dictionary(folder: Path, dicts: Path, day: dt.date, tokenize: Tokenize) -> Conversion:
    """Convert the actor and agent dictionaries for ``day`` into ``folder/actors-DAY.tsv``.

    Args:
        folder: where to write the file (a temporary folder).
        dicts: the folder holding ``PETR.Validate.actors.txt`` and ``.agents.txt``.
        day: the records' date, which picks the date-restricted codes.
        tokenize: splits a phrase into words as the parser does.

    Returns:
        The conversion; the file is ``folder / f"actors-{day:%Y%m%d}.tsv"``.
    """
    out = Conversion()
    for phrase, codes in _actor_entries(dicts / ACTORS_FILE):
        code = _code_on(codes, day)
        if "/" in code:
            out.skipped.append(f"{phrase} [{code}]: compound code, first kept")
            code = code.split("/")[0]
        out.add(phrase, code, tokenize)
    for phrase, code in _agent_entries(dicts / AGENTS_FILE, out.skipped):
        out.add(phrase, code, tokenize)
    path = folder / f"actors-{day:%Y%m%d}.tsv"
    path.write_text("".join(line + "\n" for line in out.lines), encoding="utf-8")
    return out


def _clean_lines(path: Path) -> Iterator[str]:
    """The file's lines without comments (``<!-- -->``, ``#``, ``;``) or blank lines."""
    in_comment = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if in_comment:
            in_comment = "-->" not in raw
            continue
        if raw.lstrip().startswith("<!"):
            in_comment = "-->" not in raw
            continue
        line = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()
        if line.strip():
            yield line


def _actor_entries(path: Path) -> Iterator[tuple[str, list[Restriction]]]:
    """Each phrase of the actor file with its entry's codes (shared by its synonyms)."""
    phrases: list[str] = []
    codes: list[Restriction] = []
    for line in _clean_lines(path):
        if line[0].isspace():  # a date restriction of the current entry
            codes.extend(_restriction(line))
            continue
        if line.startswith("+"):
            phrases.append(line[1:].strip())
            continue
        yield from ((p, codes) for p in phrases)
        head, _, rest = line.partition("[")
        phrases, codes = [head.strip()], []
        if rest:
            codes.append((rest.partition("]")[0].strip(), None, None, False))
    yield from ((p, codes) for p in phrases)


def _restriction(line: str) -> list[Restriction]:
    body = line.partition("[")[2].partition("]")[0].strip()
    if not body:
        return []
    code, _, rest = body.partition(" ")
    rest = rest.strip()
    if rest[:1] in ("<", ">"):
        day = _day(rest[1:].strip())
        return [(code, None, day, True) if rest[0] == "<" else (code, day, None, True)]
    if "-" in rest:
        first, _, last = rest.partition("-")
        return [(code, _day(first.strip()), _day(last.strip()), True)]
    return [(code, None, None, False)]


def _day(text: str) -> dt.date:
    """A YYYYMMDD or YYMMDD date (YY 00-30 is 20YY, as in TABARI)."""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) <= 7:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _code_on(codes: list[Restriction], day: dt.date) -> str:
    for code, start, end, restricted in codes:
        if restricted and (start is None or start <= day) and (end is None or day <= end):
            return code
    return next((code for code, _, _, restricted in codes if not restricted), UNKNOWN)


def _agent_entries(path: Path, skipped: list[str]) -> Iterator[tuple[str, str]]:
    """Each agent phrase (plurals and substitutions made) with its ``~CODE``."""
    sets: dict[str, list[str]] = {}
    for line in _clean_lines(path):
        defined = _SET.match(line.strip())
        if defined:
            sets[defined.group(1)] = [w.strip() for w in defined.group(2).split(",")]
            continue
        head, _, rest = line.partition("[")
        code = rest.partition("]")[0].replace(" ", "")
        if not code.startswith("~"):
            skipped.append(f"{head.strip()} [{code}]: agent code set before the actor's")
            continue
        phrase, _, plural = head.partition("{")
        phrase = phrase.strip()
        marker = re.search(r"!([A-Z]+)!", phrase)
        if marker:  # every member of the set, no plural made
            yield from ((phrase.replace(marker.group(0), s), code) for s in sets[marker.group(1)])
            continue
        yield phrase, code
        plural = plural.partition("}")[0].strip() if "{" in head else _plural(phrase)
        if plural:
            yield plural, code


def _plural(phrase: str) -> str:
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"
