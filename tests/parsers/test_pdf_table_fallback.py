"""pdfplumber is asked only about pages whose drawn edges divide an area into cells that can hold text."""

from __future__ import annotations

from fpdf import FPDF
from pdf_factory import table_pdf

from reportmine.parsers.pdf import parse_pdf
from reportmine.parsers.pdf import reader as pdf_module

POINTS = [
    "Supervisors reviewed most investigations within a week of the crime being reported to the force.",
    "The force had not told victims how their cases were progressing in almost a third of the files.",
    "Call handlers assessed risk with a structured set of questions on every call we listened to.",
]


def boxed_points_pdf(path) -> None:
    """Points in shaded boxes stacked one on another, each with a coloured bar down its left side."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    y = 30.0
    for point in POINTS:
        pdf.set_fill_color(251, 238, 240)
        pdf.rect(22, y, 166, 16, style="F")
        pdf.set_draw_color(155, 27, 48)
        pdf.rect(21, y - 2, 3.5, 20)
        pdf.set_xy(28, y + 2)
        pdf.multi_cell(156, 6, point)
        y += 16
    pdf.output(str(path))


def test_stacked_boxes_with_a_side_bar_are_prose_not_a_table(tmp_path, monkeypatch) -> None:
    def refuse(self, page_number):
        raise AssertionError(f"pdfplumber asked about page {page_number}, which has no grid")

    monkeypatch.setattr(pdf_module.PlumberTables, "tables", refuse)
    path = tmp_path / "boxes.pdf"
    boxed_points_pdf(path)
    parsed = parse_pdf(path.read_bytes(), str(path))
    assert [b.kind for b in parsed.blocks] == ["paragraph"] * 3
    assert [b.text for b in parsed.blocks] == POINTS


def test_a_real_grid_the_fast_reader_rejects_still_goes_to_pdfplumber(tmp_path, monkeypatch) -> None:
    asked = []
    real = pdf_module.PlumberTables.tables

    def spy(self, page_number):
        asked.append(page_number)
        return real(self, page_number)

    monkeypatch.setattr(pdf_module, "grid_tables", lambda page: [])
    monkeypatch.setattr(pdf_module.PlumberTables, "tables", spy)
    path = table_pdf(tmp_path / "t.pdf", [["Measure", "Then", "Now"], ["Calls answered", "61%", "88%"]])
    parsed = parse_pdf(path.read_bytes(), str(path))
    assert asked == [1]
    assert [b.rows for b in parsed.blocks if b.kind == "table"] == [
        [["Measure", "Then", "Now"], ["Calls answered", "61%", "88%"]]
    ]
