"""Expand the paths a user names into the document files to read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

#: In a folder walk, only files with these endings are taken (a named file is always read).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".html", ".htm", ".xhtml", ".shtml", ".txt", ".text"})


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Named files as they are; folders walked recursively in sorted order, hidden entries skipped.

    The file type is decided later from the bytes; the ending only decides which
    files of a walked folder look like documents (so a README.md or a script
    beside the reports is not mistaken for one).
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
                        yield str(Path(root) / name)
        else:
            yield str(path)


def count_pages(path: str | os.PathLike[str]) -> int:
    """The pages a file will give, for an honest progress bar: a PDF's page count (its page tree is read,
    nothing is parsed), 1 for anything else or a PDF that cannot be opened."""
    if not str(path).lower().endswith(".pdf"):
        return 1
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return max(len(pdf), 1)
        finally:
            pdf.close()
    except Exception:  # a broken PDF is reported by the extraction, not here
        return 1
