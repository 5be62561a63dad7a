"""Decide what a file is from its bytes, never its name."""

from __future__ import annotations

import re

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|script|link|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|p|div|article)\b[^>]*>", re.IGNORECASE)
_PDF_HEADER = re.compile(rb"%PDF-\d")
_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> str | None:
    """Return "pdf", "html", "text", or None when the bytes are no document we read.

    A PDF header may sit anywhere in the first kilobyte (some writers put junk
    before it); HTML is recognised by its opening markup; text is anything that
    decodes without binary control bytes.
    """
    if is_pdf(data):
        return "pdf"
    probe = data[:4096]
    for bom in _BOMS:
        if probe.startswith(bom):
            probe = probe[len(bom) :]
            break
    if probe.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(probe) > 1 and probe[1:2] == b"\x00"):
        # UTF-16 text: judge it on its decoded form
        try:
            decoded = data[:8192].decode("utf-16", errors="ignore").encode("utf-8")
        except Exception:  # pragma: no cover - decode with ignore never raises
            return None
        return sniff(decoded)
    if _HTML_START.search(probe) or _HTML_ANYWHERE.search(probe[:2048]):
        return "html"
    if not probe.strip():
        return None
    binary = sum(1 for b in probe if b < 9 or (13 < b < 32 and b != 27))
    if binary > len(probe) * 0.01:
        return None
    return "text"


def pdf_header_at(data: bytes) -> int | None:
    """Where a PDF's ``%PDF-`` header starts, or None when these bytes are not a PDF.

    The header opens the file, or comes after junk within the first kilobyte, as PDF readers
    accept; after junk it counts only when PDF objects follow and the bytes do not open as
    HTML, so a web page or a text that mentions "%PDF-1.7" near its top stays what it is.
    """
    match = _PDF_HEADER.search(data, 0, 1024)
    if match is None:
        return None
    if not data[: match.start()].strip():
        return match.start()
    if _HTML_START.search(data[:4096]) or not _PDF_OBJECT.search(data, match.end(), match.end() + 65536):
        return None
    return match.start()


def is_pdf(data: bytes) -> bool:
    """Whether the bytes are a PDF (see :func:`pdf_header_at`)."""
    return pdf_header_at(data) is not None
