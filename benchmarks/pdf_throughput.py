"""PDF parser throughput: pages per second on a generated report, against pdfplumber's extract_text.

    python benchmarks/pdf_throughput.py [--pages 200]

Generates a report-like PDF with fpdf2 (running head and folio, headings,
justified paragraphs, bullets, superscript note markers and footnotes, a
ruled table every few pages) in a temporary folder, then times both readers.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from fpdf import FPDF

SENTENCE = (
    "Inspectors examined the records of the force and spoke to officers and staff in every part of the "
    "force area, and they found that the quality of investigations depended on where a victim lived. "
)


DIGITS = "zero one two three four five six seven eight nine".split()


def make_report(path: Path, pages: int) -> Path:
    """Write a ``pages``-page report-like PDF to ``path``."""
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(False)
    note = 0
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(20, 12, "Benchmark Police - an inspection of the service to victims")
        pdf.text(104, 287, str(number))
        pdf.set_xy(20, 24)
        if number % 3 == 1:
            pdf.set_font("Helvetica", style="B", size=16)
            pdf.multi_cell(0, 9, f"{number // 3 + 1}. Chapter about area {number}")
            pdf.ln(2)
        for para in range(3):
            pdf.set_font("Helvetica", size=10.5)
            pdf.multi_cell(0, 5.2, f"On page {number}, part {para + 1}: " + SENTENCE * 3, align="J")
            pdf.ln(3)
            if para == 0:
                pdf.set_font("Helvetica", style="B", size=12)
                pdf.multi_cell(0, 7, "Working with partners")
                pdf.ln(1)
        for item in range(3):
            pdf.set_font("Helvetica", size=10.5)
            y = pdf.get_y()
            pdf.text(24, y + 3.8, "\xb7")
            pdf.set_xy(29, y)
            pdf.multi_cell(161, 5.2, f"bullet point {item + 1}: " + SENTENCE, align="J")
            pdf.ln(1.5)
        if number % 5 == 0:
            pdf.ln(3)
            pdf.set_font("Helvetica", size=9)
            with pdf.table(col_widths=(80, 40, 40)) as table:
                for row in (
                    ("Measure", "At inspection", "At revisit"),
                    ("Calls answered", "71%", "91%"),
                    ("Posts vacant", "38", "6"),
                ):
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
        note += 1
        pdf.set_font("Helvetica", size=10.5)
        pdf.set_x(20)
        pdf.write(5.2, "The force agreed with our findings")
        pdf.char_vpos = "SUP"
        pdf.write(5.2, str(note))
        pdf.char_vpos = "LINE"
        pdf.write(5.2, " and has an action plan.")
        pdf.set_font("Helvetica", size=8)
        spelled = " ".join(DIGITS[int(d)] for d in str(number))  # unique words, so no two pages share a note
        pdf.text(
            20, 276, f"{note} Source: the {spelled} survey of the force, which gives the figures quoted here."
        )
    pdf.output(str(path))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    from reportmine.parsers.pdf import parse_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = make_report(Path(tmp) / "report.pdf", args.pages)
        data = path.read_bytes()
        start = time.perf_counter()
        doc = parse_pdf(data, str(path))
        ours = time.perf_counter() - start
        kinds: dict[str, int] = {}
        for block in doc.blocks:
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
        print(f"reportmine parse_pdf : {args.pages / ours:8.1f} pages/s ({ours:.2f} s; blocks {kinds})")

        import pdfplumber

        start = time.perf_counter()
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
        theirs = time.perf_counter() - start
        print(f"pdfplumber extract_text: {args.pages / theirs:6.1f} pages/s ({theirs:.2f} s)")
        print(f"speed-up: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
