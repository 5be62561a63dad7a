"""Bytes to :class:`ParsedDocument`: sniff the type, hand over to the right parser."""

from __future__ import annotations

import os
import stat

from ..errors import DocumentError
from ..limits import Limits, check_size
from .document import Block, Metadata, ParsedDocument, build, document_id
from .sniff import sniff

__all__ = [
    "Block",
    "Metadata",
    "ParsedDocument",
    "build",
    "document_id",
    "parse",
    "parse_bytes",
    "read_file",
    "sniff",
]


def parse_bytes(data: bytes, source: str = "<bytes>", limits: Limits | None = None) -> ParsedDocument:
    """Parse a document given as bytes; raises DocumentError with a one-line reason."""
    limits = limits or Limits()
    if not data or not data.strip():
        raise DocumentError(source, "empty file")
    check_size(source, "file", len(data), limits.max_bytes)
    kind = sniff(data)
    if kind == "pdf":
        from .pdf import parse_pdf
        from .pdf.bounds import check_pdf

        check_pdf(data, source, limits)
        parsed = parse_pdf(data, source)
    elif kind == "html":
        from .html import parse_html

        parsed = parse_html(data, source)
    elif kind == "text":
        from .text import parse_text

        if limits.max_chars and len(data) > 4 * limits.max_chars:  # refused before it is decoded
            raise DocumentError(
                source,
                f"text too large (at least {len(data) // 4:,} characters; limit {limits.max_chars:,} characters)",
            )
        parsed = parse_text(data, source)
    else:
        raise DocumentError(source, "not a PDF, HTML or text document (binary content)")
    if not parsed.text.strip():
        raise DocumentError(source, "no text found in the document")
    check_size(source, "text", len(parsed.text), limits.max_chars, unit="characters")
    return parsed


def parse(path: str | os.PathLike[str], limits: Limits | None = None) -> ParsedDocument:
    """Read and parse one file (PDF, HTML or text, judged by content)."""
    limits = limits or Limits()
    return parse_bytes(read_file(path, limits.max_bytes), str(path), limits)


#: what a file that is not a regular file is, for the reason given
_SPECIAL = (
    (stat.S_ISDIR, "is a folder, not a document"),
    (stat.S_ISFIFO, "is a named pipe, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
)


def _regular(source: str, mode: int) -> None:
    for test, reason in _SPECIAL:
        if test(mode):
            raise DocumentError(source, reason)
    if not stat.S_ISREG(mode):
        raise DocumentError(source, "is not a regular file")


def read_file(path: str | os.PathLike[str], max_bytes: int = 0) -> bytes:
    """The bytes of a regular file; anything else (missing, a pipe, a device, a folder, too large) is a DocumentError.

    The file is opened without blocking and judged by the opened file itself, so a named pipe
    with no writer, or a path swapped for one after a check, never hangs the run.
    """
    source = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:  # a socket cannot be opened at all: say what it is, when we can tell
        try:
            _regular(source, os.stat(path).st_mode)
        except OSError:
            pass
        raise DocumentError(source, f"cannot read file: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd)
        _regular(source, mode.st_mode)
        check_size(source, "file", mode.st_size, max_bytes)
        try:
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
        except OSError as exc:
            raise DocumentError(source, f"cannot read file: {exc.strerror or exc}") from None
    check_size(source, "file", len(data), max_bytes)  # it grew while we read it
    return data
