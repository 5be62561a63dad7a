"""The file type comes from the bytes, not the name."""

from __future__ import annotations

import pytest

from reportmine.parsers.sniff import sniff


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\r\n  junk before the header %PDF-1.4\n1 0 obj\n<< >>\nendobj", "pdf"),
        (b"<html><body><p>Save it as %PDF-1.7 first</p></body></html>", "html"),
        (b"Notes on the %PDF-1.4 header, and more text about files.", "text"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"\xef\xbb\xbf<html lang='en'><p>x</p>", "html"),
        (b"  <div class='story'><p>Officers said</p></div>", "html"),
        ("<html><body>caf\u00e9</body></html>".encode("utf-16"), "html"),
        (b"Chief Constable Jane Roe said the force would act.\n\nMore text.", "text"),
        ("Caf\u00e9 \u00a31m".encode("cp1252"), "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", None),
        (b"   \n\t  ", None),
    ],
)
def test_sniff_decides_from_content(data: bytes, expected: str | None) -> None:
    assert sniff(data) == expected


def test_extension_is_ignored(tmp_path) -> None:
    from reportmine import parse

    html_named_pdf = tmp_path / "story.pdf"
    html_named_pdf.write_bytes(
        b"<html><body><article><p>The inspectorate published its report today about the force.</p></article></body></html>"
    )
    assert parse(html_named_pdf).format == "html"
