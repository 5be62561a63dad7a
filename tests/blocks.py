"""Short documents built from blocks, run through the pipeline: the helpers rule tests share."""

from __future__ import annotations

from reportmine.nlp.pipeline import make_doc
from reportmine.parsers.document import Block, build


def run(nlp, blocks: list[Block], kind: str | None = None, published: str | None = "2019-03-14"):
    """The processed Doc of a document made of ``blocks``."""
    parsed = build("test", b"test", "text", blocks)
    return nlp(make_doc(nlp, parsed, published=published, kind=kind))


def H(text: str, level: int = 1) -> Block:
    return Block("heading", text, level=level)


def P(text: str) -> Block:
    return Block("paragraph", text)


def L(text: str, marker: str | None = None) -> Block:
    return Block("list_item", text, marker=marker)
