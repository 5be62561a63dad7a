"""pdfplumber as the table reader of last resort, for ruled grids the fast reader cannot read.

pdfplumber's table finder is slow (it parses the whole page again) but it is the
best at irregular grids: merged cells, partial borders. It is only called for
pages whose drawn edges form a grid that ``layout.grid_tables`` rejected.
"""

from __future__ import annotations

import io
import logging

from .chars import PageLayout
from .layout import TableArea, drawn_edges, has_content

log = logging.getLogger(__name__)


def looks_like_grid(page: PageLayout) -> bool:
    """Enough horizontal and vertical edges on the page to draw at least a 2 x 2 grid."""
    horiz, vert = drawn_edges(page)
    return len(horiz) >= 3 and len(vert) >= 3


class PlumberTables:
    """Opens the PDF with pdfplumber once, lazily, and reads tables page by page."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf = None

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
