"""pdfplumber as the table reader of last resort, for ruled grids the fast reader cannot read.

pdfplumber's table finder is slow (it parses the whole page again) but it is the
best at irregular grids: merged cells, partial borders. It is only called for
pages whose drawn edges form a grid that ``layout.grid_tables`` rejected.
"""

from __future__ import annotations

import io
import logging
from itertools import pairwise
from typing import Any

from .chars import PageLayout
from .layout import TableArea, edge_groups, grid_lines, has_content

log = logging.getLogger(__name__)


#: Narrowest column and lowest row that can hold a word of text (points).
_CELL_WIDTH, _CELL_HEIGHT = 15.0, 6.0


def looks_like_grid(page: PageLayout) -> bool:
    """Edges that touch one another and divide an area into at least 2 x 2 cells that can hold text.

    Separate boxes, a box with a rule under it, or stacked boxes with a coloured bar down their side
    are not a grid, so pdfplumber (which reads the whole page again, at a tenth of the reader's
    speed) is not asked about them.
    """
    for horiz, vert in edge_groups(page):
        ys, xs = grid_lines(horiz, vert)
        columns = sum(1 for a, b in pairwise(xs) if b - a >= _CELL_WIDTH)
        rows = sum(1 for a, b in pairwise(ys) if b - a >= _CELL_HEIGHT)
        if columns >= 2 and rows >= 2:
            return True
    return False


class PlumberTables:
    """Opens the PDF with pdfplumber once, lazily, and reads tables page by page."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None  # pdfplumber.PDF, opened on first use

    def tables(self, page_number: int) -> list[TableArea]:
        """Tables pdfplumber finds on a 1-based page, in the parser's top-down coordinates."""
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            page = self._pdf.pages[page_number - 1]
            found = page.find_tables()
        except Exception as exc:  # a fallback must never cost the document
            log.debug("pdfplumber could not read tables on page %s: %r", page_number, exc)
            return []
        out = []
        for table in found:
            rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
            if has_content(rows):
                x0, top, x1, bottom = table.bbox
                out.append(TableArea(top, bottom, x0, x1, rows))
        return out

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
