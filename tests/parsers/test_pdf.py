"""PDF parser: faithfulness to the development corpus gold, and layout rules on small generated PDFs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fpdf import FPDF
from pdf_factory import image_only_pdf, text_pdf

from reportmine.errors import DocumentError
from reportmine.parsers.pdf import parse_pdf
from reportmine.parsers.pdf.layout import Vocabulary

CORPUS_PDFS = [
    "northmoor-ncpi-2018",
    "northmoor-ncpi-review-2019",
    "wessex-vale-peel-2022",
    "wessex-vale-revisit-2023",
]


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def parsed_corpus(shared_corpus: Path) -> dict:
    return {
        name: parse_pdf((shared_corpus / "docs" / f"{name}.pdf").read_bytes(), name) for name in CORPUS_PDFS
    }


def _gold(shared_corpus: Path, name: str) -> dict:
    return json.loads((shared_corpus / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- development corpus


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_every_gold_statement_occurs_in_text(name, parsed_corpus, shared_corpus):
    gold = _gold(shared_corpus, name)
    wanted = [
        (k, item["text"])
        for k in ("findings", "concerns", "recommendations", "outcomes")
        for item in gold.get(k, [])
    ]
    wanted += [("restated", item["text"]) for item in gold.get("restated", []) if item.get("verbatim")]
    text = norm(parsed_corpus[name].text)
    missing = [(k, t[:90]) for k, t in wanted if norm(t) not in text]
    assert wanted and not missing


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_no_running_header_footer_or_page_number(name, parsed_corpus):
    doc = parsed_corpus[name]
    assert not [b.text for b in doc.blocks if re.fullmatch(r"(?:page\s*)?\d+", b.text, re.I)]
    # whatever repeats as a whole block on several pages would be a surviving header
    texts = [norm(re.sub(r"\d+", "#", b.text)) for b in doc.blocks if b.kind in ("paragraph", "caption")]
    repeated = {t for t in texts if texts.count(t) >= 3 and len(t) > 12}
    assert not repeated
    for line in doc.text.split("\n"):
        assert not re.fullmatch(r"\s*(?:HMICFRS|Page)\s+\d+\s*", line)


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_every_block_knows_its_page(name, parsed_corpus):
    doc = parsed_corpus[name]
    assert doc.pages and all(b.page and 1 <= b.page <= doc.pages for b in doc.blocks)
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_headings_match_the_html_version(name, parsed_corpus, shared_corpus):
    html_module = pytest.importorskip("reportmine.parsers.html", reason="HTML parser not available")
    html = html_module.parse_html((shared_corpus / "docs" / f"{name}.html").read_bytes(), name)
    pdf = parsed_corpus[name]
    title = norm(pdf.metadata.title or "")
    pdf_heads = [(b.level, b.text) for b in pdf.blocks if b.kind == "heading" and norm(b.text) != title]
    html_heads = [(b.level, b.text) for b in html.blocks if b.kind == "heading"]
    # section headings (levels 1-2) must agree exactly; the PDF may show extra minor (level-3) labels
    assert [h for h in pdf_heads if h[0] <= 2] == [h for h in html_heads if h[0] <= 2]
    minor_pdf = [t for lvl, t in pdf_heads if lvl == 3]
    assert all(t in minor_pdf for lvl, t in html_heads if lvl == 3)


def test_recommendation_across_page_break_is_one_block(parsed_corpus, shared_corpus):
    for name in ("northmoor-ncpi-2018", "wessex-vale-peel-2022"):
        for rec in _gold(shared_corpus, name)["recommendations"]:
            if rec["page_end"] == rec["page"]:
                continue
            blocks = [b for b in parsed_corpus[name].blocks if norm(rec["text"]) in norm(b.text)]
            assert len(blocks) == 1, rec["text"][:60]
            assert (blocks[0].page, blocks[0].page_end) == (rec["page"], rec["page_end"])


def test_numbered_recommendations_are_list_items_with_marker(parsed_corpus):
    items = [b for b in parsed_corpus["northmoor-ncpi-2018"].blocks if b.kind == "list_item" and b.marker]
    assert [b.marker for b in items] == [str(i) for i in range(1, 8)]
    assert all(b.text.startswith("The force should") for b in items)


def test_cover_contents_and_letterhead_are_not_body(parsed_corpus):
    report = parsed_corpus["northmoor-ncpi-2018"]
    assert report.metadata.title == "Northmoor Police – National child protection inspection"
    assert report.metadata.published == "2018-07"
    assert not any(b.page in (1, 2) for b in report.blocks)  # cover and contents
    assert "...." not in report.text
    letter = parsed_corpus["wessex-vale-revisit-2023"]
    assert "Quayside House" not in letter.text and "Mercer Row" not in letter.text
    assert letter.metadata.published == "2023-02"
    assert letter.metadata.extra["date_line"] == "2023-02-09"


def test_footnotes_collected_at_the_end_and_markers_removed(parsed_corpus):
    doc = parsed_corpus["wessex-vale-peel-2022"]
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [b.note for b in notes] == [str(i) for i in range(1, 11)]
    assert all(b.kind == "footnote" for b in doc.blocks[-len(notes) :])
    assert "the public interest. In PEEL" in doc.text  # marker "1" gone from "public interest.1"


def test_tables_and_boxes(parsed_corpus):
    letter = parsed_corpus["wessex-vale-revisit-2023"]
    table = next(b for b in letter.blocks if b.kind == "table")
    assert table.rows[0] == ["Measure", "At inspection", "At revisit"]
    assert ["Call handler posts vacant", "38", "6"] in table.rows
    report = parsed_corpus["northmoor-ncpi-2018"]
    grid = next(b for b in report.blocks if b.kind == "table")
    assert grid.rows[0][2] == "Requires improvement" and len(grid.rows) == 9
    peel = parsed_corpus["wessex-vale-peel-2022"]
    assert any(
        b.attrs.get("box") and b.text.startswith("The force should improve how it records")
        for b in peel.blocks
    )


# ---------------------------------------------------------------- generated PDFs

BODY = [
    "Inspectors examined the records of the force and spoke to a large number of officers and",
    "staff in every part of the force area, including the control room and the custody suites.",
]


class Report:
    """A small report-like PDF with exact placement (fpdf2), for the layout rules."""

    def __init__(self, header: str | None = "Annual inspection report - Example Constabulary") -> None:
        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(False)
        self.header = header
        self.y = 0.0

    def page(self) -> Report:
        self.pdf.add_page()
        number = self.pdf.page_no()
        if self.header:
            self.pdf.set_font("Helvetica", size=8)
            self.pdf.text(20, 12, self.header)
            self.pdf.text(20, 287, "Example Inspectorate")
            self.pdf.text(180, 287, str(number))
        self.y = 30.0
        return self

    def line(self, text: str, size: float = 10, style: str = "", x: float = 20, step: float = 5.0) -> Report:
        self.pdf.set_font("Helvetica", style=style, size=size)
        self.pdf.text(x, self.y, text)
        self.y += step
        return self

    def gap(self, mm: float = 4.0) -> Report:
        self.y += mm
        return self

    def bullet(self, lines: list[str], glyph: str = "\xb7") -> Report:
        self.pdf.set_font("Helvetica", size=10)
        self.pdf.text(22, self.y, glyph)
        for text in lines:
            self.line(text, x=27)
        self.y += 1.5
        return self

    def para(self, lines: list[str]) -> Report:
        for text in lines:
            self.line(text)
        return self.gap()

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def _texts(doc, kind=None):
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def test_hyphen_joined_or_kept_by_evidence_and_prefix():
    r = Report().page()
    r.para(
        [
            "The force has improved its handling of calls, and the quality of enquir-",
            "ies made by officers is good. Officers work in a multi-",
            "agency team alongside a co-",
            "ordinator who checks every case and the supervisors of each investi-",
            "gation team agree the plans with the high-",
            "risk victims; the investigation of each case is reviewed every week.",
        ]
    )
    text = parse_pdf(r.bytes()).text
    assert "quality of enquiries made" in text
    assert "multi-agency team" in text
    assert "co-ordinator" in text
    assert "each investigation team" in text
    assert "high-risk victims" in text


def test_vocabulary_prefers_the_documents_own_spelling():
    vocab = Vocabulary(["the decision-making process", "we reassess risk"])
    assert vocab.join("decision-", "making was slow") == "decision-making was slow"
    assert vocab.join("re-", "assess the risk") == "reassess the risk"
    assert vocab.join("Anti-", "Slavery Act") == "Anti-Slavery Act"
    assert vocab.join("manage-", "ment") == "management"


def test_running_header_footer_and_page_numbers_removed():
    r = Report()
    for n in range(4):
        r.page().line(f"Chapter {n + 1}", size=16, style="B", step=9).para(BODY)
    doc = parse_pdf(r.bytes())
    text = doc.text
    assert "Annual inspection report" not in text and "Example Inspectorate" not in text
    assert not [t for t in _texts(doc) if t.isdigit()]
    assert _texts(doc, "heading") == [f"Chapter {n + 1}" for n in range(4)]
    assert [b.page for b in doc.blocks if b.kind == "heading"] == [1, 2, 3, 4]


def test_bullets_become_list_items_without_glyph():
    r = Report().page().para(["The inspection found:"])
    r.bullet(
        [
            "a strong commitment from senior leaders to improving the service to vulnerable",
            "children across the force area;",
        ]
    )
    r.bullet(["good joint working with partners;"])
    r.bullet(["weak supervision of investigations."], glyph="-")
    r.gap().para(
        ["This closing paragraph is not part of the list and sits at the usual left margin of the page."]
    )
    doc = parse_pdf(r.bytes())
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == [
        "a strong commitment from senior leaders to improving the service to vulnerable children across the force area;",
        "good joint working with partners;",
        "weak supervision of investigations.",
    ]
    assert all(b.marker is None for b in items)
    assert doc.blocks[-1].kind == "paragraph" and doc.blocks[-1].text.startswith("This closing")


def test_headings_by_size_and_weight_and_bold_lead_in_is_not_one():
    r = Report().page()
    r.line("1. Leadership and governance", size=16, style="B", step=9)
    r.para(BODY)
    r.line("Working with partners", size=12.5, style="B", step=7)
    r.para(BODY)
    r.line("Case study", size=10, style="B", step=7)
    r.pdf.set_font("Helvetica", style="B", size=10)
    r.pdf.text(20, r.y, "Good:")
    r.pdf.set_font("Helvetica", size=10)
    r.pdf.text(31, r.y, "the child was protected and the investigation was thorough and well recorded;")
    r.y += 5
    r.para(["the decisions made were recorded clearly, and the supervisor agreed them at each stage."])
    doc = parse_pdf(r.bytes())
    heads = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert heads == [(1, "1. Leadership and governance"), (2, "Working with partners"), (3, "Case study")]
    assert any(
        b.kind == "paragraph" and b.text.startswith("Good: the child was protected") for b in doc.blocks
    )


def test_numbered_paragraphs_keep_number_as_marker():
    r = Report().page().line("Recommendations", size=14, style="B", step=8)
    r.line("1. The force should ensure that every child present at a domestic abuse incident is")
    r.line("seen and spoken to by the attending officers.", x=27)
    r.gap()
    r.line("2. The force should review its allocation policy.")
    doc = parse_pdf(r.bytes())
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [(b.marker, b.text) for b in items] == [
        (
            "1",
            "The force should ensure that every child present at a domestic abuse incident is seen and spoken to by the attending officers.",
        ),
        ("2", "The force should review its allocation policy."),
    ]


def test_paragraph_across_page_break_and_footnotes():
    r = Report().page().para(BODY)
    r.line("The national standard is that most emergency calls are answered in ten seconds, and the")
    r.pdf.set_font("Helvetica", size=10)
    r.line("force met it in every month of the year before the inspection, as the data show")
    r.pdf.set_font("Helvetica", size=6)
    r.pdf.text(161, r.y - 6.2, "3")
    r.line("and the team", step=5)
    r.pdf.set_font("Helvetica", size=6)
    r.pdf.text(20, 270, "3")
    r.pdf.set_font("Helvetica", size=8)
    r.pdf.text(23, 271, "Home Office guidance on call handling, 2020.")
    r.page().para(["confirmed this when we spoke to them during the fieldwork in the control room itself."])
    doc = parse_pdf(r.bytes())
    joined = [b for b in doc.blocks if "and the team confirmed this" in b.text]
    assert len(joined) == 1 and (joined[0].page, joined[0].page_end) == (1, 2)
    assert "the data show and the team" in joined[0].text  # superscript 3 removed
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [(b.note, b.text, b.page) for b in notes] == [
        ("3", "Home Office guidance on call handling, 2020.", 1)
    ]
    assert doc.blocks[-1].kind == "footnote"


def test_table_block_from_ruled_grid():
    r = Report().page().para(BODY)
    r.pdf.set_font("Helvetica", size=9)
    r.pdf.set_y(r.y)
    with r.pdf.table(col_widths=(80, 30, 30)) as table:
        for row in (
            ("Measure", "Before", "After"),
            ("Calls answered in time", "71%", "91%"),
            ("Posts vacant", "38", "6"),
        ):
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    r.y = r.pdf.get_y() + 8
    r.para(["After the table the text goes on at the usual margin and size, as it did before it."])
    doc = parse_pdf(r.bytes())
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == [
        ["Measure", "Before", "After"],
        ["Calls answered in time", "71%", "91%"],
        ["Posts vacant", "38", "6"],
    ]
    assert tables[0].text.split("\n")[1] == "Calls answered in time\t71%\t91%"
    assert "Posts vacant" not in " ".join(_texts(doc, "paragraph"))


def test_encrypted_pdf(tmp_path):
    data = text_pdf(tmp_path / "locked.pdf", ["secret"], password="pw").read_bytes()
    with pytest.raises(DocumentError, match=r"encrypted PDF \(password required\)"):
        parse_pdf(data, "locked.pdf")


def test_scanned_pdf_has_no_text_layer(tmp_path):
    data = image_only_pdf(tmp_path / "scan.pdf").read_bytes()
    with pytest.raises(DocumentError, match=r"no text layer \(scanned PDF\?\)"):
        parse_pdf(data, "scan.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%garbage that is not a PDF body", b"not a pdf at all", b""])
def test_corrupt_bytes(data):
    with pytest.raises(DocumentError, match="corrupt PDF"):
        parse_pdf(data, "bad.pdf")


def test_truncated_pdf_never_raises_another_type(tmp_path):
    data = text_pdf(
        tmp_path / "ok.pdf", ["A short paragraph of text that is long enough to matter."] * 5
    ).read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            parse_pdf(data[:cut], "cut.pdf")
        except DocumentError as exc:
            assert exc.reason


def test_numbered_items_ending_in_semicolons_are_one_item_each(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.3, "We recommend that, by 31 March 2020, the force:")
    pdf.ln(3)
    for n, item in enumerate(
        [
            "works with the health board to extend the triage service to cover the hours of highest demand;",
            "agrees a protocol with the ambulance service;",
            "records every occasion on which a person is held.",
        ],
        1,
    ):
        pdf.cell(10, 5.3, f"({n})")
        pdf.multi_cell(0, 5.3, item, new_x="LMARGIN")
        pdf.ln(1.5)
    pdf.output(str(tmp_path / "list.pdf"))
    items = [
        b for b in parse_pdf((tmp_path / "list.pdf").read_bytes(), "list.pdf").blocks if b.kind == "list_item"
    ]
    assert [b.marker for b in items] == ["1", "2", "3"]
    assert items[1].text == "agrees a protocol with the ambulance service;"


def test_reading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, monkeypatch) -> None:
    """Pages are read with the cyclic collector held off; a library must not leave it off (nor turn it on
    for a caller who turned it off), whether the page reads or its reading fails."""
    import gc

    import reportmine.parsers.pdf.chars as chars

    data = text_pdf(tmp_path / "ok.pdf", ["We found that the force had improved its response."]).read_bytes()
    seen: list[bool] = []
    real = chars.read_runs

    def spy(page, height):
        seen.append(gc.isenabled())
        return real(page, height)

    monkeypatch.setattr(chars, "read_runs", spy)
    was_on = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            parse_pdf(data, "ok.pdf")
            assert gc.isenabled() is state
        gc.enable()
        monkeypatch.setattr(chars, "read_paths", lambda page, height: 1 / 0)
        with pytest.raises(DocumentError, match="corrupt PDF"):
            parse_pdf(data, "broken.pdf")
        assert gc.isenabled()
    finally:
        (gc.enable if was_on else gc.disable)()
    assert seen and not any(seen)  # off while the characters were read
