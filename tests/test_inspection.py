"""The inspection components (findings, concerns, recommendations, outcomes) on short texts and on the development set."""

from __future__ import annotations

import json

import pytest

from reportmine.nlp.deadlines import find_deadline, resolve_due
from reportmine.nlp.pipeline import make_doc
from reportmine.parsers.document import Block, build


def run(nlp, blocks: list[Block], kind: str | None = None, published: str | None = "2018-07"):
    parsed = build("test", b"test", "text", blocks)
    return nlp(make_doc(nlp, parsed, published=published, kind=kind))


def H(text: str, level: int = 1, **attrs) -> Block:
    return Block("heading", text, level=level, attrs=attrs)


def P(text: str, page: int | None = None, **attrs) -> Block:
    return Block("paragraph", text, page=page, attrs=attrs)


def L(text: str, marker: str | None = None, page: int | None = None, **attrs) -> Block:
    return Block("list_item", text, marker=marker, page=page, attrs=attrs)


# --- deadlines -------------------------------------------------------------


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
    assert resolve_due(deadline, published) == due


def test_deadline_phrase_found_in_prose():
    assert (
        find_deadline("By 31 March 2018, all chief constables should publish a plan.") == "By 31 March 2018"
    )
    assert find_deadline("The force should review its policy.") is None


# --- recommendations ----------------------------------------------------------


def test_group_heading_deadline_and_numbers(nlp):
    doc = run(
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
    doc = run(
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
    doc = run(
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
    doc = run(
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
    assert recs[0]._.deadline == "By 31 March 2018" and recs[0]._.due == "2018-03-31"
    assert recs[0]._.addressee == "all chief constables"
    assert recs[1]._.addressee == "the College of Policing" and recs[1]._.deadline == "within six months"
    assert "National Police Chiefs' Council" in recs[2]._.addressee


# --- findings and concerns ---------------------------------------------------------


def test_summary_lists_by_their_lead(nlp):
    doc = run(
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
    doc = run(
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


# --- outcomes ------------------------------------------------------------------------


def test_follow_up_outcomes_explicit_prose_and_reordered(nlp):
    doc = run(
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
    doc = run(
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


# --- the development set ----------------------------------------------------------------


def _score(dev_records, shared_corpus, field, kinds):
    from reportmine.evaluation.scoring import score_spans

    tp = fp = fn = 0
    accuracy: dict[str, list[bool]] = {}
    for name, record in dev_records.items():
        gold = json.loads((shared_corpus / "gold" / (name.rsplit(".", 1)[0] + ".gold.json")).read_text())
        if gold["kind"] not in kinds:
            continue
        s = score_spans(gold.get(field, []), record.to_dict().get(field, []), field)
        tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
        for key, ratio in s.accuracy.items():
            accuracy.setdefault(key, []).append(ratio)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, accuracy


REPORTS = ("inspection_report", "follow_up_report")


def test_dev_recommendations(dev_records, shared_corpus):
    f1, acc = _score(dev_records, shared_corpus, "recommendations", REPORTS)
    assert f1 >= 0.97
    assert all(r.value in (None, 1.0) for r in acc["number"] + acc["deadline"])


@pytest.mark.parametrize("field", ["findings", "concerns"])
def test_dev_findings_and_concerns(dev_records, shared_corpus, field):
    f1, _ = _score(dev_records, shared_corpus, field, REPORTS + ("press_release", "news_article"))
    assert f1 >= 0.85


def test_dev_outcome_status(dev_records, shared_corpus):
    f1, acc = _score(dev_records, shared_corpus, "outcomes", REPORTS)
    assert f1 >= 0.9
    assert all(r.value in (None, 1.0) for r in acc["status"])


def test_verdict_wordings_and_a_restatement_in_the_past_tense(nlp):
    doc = run(
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
