"""Bytes to :class:`ParsedDocument`: sniff the type, hand over to the right parser."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DocumentError
from .document import Block, Metadata, ParsedDocument, build, document_id
from .sniff import sniff

#: Files larger than this are refused rather than read into memory (bytes).
MAX_BYTES = int(os.environ.get("REPORTMINE_MAX_BYTES", 200 * 1024 * 1024))

__all__ = ["Block", "Metadata", "ParsedDocument", "build", "document_id", "parse", "parse_bytes", "sniff"]


def parse_bytes(data: bytes, source: str = "<bytes>") -> ParsedDocument:
    """Parse a document given as bytes; raises DocumentError with a one-line reason."""
    if not data or not data.strip():
        raise DocumentError(source, "empty file")
    kind = sniff(data)
    if kind == "pdf":
        from .pdf import parse_pdf

        parsed = parse_pdf(data, source)
    elif kind == "html":
        from .html import parse_html

        parsed = parse_html(data, source)
    elif kind == "text":
        from .text import parse_text

        parsed = parse_text(data, source)
    else:
        raise DocumentError(source, "not a PDF, HTML or text document (binary content)")
    if not parsed.text.strip():
        raise DocumentError(source, "no text found in the document")
    return parsed


def parse(path: str | os.PathLike[str]) -> ParsedDocument:
    """Read and parse one file (PDF, HTML or text, judged by content)."""
    source = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise DocumentError(source, f"cannot read file: {exc.strerror or exc}") from None
    if p.is_dir():
        raise DocumentError(source, "is a folder, not a document")
    if size > MAX_BYTES:
        raise DocumentError(
            source, f"file too large ({size // (1024 * 1024)} MiB; limit {MAX_BYTES // (1024 * 1024)} MiB)"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"cannot read file: {exc.strerror or exc}") from None
    return parse_bytes(data, source)
