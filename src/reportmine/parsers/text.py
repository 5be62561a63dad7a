"""Plain text: paragraphs are separated by blank lines; wrapped lines are joined; a header of
``key: value`` lines (date, title, author, source) at the top is metadata, not text."""

from __future__ import annotations

import re

from .document import Block, Metadata, ParsedDocument, build
from .encoding import decode
from .html.meta import parse_date

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*–-])\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
# "Date: 26 January 2017", "Title: ...": a saved article's header, one field a line
_HEADER = re.compile(
    r"^[ \t]*(date|published|updated|title|headline|author|byline|source|url|link)[ \t]*[:=][ \t]*(\S.*?)[ \t]*$",
    re.IGNORECASE,
)
# "date 2017-01-26" with no colon, glued to the lede: the page's date line as published, so it stays in the text
_BARE_DATE = re.compile(
    r"^[ \t]*(date|published|updated)[ \t]+(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+[ \t]+\d{4})\b[ \t]*",
    re.IGNORECASE,
)
# a statement, a list's lead-in or a clause ends like this; a headline or heading (even a question) does not
_CLAUSE_END = re.compile(r"[.…:;,][\"'”’)]?$")


def _header(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` lines at the very top of a file, and the text after them."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    taken = 0
    for line in lines:
        match = _HEADER.match(line)
        if match is None:
            bare = _BARE_DATE.match(line)
            if bare is not None:
                fields.setdefault(bare.group(1).lower(), bare.group(2))
                break
            if line.strip():
                break
            taken += 1
            continue
        fields.setdefault(match.group(1).lower(), match.group(2))
        taken += 1
    return (fields, "\n".join(lines[taken:])) if fields else ({}, text)


def reads_as_heading(text: str, limit: int = 160) -> bool:
    """Whether a line reads as a headline or heading: short, capitalised, not ending like a sentence or a lead-in."""
    text = text.strip()
    return 0 < len(text) < limit and (text[0].isupper() or text[0].isdigit()) and not _CLAUSE_END.search(text)


def _metadata(fields: dict[str, str]) -> Metadata:
    """Title, date and author from the header (without one, metadata.describe takes a headline-like first line)."""
    title = fields.get("title") or fields.get("headline")
    stamp = fields.get("published") or fields.get("date") or fields.get("updated")
    return Metadata(
        title=title,
        published=parse_date(stamp),
        author=fields.get("author") or fields.get("byline"),
        extra={"url": fields["url"]} if "url" in fields else {},
    )


def parse_text(data: bytes, source: str = "<text>") -> ParsedDocument:
    """Parse a plain-text file: blank-line paragraphs, bullet and numbered lines as list items."""
    fields, text = _header(decode(data).replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        current: list[str] = []
        kind, marker = "paragraph", None

        def flush() -> None:  # called only within this chunk's loop, so it reads this chunk's state
            if current:  # noqa: B023
                joined = " ".join(" ".join(current).split())  # noqa: B023
                blocks.append(Block(kind=kind, text=joined, marker=marker))  # noqa: B023

        for line in lines:
            bullet = _BULLET.match(line)
            numbered = _NUMBERED.match(line)
            if bullet or (numbered and len(lines) > 1):
                flush()
                current = [line[bullet.end() :] if bullet else line]
                kind, marker = "list_item", (numbered.group(1) if numbered and not bullet else None)
            else:
                current.append(line)
        flush()
        if (
            len(lines) == 1
            and blocks
            and blocks[-1].kind == "paragraph"
            and reads_as_heading(blocks[-1].text)
        ):
            blocks[-1].kind, blocks[-1].level = "heading", 1 if len(blocks) == 1 else 2
    return build(source, data, "text", blocks, _metadata(fields))
