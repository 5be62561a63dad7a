"""Hostile and broken inputs made at test time (never committed as files): what each should give.

Each maker writes one input into a folder and returns what reportmine must do with it: a
record (``None``) or a failure whose one line names the file and holds the given reason.
Shared by tests/test_hostile_inputs.py and tools/fuzz.py.
"""

from __future__ import annotations

import os
import socket
import zlib
from collections.abc import Callable
from pathlib import Path

from pdf_factory import image_only_pdf, text_pdf

GOOD = (
    "Kent Police must improve how it protects children, inspectors said.\n\n"
    "We found that the force had improved its response to domestic abuse since 2019."
)
#: a text that takes the pipeline well over a few seconds: for time-budget tests
SLOW = "\n\n".join(f"We found in area {i} that the force had improved. " * 8 for i in range(400))
PARAGRAPHS = [
    "We found that Westshire Police had improved how it answers emergency calls.",
    "However, we are concerned that the force does not always record crime accurately.",
]


def flate_bomb_pdf(path: Path, inflated: int) -> Path:
    """A small PDF whose page content stream inflates to ``inflated`` bytes of blanks."""
    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [squeeze.compress(chunk) for _ in range(inflated // len(chunk))]
    stream = b"".join(parts) + squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for i in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {i + 1}. We found that the force had improved.")
    pdf.output(str(path))
    return path


def _pdf_bytes(tmp: Path) -> bytes:
    return text_pdf(tmp / ".scratch.pdf", PARAGRAPHS).read_bytes()


#: name -> (maker writing the input into a folder, what it must give: None = a record, else reason fragment)
Case = tuple[Callable[[Path], Path], str | None]


def cases(bomb_bytes: int = 96 << 20) -> dict[str, Case]:
    """Every hostile case; ``bomb_bytes`` is how far the flate bomb inflates (tests pass a bound below it)."""

    def write(name: str, data: bytes | str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            path = folder / name
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            return path

        return make

    def pdf_then(name: str, change: Callable[[bytes], bytes]) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            path = folder / name
            path.write_bytes(change(_pdf_bytes(folder)))
            return path

        return make

    def fifo(folder: Path) -> Path:
        path = folder / "pipe.txt"
        os.mkfifo(path)
        return path

    def sock(folder: Path) -> Path:
        path = folder / "socket.txt"
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(path))
        s.close()
        return path

    def loop(folder: Path) -> Path:
        path = folder / "loop.txt"
        path.symlink_to(folder / "loop.lnk")  # the walk takes only document endings: one input
        (folder / "loop.lnk").symlink_to(path)
        return path

    return {
        "good text": (write("good.txt", GOOD), None),
        "good html": (
            write("good.html", f"<html><body><article><p>{GOOD}</p></article></body></html>"),
            None,
        ),
        "good pdf": (pdf_then("good.pdf", lambda b: b), None),
        "pdf with junk before its header": (
            pdf_then("junk.pdf", lambda b: b"\x00\x13junk from a mail\r\n" + b),
            None,
        ),
        "html mentioning %PDF-": (
            write(
                "pdfish.html",
                "<html><body><p>Files start with %PDF-1.7, then objects.</p><p>"
                + GOOD
                + "</p></body></html>",
            ),
            None,
        ),
        "text mentioning %PDF-": (write("pdfish.txt", "The header reads %PDF-1.4.\n\n" + GOOD), None),
        "utf-16 text": (write("utf16.txt", GOOD.encode("utf-16")), None),
        "latin-1 html": (write("latin.html", f"<p>caf\u00e9 \u00a31m. {GOOD}</p>".encode("latin-1")), None),
        "50,000-deep html": (
            write("deep.html", "<div>" * 50000 + GOOD + "</div>" * 50000),
            "nested too deeply",
        ),
        "script payload html": (
            write(
                "payload.html",
                f"<html><body><p>{GOOD}</p><script>alert(1)</script><p>&lt;script&gt;x&lt;/script&gt;</p></body></html>",
            ),
            None,
        ),
        "odd name": (write("odd\n\x1b[31mname .txt", GOOD), None),
        "truncated pdf": (pdf_then("truncated.pdf", lambda b: b[: len(b) // 3]), "pdf"),
        "encrypted pdf": (lambda f: text_pdf(f / "locked.pdf", PARAGRAPHS, password="secret"), "encrypted"),
        "image-only pdf": (lambda f: image_only_pdf(f / "scan.pdf"), "no text layer"),
        "flate bomb pdf": (lambda f: flate_bomb_pdf(f / "bomb.pdf", bomb_bytes), "inflate"),
        "too many pages": (lambda f: many_pages_pdf(f / "long.pdf", 12), "pages"),
        "binary junk": (write("junk.txt", bytes(range(256)) * 16), "binary"),
        "empty": (write("empty.txt", b""), "empty"),
        "odd name, bad content": (write("bad\n\x1b]0;title\x07.txt", b"\x00\x01\x02" * 100), "binary"),
        "named pipe": (fifo, "named pipe"),
        "socket": (sock, "socket"),
        "symlink loop": (loop, "symbolic links"),
    }
