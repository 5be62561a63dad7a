"""Recommendations: numbers, deadlines, shared leads and addressees, on short made-up texts."""

from __future__ import annotations

import pytest
from helpers import H, L, P, analyse_blocks

from reportmine.nlp.cues import cues
from reportmine.nlp.deadlines import find_deadline, resolve_due


@pytest.mark.parametrize(
    "deadline, published, due",
    [
        ("within three months", "2017-01-26", "2017-04-26"),
        ("within three months", "2018-07", "2018-10"),
        ("within 6 months", "2018-09", "2019-03"),
        ("immediately", "2017-01-26", "2017-01-26"),
        ("by 31 March 2018", "2017-01-26", "2018-03-31"),
        ("within six weeks", "2017-01-26", "2017-03-09"),
        ("within three months", None, None),
    ],
)
def test_due_dates(deadline, published, due):
    assert resolve_due(deadline, published, cues()) == due


def test_deadline_phrase_found_in_prose():
    assert (
        find_deadline("By 31 March 2018, all chief constables should publish a plan.", cues())
        == "By 31 March 2018"
    )
    assert find_deadline("The force should review its policy.", cues()) is None


def test_group_heading_deadline_and_numbers(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Recommendations"),
            P(
                "We have made three recommendations. They are grouped by the time within which the force should act."
            ),
            H("Immediately", 3),
            L(
                "The constabulary should make sure that every referral is assessed on the day it is received.",
                marker="1",
            ),
            H("Within six months", 3),
            L(
                "The constabulary should train all sergeants in the supervision of investigations.",
                marker="2",
            ),
            L(
                "The constabulary should audit the quality of its child protection work every quarter.",
                marker="3",
            ),
        ],
    )
    recs = list(doc.spans["recommendations"])
    assert [r._.number for r in recs] == [1, 2, 3]
    assert [r._.deadline for r in recs] == ["immediately", "within six months", "within six months"]
    assert [r._.due for r in recs] == ["2018-07", "2019-01", "2019-01"]
    assert {r._.addressee for r in recs} == {"the constabulary"}
    assert not any(r.text.startswith("We have made") for r in recs)


def test_recommendation_split_by_page_break_is_whole(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Recommendations"),
            L(
                "The force should review the workloads of its offender managers, and make sure that they have the",
                marker="1",
                page=11,
            ),
            P(
                "training and supervision they need to manage the risk posed by the offenders allocated to them.",
                page=12,
            ),
            L("The force should publish its findings.", marker="2", page=12),
        ],
    )
    recs = list(doc.spans["recommendations"])
    assert len(recs) == 2
    assert recs[0].text.startswith("The force should review") and recs[0].text.endswith("allocated to them.")


def test_shared_lead_bullets_in_a_box(nlp):
    box = {"box": True}
    doc = analyse_blocks(
        nlp,
        [
            H("Cause of concern", 3, **box),
            P("The force does not manage the risk posed by registered sex offenders effectively.", **box),
            H("Recommendations", 3, **box),
            P("Within three months, the force should:", **box),
            L("reduce the number of overdue risk assessments;", **box),
            L("review the workloads of its offender managers.", **box),
            H("Next chapter", 1),
            P("Inspectors found that the force had no plan for this work."),
        ],
        published="2022-05",
    )
    recs = list(doc.spans["recommendations"])
    assert [r.text for r in recs] == [
        "reduce the number of overdue risk assessments;",
        "review the workloads of its offender managers.",
    ]
    assert [r._.number for r in recs] == [1, 2]
    assert {r._.deadline for r in recs} == {"within three months"}
    assert recs[0]._.due == "2022-08" and recs[0]._.addressee == "the force"
    concerns = [s.text for s in doc.spans["concerns"]]
    assert concerns[0].startswith("The force does not manage")
    assert doc.spans["concerns"][0]._.extra == {"cause_of_concern": 1}


def test_labelled_national_recommendations_with_dates_and_addressees(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Our recommendations"),
            P("Recommendation 1"),
            P(
                "By 31 March 2018, all chief constables should make sure that their forces record every report of stalking."
            ),
            P("Recommendation 2"),
            P(
                "The College of Policing should, within six months, publish guidance on the supervision of investigations."
            ),
            H("Conclusion"),
            P("We recommend that the National Police Chiefs' Council should lead a review of call handling."),
        ],
        published="2017-11",
    )
    recs = list(doc.spans["recommendations"])
    assert [r._.number for r in recs] == [1, 2, 3]
    assert recs[0]._.deadline == "by 31 March 2018" and recs[0]._.due == "2018-03-31"
    assert recs[0]._.addressee == "all chief constables"
    assert recs[1]._.addressee == "the College of Policing" and recs[1]._.deadline == "within six months"
    assert "National Police Chiefs' Council" in recs[2]._.addressee


def test_a_deadline_heading_at_the_level_of_the_labels_leads_them(nlp) -> None:
    doc = analyse_blocks(
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
