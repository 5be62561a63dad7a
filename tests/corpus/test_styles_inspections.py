"""Held-out inspection styles (tests/data/styles/inspections): programmes and layouts the development
corpus lacks, scored against their gold and held to the floors measured on them."""

from __future__ import annotations

import json
from pathlib import Path

import reportmine
from reportmine.evaluation import check_floors, evaluate, load_floors
from reportmine.evaluation.matching import normalise

SET = Path(__file__).resolve().parents[1] / "data" / "styles" / "inspections"


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SET / "gold").glob("*.gold.json"))]


def test_every_gold_string_is_in_the_parsed_text() -> None:
    """The parser reads each layout (margin numbers, two columns, tables) in order: every gold string is in its text."""
    for gold in _golds():
        text = normalise(reportmine.parse(SET / "docs" / gold["file"]).text)
        for field in ("findings", "concerns", "recommendations"):
            for item in gold.get(field, []) + gold.get(
                f"{field}_not_scored", []
            ):  # unscored fields are still annotated
                assert normalise(item["text"]) in text, (
                    f"{gold['file']}: {field} not in text: {item['text'][:60]}"
                )


def test_held_out_inspection_styles_meet_their_floors(nlp) -> None:
    result = evaluate(SET / "gold", nlp=nlp)
    assert [d.status for d in result.documents] == ["ok"] * len(_golds())
    floors = load_floors(SET / "floors.json")
    assert {"recommendations.f1", "findings.f1", "concerns.f1", "metadata.kind"} <= set(floors)
    failed = [
        f"{c.name}: {c.score} < {c.floor}" for c in check_floors(result.scores(), floors) if not c.passed
    ]
    assert not failed, failed


def test_paragraph_numbers_are_references_not_text_in_web_pages_too(nlp, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><title>Crime data integrity: inspection of a force</title></head><body><main>"
        "<h1>Crime data integrity: inspection of a force</h1><h2>Recommendations</h2>"
        "<p>5.1 Within three months, the force should audit its recording of violent crime.</p>"
        "<p>5.2 Immediately, the force should review every unrecorded report of rape.</p>"
        "<p>5.3 million crimes are recorded in England each year.</p></main></body></html>",
        encoding="utf-8",
    )
    parsed = reportmine.parse(page)
    numbered = [b for b in parsed.blocks if b.attrs.get("paragraph_number")]
    assert [b.attrs["paragraph_number"] for b in numbered] == ["5.1", "5.2"]
    assert parsed.blocks[-1].text.startswith("5.3 million")  # a quantity, not a paragraph number
    record = reportmine.extract(page, nlp=nlp).to_dict()
    assert [(r["number"], r["deadline"]) for r in record["recommendations"]] == [
        (1, "within three months"),
        (2, "immediately"),
    ]
    assert record["recommendations"][0]["text"].startswith("Within three months, the force should")


_PAGE = (
    '<html><head><title>{title}</title><meta property="og:type" content="article"></head>'
    "<body><main><h1>{title}</h1>{body}</main></body></html>"
)


def test_a_planned_revisit_and_a_recommending_lead(nlp, tmp_path: Path) -> None:
    """ "We will revisit" plans a follow-up (this is an inspection); "we recommend that within three months the force:" leads its bullets."""
    page = tmp_path / "inspection.html"
    page.write_text(
        _PAGE.format(
            title="An inspection of a force's response to domestic abuse",
            body=(
                "<h2>Summary</h2><p>We found that call handlers were polite and assessed the risk to callers well.</p>"
                "<h2>Cause of concern</h2><p>The force does not protect vulnerable victims well enough.</p>"
                "<p>To address this cause of concern, we recommend that within three months the force:</p>"
                "<ul><li>reviews every high-risk case that has not been allocated;</li><li>trains its officers in risk assessment.</li></ul>"
                "<h2>Next steps</h2><p>We will revisit the force in 2020.</p>"
            ),
        ),
        encoding="utf-8",
    )
    record = reportmine.extract(page, nlp=nlp).to_dict()
    assert record["kind"] == "inspection_report"
    assert [(r["number"], r["deadline"]) for r in record["recommendations"]] == [
        (1, "within three months"),
        (2, "within three months"),
    ]
    assert [c["text"] for c in record["concerns"]] == [
        "The force does not protect vulnerable victims well enough."
    ]


def test_a_letter_on_an_article_page_is_no_press_piece(tmp_path: Path) -> None:
    page = tmp_path / "letter.html"
    page.write_text(
        _PAGE.format(
            title="A force: cause of concern revisit",
            body=(
                "<p>Dear Chief Constable,</p><p>We returned to the force in May to check its progress on the cause of concern.</p>"
                "<p>We consider the recommendation to have been achieved.</p><p>Yours sincerely,</p><p>A. Inspector</p>"
            ),
        ),
        encoding="utf-8",
    )
    from reportmine.metadata import describe

    assert describe(reportmine.parse(page)).kind == "follow_up_report"


def test_a_bullet_whose_lines_wrap_back_to_the_margin_is_one_item(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "To address this cause of concern, we recommend that the force immediately:")
    pdf.ln(3)
    first = (
        "\x95  reviews how it assesses the risk to vulnerable callers, so that the priority given to each call "
        "reflects the risk to the caller and officers are not delayed;"
    )
    pdf.multi_cell(0, 6, first)
    pdf.ln(2)
    pdf.multi_cell(
        0,
        6,
        "\x95  puts in place arrangements to make sure that victims at high risk receive an immediate response.",
    )
    path = tmp_path / "bullets.pdf"
    pdf.output(str(path))
    items = [b.text for b in reportmine.parse(path).blocks if b.kind == "list_item"]
    assert len(items) == 2 and items[0].endswith("officers are not delayed;"), items


def test_a_gold_named_from_its_own_folder_finds_its_document(monkeypatch) -> None:
    from reportmine.evaluation import load_gold
    from reportmine.evaluation.gold import locate

    monkeypatch.chdir(SET / "gold")
    gold = load_gold("tanfield-custody-2017.gold.json")
    found = locate(gold.files[0], gold)
    assert found is not None and found.resolve() == (SET / "docs" / "tanfield-custody-2017.pdf").resolve()
