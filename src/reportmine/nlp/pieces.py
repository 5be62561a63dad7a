"""Long documents through the statistical model in pieces, then every rule component over the whole.

spaCy refuses texts over ``nlp.max_length`` and its parser's memory grows with the text, so a long
document (a 450-page annual report, a 200 MB text) is cut into pieces at block starts (a heading
when one is near, never inside a block unless the block alone is too long, and then after a
sentence). Each piece is tokenised, tagged, parsed and given entities with some text of its
neighbours around it, so the model sees the same context as in the whole document, and only the
piece's own tokens are kept. The pieces are joined into one Doc of the whole text, and
reportmine's rule components run over that Doc once: offsets, pages, people merged across the
document, recommendation numbers and outcomes are decided exactly as for a short document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..metadata import DocumentInfo, describe
from ..parsers import Block, ParsedDocument

#: characters of neighbouring text the model sees on each side of a piece
CONTEXT = 300
# a sentence's end inside an over-long block: closing punctuation, then space, then a capital
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s+(?=[A-Z0-9\"“‘(])")


def is_long(parsed: ParsedDocument, piece_chars: int) -> bool:
    """Whether a document goes through the model in pieces."""
    return bool(piece_chars) and len(parsed.text) > piece_chars


def cut_points(text: str, blocks: list[Block], size: int) -> list[int]:
    """Offsets where the pieces after the first begin; each piece holds at most ``size`` characters."""
    starts = [b.start for b in blocks if b.start > 0]
    headings = {b.start for b in blocks if b.kind == "heading"}
    cuts: list[int] = []
    here, i = 0, 0
    while len(text) - here > size:
        limit = here + size
        while i < len(starts) and starts[i] <= here:
            i += 1
        j = i
        while j < len(starts) and starts[j] <= limit:
            j += 1
        inside = starts[i:j]
        if inside:  # the last block start that fits, or a heading in the piece's last quarter
            late = [s for s in inside if s in headings and s > here + size * 3 // 4]
            cut = late[-1] if late else inside[-1]
        else:
            cut = _inside_block(text, here, limit)
        cuts.append(cut)
        here = cut
    return cuts


def _inside_block(text: str, here: int, limit: int) -> int:
    """A cut in a block too long for one piece: after a sentence, else after a space, else where it must."""
    window = text[here + (limit - here) // 2 : limit]
    base = here + (limit - here) // 2
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        return base + ends[-1].end()
    boundary = _boundary_before(text, limit, here + 1)
    return boundary if boundary is not None else limit


def _boundary_before(text: str, pos: int, floor: int) -> int | None:
    """The last offset at or before ``pos`` (and after ``floor``) where a word starts after white space."""
    for q in range(min(pos, len(text) - 1), max(floor, 1) - 1, -1):
        if text[q - 1].isspace() and not text[q].isspace():
            return q
    return None


def _boundary_after(text: str, pos: int) -> int:
    for q in range(max(pos, 1), len(text)):
        if text[q - 1].isspace() and not text[q].isspace():
            return q
    return len(text)


def split_pipes(nlp: Language) -> tuple[list, list]:
    """The pipes run per piece (the model's, and what must precede it) and the rule pipes run on the whole.

    The whole-document pipes are the trailing reportmine components (those that read the
    model's annotations and decide document-level facts).
    """
    pipes = list(nlp.pipeline)
    split = len(pipes)
    while split > 0 and nlp.get_pipe_meta(pipes[split - 1][0]).factory.startswith("reportmine_"):
        split -= 1
    return pipes[:split], pipes[split:]


def _blocks_in(blocks: list[Block], start: int, end: int) -> list[Block]:
    return [replace(b, start=b.start - start, end=b.end - start) for b in blocks if start <= b.start < end]


def analyse_in_pieces(
    nlp: Language, parsed: ParsedDocument, piece_chars: int, info: DocumentInfo | None = None
) -> Doc:
    """Run ``nlp`` over a long document piece by piece; the Doc returned is as if it was run whole.

    ``info`` is the document's facts, which every piece carries (else :func:`~reportmine.metadata.describe`'s).
    """
    from .pipeline import set_document_facts

    text = parsed.text
    info = info or describe(parsed)
    size = max(1000, min(piece_chars, nlp.max_length - 4 * CONTEXT))
    per_piece, whole = split_pipes(nlp)
    bounds = [0, *cut_points(text, parsed.blocks, size), len(text)]
    parts: list[Doc] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        left = (_boundary_before(text, start - CONTEXT, 1) or 0) if start > CONTEXT else 0
        right = _boundary_after(text, end + CONTEXT) if end < len(text) else len(text)
        piece = nlp.make_doc(text[left:right])
        set_document_facts(piece, _blocks_in(parsed.blocks, left, right), parsed.format, info)
        for _, proc in per_piece:
            piece = proc(piece)
        first = next(t.i for t in piece if t.idx >= start - left)
        last = next((t.i for t in piece if t.idx >= end - left), len(piece))
        own = piece[first:last].as_doc()
        own.tensor = own.tensor[:0] if own.tensor is not None else own.tensor
        parts.append(own)
    # spaCy 3.8 takes exclude=, which its bundled stub does not list yet
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data", "spans"])  # type: ignore[call-arg]
    del parts
    if doc.text != text:  # pragma: no cover - tokenisation differed at a cut
        raise RuntimeError("pieces of a long document did not join back into its text")
    set_document_facts(doc, parsed.blocks, parsed.format, info)
    for _, proc in whole:
        doc = proc(doc)
    return doc
