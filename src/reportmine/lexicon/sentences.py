"""The one sentence splitter for text without a parse: sentences and list items of a passage, by pattern.

A spaCy Doc has its sentences from the parser (kept from crossing blocks by ``reportmine_structure``); a
record read back from JSON Lines carries its text but no parse, so whatever reads records (``link/``)
splits it with this one rule: a sentence ends after ``.``, ``;``, ``:``, ``!`` or ``?`` (and any closing
quote or bracket) where the next one starts with a capital, a digit or an opening mark; a blank line, and a
line that starts a bullet or a numbered item, end one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SENTENCE_BREAK = re.compile(
    r"(?<=[.;:!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[•\-–*]|\s*\(?[0-9a-z]{1,2}[.)]\s)"
)


def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage (a light splitter: enough to find a restated recommendation)."""
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s and len(s.strip()) > 2]


def sentence_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) of each of :func:`sentences` of ``text``."""
    pos = 0
    for sentence in sentences(text):
        start = text.find(sentence, pos)
        start = pos if start < 0 else start
        yield start, start + len(sentence), sentence
        pos = start + len(sentence)
