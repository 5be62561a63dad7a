"""A processed spaCy Doc (plus what the parser and metadata found) to a contract record."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from .model import (
    AreaForImprovement,
    DateMention,
    Document,
    Organisation,
    Outcome,
    Person,
    Quote,
    Recommendation,
    Section,
    Statement,
)
from .nlp.serialisation import as_lists
from .parsers import ParsedDocument


class PageIndex:
    """Page of any character offset, from the parser's blocks."""

    def __init__(self, parsed: ParsedDocument) -> None:
        blocks = sorted(parsed.blocks, key=lambda b: b.start)
        self._starts = [b.start for b in blocks]
        self._blocks = blocks

    def block_at(self, offset: int):
        i = bisect_right(self._starts, offset) - 1
        return self._blocks[i] if i >= 0 else None

    def page(self, offset: int) -> int | None:
        block = self.block_at(offset)
        return block.page if block is not None else None

    def page_end(self, start: int, end: int) -> int | None:
        """Last page of a span: the page of its last character (a block may cross a page break)."""
        block = self.block_at(max(start, end - 1))
        if block is None:
            return None
        if block.page_end and block.page_end != block.page:
            # a block that crosses a break: assume the break falls in proportion to the text
            return block.page_end if end - block.start > (block.end - block.start) * 0.5 else block.page
        return block.page


def _extra(span: Span) -> dict[str, Any]:
    return as_lists(dict(span._.extra or {}))


def _group(doc: Doc, name: str) -> list[Span]:
    return sorted(doc.spans[name], key=lambda s: s.start_char) if name in doc.spans else []


def _statements(doc: Doc, name: str, pages: PageIndex) -> list[Statement]:
    return [
        Statement(
            text=s.text, start=s.start_char, end=s.end_char, page=pages.page(s.start_char), extra=_extra(s)
        )
        for s in _group(doc, name)
    ]


def _recommendations(doc: Doc, pages: PageIndex) -> list[Recommendation]:
    out = []
    for i, s in enumerate(_group(doc, "recommendations"), start=1):
        out.append(
            Recommendation(
                number=s._.number if s._.number is not None else i,
                text=s.text,
                start=s.start_char,
                end=s.end_char,
                page=pages.page(s.start_char),
                deadline=s._.deadline,
                due=s._.due,
                addressee=s._.addressee,
                page_end=pages.page_end(s.start_char, s.end_char),
                extra=_extra(s),
            )
        )
    return out


def _areas_for_improvement(concerns: list[Statement]) -> list[AreaForImprovement]:
    """The concerns the findings component marks as areas for improvement, numbered by their position."""
    return [
        AreaForImprovement(
            number=c.extra["area_for_improvement"], text=c.text, start=c.start, end=c.end, page=c.page
        )
        for c in concerns
        if isinstance(c.extra.get("area_for_improvement"), int)
    ]


def _outcomes(doc: Doc, pages: PageIndex) -> list[Outcome]:
    out = []
    for s in _group(doc, "outcomes"):
        extra = _extra(s)
        area = extra.pop("area_for_improvement", None)
        out.append(
            Outcome(
                recommendation=s._.recommendation,
                status=s._.status or "unclear",
                text=s.text,
                start=s.start_char,
                end=s.end_char,
                page=pages.page(s.start_char),
                area_for_improvement=area,
                extra=extra,
            )
        )
    return out


def _dates(doc: Doc) -> list[DateMention]:
    out = []
    for s in _group(doc, "dates"):
        extra = _extra(s)
        if s._.is_duration:
            extra["duration"] = True
        out.append(
            DateMention(text=s.text, value=s._.date_value, start=s.start_char, end=s.end_char, extra=extra)
        )
    return out


def _quotes(doc: Doc) -> list[Quote]:
    return [
        Quote(speaker=s._.speaker, text=s.text, start=s.start_char, end=s.end_char, extra=_extra(s))
        for s in _group(doc, "quotes")
    ]


def to_document(doc: Doc, parsed: ParsedDocument) -> Document:
    """Assemble the contract record of one document: its facts (kind, title, published, force) as the Doc
    carries them, what the components found, and the parser's text, pages and sections."""
    pages = PageIndex(parsed)
    people: list[Person] = list(doc._.people or [])
    organisations: list[Organisation] = list(doc._.organisations or [])
    extra = as_lists(dict(doc._.extra or {}))  # a Doc read from a DocBin has tuples for lists
    concerns = _statements(doc, "concerns", pages)
    return Document(
        id=parsed.id,
        source=parsed.source,
        kind=doc._.kind or "other",
        title=doc._.title,
        published=doc._.published,
        force=doc._.force,
        pages=parsed.pages,
        text=parsed.text,
        sections=[Section(**s) for s in parsed.sections()],
        findings=_statements(doc, "findings", pages),
        concerns=concerns,
        recommendations=_recommendations(doc, pages),
        areas_for_improvement=_areas_for_improvement(concerns),
        outcomes=_outcomes(doc, pages),
        people=people,
        dates=_dates(doc),
        quotes=_quotes(doc),
        organisations=organisations,
        extra=extra,
    )
