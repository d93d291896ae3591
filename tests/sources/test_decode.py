"""Decoding: BOMs, declared charsets that lie, fallbacks, and never crashing."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.sources.decode import decode_bytes, looks_binary

from .helpers import FIXTURES

TEXT = "Genève — “quoted” café"


def test_bom_wins_over_meta() -> None:
    data = codecs.BOM_UTF16_LE + '<meta charset="cp1252"><p>Genève</p>'.encode("utf-16-le")
    assert decode_bytes(data, is_html=True) == '<meta charset="cp1252"><p>Genève</p>'


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode(), is_html=False) == TEXT


def test_meta_charset_is_honoured() -> None:
    html = (FIXTURES / "page-latin1.html").read_bytes()
    assert "GENÈVE" in decode_bytes(html, is_html=True)


def test_meta_charset_is_ignored_for_text() -> None:
    data = '<meta charset="koi8-r"> café'.encode()
    assert decode_bytes(data, is_html=False).endswith("café")


def test_wrong_meta_falls_through() -> None:
    html = (FIXTURES / "page-wrong-meta.html").read_bytes()
    assert "GENÈVE" in decode_bytes(html, is_html=True)


def test_nonsense_charset_is_ignored() -> None:
    html = (FIXTURES / "page-nonsense-charset.html").read_bytes()
    assert "GENÈVE" in decode_bytes(html, is_html=True)


def test_declared_http_charset_is_used_when_it_fits() -> None:
    data = "Привет, мир".encode("koi8-r")
    assert decode_bytes(data, declared="koi8-r", is_html=False) == "Привет, мир"


def test_declared_charset_that_does_not_fit_is_ignored() -> None:
    assert decode_bytes(TEXT.encode(), declared="ascii", is_html=False) == TEXT


def test_cp1252_without_any_hint() -> None:
    data = "Les négociations ont repris à Genève, a-t-on appris mercredi.".encode("cp1252")
    assert "Genève" in decode_bytes(data, is_html=False)


def test_utf16_meta_in_ascii_bytes_is_not_utf16() -> None:
    data = b'<meta charset="utf-16"><p>plain ascii</p>'
    assert decode_bytes(data, is_html=True) == data.decode()


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"\x89PNG\r\n\x1a\n....", True),
        (b"%PDF-1.7 ...", True),
        (b"PK\x03\x04 zip", True),
        (b"text with a \x00 NUL", True),
        (codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), False),
        (b"<html>plain</html>", False),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


@given(st.binary(max_size=2048), st.booleans(), st.sampled_from([None, "utf-8", "foo", "utf-16"]))
def test_decode_never_raises_except_value_error(
    data: bytes, is_html: bool, declared: str | None
) -> None:
    try:
        text = decode_bytes(data, declared=declared, is_html=is_html)
    except ValueError:
        return
    assert isinstance(text, str)


@given(st.text(max_size=500))
def test_utf8_text_round_trips(text: str) -> None:
    data = text.encode("utf-8")
    if any(data.startswith(bom) for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    assert decode_bytes(data, is_html=False) == text.removeprefix("\ufeff")
