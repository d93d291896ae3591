"""Build ``gold.jsonl`` from the annotated articles in ``articles.txt`` and check it.

    .venv/bin/python benchmarks/quotes-gold/build_gold.py [--check]

``articles.txt`` holds one article per ``### doc-id`` header; each following non-blank
line is a paragraph (paragraphs are joined by a blank line). Attributions are marked
inline with numbered tags, one number per attribution within the article:
``<s1>`` source, ``<c1>`` cue, ``<q1>`` content; a role may be marked more than once
(a discontinuous quote) and tags of different attributions may nest. The script
strips the tags, records each fragment as ``[start, end, text]`` in the format of
``shared/eval/eval_quotes.py``, and verifies ``text[start:end] == text`` for every
fragment, that every attribution has content, and that each article has 6-12
sentences. With ``--check`` it only verifies that ``gold.jsonl`` is up to date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = (6, 12)  # the sentences an article of this set may have
_TAG = re.compile(r"<(/?)([scq])(\d+)>")
_ROLES = {"s": "source", "c": "cue", "q": "content"}
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s|$)")
_DOUBLE = set('"“”«»„')


def parse_article(body: str) -> tuple[str, list[dict[str, list[list[object]]]]]:
    """Return the plain text of one article and its attributions, in number order."""
    marked = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    text: list[str] = []
    length = 0
    opened: dict[tuple[str, str], int] = {}
    atts: dict[int, dict[str, list[list[object]]]] = {}
    pos = 0
    for m in _TAG.finditer(marked):
        text.append(marked[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, role, num = m.group(1), m.group(2), m.group(3)
        if not closing:
            if (role, num) in opened:
                raise ValueError(f"<{role}{num}> opened twice")
            opened[(role, num)] = length
            continue
        start = opened.pop((role, num))
        att = atts.setdefault(int(num), {"source": [], "cue": [], "content": []})
        att[_ROLES[role]].append([start, length, ""])
    text.append(marked[pos:])
    if opened:
        raise ValueError(f"tags left open: {sorted(opened)}")
    plain = "".join(text)
    for att in atts.values():
        for frags in att.values():
            for frag in frags:
                start, end = int(str(frag[0])), int(str(frag[1]))
                frag[2] = plain[start:end]
    return plain, [atts[k] for k in sorted(atts)]


def kind_of(att: dict[str, list[list[object]]]) -> str:
    """direct (content in quote marks), mixed (quoted words inside) or indirect."""
    texts = [str(f[2]) for f in att["content"]]
    if all(t[:1] in _DOUBLE and t[-1:] in _DOUBLE for t in texts):
        return "direct"
    return "mixed" if any(_DOUBLE & set(t) for t in texts) else "indirect"


def check(
    doc_id: str,
    text: str,
    atts: list[dict[str, list[list[object]]]],
    sentence_range: tuple[int, int] = SENTENCES,
) -> None:
    """Raise ValueError on a fragment that does not point at its text, or a bad article."""
    for i, att in enumerate(atts, 1):
        if not att["content"]:
            raise ValueError(f"{doc_id}: attribution {i} has no content")
        for frags in att.values():
            for s, e, t in frags:
                if text[int(str(s)) : int(str(e))] != t or not str(t).strip():
                    raise ValueError(f"{doc_id}: fragment {s}-{e} {t!r} does not match")
                if str(t) != str(t).strip():
                    raise ValueError(f"{doc_id}: fragment {t!r} has spaces at an end")
    sentences = len(_SENTENCE_END.findall(text))
    low, high = sentence_range
    if not low <= sentences <= high:
        raise ValueError(f"{doc_id}: {sentences} sentences (want {low}-{high})")


def build(folder: Path = HERE, sentence_range: tuple[int, int] = SENTENCES) -> list[str]:
    """Return the gold JSONL lines of ``folder/articles.txt``, checked."""
    source = folder / "articles.txt"
    chunks = re.split(r"^### ", source.read_text(encoding="utf-8"), flags=re.M)[1:]
    lines, kinds, ids = [], Counter[str](), set()
    for chunk in chunks:
        header, _, body = chunk.partition("\n")
        doc_id = header.split("|")[0].strip()
        if doc_id in ids:
            raise ValueError(f"{doc_id}: duplicate id")
        ids.add(doc_id)
        text, atts = parse_article(body)
        check(doc_id, text, atts, sentence_range)
        kinds.update(kind_of(a) for a in atts)
        record = {"doc_id": doc_id, "text": text, "attributions": atts}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    total = sum(kinds.values())
    share = ", ".join(f"{k} {n} ({100 * n / total:.0f}%)" for k, n in sorted(kinds.items()))
    print(f"{len(lines)} articles, {total} attributions: {share}", file=sys.stderr)
    return lines


def main(folder: Path = HERE, sentence_range: tuple[int, int] = SENTENCES) -> int:
    """Build (or with --check, verify) ``folder/gold.jsonl``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if gold.jsonl is stale")
    args = ap.parse_args()
    body = "\n".join(build(folder, sentence_range)) + "\n"
    gold = folder / "gold.jsonl"
    if args.check:
        if gold.read_text(encoding="utf-8") != body:
            print("gold.jsonl is out of date: run build_gold.py", file=sys.stderr)
            return 1
        return 0
    gold.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
