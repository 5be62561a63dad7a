"""Sentences never run across the parser's blocks (heading, list item, footnote, ...)."""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions

extensions.register()


class BlockBoundaries:
    """Mark the first token of every block as a sentence start, before the parser runs.

    Without parser blocks (a Doc made from plain text), a blank line is a block break.
    """

    def __call__(self, doc: Doc) -> Doc:
        blocks = doc._.blocks
        if blocks:
            # read and written as arrays: a Token per token, and spaCy's check for a parse on each
            # token.is_sent_start set, each cost a pass over the whole document
            values = doc.to_array([IDX, SENT_START])
            first_token = dict(zip(values[:, 0].tolist(), range(len(doc))))
            for block in blocks:
                i = first_token.get(block.start)
                if i:
                    values[i, 1] = 1
            doc.from_array([SENT_START], values[:, 1:])  # type: ignore[arg-type]  # uint64, as to_array gives
        else:
            for token in doc[1:]:
                prev = doc[token.i - 1]
                if prev.is_space and prev.text.count("\n") >= 2 and not token.is_space:
                    token.is_sent_start = True
        return doc


@Language.factory("reportmine_structure", assigns=["token.is_sent_start"])
def make_block_boundaries(nlp: Language, name: str) -> BlockBoundaries:
    """Factory for :class:`BlockBoundaries` (registered for ``nlp.add_pipe``)."""
    return BlockBoundaries()
