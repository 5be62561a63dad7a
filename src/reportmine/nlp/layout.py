"""The document structure the inspection components read: each block with its headings, box and lead-in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..parsers.document import Block

# a footnote reference glued to the end of a sentence ("without delay.3")
_TRAILING_MARKER = re.compile(r"(?<=[.;:,)a-z])\d{1,2}$")


@dataclass
class Placed:
    """A block and where it sits: its open headings (outermost first) and the text that introduces it."""

    index: int
    block: Block
    headings: list[Block] = field(default_factory=list)
    lead: Block | None = None  # list items: the paragraph just before the list

    @property
    def kind(self) -> str:
        return self.block.kind

    @property
    def boxed(self) -> bool:
        return bool(self.block.attrs.get("box"))

    @property
    def heading(self) -> Block | None:
        return self.headings[-1] if self.headings else None


def _is_label(block: Block, label: re.Pattern[str] | None) -> bool:
    return label is not None and block.kind == "paragraph" and len(block.text) < 60 and bool(label.match(block.text))


def place_blocks(blocks: list[Block] | None, heading_like: re.Pattern[str] | None = None) -> list[Placed]:
    """Every block with its heading trail; short paragraphs matching ``heading_like`` count as minor headings.

    Web pages often print a box's title ("Grade: Good", "Area for improvement") as a bold paragraph
    where the PDF has a heading; ``heading_like`` lets a caller treat both alike.
    """
    placed: list[Placed] = []
    trail: list[Block] = []
    lead: Block | None = None
    for i, block in enumerate(blocks or []):
        if block.kind == "footnote":
            placed.append(Placed(i, block, [], None))
            continue
        if block.kind == "heading":
            level = block.level or 1
            trail = [h for h in trail if (h.level or 1) < level] + [block]
            lead = None
            placed.append(Placed(i, block, list(trail[:-1]), None))
            continue
        item = Placed(i, block, list(trail), lead if block.kind == "list_item" else None)
        placed.append(item)
        if block.kind != "list_item":
            lead = block
        if _is_label(block, heading_like):
            # a pseudo-heading one level below the innermost real heading
            level = ((trail[-1].level or 1) + 1) if trail else 1
            pseudo = Block(kind="heading", text=block.text, start=block.start, end=block.end, page=block.page, level=level, attrs={**block.attrs, "pseudo": True})
            trail = [h for h in trail if (h.level or 1) < level] + [pseudo]
    return placed


def text_span(doc: Doc, start: int, end: int, label: str | None = None) -> Span | None:
    """The token span covering text[start:end], trimmed of surrounding space and a glued footnote marker."""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    marker = _TRAILING_MARKER.search(text[start:end])
    if marker and end - start > 20:
        end = start + marker.start()
    if end <= start:
        return None
    return doc.char_span(start, end, label=label or "", alignment_mode="expand")


def sentences_of(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences that start inside text[start:end]."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    if not doc.has_annotation("SENT_START"):
        return [span]  # a pipeline without a parser or sentencizer: the block is the unit
    out = []
    for sent in span.sents:
        if sent.start_char >= start and sent.text.strip():
            out.append(sent)
    return out


def block_start_token(doc: Doc) -> dict[int, int]:
    """Character offset of every token start -> token index (for quick block lookups)."""
    return {t.idx: t.i for t in doc}
