"""The document structure the inspection components read: each block with its headings, box and lead-in."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from ..parsers.document import Block

# a footnote reference left after a sentence's last punctuation ("without delay. 3")
_FOOTNOTE_NUMBER = re.compile(r"^\d{1,2}$")
_SENT_KEY = "reportmine_layout_sentences"
_TEXT_KEY = "reportmine_layout_text"
# a cross-reference closing a statement that a summary repeats: "(2.4)", "(paragraph 3.12)", "(see 2.4)"
_PARAGRAPH_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?(?:para(?:graph)?s?\.?\s*)?\d+(?:\.\d+)+\)\.?$", re.IGNORECASE
)


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
    return (
        label is not None
        and block.kind == "paragraph"
        and len(block.text) < 60
        and bool(label.match(block.text))
    )


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
            pseudo = Block(
                kind="heading",
                text=block.text,
                start=block.start,
                end=block.end,
                page=block.page,
                level=level,
                attrs={**block.attrs, "pseudo": True},
            )
            trail = [h for h in trail if (h.level or 1) < level] + [pseudo]
    return placed


def text_span(doc: Doc, start: int, end: int, label: str | None = None) -> Span | None:
    """The token span covering text[start:end], without edge whitespace or a footnote number left after the last word."""
    span = doc.char_span(start, end, label=label or "", alignment_mode="expand")
    if span is None:
        return None
    a, b = span.start, span.end
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if (
        b - a > 3
        and _FOOTNOTE_NUMBER.match(doc[b - 1].text)
        and doc[b - 2].is_punct
        and not doc[b - 2].whitespace_
    ):
        b -= 1
    return Span(doc, a, b, label=label or "") if b > a else None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text again on each access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_TEXT_KEY] = cached
    return cached[1]


def sentences_of(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences that start inside text[start:end] (the Doc's sentences are listed once, then bisected)."""
    if not doc.has_annotation("SENT_START"):
        span = doc.char_span(start, end, alignment_mode="expand")
        return [span] if span is not None else []  # no parser or sentencizer: the block is the unit
    starts, bounds = _sentence_index(doc)
    i = bisect_left(starts, start)
    out = []
    while i < len(bounds) and starts[i] < end:
        a, b, blank = bounds[i]
        if not blank:
            out.append(doc[a:b])  # only the Spans asked for are made
        i += 1
    return out


def _sentence_index(doc: Doc) -> tuple[list[int], list[tuple[int, int, bool]]]:
    cached = doc.user_data.get(_SENT_KEY)  # plain ints, so the Doc still serialises
    if cached is None or cached[0] != len(doc):
        starts, bounds = _sentences(doc)
        cached = (len(doc), starts, bounds)
        doc.user_data[_SENT_KEY] = cached
    return cached[1], cached[2]


def _sentences(doc: Doc) -> tuple[list[int], list[tuple[int, int, bool]]]:
    """Each sentence's (start token, end token, whether it is whitespace only), and the offset of its first
    word (a sentence may begin with the blank line that separates blocks), read from the Doc's arrays
    rather than from a Token object per token."""
    if not len(doc):
        return [], []
    sent_start, idx, is_space = doc.to_array([SENT_START, IDX, IS_SPACE]).T
    firsts = [0, *(numpy.flatnonzero(sent_start[1:] == 1) + 1).tolist()]  # as Doc.sents cuts them
    ends = [*firsts[1:], len(doc)]
    words = numpy.flatnonzero(is_space == 0)
    first_word = numpy.searchsorted(words, firsts).tolist()
    words_list, offsets = words.tolist(), idx.tolist()
    starts, bounds = [], []
    for a, b, w in zip(firsts, ends, first_word, strict=True):
        word = words_list[w] if w < len(words_list) else b
        blank = word >= b  # a sentence of whitespace only is never returned
        bounds.append((a, b, blank))
        starts.append(offsets[a] if blank else offsets[word])
    return starts, bounds


def block_start_token(doc: Doc) -> dict[int, int]:
    """Character offset of every token start -> token index (for quick block lookups)."""
    return {t.idx: t.i for t in doc}


def end_before_reference(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends once a closing paragraph reference ("... signed for. (2.4)") is left out."""
    match = _PARAGRAPH_REFERENCE.search(text, start, end)
    return match.start() if match and match.end() == end and match.start() > start else end


def statement_key(text: str) -> str:
    """What a statement says, for spotting a word-for-word repeat: its words in lower case, without a closing reference."""
    return " ".join(re.findall(r"\w+", _PARAGRAPH_REFERENCE.sub("", text.strip()).lower()))
