"""The parsers' common output: clean text plus the blocks it is made of.

Every parser (PDF, HTML, plain text) returns a :class:`ParsedDocument`. Its
``text`` is the blocks' texts joined by a blank line, so ``text[b.start:b.end]``
is always ``b.text``; all later offsets point into this text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

BLOCK_SEPARATOR = "\n\n"
# Typeset PDFs often carry ligature glyphs ("ﬁndings"); words are matched, quoted and compared as letters.
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
# a paragraph number printed before a paragraph or in its margin ("3.12 The force ..."): a reference, not text
_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,2}\.\d{1,3})\s+(?=[A-Z(“\"‘'])")

#: Block kinds a parser may emit.
BLOCK_KINDS = ("heading", "paragraph", "list_item", "table", "footnote", "caption")


@dataclass
class Block:
    """One unit of document structure, with its place in the text."""

    kind: str
    text: str
    start: int = 0
    end: int = 0
    page: int | None = None
    level: int | None = None  # headings: 1 is a chapter
    marker: str | None = None  # list items: the printed number ("3") or None for bullets
    rows: list[list[str]] | None = None  # tables: rows of cell texts
    note: str | None = None  # footnotes: the footnote's own label ("5")
    page_end: int | None = None  # last page the block runs onto, where it crosses a break
    attrs: dict[str, Any] = field(default_factory=dict)  # parser-specific hints (e.g. "box": True)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "page": self.page,
        }
        for key in ("level", "marker", "rows", "note", "page_end"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.attrs:
            data["attrs"] = self.attrs
        return data


@dataclass
class Metadata:
    """What the source says about itself (not what the NLP infers)."""

    title: str | None = None
    published: str | None = None  # ISO date, month or year
    author: str | None = None
    site_name: str | None = None
    description: str | None = None
    page_type: str | None = None  # e.g. og:type "article", JSON-LD "NewsArticle"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ParsedDocument:
    """A document reduced to clean text and structure; no NLP yet."""

    source: str
    id: str
    format: str  # "pdf" | "html" | "text"
    text: str
    blocks: list[Block]
    metadata: Metadata = field(default_factory=Metadata)
    pages: int | None = None

    def sections(self) -> list[dict[str, Any]]:
        """Headings as contract ``sections``: each runs to the next heading of its level or above."""
        headings = [b for b in self.blocks if b.kind == "heading"]
        out = []
        for i, h in enumerate(headings):
            level = h.level or 1
            end = len(self.text)
            for nxt in headings[i + 1 :]:
                if (nxt.level or 1) <= level:
                    end = nxt.start
                    break
            out.append({"heading": h.text, "level": level, "start": h.start, "end": end, "page": h.page})
        return out


def split_paragraph_number(text: str) -> tuple[str | None, str]:
    """A paragraph's printed number ("3.12") and its text without it; (None, text) when it has none."""
    match = _PARAGRAPH_NUMBER.match(text)
    return (match.group(1), text[match.end() :]) if match else (None, text)


def document_id(data: bytes) -> str:
    """The contract's stable id: sha256 of the file bytes, first 16 hex characters."""
    return hashlib.sha256(data).hexdigest()[:16]


def assemble(blocks: Iterable[Block]) -> tuple[str, list[Block]]:
    """Join block texts with blank lines and set each block's offsets.

    Parsers hand in clean block text: one line for prose (a table's rows are
    separated by newlines, its cells by tabs). Empty blocks are dropped and
    ligature glyphs are spelt out.
    """
    parts: list[str] = []
    kept: list[Block] = []
    pos = 0
    for block in blocks:
        text = block.text.translate(_LIGATURES).strip()
        if not text:
            continue
        if block.rows:
            block.rows = [[cell.translate(_LIGATURES) for cell in row] for row in block.rows]
        if parts:
            pos += len(BLOCK_SEPARATOR)
        block.text = text
        block.start = pos
        block.end = pos + len(text)
        parts.append(text)
        kept.append(block)
        pos = block.end
    return BLOCK_SEPARATOR.join(parts), kept


def build(
    source: str,
    data: bytes,
    fmt: str,
    blocks: Iterable[Block],
    metadata: Metadata | None = None,
    pages: int | None = None,
) -> ParsedDocument:
    """Make a ParsedDocument from a parser's blocks (the one way parsers finish)."""
    text, kept = assemble(blocks)
    return ParsedDocument(
        source=source,
        id=document_id(data),
        format=fmt,
        text=text,
        blocks=kept,
        metadata=metadata or Metadata(),
        pages=pages,
    )
