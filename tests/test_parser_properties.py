"""Property-based tests of the parsers' entry points: any bytes give a consistent document or one clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_factory import text_pdf

from reportmine.errors import DocumentError
from reportmine.parsers import parse_bytes, sniff

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_pdf_cache: list[bytes] = []


def _base_pdf(tmp: Path) -> bytes:
    if not _pdf_cache:
        _pdf_cache.append(
            text_pdf(
                tmp / "base.pdf",
                ["We found that the force had improved.", "Chief Constable Jane Roe said so."],
            ).read_bytes()
        )
    return _pdf_cache[0]


def check(data: bytes) -> None:
    """The contract of parse_bytes: a document whose blocks index its text, or a DocumentError of one line."""
    try:
        parsed = parse_bytes(data, "fuzzed")
    except DocumentError as exc:
        assert exc.reason and "\n" not in exc.reason and "Traceback" not in exc.reason
        return
    assert parsed.text.strip() and parsed.format in ("pdf", "html", "text")
    for block in parsed.blocks:
        assert parsed.text[block.start : block.end] == block.text
    assert [b.start for b in parsed.blocks] == sorted(b.start for b in parsed.blocks)


markup = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<body>",
            "<p>",
            "</p>",
            "<div>",
            "<h1>",
            "</h1>",
            "<script>",
            "</script>",
            "<table><tr><td>",
            "<meta charset='utf-16'>",
            "<!--",
            "-->",
            "%PDF-1.7",
            "&amp;",
            "&#0;",
            "\x00",
            "\u202e",
            "\n\n",
            "\r",
        ]
    )
    | st.text(max_size=40),
    max_size=30,
).map("".join)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    assert sniff(data) in ("pdf", "html", "text", None)
    check(data)


@SETTINGS
@given(markup, st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_markup_and_text(text: str, encoding: str) -> None:
    check(text.encode(encoding, errors="replace"))


@SETTINGS
@given(st.data())
def test_mutated_pdf(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    base = bytearray(_base_pdf(tmp_path_factory.getbasetemp()))
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(base) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "dup"]))
        if action == "flip":
            base[pos] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del base[pos : pos + data.draw(st.integers(1, 200))]
        else:
            base[pos:pos] = base[pos : pos + data.draw(st.integers(1, 200))]
        if not base:
            break
    check(bytes(base))
