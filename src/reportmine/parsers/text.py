"""Plain text: paragraphs are separated by blank lines; wrapped lines are joined."""

from __future__ import annotations

import re

from .document import Block, Metadata, ParsedDocument, build
from .encoding import decode

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*–-])\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")


def parse_text(data: bytes, source: str = "<text>") -> ParsedDocument:
    """Parse a plain-text file: blank-line paragraphs, bullet and numbered lines as list items."""
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        current: list[str] = []
        kind, marker = "paragraph", None

        def flush() -> None:
            if current:
                blocks.append(Block(kind=kind, text=" ".join(" ".join(current).split()), marker=marker))

        for line in lines:
            bullet = _BULLET.match(line)
            numbered = _NUMBERED.match(line)
            if bullet or (numbered and len(lines) > 1):
                flush()
                current = [line[bullet.end():] if bullet else line]
                kind, marker = "list_item", (numbered.group(1) if numbered and not bullet else None)
            else:
                current.append(line)
        flush()
    title = blocks[0].text if blocks and len(blocks[0].text) < 200 else None
    return build(source, data, "text", blocks, Metadata(title=title))
