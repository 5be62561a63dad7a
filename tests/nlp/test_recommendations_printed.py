"""Recommendations as printed, areas for improvement and verdicts in any wording (issue 9), on texts written here."""

from __future__ import annotations

from helpers import H, P, analyse_blocks

# --- register entry pages -------------------------------------------------------


def test_register_entry_gives_one_recommendation_and_its_closing_verdict(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P(
                "Custody sergeants should be given refresher training on the recording of detainee risk "
                "assessments, including: ◦the use of the revised template;◦the review at each handover; and"
                "◦the escalation of concerns to an inspector."
            ),
            P("[on]3rd June 2015 [status]awaiting-review[/status][/on][on]9th May 2016 [comment]"),
            P("The force has told us that the training is planned for the autumn."),
            P(
                "[/comment][/on][on]2nd October 2017 [status]complete[/status][/on][on]2nd October 2017 [comment]"
            ),
            P("We have examined the evidence supplied. The training has been delivered to every sergeant."),
        ],
        kind="other",
        published="2019-03-14",
    )
    recs = list(doc.spans["recommendations"])
    assert len(recs) == 1 and recs[0]._.number == 1
    assert recs[0].text.endswith("to an inspector.")
    (outcome,) = doc.spans["outcomes"]
    assert outcome._.status == "achieved" and outcome._.recommendation == 1
    assert outcome.text.startswith("We have examined the evidence supplied.")


def test_register_entry_awaiting_review_is_unclear_and_bare_entry_has_no_outcome(nlp):
    progress = analyse_blocks(
        nlp,
        [
            P("The force should make sure that every reported crime is recorded within a day of report."),
            P("[on]1st March 2018 [status]awaiting-review[/status][/on][on]5th July 2019 [comment]"),
            P(
                "The force has created a central team, and the share of crimes recorded within a day has risen."
            ),
        ],
        kind="other",
        published="2019-03-14",
    )
    (outcome,) = progress.spans["outcomes"]
    assert outcome._.status == "unclear"  # progress reported, no verdict: never a guess
    bare = analyse_blocks(
        nlp,
        [
            P("The force should make sure that every reported crime is recorded within a day of report."),
            P("[on]1st March 2018 [status]awaiting-review[/status][/on]"),
        ],
        kind="other",
        published="2019-03-14",
    )
    assert len(bare.spans["recommendations"]) == 1 and not list(bare.spans["outcomes"])


def test_superseded_register_entry_is_unclear(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P("Forces should publish their call-handling standards."),
            P("[on]4th April 2016 [status]superseded[/status][/on][on]4th April 2016 [comment]"),
            P("This area is now covered by the annual inspection programme and will be tracked there."),
        ],
        kind="other",
        published="2019-03-14",
    )
    (outcome,) = doc.spans["outcomes"]
    assert outcome._.status == "unclear"


# --- restated items listed after a lead ------------------------------------------


def test_areas_for_improvement_listed_after_a_counted_lead_are_judged_by_position(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Fairness at work"),
            P(
                "We did not inspect this question again. In our last inspection, we identified three areas "
                "for improvement:"
            ),
            P("The force should make sure supervisors hold regular wellbeing conversations with staff."),
            P(
                "We found that these conversations now take place and are recorded, so this area for improvement "
                "has been discharged."
            ),
            P("The force should improve how it records the reasons for stop and search."),
            P("This area for improvement has not been discharged. Too many records still lack grounds."),
            P("The force must reduce the backlog of grievance cases."),
            P("The backlog has fallen by a third, but it has not been fully addressed."),
        ],
        kind="inspection_report",
        published="2019-03-14",
    )
    got = [(o._.extra.get("area_for_improvement"), o._.status) for o in doc.spans["outcomes"]]
    assert got == [(1, "achieved"), (2, "not_achieved"), (3, "partially_achieved")]
    assert all(o._.recommendation is None for o in doc.spans["outcomes"])


def test_listed_items_without_a_matching_count_keep_no_number(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P("Among other things, we made the following recommendations:"),
            P("The force should train its call handlers in risk assessment."),
            P("We consider this recommendation to have been achieved."),
        ],
        kind="follow_up_report",
        published="2019-03-14",
    )
    (outcome,) = doc.spans["outcomes"]
    assert outcome._.status == "achieved" and outcome._.recommendation is None
