"""PDF reports to :class:`ParsedDocument`: body text in reading order, furniture removed.

Characters and drawn paths come from pypdfium2 (fast, ~100 pages/s), and
tables are read from those same drawn edges and glyphs. Headings, lists,
footnotes, running headers and covers are told apart by typography and
position alone, so the same rules serve any publisher's layout.
"""

from __future__ import annotations

import gc
import re
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium

from ...errors import DocumentError
from ...lexicon.dates import FULL_MONTHS, MONTHS
from ..document import Block, Metadata, ParsedDocument, build, split_paragraph_number
from ..sniff import is_pdf
from .chars import Line, PageLayout, read_page
from .layout import (
    BAND,
    TableArea,
    Vocabulary,
    body_size,
    box_of,
    box_regions,
    drawn_edges,
    grid_tables,
    is_contents_page,
    is_cover,
    letterhead,
    ruled_tables,
    running_furniture,
    size_key,
    text_frame,
)
from .tables import PlumberTables, looks_like_grid

# a list item's printed label: "3." "3)" "(3)" "(c)" "c)" "(iv)"; the label without brackets is the block's marker
_NUMBERED = re.compile(r"^(?:\((\d{1,3}|[a-z]|[ivx]{1,4})\)|(\d{1,3})[.)]|([a-z])\))\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:][\"'’”)]*$")
_CLAUSE_END = re.compile(r"[.!?:;][\"'’”)]*$")  # a sentence or a list item closed with ";"
_MONTH_YEAR = re.compile(r"\b(" + "|".join(FULL_MONTHS) + r")\s+(\d{4})\b", re.I)
_PUBLISHED_MONTH_YEAR = re.compile(
    r"\b(?:published|publication)\b\D{0,20}?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?("
    + "|".join(FULL_MONTHS)
    + r")\s+(\d{4})\b",
    re.I,
)
_DAY_MONTH_YEAR = re.compile(
    r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(FULL_MONTHS) + r")\s+(\d{4})\s*$", re.I
)
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def parse_pdf(data: bytes, source: str = "<pdf>") -> ParsedDocument:
    """Parse PDF bytes into clean blocks; raises DocumentError with a one-line reason for bad files."""
    with collector_paused():
        return _parse(data, source)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a PDF is read. Reading makes an object per character
    (a 30-page report has some 80,000) and hardly a cycle (under one object per page), and the collector
    would walk them all again every few hundred made, and the whole heap at times: a fifth of the reading
    time with a model loaded beside it. What is made is freed by reference counting as usual, and
    collection resumes as it was (on, or off if the caller had it off), also when reading fails."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _parse(data: bytes, source: str) -> ParsedDocument:
    pdf = _open(data, source)
    try:
        try:
            layouts = [_lean(read_page(pdf, i)) for i in range(len(pdf))]
            info = _info(pdf)
        except DocumentError:
            raise
        except Exception as exc:  # noqa: BLE001 - pdfium fails in many ways on damaged files
            raise DocumentError(source, f"corrupt PDF: cannot read pages ({type(exc).__name__})") from None
    finally:
        pdf.close()
    if not any(p.lines for p in layouts):
        raise DocumentError(source, "no text layer (scanned PDF?)")
    try:
        blocks, meta = _Assembler(data, layouts, info).run()
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - never let a layout surprise escape as another type
        raise DocumentError(
            source, f"corrupt PDF: layout could not be read ({type(exc).__name__}: {exc})"
        ) from None
    return build(source, data, "pdf", blocks, meta, pages=len(layouts))


def _lean(page: PageLayout) -> PageLayout:
    """Let go of a page's glyphs unless its drawn edges could make a grid table, their only reader:
    a glyph is an object per character, so a 1,500-page report kept whole would hold millions."""
    horiz, vert = drawn_edges(page)
    if len(horiz) < 3 or len(vert) < 3:
        page.glyphs = []
    return page


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    """Open with pdfium, turning its errors into DocumentError reasons a person can act on."""
    if not is_pdf(data):
        raise DocumentError(source, "corrupt PDF: no PDF header")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise DocumentError(source, "encrypted PDF (password required)") from None
        raise DocumentError(source, f"corrupt PDF: {exc}") from None
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(source, f"corrupt PDF: {exc}") from None
    if len(pdf) == 0:
        pdf.close()
        raise DocumentError(source, "PDF has zero pages")
    return pdf


def _info(pdf: pdfium.PdfDocument) -> dict[str, str]:
    try:
        return {k: v for k, v in pdf.get_metadata_dict().items() if isinstance(v, str) and v.strip()}
    except Exception:  # noqa: BLE001 - a broken info dict only costs metadata
        return {}


@dataclass
class _Draft:
    """A block being built from lines."""

    kind: str
    lines: list[Line]
    page: int
    level: int | None = None
    marker: str | None = None
    note: str | None = None
    box: int | None = None
    indent: float = 0.0  # where continuation lines start
    rows: list[list[str]] | None = None
    page_end: int | None = None
    attrs: dict = field(default_factory=dict)

    @property
    def last(self) -> Line:
        return self.lines[-1]


class _Assembler:
    """Turns page layouts into blocks and metadata for one document."""

    def __init__(self, data: bytes, pages: list[PageLayout], info: dict[str, str]) -> None:
        self.data = data
        self.pages = pages
        self.info = info
        self.body = body_size(pages)
        self.left, self.right = text_frame(pages, self.body)
        self.width = max(self.right - self.left, 100.0)
        self.vocab = Vocabulary(ln.text for p in pages for ln in p.lines)
        self.leading = self._leading()
        self.meta_lines: list[str] = []
        self.plumber = PlumberTables(data)

    def _leading(self) -> float:
        """Usual distance between baselines of running text, to tell a paragraph gap from a line feed."""
        gaps: list[float] = []
        for page in self.pages:
            body = [ln for ln in page.lines if abs(ln.size - self.body) <= 0.3]
            for a, b in zip(body, body[1:]):
                d = b.base - a.base
                if 0.9 * self.body <= d <= 2.2 * self.body:
                    gaps.append(d)
        return statistics.median(gaps) if gaps else 1.25 * self.body

    # ------------------------------------------------------------ driver

    def run(self) -> tuple[list[Block], Metadata]:
        furniture = running_furniture(self.pages, self.body)
        drafts: list[_Draft] = []
        footnotes: list[_Draft] = []
        for page in self.pages:
            lines = [ln for ln in page.lines if id(ln) not in furniture]
            if not lines:
                continue
            has_furniture = len(lines) < len(page.lines)  # a cover carries no running head or folio
            if (
                page.number == 1
                and len(self.pages) > 2
                and not has_furniture
                and is_cover(page, self.body, self.width)
            ):
                self.meta_lines.extend(ln.text for ln in lines)
                self.cover = lines
                continue
            if is_contents_page(page):
                continue
            if page.number == 1:
                head = letterhead(lines, page, self.body)
                self.letterhead = head
                lines = [ln for ln in lines if all(ln is not h for h in head)]
            tables = grid_tables(page)
            if not tables and looks_like_grid(page):
                tables = self.plumber.tables(page.number)
            tables += ruled_tables(page, tables)
            page_drafts, page_notes = self._page_blocks(page, lines, tables)
            drafts.extend(page_drafts)
            footnotes.extend(page_notes)
        self.plumber.close()
        self._assign_levels(drafts)
        drafts = self._join_across_pages(drafts)
        blocks = [self._finish(d) for d in drafts + footnotes]
        return blocks, self._metadata(blocks)

    # ------------------------------------------------------------ one page

    def _page_blocks(
        self, page: PageLayout, lines: list[Line], tables: list[TableArea]
    ) -> tuple[list[_Draft], list[_Draft]]:
        def in_table(ln: Line) -> TableArea | None:
            cy = (ln.top + ln.bottom) / 2
            for t in tables:
                if t.top - 1 <= cy <= t.bottom + 1 and t.x0 - 5 <= ln.x0 <= t.x1 + 5:
                    return t
            return None

        boxes = box_regions(page, self.width)
        self._next = {id(a): b for a, b in zip(lines, lines[1:])}
        body_lines = [ln for ln in lines if ln.size >= 0.92 * self.body]
        last_body = max((ln.base for ln in body_lines), default=-1.0)
        drafts: list[_Draft] = []
        notes: list[_Draft] = []
        emitted: set[int] = set()
        cur: _Draft | None = None
        prev: Line | None = None
        for ln in lines:
            table = in_table(ln)
            if table is not None:
                if id(table) not in emitted:
                    emitted.add(id(table))
                    drafts.append(_Draft("table", [ln], page.number, rows=table.rows))
                cur, prev = None, None
                continue
            if ln.base > last_body and ln.size < 0.92 * self.body and (ln.top > 0.5 * page.height):
                number = re.match(r"^(\d{1,3})\s", ln.text)
                label = ln.lead_marker or (number.group(1) if number else None)
                open_note = bool(notes) and notes[-1].page == page.number
                if not label and not open_note and ln.top >= page.height * (1 - BAND):
                    continue  # unlabelled small print at the foot: a footer too rare to repeat
                if label or not open_note:
                    text_line = ln if ln.lead_marker or not label else _strip_label(ln, label)
                    notes.append(_Draft("footnote", [text_line], page.number, note=label))
                else:
                    notes[-1].lines.append(ln)
                continue
            box = box_of(ln, boxes)
            if cur is not None and not self._starts_block(cur, prev, ln, box):
                cur.lines.append(ln)
            else:
                cur = self._open_block(ln, page.number, box, prev, cur)
                drafts.append(cur)
            prev = ln
        return drafts, notes

    def _heading_like(self, ln: Line) -> bool:
        words = len(ln.text.split())
        if words > 25 or ln.bullet:
            return False
        if ln.size >= 1.12 * self.body:
            return True
        if not (ln.bold >= 0.9 and ln.size >= 0.93 * self.body):
            return False
        below = self._next.get(id(ln))  # a bold line set tight on the next (a signature) is not a heading
        return (
            below is None
            or below.base - ln.base > self.leading + 0.1 * self.body
            or below.size > ln.size + 0.3
        )

    def _open_block(
        self, ln: Line, page: int, box: int | None, prev: Line | None, before: _Draft | None = None
    ) -> _Draft:
        if self._heading_like(ln):
            return _Draft("heading", [ln], page, box=box, indent=ln.x0)
        if ln.bullet:
            return _Draft("list_item", [ln], page, box=box, indent=ln.text_x0)
        number = _NUMBERED.match(ln.text)
        if number and (
            prev is None
            or self._gap_before(prev, ln)
            or _SENTENCE_END.search(prev.text)
            or self._heading_like(prev)
            or (before is not None and before.kind == "list_item" and _next_in_list(before.marker, number))
        ):
            stripped = _strip_label(ln, number.group(0))
            return _Draft(
                "list_item",
                [stripped],
                page,
                marker=next(g for g in number.groups() if g),
                box=box,
                indent=ln.x0,
            )
        return _Draft("paragraph", [ln], page, box=box, indent=ln.x0)

    def _gap_before(self, prev: Line, ln: Line) -> bool:
        return ln.base - prev.base > 1.3 * self.leading * max(ln.size, prev.size) / self.body

    def _starts_block(self, cur: _Draft, prev: Line | None, ln: Line, box: int | None) -> bool:
        """Whether ``ln`` begins a new block rather than continuing ``cur``."""
        if prev is None or box != cur.box or ln.base <= prev.base:
            return True
        if cur.kind == "heading":
            same_style = abs(ln.size - prev.size) < 0.3 and abs(ln.bold - prev.bold) < 0.3
            return not (
                same_style
                and self._heading_like(ln)
                and ln.base - prev.base <= 1.6 * ln.size
                and ln.size > self.body + 0.3
            )
        if self._heading_like(ln) and (ln.size > self.body + 0.3 or not _continues(prev, ln)):
            return True
        if ln.bullet or abs(ln.size - prev.size) > 0.6 or self._gap_before(prev, ln):
            return True
        number = _NUMBERED.match(ln.text)
        if number and (
            _SENTENCE_END.search(prev.text) or (cur.kind == "list_item" and _next_in_list(cur.marker, number))
        ):
            return True  # "(2) agrees ..." after an item "(1) works ...;" that ended in a semicolon
        if cur.kind == "list_item":
            if ln.x0 >= cur.indent - 4:
                return False
            # a wrapped line set back to the margin goes on with the item when its last line stopped mid-sentence
            return not (ln.text[:1].islower() and not _CLAUSE_END.search(prev.text.rstrip()))
        if ln.x0 > prev.x0 + 8 and ln.x0 > self.left + 8 and cur.lines[0].x0 <= prev.x0:
            return True  # first-line indent of a new paragraph
        left, right = prev.column or (self.left, self.left + self.width)
        short = prev.x1 < left + 0.6 * (right - left)
        return short and (bool(_SENTENCE_END.search(prev.text)) or ln.text[:1].isupper())

    # ------------------------------------------------------------ whole document

    def _assign_levels(self, drafts: list[_Draft]) -> None:
        """Levels by size rank: larger sizes first, bold body-size headings below them."""
        sizes = sorted(
            {
                size_key(d.lines[0].size)
                for d in drafts
                if d.kind == "heading" and d.lines[0].size > self.body + 0.3
            },
            reverse=True,
        )
        rank = {s: i + 1 for i, s in enumerate(sizes)}
        for d in drafts:
            if d.kind == "heading":
                d.level = min(rank.get(size_key(d.lines[0].size), len(sizes) + 1), 3)

    def _join_across_pages(self, drafts: list[_Draft]) -> list[_Draft]:
        """A paragraph or list item cut by a page break becomes one block spanning both pages."""
        out: list[_Draft] = []
        for d in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None
                and d.kind == "paragraph"
                and prev.kind in ("paragraph", "list_item")
                and d.page == (prev.page_end or prev.page) + 1
                and self._continues_over_break(prev, d)
            ):
                prev.lines.extend(d.lines)
                prev.page_end = d.page
                continue
            out.append(d)
        return out

    def _continues_over_break(self, prev: _Draft, d: _Draft) -> bool:
        last = prev.last.text.rstrip()
        first = d.lines[0]
        ends = last.endswith("-") or not _CLAUSE_END.search(last)
        starts_low = first.text[:1].islower()
        if prev.kind == "list_item" and first.x0 < prev.indent - 4:
            return (
                ends and starts_low
            )  # set back to the margin: only a sentence running on continues the item
        return ends or starts_low

    def _finish(self, d: _Draft) -> Block:
        attrs = dict(d.attrs)
        if d.box is not None and d.kind != "table":
            attrs["box"] = True
        if d.kind == "table":
            rows = d.rows or []
            return Block(
                kind="table", text="\n".join("\t".join(r) for r in rows), page=d.page, rows=rows, attrs=attrs
            )
        text = self._unwrap(d.lines)
        page_end = d.page_end if d.page_end and d.page_end != d.page else None
        if d.kind == "footnote":
            return Block(kind="footnote", text=text, page=d.page, note=d.note, attrs=attrs)
        if d.kind == "paragraph":
            number, text = split_paragraph_number(text)
            if number:
                attrs["paragraph_number"] = number
        return Block(
            kind=d.kind,
            text=text,
            page=d.page,
            level=d.level,
            marker=d.marker,
            page_end=page_end,
            attrs=attrs,
        )

    def _unwrap(self, lines: list[Line]) -> str:
        """Join a block's lines into one line of text, rejoining words split at a line end."""
        text = ""
        for ln in lines:
            piece = " ".join(ln.text.split())
            if not text:
                text = piece
            elif re.search(r"[A-Za-z]-$", text) and piece[:1].isalpha():
                text = self.vocab.join(text, piece)
            elif text.endswith(("-", "/")) and not text.endswith(" -"):
                text += piece
            else:
                text += " " + piece
        return text

    # ------------------------------------------------------------ metadata

    def _metadata(self, blocks: list[Block]) -> Metadata:
        title = self.info.get("Title")
        cover = getattr(self, "cover", [])
        if not title and cover:
            biggest = max(ln.size for ln in cover)
            title = " ".join(ln.text for ln in cover if ln.size >= 0.8 * biggest and len(ln.text) > 3) or None
        if not title:
            first = next((b for b in blocks if b.kind == "heading"), None)
            title = first.text if first else None
        published = None
        # a cover can date the fieldwork too ("Inspected 6-17 March 2017. Published August 2017")
        found = [
            m
            for pattern in (_PUBLISHED_MONTH_YEAR, _MONTH_YEAR)
            for m in map(pattern.search, self.meta_lines)
            if m
        ]
        if found:
            published = f"{found[0].group(2)}-{MONTHS[found[0].group(1).lower()]:02d}"
        if published is None:  # a letter's own date line near the start of the body
            for b in blocks[:15]:
                m = _DAY_MONTH_YEAR.match(b.text)
                if m and b.kind == "paragraph":
                    # a letter is signed before it is published: keep the month, record the day apart
                    published = f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}"
                    self.date_line = f"{published}-{int(m.group(1)):02d}"
                    break
        if published is None:
            m = _PDF_DATE.match(self.info.get("CreationDate", ""))
            if m:
                published = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
        extra: dict[str, Any] = {}
        if self.meta_lines:
            extra["cover"] = self.meta_lines
        if getattr(self, "date_line", None):
            extra["date_line"] = self.date_line
        head = getattr(self, "letterhead", [])
        if head:
            extra["letterhead"] = [ln.text for ln in head]
        return Metadata(
            title=title,
            published=published,
            author=self.info.get("Author"),
            description=self.info.get("Subject"),
            extra=extra,
        )


def _continues(prev: Line, ln: Line) -> bool:
    """A bold body-size line still belongs to the paragraph above when that one did not end."""
    return not _SENTENCE_END.search(prev.text) and prev.bold < 0.5 and ln.text[:1].islower()


def _next_in_list(marker: str | None, number: re.Match[str]) -> bool:
    """Whether a line's printed number is the one after ``marker`` ("2" after "1", "b" after "a")."""
    label = next((g for g in number.groups() if g), None)
    if not marker or not label:
        return False
    if marker.isdigit() and label.isdigit():
        return int(label) == int(marker) + 1
    return len(marker) == len(label) == 1 and marker.isalpha() and ord(label) == ord(marker) + 1


def _strip_label(ln: Line, label: str) -> Line:
    """A copy of the line without its printed number (the block keeps it as marker or note)."""
    from dataclasses import replace

    text = ln.text[len(label) :].lstrip() if ln.text.startswith(label) else ln.text
    return replace(ln, text=text)


__all__ = ["parse_pdf"]
