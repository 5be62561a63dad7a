"""PDF pages as positioned text lines, read with pypdfium2 (fast) rather than pdfminer.

Each page becomes a list of :class:`Line` (text with its box, font size and
weight, superscript markers set aside) plus the drawn rules and rectangles
that later stages use for tables and boxes. Coordinates are top-down points.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: Glyphs that open a bullet item when they start a line and are followed by a gap.
LETTER_BULLETS = frozenset("o")
BULLET_GLYPHS = frozenset("•●▪■◦‣∙·○◆►➢✓❖")
DASH_GLYPHS = frozenset("–—-")
_MARKER_CHARS = re.compile(r"^[0-9*†‡§]+$")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ITALIC_NAME = re.compile(r"italic|oblique", re.I)
_FORCE_BOLD_FLAG = 1 << 18
_ITALIC_FLAG = 1 << 6
_X0, _X1, _BASE, _SIZE, _CH = (attrgetter(name) for name in ("x0", "x1", "base", "size", "ch"))
_BOLD, _ITALIC = attrgetter("bold"), attrgetter("italic")


@dataclass(slots=True)
class Glyph:
    ch: str
    x0: float
    x1: float
    base: float
    size: float
    bold: bool
    italic: bool
    space_before: bool = False


@dataclass
class Line:
    """One line (or one widely separated segment of a line) of text on a page."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    base: float
    size: float
    bold: float  # share of letters set in a bold face
    italic: float
    text: str
    markers: list[str] = field(default_factory=list)  # superscript note markers removed from the text
    lead_marker: str | None = None  # raised number opening the line (a footnote's own label)
    bullet: bool = False  # text starts after a bullet glyph (glyph removed)
    text_x0: float = 0.0  # where the text proper starts (after a bullet)
    bold_lead: str | None = None  # a bold run opening a non-bold line ("Good: ...")
    column: tuple[float, float] | None = (
        None  # left and right edge of its column, on a page set in two columns
    )


@dataclass
class Rect:
    x0: float
    top: float
    x1: float
    bottom: float
    filled: bool
    color: tuple[int, int, int] | None = None

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    rects: list[Rect]  # drawn areas (fills and frames) at least a few points each way
    rules: list[Rect]  # thin drawn lines, horizontal or vertical
    glyphs: list[Glyph] = field(default_factory=list)  # kept for reading table cells


class _FontCache:
    """Bold/italic per font name and flags, judged once per font, and remembered per text object
    (a text object has one font, and asking pdfium for its object is far cheaper than for its font)."""

    def __init__(self) -> None:
        self._by_font: dict[tuple[bytes, int], tuple[bool, bool]] = {}
        self._by_object: dict[int, tuple[bool, bool]] = {}
        self._buf = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._pflags = ctypes.byref(self._flags)
        self.by_object = self._by_object  # read in the character loop, before calling style()

    def style(self, textpage_raw, index: int, obj: int | None) -> tuple[bool, bool]:
        """The style of character ``index``, drawn by text object ``obj`` (pdfium's handle, or None)."""
        if obj is None:
            return self._font_style(textpage_raw, index)
        found = self._by_object.get(obj)
        if found is None:
            found = self._by_object[obj] = self._font_style(textpage_raw, index)
        return found

    def _font_style(self, textpage_raw, index: int) -> tuple[bool, bool]:
        pdfium_c.FPDFText_GetFontInfo(textpage_raw, index, self._buf, len(self._buf), self._pflags)
        key = (self._buf.value, self._flags.value)
        found = self._by_font.get(key)
        if found is None:
            name, flags = key[0].decode("latin-1", "replace"), key[1]
            weight = pdfium_c.FPDFText_GetFontWeight(textpage_raw, index)
            bold = bool(_BOLD_NAME.search(name)) or bool(flags & _FORCE_BOLD_FLAG) or weight >= 600
            italic = bool(_ITALIC_NAME.search(name)) or bool(flags & _ITALIC_FLAG)
            found = self._by_font[key] = (bold, italic)
        return found


@lru_cache(maxsize=1)
def _per_char_calls() -> tuple[Any, Any, Any, Any]:
    """pdfium's font size, character box, origin and text object calls without ctypes' argument
    conversion.

    They run for every character of every page; with pypdfium2's declared argument types each
    call costs about twice as long. The loop passes exactly the C types (a text page pointer, an
    int, pointers to doubles), so nothing is lost by skipping the checks.
    """

    def untyped(fn: Any, restype: Any) -> Any:
        fast = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
        fast.restype = restype
        return fast

    return (
        untyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double),
        untyped(pdfium_c.FPDFText_GetCharBox, ctypes.c_int),
        untyped(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int),
        untyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p),
    )


def read_runs(page: pdfium.PdfPage, height: float) -> tuple[list[Glyph], list[list[Glyph]]]:
    """Every drawn character of a page in content order (spaces folded into ``space_before``), and the
    same characters cut into runs wherever the size changes, the baseline jumps or the pen moves back,
    both made in the one pass over pdfium's characters."""
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        count = textpage.count_chars()
        if count <= 0:
            return [], []
        text = textpage.get_text_range(0, count)
        fonts = _FontCache()
        l, r, b, t, ox, oy = (ctypes.c_double() for _ in range(6))  # noqa: E741 (pdfium's left/right/bottom/top)
        pl, pr, pb, pt, pox, poy = (ctypes.byref(v) for v in (l, r, b, t, ox, oy))
        glyphs: list[Glyph] = []
        append = glyphs.append
        runs: list[list[Glyph]] = []
        run: list[Glyph] = []
        font_size, char_box, char_origin, text_object = _per_char_calls()
        style, by_object = fonts.style, fonts.by_object
        pending_space = False
        last_size, bold, italic = -1.0, False, False
        # the previous glyph's size, baseline, left and right edge, for cutting runs
        p_size, p_base, p_x0, p_x1 = -1.0, 0.0, 0.0, 0.0
        for i, ch in enumerate(text[:count]):
            if ch.isspace() or ch == "\x00":  # line breaks too
                pending_space = True
                continue
            if ch == "\ufffe" or ch == "\x02":  # soft hyphen marks from pdfium
                ch = "-"
            size = font_size(raw, i)
            if size <= 0.5:
                continue
            char_box(raw, i, pl, pr, pb, pt)
            char_origin(raw, i, pox, poy)
            if pending_space or size != last_size or not glyphs:
                obj = text_object(raw, i)
                bold, italic = by_object.get(obj) or style(raw, i, obj)
                last_size = size
            x = ox.value
            right = r.value
            if right < x:
                right = x
            base = height - oy.value
            glyph = Glyph(ch, x, right, base, size, bold, italic, pending_space)
            append(glyph)
            if not (  # the rule of _runs, on values at hand
                size == p_size
                and abs(base - p_base) <= 0.15 * size
                and x >= p_x0 - 0.5 * size
                and x - p_x1 <= 2.5 * size
            ):
                run = []
                runs.append(run)
            run.append(glyph)
            p_size, p_base, p_x0, p_x1 = size, base, x, right
            pending_space = False
        return glyphs, runs
    finally:
        textpage.close()


def _path_objects(container: Any, in_form: bool = False, level: int = 0) -> Iterator[Any]:
    """pdfium's handles of the vector paths of a page (``container``) and of the form objects it
    draws, four levels down. Handles, not pypdfium2's object wrappers: a page has an object per run
    of text too, and wrapping each only to pass it over cost a fifth of reading a boxed page."""
    count, get = (
        (pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject)
        if in_form
        else (pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject)
    )
    total = count(container)
    if total < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for i in range(total):
        obj = get(container, i)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < 3:
            yield from _path_objects(obj, True, level + 1)


def read_paths(page: pdfium.PdfPage, height: float) -> tuple[list[Rect], list[Rect]]:
    """Drawn rectangles and rules of a page (vector paths only)."""
    rects: list[Rect] = []
    rules: list[Rect] = []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    cr, cg, cb, ca = (ctypes.c_uint() for _ in range(4))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for obj in _path_objects(page.raw):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue  # a malformed path is simply not a rule
        pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        filled = fill_mode.value != 0
        color = None
        if filled and pdfium_c.FPDFPageObj_GetFillColor(obj, cr, cg, cb, ca):
            color = (cr.value, cg.value, cb.value)
        elif stroke.value and pdfium_c.FPDFPageObj_GetStrokeColor(obj, cr, cg, cb, ca):
            color = (cr.value, cg.value, cb.value)
        box = Rect(left.value, height - top.value, right.value, height - bottom.value, filled, color)
        if box.width <= 0 and box.height <= 0:
            continue
        if (box.height <= 3 and box.width >= 15) or (box.width <= 3 and box.height >= 15):
            rules.append(box)
        elif box.width > 8 and box.height > 8:
            if filled and color is not None and min(color) >= 250:
                continue  # white paint is background, not a box
            rects.append(box)
    return rects, rules


def group_lines(runs: list[list[Glyph]]) -> list[list[Glyph]]:
    """Runs of glyphs grouped into visual lines; raised small runs (superscripts) join the line they
    sit on. A run is a stretch of the content-order glyph stream cut wherever the size changes, the
    baseline jumps or the pen moves back (:func:`read_runs`), so a run keeps one size."""
    runs = sorted(runs, key=lambda run: (run[0].base, run[0].x0))
    lines: list[dict] = []
    for run in runs:
        size, base = run[0].size, run[0].base  # one size per run
        x0, x1 = run[0].x0, _right(run)
        target = None
        for line in reversed(lines[-6:]):
            tol = 0.3 * min(size, line["size"])
            overlaps_x = x0 < line["x1"] - 0.5 and x1 > line["x0"] + 0.5
            if abs(line["base"] - base) <= tol and not overlaps_x:
                target = line
                break
        if target is None:
            lines.append({"base": base, "size": size, "x0": x0, "x1": x1, "glyphs": list(run)})
        else:
            target["glyphs"].extend(run)
            target["x0"], target["x1"] = min(target["x0"], x0), max(target["x1"], x1)
            target["size"] = max(target["size"], size)
    # superscripts: a small raised line sitting within a bigger line just below it
    merged: list[dict] = []
    for line in lines:
        host = None
        for other in lines:
            if other is line or other["size"] < line["size"] / 0.85:
                continue
            rise = other["base"] - line["base"]
            if (
                0.1 * other["size"] < rise <= 0.6 * other["size"]
                and line["x0"] >= other["x0"] - 2 * other["size"]
                and line["x1"] <= other["x1"] + 3 * other["size"]
            ):
                host = other
                break
        if host is None:
            merged.append(line)
        else:
            host["glyphs"].extend(line["glyphs"])
            host["x0"], host["x1"] = min(host["x0"], line["x0"]), max(host["x1"], line["x1"])
    return [sorted(line["glyphs"], key=_X0) for line in merged if line["glyphs"]]


def _right(glyphs: list[Glyph]) -> float:
    """The rightmost edge of some glyphs."""
    return max(map(_X1, glyphs))


def _split_segments(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Cut a line where a gap is far wider than a word space (columns, table cells, letterheads)."""
    current = [glyphs[0]]
    segments: list[list[Glyph]] = [current]
    prev = glyphs[0]
    for g in glyphs[1:]:
        gap = g.x0 - prev.x1
        if gap > 24.0 and gap > 3.0 * (g.size if g.size > prev.size else prev.size):
            current = []
            segments.append(current)
        current.append(g)
        prev = g
    return segments


def join_glyphs(glyphs: list[Glyph]) -> str:
    """Plain text of glyphs on one line (sorted by x), with spaces where the gaps are."""
    out: list[str] = []
    prev: Glyph | None = None
    for g in glyphs:
        if prev is not None and (g.space_before or g.x0 - prev.x1 > 0.2 * g.size):
            out.append(" ")
        out.append(g.ch)
        prev = g
    return "".join(out).strip()


def make_line(glyphs: list[Glyph], page: int) -> Line | None:
    """Build a :class:`Line` from one segment's glyphs (sorted by x)."""
    first_size = glyphs[0].size
    if all(g.size == first_size for g in glyphs):
        return _one_size_line(glyphs, page)
    sizes = Counter(map(_SIZE, glyphs))
    size = max(s for s, n in sizes.items() if n >= 0.5 * max(sizes.values()) or n >= 3)
    base = Counter(g.base for g in glyphs if g.size == size).most_common(1)[0][0]
    parts: list[str] = []
    markers: list[str] = []
    lead_marker = None
    sup_buf: list[str] = []
    started = False
    prev: Glyph | None = None
    body: list[Glyph] = []  # the glyphs on the line proper, superscripts left out
    small, rise, gap = 0.85 * size, 0.12 * size, 0.2 * size
    for g in glyphs:
        if g.size < small and base - g.base > rise:  # raised: a superscript
            sup_buf.append(g.ch)
            prev = g
            continue
        body.append(g)
        if sup_buf:
            label = "".join(sup_buf)
            sup_buf = []
            if _MARKER_CHARS.match(label):
                if started:
                    markers.append(label)
                else:
                    lead_marker = label
            else:
                parts.append(label)
                started = True
        if started and prev is not None and (g.space_before or g.x0 - prev.x1 > gap):
            if parts and parts[-1] != " ":
                parts.append(" ")
        parts.append(g.ch)
        started = True
        prev = g
    if sup_buf:
        label = "".join(sup_buf)
        if _MARKER_CHARS.match(label) and started:
            markers.append(label)
        elif _MARKER_CHARS.match(label):
            lead_marker = label
        else:
            parts.append(label)
    text = "".join(parts).strip()
    if not text:
        return None
    letters = bolds = italics = 0
    first = glyphs[0]
    top, bottom, right = first.base - first.size * 0.8, first.base + first.size * 0.2, first.x1
    for g in glyphs:  # one pass for the box and the share of bold and italic letters
        if g.ch.isalnum():
            letters += 1
            bolds += g.bold
            italics += g.italic
        if g.base - g.size * 0.8 < top:
            top = g.base - g.size * 0.8
        if g.base + g.size * 0.2 > bottom:
            bottom = g.base + g.size * 0.2
        if g.x1 > right:
            right = g.x1
    line = Line(
        page=page,
        x0=first.x0,
        x1=right,
        top=top,
        bottom=bottom,
        base=base,
        size=size,
        bold=bolds / letters if letters else 0.0,
        italic=italics / letters if letters else 0.0,
        text=text,
        markers=markers,
        lead_marker=lead_marker,
        text_x0=body[0].x0 if body else glyphs[0].x0,
    )
    _mark_bullet(line, body)
    _mark_bold_lead(line, body)
    return line


def _one_size_line(glyphs: list[Glyph], page: int) -> Line | None:
    """:func:`make_line` for the usual line whose glyphs share one size: nothing on it is raised
    as a superscript, so the text is the glyphs with spaces at the gaps, and the box and the shares
    of bold and italic letters come from whole columns of values."""
    first = glyphs[0]
    size = first.size
    gap = 0.2 * size
    parts = [first.ch]
    prev = first
    for g in glyphs[1:]:
        if g.space_before or g.x0 - prev.x1 > gap:
            parts.append(" ")
        parts.append(g.ch)
        prev = g
    text = "".join(parts).strip()
    if not text:
        return None
    bases = list(map(_BASE, glyphs))
    low, high = min(bases), max(bases)
    letter = list(map(str.isalnum, map(_CH, glyphs)))
    letters = sum(letter)
    line = Line(
        page=page,
        x0=first.x0,
        x1=max(map(_X1, glyphs)),
        top=low - size * 0.8,
        bottom=high + size * 0.2,
        base=low if low == high else Counter(bases).most_common(1)[0][0],  # one baseline, nearly always
        size=size,
        bold=sum(compress(map(_BOLD, glyphs), letter)) / letters if letters else 0.0,
        italic=sum(compress(map(_ITALIC, glyphs), letter)) / letters if letters else 0.0,
        text=text,
        text_x0=first.x0,
    )
    _mark_bullet(line, glyphs)
    _mark_bold_lead(line, glyphs)
    return line


def _is_bullet_glyph(ch: str) -> bool:
    return ch in BULLET_GLYPHS or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd"


def _mark_bullet(line: Line, body: list[Glyph]) -> None:
    """A line opening with a bullet glyph and a gap: drop the glyph, remember the indent."""
    if len(body) < 2:
        return
    first, second = body[0], body[1]
    gap = second.x0 - first.x1
    if _is_bullet_glyph(first.ch) and (second.space_before or gap > 0.15 * line.size):
        pass
    elif first.ch in DASH_GLYPHS and gap > 0.4 * line.size:
        pass
    elif first.ch in LETTER_BULLETS and gap > 0.8 * line.size:
        pass  # a letter set as a bullet (Word's "o" sub-bullet) stands well apart from the text
    else:
        return
    line.bullet = True
    line.text = line.text[1:].lstrip()
    line.text_x0 = second.x0


def _mark_bold_lead(line: Line, body: list[Glyph]) -> None:
    """Record a bold opening run ("Good:") on an otherwise regular line."""
    if not body or not body[0].bold or line.bold > 0.7:
        return
    lead: list[str] = []
    for g in body:
        if not g.bold:
            break
        if g.space_before and lead:
            lead.append(" ")
        lead.append(g.ch)
    line.bold_lead = "".join(lead).strip() or None


def _wide_gaps(glyphs: list[Glyph]) -> list[tuple[float, float]]:
    """Gaps on one line wider than any word space: where a column gutter may run."""
    gaps = []
    a = glyphs[0]
    for b in glyphs[1:]:
        gap = b.x0 - a.x1
        if gap > 9.0 and gap > 1.5 * (a.size if a.size > b.size else b.size):
            gaps.append((a.x1, b.x0))
        a = b
    return gaps


def column_gutter(lines: list[list[Glyph]], width: float) -> tuple[float, float, float] | None:
    """A gutter between two columns of text: (x, top base, bottom base), or None on a one-column page.

    The gutter is an x near the middle of the page that a run of consecutive lines never crosses,
    with at least four lines of text on each side of it, side by side, each side a column's width
    (not a table cell's).
    """
    if len(lines) < 8:
        return None
    rows = sorted(lines, key=lambda gl: gl[0].base)
    spans = [(gl[0].x0, _right(gl), _wide_gaps(gl)) for gl in rows]
    lo, hi = 0.35 * width, 0.65 * width
    right_side = sum(1 for x0, _, gaps in spans if x0 >= lo or any(a < hi and b > lo for a, b in gaps))
    if right_side < 4:
        return None  # one column: hardly any line starts, or breaks off, beyond the middle
    best: tuple[int, float, float, float] | None = None

    def close(x: float, run: list[int]) -> None:
        nonlocal best
        if len(run) < 4:
            return  # each side needs four of the run's lines
        left = [i for i in run if spans[i][1] <= x or any(a < x < b for a, b in spans[i][2])]
        right = [i for i in run if spans[i][0] >= x or any(a < x < b for a, b in spans[i][2])]
        if min(len(left), len(right)) < 4:
            return
        top, bottom = (
            max(rows[left[0]][0].base, rows[right[0]][0].base),
            min(rows[left[-1]][0].base, rows[right[-1]][0].base),
        )
        shorter = min(
            rows[left[-1]][0].base - rows[left[0]][0].base, rows[right[-1]][0].base - rows[right[0]][0].base
        )
        side_by_side = bottom - top >= 0.5 * shorter
        wide = min(x - min(spans[i][0] for i in left), max(spans[i][1] for i in right) - x) >= 0.25 * width
        score = min(len(left), len(right))
        if side_by_side and wide and (best is None or score > best[0]):
            best = (score, x, rows[run[0]][0].base, rows[run[-1]][0].base)

    for x in range(int(lo), int(hi), 2):
        run: list[int] = []
        for i, (x0, x1, gaps) in enumerate(spans):
            if x0 < x < x1 and not (gaps and any(a < x < b for a, b in gaps)):  # most lines have no gap
                close(x, run)
                run = []
            else:
                run.append(i)
        close(x, run)
    return best[1:] if best else None


def page_lines(runs: list[list[Glyph]], page: int, width: float | None = None) -> list[Line]:
    """All lines and segments of a page in reading order: top to bottom, and column by column where
    part of the page is set in two columns (the left column is read before the right one)."""
    grouped = group_lines(runs)
    gutter = column_gutter(grouped, width) if width else None
    out: list[tuple[tuple[int, int], Line]] = []
    for line_glyphs in grouped:
        base = line_glyphs[0].base
        parts = [(0, line_glyphs)]
        band = 0
        if gutter is not None:
            x, top, bottom = gutter
            band = 0 if base < top - 0.5 else 2 if base > bottom + 0.5 else 1
            if band == 1:
                parts = [(col, [g for g in line_glyphs if (g.x0 >= x) == bool(col)]) for col in (0, 1)]
        for col, part in parts:
            for segment in _split_segments(part) if part else []:
                line = make_line(segment, page)
                if line is None:
                    continue
                out.append(((band, col if band == 1 else 0), line))
    for col in (0, 1):
        members = [line for key, line in out if key == (1, col)]
        if members:
            edges = (min(ln.x0 for ln in members), max(ln.x1 for ln in members))
            for line in members:
                line.column = edges
    out.sort(key=lambda item: (item[0], round(item[1].base, 0), item[1].x0))
    return [line for _, line in out]


def read_page(pdf: pdfium.PdfDocument, index: int) -> PageLayout:
    """Lines, rectangles and rules of one page."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        glyphs, runs = read_runs(page, height)
        rects, rules = read_paths(page, height)
        return PageLayout(index + 1, width, height, page_lines(runs, index + 1, width), rects, rules, glyphs)
    finally:
        page.close()
