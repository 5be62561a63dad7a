"""Tables come out as table blocks, by the fast reader or, failing it, by pdfplumber."""

from __future__ import annotations

from pdf_factory import table_pdf

from reportmine.parsers.pdf import parse_pdf
from reportmine.parsers.pdf import reader as pdf_module

ROWS = [
    ["Measure", "At inspection", "At revisit"],
    ["Calls answered in 10 seconds", "61%", "88%"],
    ["Abandoned calls", "14%", "3%"],
]


def _table_blocks(path):
    parsed = parse_pdf(path.read_bytes(), str(path))
    return parsed, [b for b in parsed.blocks if b.kind == "table"]


def test_bordered_table_is_one_table_block_and_not_prose(tmp_path) -> None:
    parsed, tables = _table_blocks(table_pdf(tmp_path / "t.pdf", ROWS))
    assert len(tables) == 1
    assert tables[0].rows == ROWS
    prose = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    assert not any("Abandoned" in t for t in prose)


def test_pdfplumber_reads_grids_the_fast_reader_rejects(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_module, "grid_tables", lambda page: [])
    monkeypatch.setattr(pdf_module, "ruled_tables", lambda page, taken: [])
    parsed, tables = _table_blocks(table_pdf(tmp_path / "t.pdf", ROWS))
    assert len(tables) == 1
    assert tables[0].rows == ROWS
