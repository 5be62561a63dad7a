"""Quotations in a text: quote marks paired within a paragraph, before anyone is said to speak them.

Curly or straight, double or single marks; a quote inside another is part of it. A paragraph that
opens a quote and never closes it is one paragraph of a multi-paragraph quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from .layout import doc_text

OPENERS = '“"«„'
CLOSERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
# Single-mark quotations (the house style of some papers) share their marks with apostrophes, so they
# count only when they open a paragraph or follow "said:"/a comma, and close right after punctuation;
# an apostrophe inside is followed by a letter ("report's") or ends a plural ("officers' job").
# _SINGLE_OPEN: a paragraph of a multi-paragraph quotation, opened and never closed after punctuation.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=:\s)|(?<=:))[‘'](?=[A-Z])(?!.*[.,!?]['’](?:\s|$))")
_SINGLE = re.compile(
    r"(?:^|(?<=[:,]\s)|(?<=[:,]))['‘](?P<inner>[^'‘’\n]*?(?:(?:['’][a-z]|(?<=s)['’](?=[\s.,!?]))[^'‘’\n]*?)*[.,!?])['’](?=\s|$)"
)


@dataclass(frozen=True)
class QuoteMarks:
    """One quotation in the text: ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    closed: bool  # False: runs to the end of its paragraph (a multi-paragraph quotation)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of the words or phrases (longest first, any white space inside)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def paragraph_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each paragraph quotes are paired within: the parser's paragraphs, list items and
    captions, else the runs of lines between blank lines."""
    if doc._.blocks:
        return [(b.start, b.end) for b in doc._.blocks if b.kind in ("paragraph", "list_item", "caption")]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", doc_text(doc))]


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteMarks]:
    """Every quoted passage in ``text[start:end]`` (one paragraph), scare quotes included; a quote inside
    another is part of it."""
    end = len(text) if end is None else end
    found = []
    i = start
    while i < end:
        ch = text[i]
        straight_opener = ch == '"' and (i == start or text[i - 1].isspace() or text[i - 1] in "([—–-:;")
        if ch in OPENERS and (ch != '"' or straight_opener):
            closer = CLOSERS[ch]
            j = i + 1
            while j < end:
                c = text[j]
                if c == closer and (closer != '"' or j + 1 == end or not text[j + 1].isalnum()):
                    break
                if ch != '"' and c == ch and closer != ch:  # a new opening mark before any close: unclosed
                    j = end
                    break
                j += 1
            inner_start, inner_end = i + 1, min(j, end)
            found.append(QuoteMarks(inner_start, inner_end, j < end))
            i = j + 1
        else:
            i += 1
    singles = [
        QuoteMarks(start + m.start("inner"), start + m.end("inner"), True)
        for m in _SINGLE.finditer(text[start:end])
    ]
    opened = None if singles else _SINGLE_OPEN.search(text[start:end])
    if opened:
        singles = [
            QuoteMarks(start + opened.end(), end, False)
        ]  # a paragraph of a multi-paragraph single-mark quotation
    # quotes inside quotes ("‘... told me “...” ...’" or “... told me ‘...’ ...”) are part of the outer one
    marks = sorted(found + singles, key=lambda q: q.start)
    return [
        q
        for q in marks
        if not any(o is not q and o.start <= q.start - 1 and q.end + 1 <= o.end for o in marks)
    ]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved past white space at both ends and a comma at the end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def is_title(quoted: str) -> bool:
    """A quoted title ("In Harm's Way: The Role of the Police") rather than speech."""
    words = quoted.split()
    if quoted.rstrip()[-1:] in ".!?" or len(words) > 15:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) > 0.6
