"""Page-level layout judgements for the PDF parser: furniture, tables, boxes, hyphens.

Everything here works from geometry and typography (position, repetition,
font size, drawn rules), never from the wording of a particular publisher.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ...resources import resource_path
from .chars import Line, PageLayout, Rect, join_glyphs

#: Share of the page height, top and bottom, where running headers and footers live.
BAND = 0.11
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…+\s*\d+\s*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:#|[ivxlc]+)(?:\s*(?:of|/)\s*#)?$", re.I)
_ENDS_WITH_NUMBER = re.compile(r"\s\d{1,4}$")


def norm_key(text: str) -> str:
    """Text with digits and case folded away, for spotting lines that repeat from page to page."""
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def size_key(size: float) -> float:
    return round(size * 2) / 2


def body_size(pages: list[PageLayout]) -> float:
    """The most common font size, weighted by characters: the size of the running text."""
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            counts[size_key(line.size)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def in_band(line: Line, page: PageLayout) -> str | None:
    if line.bottom <= page.height * BAND:
        return "top"
    if line.top >= page.height * (1 - BAND):
        return "bottom"
    return None


def running_furniture(pages: list[PageLayout], body: float) -> set[int]:
    """ids of header/footer/page-number lines in the top and bottom bands.

    A band line is furniture when its digit-folded text recurs on at least half
    the pages, or on several pages in small print at the same height (chapter
    running heads); a lone page number ("7", "Page 7 of 9", "vii") always is.
    """
    with_text = [p for p in pages if p.lines]
    seen: dict[tuple[str, str], list[Line]] = {}
    for page in with_text:
        for line in page.lines:
            band = in_band(line, page)
            if band and _set_apart(line, page, band):
                seen.setdefault((band, norm_key(line.text)), []).append(line)
    out: set[int] = set()
    for (_band, key), lines in seen.items():
        pages_hit = len({ln.page for ln in lines})
        if _PAGE_NUMBER.match(key):
            out.update(id(ln) for ln in lines)
            continue
        if pages_hit < 2 or any(ln.size > 1.05 * body for ln in lines):
            continue  # running heads are not set larger than the text (a repeated "Chapter #" heading is)
        steady = max(ln.base for ln in lines) - min(ln.base for ln in lines) <= 3
        small = all(ln.size < 0.95 * body for ln in lines)
        if pages_hit >= 0.5 * len(with_text) or (
            steady and small and pages_hit >= max(2, 0.15 * len(with_text))
        ):
            out.update(id(ln) for ln in lines)
    return out


def _set_apart(line: Line, page: PageLayout, band: str) -> bool:
    """Running heads and folios stand clear of the text: no line sits at a normal line spacing beside them."""
    for other in page.lines:
        if other is line or in_band(other, page) == band:
            continue
        distance = other.base - line.base if band == "top" else line.base - other.base
        if 0 < distance <= 1.5 * max(line.size, other.size):
            return False
    return True


def is_contents_page(page: PageLayout) -> bool:
    """A table of contents: many lines with dotted leaders, or right-aligned page numbers."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    if not lines:
        return False
    leaders = sum(1 for ln in lines if _LEADER.search(ln.text))
    if leaders >= 3 or (leaders >= 2 and leaders >= 0.3 * len(lines)):
        return True
    numbered = [ln for ln in lines if _ENDS_WITH_NUMBER.search(ln.text)]
    if len(numbered) >= 5 and len(numbered) >= 0.6 * len(lines):
        right = Counter(round(ln.x1) for ln in numbered).most_common(1)[0][1]
        return right >= 0.8 * len(numbered)
    return False


def text_frame(pages: list[PageLayout], body: float) -> tuple[float, float]:
    """Left and right edges of the running text (most common line starts and ends at body size)."""
    lefts: Counter[int] = Counter()
    rights: Counter[int] = Counter()
    for page in pages:
        for line in page.lines:
            if abs(line.size - body) <= 0.6:
                lefts[round(line.x0)] += 1
                rights[round(line.x1)] += 1
    if not lefts:
        return 50.0, 550.0
    return float(lefts.most_common(1)[0][0]), float(
        max(r for r, n in rights.items() if n >= 0.2 * max(rights.values()))
    )


def is_cover(page: PageLayout, body: float, width: float) -> bool:
    """A cover: hardly any running text, mostly display type."""
    prose = [ln for ln in page.lines if abs(ln.size - body) <= 0.6 and ln.x1 - ln.x0 >= 0.6 * width]
    chars = sum(len(ln.text) for ln in page.lines)
    return len(prose) < 3 and chars < 700 and bool(page.lines)


def letterhead(lines: list[Line], page: PageLayout, body: float) -> list[Line]:
    """Lines at the head of a first page down to the last small-print one, above the first body-size line."""
    head: list[Line] = []
    for line in lines:
        if abs(line.size - body) <= 0.3 and not line.bold > 0.5:
            break
        if line.top > 0.22 * page.height:
            break
        head.append(line)
    small = [i for i, ln in enumerate(head) if ln.size < 0.9 * body]
    return head[: small[-1] + 1] if small else []


# ---------------------------------------------------------------- boxes


def box_regions(page: PageLayout, frame_width: float) -> list[Rect]:
    """Shaded or framed areas wide enough to hold text, with stacked pieces merged into one box."""
    wide = sorted(
        (r for r in page.rects if r.width >= 0.5 * frame_width and r.height >= 12),
        key=lambda r: (r.top, r.x0),
    )
    boxes: list[Rect] = []
    for r in wide:
        last = boxes[-1] if boxes else None
        if last and abs(last.x0 - r.x0) < 3 and abs(last.x1 - r.x1) < 3 and r.top - last.bottom <= 2:
            last.bottom = max(last.bottom, r.bottom)
        else:
            boxes.append(Rect(r.x0, r.top, r.x1, r.bottom, r.filled, r.color))
    return boxes


def box_of(line: Line, boxes: list[Rect]) -> int | None:
    cy = (line.top + line.bottom) / 2
    cx = (line.x0 + line.x1) / 2
    for i, b in enumerate(boxes):
        if b.top - 1 <= cy <= b.bottom + 1 and b.x0 - 1 <= cx <= b.x1 + 1:
            return i
    return None


# ---------------------------------------------------------------- tables


@dataclass
class TableArea:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str]]


def _clean_cell(text: str | None) -> str:
    return " ".join((text or "").split())


def has_content(rows: list[list[str]]) -> bool:
    """A real table: at least two rows and two columns with text in them."""
    rows = [r for r in rows if any(r)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return False
    return sum(1 for r in rows if sum(1 for c in r if c) >= 2) >= 2


def drawn_edges(page: PageLayout) -> tuple[list[Rect], list[Rect]]:
    """Horizontal and vertical edges of a page's rules and rectangle sides."""
    horiz = [r for r in page.rules if r.height <= 3]
    vert = [r for r in page.rules if r.width <= 3]
    for r in page.rects:
        horiz += [Rect(r.x0, r.top, r.x1, r.top, False), Rect(r.x0, r.bottom, r.x1, r.bottom, False)]
        vert += [Rect(r.x0, r.top, r.x0, r.bottom, False), Rect(r.x1, r.top, r.x1, r.bottom, False)]
    return horiz, vert


def _cluster(values: list[float], tol: float = 2.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def edge_groups(page: PageLayout) -> list[tuple[list[Rect], list[Rect]]]:
    """The page's drawn edges in connected groups (horizontal, vertical): edges that touch or cross."""
    horiz, vert = drawn_edges(page)
    if len(vert) < 3 or len(horiz) < 3:
        return []
    edges = [(True, e) for e in horiz] + [(False, e) for e in vert]
    parent = list(range(len(edges)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (is_h, h) in enumerate(edges):
        if not is_h:
            continue
        y = (h.top + h.bottom) / 2
        for j, (is_h2, v) in enumerate(edges):
            if is_h2:
                continue
            x = (v.x0 + v.x1) / 2
            if h.x0 - 2 <= x <= h.x1 + 2 and v.top - 2 <= y <= v.bottom + 2:
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple[bool, Rect]]] = {}
    for i, edge in enumerate(edges):
        groups.setdefault(find(i), []).append(edge)
    return [
        ([e for is_h, e in group if is_h], [e for is_h, e in group if not is_h]) for group in groups.values()
    ]


def grid_lines(horiz: list[Rect], vert: list[Rect]) -> tuple[list[float], list[float]]:
    """The distinct y of a group's horizontal edges and x of its vertical ones."""
    return _cluster([(e.top + e.bottom) / 2 for e in horiz]), _cluster([(e.x0 + e.x1) / 2 for e in vert])


def grid_tables(page: PageLayout) -> list[TableArea]:
    """Tables drawn as grids (cell borders or cell fills): cells from the drawn edges, text from glyphs inside."""
    out = []
    for horiz, vert in edge_groups(page):
        table = _grid_table(page, horiz, vert)
        if table is not None:
            out.append(table)
    return out


def _grid_table(page: PageLayout, horiz: list[Rect], vert: list[Rect]) -> TableArea | None:
    ys, xs = grid_lines(horiz, vert)
    if len(ys) < 3 or len(xs) < 3:
        return None
    x0, x1, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    cells: dict[tuple[int, int], list] = {}
    for g in page.glyphs:
        cx, cy = (g.x0 + g.x1) / 2, g.base - 0.3 * g.size
        if not (x0 < cx < x1 and top < cy < bottom):
            continue
        row = max(i for i, y in enumerate(ys) if y <= cy)
        col = max(i for i, x in enumerate(xs) if x <= cx)
        # a cell that spans columns: fold it into the leftmost column whose left edge is drawn here
        while col > 0 and not any(
            abs((v.x0 + v.x1) / 2 - xs[col]) <= 2.5 and v.top - 2 <= cy <= v.bottom + 2 for v in vert
        ):
            col -= 1
        cells.setdefault((row, col), []).append(g)
    rows: list[list[str]] = []
    for r in range(len(ys) - 1):
        cells_of_row: list[str] = []
        for c in range(len(xs) - 1):
            glyphs = cells.get((r, c), [])
            lines: dict[float, list] = {}
            for g in glyphs:
                key = next((k for k in lines if abs(k - g.base) <= 0.3 * g.size), g.base)
                lines.setdefault(key, []).append(g)
            cells_of_row.append(
                " ".join(join_glyphs(sorted(lines[k], key=lambda g: g.x0)) for k in sorted(lines))
            )
        rows.append(cells_of_row)
    # drop columns that are empty in every row (slivers between double rules or side bars)
    keep = [c for c in range(len(xs) - 1) if any(row[c] for row in rows)]
    rows = [[row[c] for c in keep] for row in rows if any(row[c] for c in keep)]
    if not has_content(rows):
        return None
    return TableArea(top, bottom, x0, x1, rows)


def ruled_tables(page: PageLayout, taken: list[TableArea]) -> list[TableArea]:
    """Tables marked only by horizontal rules (no cell borders): columns from aligned text starts."""
    horizontals = sorted((r for r in page.rules if r.height <= 3 and r.width >= 150), key=lambda r: r.top)
    groups: list[list[Rect]] = []
    for rule in horizontals:
        g = groups[-1] if groups else None
        if g and abs(g[-1].x0 - rule.x0) < 4 and abs(g[-1].x1 - rule.x1) < 4 and rule.top - g[-1].top < 90:
            g.append(rule)
        else:
            groups.append([rule])
    out: list[TableArea] = []
    for g in groups:
        top, bottom = g[0].top, g[-1].bottom
        for rect in page.rects:  # a shaded header row sitting on the first rule
            if abs(rect.x0 - g[0].x0) < 4 and abs(rect.x1 - g[0].x1) < 4 and 0 <= top - rect.bottom <= 25:
                top = rect.top
        if len(g) < 3 and top == g[0].top:
            continue
        if any(t.top - 2 <= (top + bottom) / 2 <= t.bottom + 2 for t in taken):
            continue
        lines = [ln for ln in page.lines if top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
        rows = _rows_from_lines(lines, [r.top for r in g])
        if rows and has_content(rows):
            out.append(TableArea(top, bottom, g[0].x0, g[0].x1, rows))
    return out


def _rows_from_lines(lines: list[Line], rule_tops: list[float]) -> list[list[str]]:
    """Cells from line segments: columns where segment starts line up, rows split by rules or first-column text."""
    if not lines:
        return []
    starts = sorted(ln.x0 for ln in lines)
    columns: list[float] = []
    for x in starts:
        if not columns or x - columns[-1] > 12:
            columns.append(x)
    bases = sorted({round(ln.base, 1) for ln in lines})
    # keep columns that start text on at least two baselines (a wrapped cell's tail does not make a column)
    col_hits: Counter[int] = Counter()
    for ln in lines:
        col = max(i for i, c in enumerate(columns) if c <= ln.x0 + 0.5)
        col_hits[col] += 1
    columns = [c for i, c in enumerate(columns) if col_hits[i] >= 2 or len(bases) <= 2]
    if len(columns) < 2:
        return []
    rows: list[list[list[str]]] = []
    last_band = None
    for base in bases:
        row_lines = sorted((ln for ln in lines if abs(ln.base - base) < 0.2), key=lambda ln: ln.x0)
        band = sum(1 for t in rule_tops if t < base)
        first_col = any(ln.x0 < columns[1] - 0.5 for ln in row_lines)
        if not rows or (band != last_band) or first_col:
            rows.append([[] for _ in columns])
        last_band = band
        for ln in row_lines:
            col = max(i for i, c in enumerate(columns) if c <= ln.x0 + 4) if ln.x0 + 4 >= columns[0] else 0
            rows[-1][col].append(ln.text)
    return [[" ".join(cell) for cell in row] for row in rows]


# ---------------------------------------------------------------- hyphenation


@lru_cache(maxsize=1)
def compound_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """Prefixes that keep their hyphen at a line end: always, or only before a vowel (co-operate)."""
    always: set[str] = set()
    before_vowel: set[str] = set()
    for raw in resource_path("hyphen_prefixes.txt").read_text(encoding="utf-8").splitlines():
        item = raw.split("#", 1)[0].strip().lower()
        if not item:
            continue
        if item.endswith("+vowel"):
            before_vowel.add(item.removesuffix("+vowel").strip())
        else:
            always.add(item)
    return frozenset(always), frozenset(before_vowel)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


class Vocabulary:
    """Words of this very document: the evidence for joining or keeping a line-end hyphen."""

    def __init__(self, texts) -> None:
        self.words: Counter[str] = Counter()
        for text in texts:
            self.words.update(w.lower() for w in _WORD.findall(text))
        self._sorted = sorted(self.words)

    def has_prefix(self, stem: str) -> bool:
        """Whether some word of the document starts with ``stem`` (its plural, its -ship form...)."""
        i = bisect_left(self._sorted, stem)
        return i < len(self._sorted) and self._sorted[i].startswith(stem)

    def join(self, left: str, right: str) -> str:
        """Join two line fragments where the left one ends in a hyphen."""
        left_word = re.findall(r"[A-Za-z'’-]+$", left[:-1])
        right_word = re.match(r"[A-Za-z'’]+", right)
        if not left_word or not right_word:
            return left + right
        lw, rw = left_word[0].split("-")[-1].lower(), right_word.group(0).lower()
        if self.keep_hyphen(lw, rw, right[0]):
            return left + right
        return left[:-1] + right

    def keep_hyphen(self, lw: str, rw: str, first: str) -> bool:
        """Evidence first (the document spells it one way elsewhere), then typography, then prefixes."""
        if self.has_prefix(f"{lw}-{rw}"):
            return True
        if self.has_prefix(lw + rw):
            return False
        if first.isupper() or first.isdigit():
            return True
        always, before_vowel = compound_prefixes()
        return lw in always or (lw in before_vowel and rw[:1] in "aeiou")
