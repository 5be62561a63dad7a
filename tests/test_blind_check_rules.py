"""Rules added after the blind check of the held-out sets (see tests/data/styles/*/README.md): each on a short,
made-up text, so that it is held whatever the sets contain."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from reportmine.metadata import describe
from reportmine.nlp.pipeline import make_doc
from reportmine.parsers.document import Block, build
from reportmine.parsers.pdf import parse_pdf


def run(nlp, blocks: list[Block], kind: str | None = None, published: str | None = "2021-06"):
    parsed = build("test", b"test", "text", blocks)
    return nlp(make_doc(nlp, parsed, published=published, kind=kind))


def H(text: str, level: int = 1) -> Block:
    return Block("heading", text, level=level)


def P(text: str) -> Block:
    return Block("paragraph", text)


def L(text: str) -> Block:
    return Block("list_item", text)


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


def test_bilingual_section_headings_make_a_report() -> None:
    blocks = [
        H("Crynodeb / Summary"),
        P("We inspected how the force responds to people in mental health crisis."),
        H("Argymhellion / Recommendations"),
        P("The force should extend its triage service."),
    ]
    titled = build(
        "report", b"x", "text", [H("An inspection of the force's response to mental health crisis")] + blocks
    )
    assert describe(titled).kind == "inspection_report"


def test_the_lead_in_of_a_list_of_areas_for_improvement_is_not_one(nlp) -> None:
    doc = run(
        nlp,
        [
            H("Areas for improvement"),
            P("We also identified the following areas for improvement for all forces:"),
            L("forces should record vetting decisions with a clear rationale;"),
            L("forces should share information between their standards departments and vetting units."),
        ],
        kind="inspection_report",
    )
    concerns = [s.text for s in doc.spans["concerns"]]
    assert len(concerns) == 2 and all(c.startswith("forces should") for c in concerns), concerns


def test_however_after_what_was_found_is_a_concern(nlp) -> None:
    doc = run(
        nlp,
        [
            H("Investigating crime"),
            P(
                "We found that victims were kept informed in most of the cases we examined. "
                "However, victim needs assessments were missing from a third of the files."
            ),
        ],
        kind="inspection_report",
    )
    assert [s.text for s in doc.spans["concerns"]] == [
        "However, victim needs assessments were missing from a third of the files."
    ]


def test_a_report_saying_the_force_has_not_done_enough_states_a_concern(nlp) -> None:
    blocks = [
        H("Ethical behaviour"),
        P("The force has not done enough to make its workforce aware of the risk of corruption."),
    ]
    assert len(run(nlp, blocks, kind="inspection_report").spans["concerns"]) == 1
    # in a follow-up the same words weigh progress; they are not a fresh concern
    assert len(run(nlp, blocks, kind="follow_up_report").spans["concerns"]) == 0


def test_a_deadline_heading_at_the_level_of_the_labels_leads_them(nlp) -> None:
    doc = run(
        nlp,
        [
            H("Recommendations", 2),
            H("Immediately", 3),
            H("Recommendation 1", 3),
            P("The force should review every case of a child reported missing more than three times."),
            H("Within three months", 3),
            H("Recommendation 2", 3),
            P("The force should introduce supervisory review of all child protection investigations."),
        ],
        kind="inspection_report",
    )
    assert [(s._.number, s._.deadline) for s in doc.spans["recommendations"]] == [
        (1, "immediately"),
        (2, "within three months"),
    ]


LETTER = [
    P("Dear Chief Constable,"),
    P("Recording information about children"),
    P(
        "Our first recommendation was that officers should record the details of every child present. Officers now use a "
        "mobile form. We are satisfied that this recommendation has been discharged."
    ),
    P("Strategy meetings"),
    P(
        "Attendance has improved, but decisions were recorded in only 11 of 25 cases. We judge that this recommendation is "
        "partially achieved."
    ),
    P("Training"),
    P(
        "Every frontline officer has now been trained. We consider that the force has met this recommendation."
    ),
    P("Yours sincerely,"),
]


def test_topic_titles_of_a_letter_open_assessments_once_one_is_judged(nlp) -> None:
    doc = run(nlp, LETTER, kind="follow_up_report")
    outcomes = [(s._.recommendation, s._.status) for s in doc.spans["outcomes"]]
    assert outcomes == [(1, "achieved"), (None, "partially_achieved"), (None, "achieved")]


def test_an_ordinal_within_a_cause_of_concern_is_no_report_number(nlp) -> None:
    doc = run(
        nlp,
        [
            P("Dear Chief Constable,"),
            P(
                "The second recommendation under this cause of concern asked the force to reduce workloads. "
                "We consider that this recommendation has been achieved."
            ),
            P("Yours sincerely,"),
        ],
        kind="follow_up_report",
    )
    assert [(s._.recommendation, s._.status) for s in doc.spans["outcomes"]] == [(None, "achieved")]


def test_it_after_the_force_in_a_findings_chapter_is_the_force(nlp) -> None:
    def findings(first: str) -> list[str]:
        doc = run(
            nlp,
            [
                H("How well does the force use its resources?"),
                P(
                    f"{first} Its joint work with a neighbouring force on roads policing has saved money and improved resilience."
                ),
            ],
            kind="inspection_report",
        )
        return [s.text for s in doc.spans["findings"]]

    assert findings("The force has a good understanding of the skills of its workforce.")[-1].startswith(
        "Its joint work"
    )
    # after another subject, "Its ..." says more about that subject and is no statement of its own
    assert not any(
        f.startswith("Its") for f in findings("The control room received around 300,000 calls last year.")
    )


def test_what_officers_understand_or_review_is_a_finding_without_a_cue(nlp) -> None:
    def findings(text: str) -> list[str]:
        doc = run(nlp, [H("2. Recording and supervision"), P(text)], kind="inspection_report")
        return [s.text for s in doc.spans["findings"]]

    assert findings("In the stations we visited, supervisors regularly reviewed the records of every search.")
    # in a findings chapter too, whoever on the workforce does it
    doc = run(
        nlp,
        [H("Findings"), P("In one area, a named coordinator reviewed every open case each morning.")],
        kind="inspection_report",
    )
    assert len(doc.spans["findings"]) == 1
    assert not findings(
        "The force is reviewing how it deploys its response officers this year."
    )  # under way, not found
    assert not findings(
        "Supervisors reviewed the records, but they did not check the grounds for each search."
    )
    assert not findings(
        "There was no evidence that a supervisor had reviewed the case in the weeks that followed."
    )
    assert not findings(
        "From next month, custody staff will review the care plan of every detainee each morning."
    )  # not yet done
    # an introduction says what the inspection did, not what it found
    doc = run(
        nlp,
        [
            H("Introduction"),
            P("In the stations we visited, supervisors regularly reviewed the records of every search."),
        ],
        kind="inspection_report",
    )
    assert not doc.spans["findings"]
