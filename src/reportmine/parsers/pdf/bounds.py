"""Bounds a PDF must keep before its pages are read: inflated stream bytes and page count.

A PDF can hold a small compressed stream that inflates to gigabytes (a "zip bomb"), which a
PDF library inflates whole in memory when it reads the page. :func:`check_pdf` inflates every
Flate stream once, chunk by chunk and throwing the output away, so it costs little memory and
stops as soon as the total passes the bound. Any PDF reader calls it before reading pages.
"""

from __future__ import annotations

import re
import zlib

from ...errors import DocumentError
from ...limits import Limits

#: the ``stream`` keyword and its end of line, after which a stream's bytes begin
_STREAM = re.compile(rb"stream\r?\n")
_IN = 1 << 14  # small input pieces keep the copies of an unconsumed tail cheap
_OUT = 1 << 23  # and the inflated output is thrown away in pieces of at most this


def inflated_size(data: bytes, limit: int) -> int:
    """Total inflated size of the zlib-compressed streams in ``data``, counted up to just past ``limit``.

    Streams that are not zlib data (images, encrypted streams) are skipped; a damaged stream
    counts what inflates before the damage.
    """
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        header = data[start : start + 2]
        if len(header) < 2 or header[0] & 0x0F != 8 or int.from_bytes(header, "big") % 31:
            continue  # not a zlib header: an image, an encrypted stream, a false match
        inflater = zlib.decompressobj()
        try:
            for pos in range(start, len(data), _IN):
                total += len(inflater.decompress(data[pos : pos + _IN], _OUT))
                while inflater.unconsumed_tail and not inflater.eof and total <= limit:
                    total += len(inflater.decompress(inflater.unconsumed_tail, _OUT))
                if total > limit:
                    return total
                if inflater.eof:
                    break
        except zlib.error:
            continue
    return total


def page_count(data: bytes) -> int | None:
    """Pages the PDF declares (None when it cannot be opened; the reader then says why)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - pdfium fails in many ways on damaged files
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


def check_pdf(data: bytes, source: str, limits: Limits) -> None:
    """Refuse a PDF past ``limits.max_inflated`` or ``limits.max_pages`` with a one-line reason."""
    if limits.max_inflated:
        size = inflated_size(data, limits.max_inflated)
        if size > limits.max_inflated:
            raise DocumentError(
                source,
                f"PDF refused: its compressed streams inflate to more than {limits.max_inflated // (1 << 20)} MiB "
                "(a decompression bomb?)",
            )
    if limits.max_pages:
        pages = page_count(data)
        if pages is not None and pages > limits.max_pages:
            raise DocumentError(source, f"PDF refused: {pages:,} pages (limit {limits.max_pages:,})")
