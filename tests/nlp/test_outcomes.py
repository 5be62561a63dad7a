"""Outcomes: what a follow-up says became of each recommendation, on short made-up texts."""

from __future__ import annotations

from helpers import H, P, analyse_blocks

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


def test_follow_up_outcomes_explicit_prose_and_reordered(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Progress against the recommendations"),
            H("Recommendation 2", 3, box=True),
            P("The force should audit its handling of missing children.", box=True),
            P(
                "The force now audits fifty cases each month. We consider this recommendation to have been achieved."
            ),
            H("Recommendation 1", 3, box=True),
            P("The force should improve the supervision of investigations.", box=True),
            P(
                "Supervisors now set plans in most cases. Some progress has been made, but further work is required before supervision is consistent."
            ),
            H("Recommendation 3", 3, box=True),
            P("The force should open a safeguarding hub for the whole county.", box=True),
            P("The hub has not opened. This recommendation has not been met."),
        ],
        kind="follow_up_report",
        published="2019-02",
    )
    assert list(doc.spans["recommendations"]) == []
    outcomes = [(o._.recommendation, o._.status, o._.extra["judgement"]) for o in doc.spans["outcomes"]]
    assert outcomes == [
        (2, "achieved", "explicit"),
        (1, "partially_achieved", "prose"),
        (3, "not_achieved", "explicit"),
    ]
    assert doc.spans["outcomes"][1].text.startswith("Some progress has been made")


def test_outcome_of_a_recommendation_restated_in_prose(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Workloads"),
            P(
                "The second recommendation under this cause of concern asked the force to review the workloads of its staff."
            ),
            P(
                "Caseloads have fallen. Supervision has improved, but the force still has more to do before every manager is trained."
            ),
            H("Conclusion"),
            P("Yours sincerely,"),
        ],
        kind="follow_up_report",
        published="2023-02",
    )
    (outcome,) = doc.spans["outcomes"]
    assert outcome._.status == "partially_achieved" and outcome._.recommendation is None
    assert outcome._.extra["ordinal"] == 2


def test_verdict_wordings_and_a_restatement_in_the_past_tense(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Progress against the recommendations"),
            H("Recommendation 2", 2),
            P("We recommended that the force agree with the council how information would be shared."),
            H("Our assessment", 3),
            P("We consider this recommendation not to have been achieved."),
            H("Recommendation 4", 2),
            P("Working with its partners, the force should publish a plan."),
            H("Our assessment", 3),
            P("Some progress has been made but further work is required."),
        ],
        kind="follow_up_report",
    )
    assert [(o._.recommendation, o._.status) for o in doc.spans["outcomes"]] == [
        (2, "not_achieved"),
        (4, "partially_achieved"),
    ]
    assert [s._.addressee for s in doc.spans["restated"]][-1] == "the force"


def test_topic_titles_of_a_letter_open_assessments_once_one_is_judged(nlp) -> None:
    doc = analyse_blocks(nlp, LETTER, kind="follow_up_report")
    outcomes = [(s._.recommendation, s._.status) for s in doc.spans["outcomes"]]
    assert outcomes == [(1, "achieved"), (None, "partially_achieved"), (None, "achieved")]


def test_an_ordinal_within_a_cause_of_concern_is_no_report_number(nlp) -> None:
    doc = analyse_blocks(
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
