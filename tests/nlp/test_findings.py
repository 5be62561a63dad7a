"""Findings and concerns: summary lists, body sentences and grades, on short made-up texts."""

from __future__ import annotations

from helpers import H, L, P, analyse_blocks


def test_summary_lists_by_their_lead(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Summary of findings"),
            P("Inspectors were pleased to find:"),
            L("a strong commitment from leaders to protecting children;"),
            L("well-trained specialist investigators."),
            P("However, inspectors were concerned to find:"),
            L("an inconsistent response to missing children;"),
            L("too few checks on the quality of investigations."),
            H("Methodology"),
            P("During the fieldwork, inspectors:"),
            L("examined 60 case files;"),
        ],
    )
    assert [s.text for s in doc.spans["findings"]] == [
        "a strong commitment from leaders to protecting children;",
        "well-trained specialist investigators.",
    ]
    assert [s.text for s in doc.spans["concerns"]] == [
        "an inconsistent response to missing children;",
        "too few checks on the quality of investigations.",
    ]


def test_body_sentences_and_grades(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Investigating crime"),
            H("Grade: Requires improvement", 3),
            P(
                "Eastshire Constabulary requires improvement at investigating crime. The force examined 40 cases last year."
            ),
            P(
                "We found that supervisors reviewed most investigations promptly. Inspectors were concerned that victims were not always kept informed."
            ),
            H("Area for improvement", 3, box=True),
            P("The force should make sure that victims are updated regularly.", box=True),
        ],
    )
    findings = [s.text for s in doc.spans["findings"]]
    concerns = [s.text for s in doc.spans["concerns"]]
    assert findings == ["We found that supervisors reviewed most investigations promptly."]
    assert concerns[0] == "Eastshire Constabulary requires improvement at investigating crime."
    assert "Inspectors were concerned that victims were not always kept informed." in concerns
    assert doc.spans["concerns"][-1]._.extra == {"area_for_improvement": 1}
    assert doc._.extra["grades"] == [{"area": "Investigating crime", "grade": "requires improvement"}]


def test_the_lead_in_of_a_list_of_areas_for_improvement_is_not_one(nlp) -> None:
    doc = analyse_blocks(
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
    doc = analyse_blocks(
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
    assert len(analyse_blocks(nlp, blocks, kind="inspection_report").spans["concerns"]) == 1
    # in a follow-up the same words weigh progress; they are not a fresh concern
    assert len(analyse_blocks(nlp, blocks, kind="follow_up_report").spans["concerns"]) == 0


def test_it_after_the_force_in_a_findings_chapter_is_the_force(nlp) -> None:
    def findings(first: str) -> list[str]:
        doc = analyse_blocks(
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
        doc = analyse_blocks(nlp, [H("2. Recording and supervision"), P(text)], kind="inspection_report")
        return [s.text for s in doc.spans["findings"]]

    assert findings("In the stations we visited, supervisors regularly reviewed the records of every search.")
    # in a findings chapter too, whoever on the workforce does it
    doc = analyse_blocks(
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
    doc = analyse_blocks(
        nlp,
        [
            H("Introduction"),
            P("In the stations we visited, supervisors regularly reviewed the records of every search."),
        ],
        kind="inspection_report",
    )
    assert not doc.spans["findings"]


def test_a_key_finding_box_is_a_finding_or_a_concern_by_what_it_says(nlp) -> None:
    doc = analyse_blocks(
        nlp,
        [
            H("Responding to the public"),
            P("Eastshire Constabulary answers most emergency calls on time, as its own figures show."),
            H("Key findings", 3, box=True),
            L("Call handlers assessed the risk to callers thoroughly and recorded it.", box=True),
            L("Too many non-emergency callers gave up before their call was answered.", box=True),
            H("Key finding", 3, box=True),
            P("The force does not always send an officer to a vulnerable caller within the hour.", box=True),
        ],
        kind="inspection_report",
    )
    assert [s.text for s in doc.spans["findings"]] == [
        "Call handlers assessed the risk to callers thoroughly and recorded it."
    ]
    assert [s.text for s in doc.spans["concerns"]] == [
        "Too many non-emergency callers gave up before their call was answered.",
        "The force does not always send an officer to a vulnerable caller within the hour.",
    ]
