"""Small PDFs made on the fly for tests (fpdf2 is in the test extra)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def text_pdf(path: Path, paragraphs: list[str], *, password: str | None = None) -> Path:
    """A one-page PDF with the given paragraphs; encrypted when a password is given."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for para in paragraphs:
        pdf.multi_cell(0, 6, para)
        pdf.ln(4)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' PDF: pages with a drawn picture and no text layer."""
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.set_fill_color(90, 90, 90)
        for row in range(20):
            pdf.rect(20, 20 + row * 12, 170, 6, style="F")
    pdf.output(str(path))
    return path


def table_pdf(path: Path, rows: list[list[str]]) -> Path:
    """A page with a sentence, a bordered grid table, and another sentence."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The table below compares call handling at inspection and at revisit.")
    pdf.ln(4)
    with pdf.table() as table:
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "We found that the force had improved its call handling since the inspection.")
    pdf.output(str(path))
    return path
