"""Inputs: files, folders (recursive, sorted), globs, and names that match nothing."""

from __future__ import annotations

from pathlib import Path

from dateline.errors import Reject
from dateline.model import Document

from .helpers import collect, docs, rejects


def _tree(root: Path) -> None:
    for rel in (
        "b.txt",
        "a.html",
        "sub/z.txt",
        "sub/deep/c.jsonl",
        "sub/.hidden.txt",
        ".dot/x.txt",
        "notes.md",
        "sub/image.png",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        body = '{"text": "t"}\n' if rel.endswith(".jsonl") else f"<p>{rel}</p>"
        path.write_text(body, encoding="utf-8")


def test_folder_is_walked_recursively_and_sorted(tmp_path: Path) -> None:
    _tree(tmp_path)
    paths = [d.source.path for d in docs(collect([str(tmp_path)]))]
    names = [str(Path(p).relative_to(tmp_path)) for p in paths]
    assert names == ["a.html", "b.txt", "sub/deep/c.jsonl", "sub/z.txt"]


def test_same_folder_same_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert collect([str(tmp_path)]) == collect([str(tmp_path)])


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    _tree(tmp_path)
    (doc,) = collect([str(tmp_path / "notes.md")])
    assert isinstance(doc, Document)
    assert doc.kind == "html"


def test_glob_sorted_and_recursive(tmp_path: Path) -> None:
    _tree(tmp_path)
    items = collect([str(tmp_path / "**" / "*.txt")])
    names = [str(Path(d.source.path).relative_to(tmp_path)) for d in docs(items)]
    assert names == ["b.txt", "sub/z.txt"]


def test_no_match(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    pattern = str(tmp_path / "*.warc")
    (tmp_path / "empty").mkdir()
    items = collect([missing, pattern, str(tmp_path / "empty")])
    assert [r.code for r in rejects(items)] == ["DL-SRC-011"] * 3
    assert [r.path for r in rejects(items)] == [missing, pattern, str(tmp_path / "empty")]


def test_bad_input_does_not_stop_the_stream(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("story", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    items = collect(
        [str(tmp_path / "missing.txt"), str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")]
    )
    assert [type(x) for x in items] == [Reject, Reject, Document]
