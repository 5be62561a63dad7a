"""Findings in a follow-up's summary, PEEL pages and graded lines, on made-up texts (fictional Ormley Police)."""

from __future__ import annotations

from helpers import H, L, P, analyse_blocks


def _texts(doc, group: str) -> list[str]:
    return [s.text for s in doc.spans[group]]


def _found(doc) -> tuple[list[str], list[str]]:
    """The findings and the concerns of a Doc, as texts."""
    return _texts(doc, "findings"), _texts(doc, "concerns")


def test_a_follow_ups_summary_of_findings_states_its_progress_as_findings(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Introduction"),
            P("In March, we returned to the force to carry out a review of its progress."),
            P("During this review we:"),
            L("read force policies and plans;"),
            L("examined 30 case files (8 cases were good, 12 required improvement and 10 were inadequate)."),
            H("Summary of findings from the review"),
            P("The force has taken action to improve how it protects children at risk."),
            P(
                "It has introduced a daily meeting to review every missing child. These meetings now give "
                "managers better oversight of the highest risks."
            ),
            P("This is a meeting chaired by a superintendent every weekday morning."),
            H("Conclusion"),
            P(
                "The force has made real progress since our inspection, and it now answers most calls quickly."
            ),
        ],
        kind="follow_up_report",
    )
    assert _texts(doc, "findings") == [
        "examined 30 case files (8 cases were good, 12 required improvement and 10 were inadequate).",
        "The force has taken action to improve how it protects children at risk.",
        "It has introduced a daily meeting to review every missing child.",
        "These meetings now give managers better oversight of the highest risks.",
    ]  # the conclusion weighs the recommendations; a bare description is context
    assert _texts(doc, "concerns") == []


def test_a_peel_question_in_adverb_form_is_a_findings_chapter(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("How legitimately does the force treat the public?"),
            P("Ormley Police is good at treating the public fairly."),
            P(
                "It now has a scrutiny panel for the use of force. Stop and search records are good but "
                "would benefit from more detail."
            ),
            P("The force needs to further develop how it monitors complaints."),
            P(
                "This question was not subject to detailed inspection this year, and our judgment from the "
                "last inspection has been carried over."
            ),
        ],
        kind="inspection_report",
    )
    assert _texts(doc, "findings") == [
        "Ormley Police is good at treating the public fairly.",
        "It now has a scrutiny panel for the use of force.",
    ]
    assert _texts(doc, "concerns") == [
        "Stop and search records are good but would benefit from more detail.",
        "The force needs to further develop how it monitors complaints.",
    ]


def test_a_line_that_grades_an_area_is_a_finding_or_concern_by_its_grade(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Introduction"),
            P("Vetting and counter-corruption: requires improvement"),
            P("Grade: Good"),
            P("Call handling: good"),
        ],
        kind="inspection_report",
    )
    assert _texts(doc, "concerns") == ["Vetting and counter-corruption: requires improvement"]
    assert _texts(doc, "findings") == ["Call handling: good"]


def test_meta_sentences_under_an_area_for_improvement_heading_are_no_area(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Areas for improvement"),
            L("The force should make sure its vetting backlog is cleared."),
            P("We set out our detailed findings below. They are the basis for our judgment."),
        ],
        kind="inspection_report",
    )
    assert _texts(doc, "concerns") == ["The force should make sure its vetting backlog is cleared."]


def test_a_national_overviews_foreword_sums_up_what_inspectors_found(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Foreword"),
            P(
                "This overview draws together the themes of our inspections of 12 forces this year. "
                "Most of the forces we inspected are doing well. They answer calls promptly and treat "
                "victims fairly and with respect. But more forces are inadequate at investigating crime than last year."
            ),
            P(
                "Demand keeps rising in every area we looked at. In several forces the pressure on investigators "
                "has increased, and we are seeing cracks in how cases are supervised. It is good news that the "
                "government has promised more money. But it will not, by itself, be enough to last the year. "
                "And the public are not all alike in what they expect."
            ),
            P("Jane Example"),
            P("HM Inspector of Constabulary"),
            H("About this report"),
            P("We inspected each force for one week and graded it as good or inadequate where we could."),
        ],
        kind="other",
    )
    assert _found(doc) == (
        [
            "Most of the forces we inspected are doing well.",
            "They answer calls promptly and treat victims fairly and with respect.",
        ],
        [
            "But more forces are inadequate at investigating crime than last year.",
            "In several forces the pressure on investigators has increased, and we are seeing cracks in how "
            "cases are supervised.",
        ],
    )


def test_a_foreword_is_no_summary_where_the_report_has_its_own(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Foreword"),
            P("Most of the officers we met are doing well, but the force is inadequate at answering calls."),
            H("Summary of findings"),
            P("Inspectors were pleased to find:"),
            L("officers who answered calls promptly and politely."),
        ],
        kind="inspection_report",
    )
    assert _found(doc) == (["officers who answered calls promptly and politely."], [])


def test_areas_for_improvement_restated_from_an_earlier_inspection_are_no_concerns_now(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("How well does the force treat its workforce?"),
            P("Our judgment from last year stands. In 2019, we identified one area for improvement:"),
            L("The force should make sure that every officer has a yearly wellbeing conversation."),
            P(
                "The force has not addressed this area for improvement. It still needs to improve how it supports staff."
            ),
        ],
        kind="inspection_report",
    )
    assert _found(doc) == ([], ["It still needs to improve how it supports staff."])


def test_a_register_entrys_comments_report_what_the_force_has_done(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P(line)
            for line in (
                "The force should review how its control room records reports of crime.",
                "[on]3rd May 2018 [status]awaiting-review[/status][/on][on]9th June 2019 [comment]",
                "Progress against this recommendation was assessed during our 2019 inspection:",
                "The force has retrained every call handler and has moved crime recording into one team.",
                "The force has not yet audited the new process. The status will be updated when it has.",
                "[/comment][/on]",
            )
        ],
        kind="other",
    )
    assert _found(doc) == (
        ["The force has retrained every call handler and has moved crime recording into one team."],
        [],
    )


def test_progress_not_yet_finished_is_a_finding_and_an_inspector_encouraged_to_see_it_too(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Summary of findings"),
            P(
                "The force has improved how it shares information with schools, but this is not yet done in "
                "every district. Some of its officers were still unaware of the new guidance."
            ),
            P("I was encouraged to see that the force now reviews every missing child case within a day."),
        ],
        kind="follow_up_report",
    )
    assert _found(doc) == (
        [
            "The force has improved how it shares information with schools, but this is not yet done in every "
            "district.",
            "I was encouraged to see that the force now reviews every missing child case within a day.",
        ],
        ["Some of its officers were still unaware of the new guidance."],
    )
