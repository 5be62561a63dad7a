"""PDF reading: glyphs and drawn paths from pdfium, then lines, blocks, columns, furniture and tables."""

from .reader import parse_pdf

__all__ = ["parse_pdf"]
