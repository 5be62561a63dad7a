"""Recommendations as printed, areas for improvement and verdicts in any wording (issue 9), on texts written here."""

from __future__ import annotations

import pytest
from helpers import H, L, P, analyse_blocks

from reportmine.nlp.cues import cues
from reportmine.nlp.deadlines import find_deadline, resolve_due

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
    )
    (outcome,) = doc.spans["outcomes"]
    assert outcome._.status == "achieved" and outcome._.recommendation is None


# --- areas for improvement in the record and the graph ------------------------------


def _lowmoor(doc_id: str, kind: str, title: str, published: str, text: str):
    """A record about the (fictional) Lowmoor Police, made by hand."""
    from reportmine.model import Document

    return Document(
        id=doc_id,
        source=f"{doc_id}.pdf",
        kind=kind,
        force="Lowmoor Police",
        title=title,
        published=published,
        text=text,
    )


def _report_with_areas():
    from reportmine.model import AreaForImprovement, Recommendation

    text = (
        "The force should improve how it supervises investigations of burglary. "
        "The force should make sure that victims are told when their case is closed. "
        "Within six months, the force should publish a plan for its control room."
    )
    first, second, rec = text.split(". ")[0] + ".", text.split(". ")[1] + ".", text.split(". ")[2]
    doc = _lowmoor("r1", "inspection_report", "PEEL 2019: Lowmoor Police", "2019-05", text)
    doc.areas_for_improvement = [
        AreaForImprovement(1, first, 0, len(first)),
        AreaForImprovement(2, second, len(first) + 1, len(first) + 1 + len(second)),
    ]
    doc.recommendations = [Recommendation(1, rec, text.index(rec), len(text), deadline="within six months")]
    return doc


def _later_round():
    from reportmine.model import Outcome

    text = (
        "In our last inspection we found that victims were not told when their case was closed. "
        "The force now tells every victim, so this area for improvement has been discharged. "
        "Burglary investigations are still not supervised well enough; this area for improvement has not "
        "been discharged."
    )
    s1 = text.index("The force now")
    s2 = text.index("Burglary")
    doc = _lowmoor("f1", "follow_up_report", "PEEL 2021: Lowmoor Police revisit", "2021-03", text)
    doc.outcomes = [
        Outcome(
            None,
            "achieved",
            text[s1:s2].strip(),
            s1,
            s2 - 1,
            area_for_improvement=None,
            extra={"subject": "area_for_improvement"},
        ),
        Outcome(
            None,
            "not_achieved",
            text[s2:],
            s2,
            len(text),
            area_for_improvement=1,
            extra={"subject": "area_for_improvement"},
        ),
    ]
    return doc


def test_areas_for_improvement_are_graph_nodes_assessed_one_to_one():
    from reportmine.link import build_graph, recommendation_table
    from reportmine.link.match import match_areas, match_outcomes

    report, later = _report_with_areas(), _later_round()
    assert match_outcomes(report, later) == []  # an outcome on an area never answers a recommendation
    links = {(link.recommendation, link.outcome) for link in match_areas(report, later)}
    assert links == {(2, 0), (1, 1)}  # stated number, then wording
    graph = build_graph([report, later])
    assert graph.nodes["afi:r1:1"]["type"] == "area_for_improvement"
    edges = {(u, v, d["status"]) for u, v, d in graph.edges(data=True) if d.get("type") == "assessed_by"}
    assert edges == {("afi:r1:2", "outcome:f1:1", "achieved"), ("afi:r1:1", "outcome:f1:2", "not_achieved")}
    table = recommendation_table(graph)
    assert list(table["type"]) == ["recommendation", "area_for_improvement", "area_for_improvement"]
    assert list(table["status"]) == ["not_assessed", "not_achieved", "achieved"]


PEEL_PAGE = """<html><head><title>PEEL 2020: Lowmoor Police</title><meta name="date" content="2020-11-02"></head>
<body><main><h1>PEEL 2020: Lowmoor Police</h1>
<h2>Investigating crime</h2><p>Lowmoor Police requires improvement at investigating crime.</p>
<h3>Areas for improvement</h3>
<p>The force should make sure that supervisors review every open investigation each month.</p>
<p>The force should improve the quality of the files it sends to prosecutors.</p>
<h2>Protecting vulnerable people</h2><p>Lowmoor Police is good at protecting vulnerable people.</p>
<h3>Area for improvement</h3>
<p>The force needs to make sure that missing children are interviewed on their return.</p>
</main></body></html>"""


def test_record_lists_areas_for_improvement_in_reading_order(nlp, tmp_path):
    from reportmine import extract

    page = tmp_path / "lowmoor-peel.html"
    page.write_text(PEEL_PAGE, encoding="utf-8")
    record = extract(page, nlp=nlp).to_dict()
    areas = record["areas_for_improvement"]
    assert [a["number"] for a in areas] == [1, 2, 3]
    assert areas[2]["text"].startswith("The force needs to make sure that missing children")
    assert all(record["text"][a["start"] : a["end"]] == a["text"] for a in areas)
    concerns = {c["text"] for c in record["concerns"]}
    assert {a["text"] for a in areas} <= concerns  # they stay in concerns too


# --- deadlines, sub-items, prose verdicts, one to one -------------------------------


@pytest.mark.parametrize(
    "text, deadline, published, due",
    [
        (
            "Not later than 30 June 2016, forces should publish their standards.",
            "Not later than 30 June 2016",
            "2015-11-02",
            "2016-06-30",
        ),
        (
            "By the end of the financial year, the force should train its staff.",
            "by the end of the financial year",
            "2019-07-04",
            "2020-03-31",
        ),
        (
            "By the end of the year, the constabulary should replace its system.",
            "by the end of the year",
            "2019-07-04",
            "2019-12-31",
        ),
        (
            "By the end of next month, the force should review its policy.",
            "by the end of next month",
            "2019-12-04",
            "2020-01-31",
        ),
        (
            "By the end of 2024, the force should audit its records.",
            "by the end of 2024",
            "2023-02-01",
            "2024-12-31",
        ),
    ],
)
def test_deadline_forms_and_their_due_dates(text, deadline, published, due):
    found = find_deadline(text, cues())
    assert found is not None and found.lower() == deadline.lower()
    assert resolve_due(found, published, cues()) == due


def test_a_lead_with_its_own_verb_takes_its_items_and_a_bare_lead_gives_each_item(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Recommendations"),
            P("Within three months, the force should put in place arrangements to make sure that:"),
            L("every call is graded by a trained handler;"),
            L("callers are told when to expect an officer; and"),
            L("supervisors review delayed attendances."),
            P("By 1 May 2020, police and crime commissioners should:"),
            L("publish how they hold their forces to account for call handling; and"),
            L("report progress to their police and crime panels."),
        ],
        kind="inspection_report",
    )
    recs = [
        (r._.number, r._.deadline, r._.addressee, r.text.split()[0]) for r in doc.spans["recommendations"]
    ]
    assert recs == [
        (1, "within three months", "the force", "Within"),
        (2, "by 1 May 2020", "police and crime commissioners", "publish"),
        (3, "by 1 May 2020", "police and crime commissioners", "report"),
    ]
    assert doc.spans["recommendations"][0].text.endswith("review delayed attendances.")


@pytest.mark.parametrize(
    "verdict, status",
    [
        ("The new process is now complete and we saw the difference it has made to victims.", "achieved"),
        ("The force has started this work, but there is still much more to do.", "partially_achieved"),
        (
            "Most supervisors now hold these reviews, although some teams have yet to start them.",
            "partially_achieved",
        ),
        ("We saw no real change in how these cases are handled.", "not_achieved"),
        (
            "The backlog of cases has grown since our inspection and the position has worsened.",
            "not_achieved",
        ),
    ],
)
def test_prose_verdicts(nlp, verdict, status):
    doc = analyse_blocks(
        nlp,
        [
            P("Dear Chief Constable,"),
            P("Our first recommendation was that the force should improve how it deals with these cases."),
            P(verdict),
        ],
        kind="follow_up_report",
    )
    assert [(o._.recommendation, o._.status) for o in doc.spans["outcomes"]] == [(1, status)]


def test_a_recommendation_gets_one_outcome_in_a_follow_up(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Summary"),
            P("Recommendation 2 has been partially achieved."),
            H("Detailed findings"),
            P("Recommendation 2"),
            P("The force has trained its call handlers. We consider this recommendation partially achieved."),
        ],
        kind="follow_up_report",
    )
    numbers = [o._.recommendation for o in doc.spans["outcomes"]]
    assert numbers == [2]


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "Inspectors found that the force had made good progress against its recommendations.",
            "partially_achieved",
        ),
        ("Some forces have made little progress on these recommendations.", "not_achieved"),
        ("In this review we examined the progress forces had made against our recommendations.", None),
        ("The force has taken action in line with our recommendations.", None),
    ],
)
def test_a_verdict_on_the_recommendations_as_a_whole(nlp, sentence, status):
    doc = analyse_blocks(
        nlp,
        [P("In 2020 we made eight recommendations to improve how the force protects children."), P(sentence)],
        kind="press_release",
    )
    got = [(o._.recommendation, o._.status) for o in doc.spans["outcomes"]]
    assert got == ([(None, status)] if status else [])


def test_a_date_line_opens_no_assessment(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P("14 March 2023"),
            P(
                "The commissioner said the report showed improvements, but that the force still has more to do."
            ),
        ],
        kind="follow_up_report",
    )
    assert not list(doc.spans["outcomes"])


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("This recommendation has been achieved in part.", "partially_achieved"),
        ("We are now closing this recommendation.", "achieved"),
        (
            "We are closing this recommendation because it has been overtaken by a national programme.",
            "unclear",
        ),
        ("Recommendation discharged.", "achieved"),
        ("This recommendation remains open.", "not_achieved"),
    ],
)
def test_programme_vocabulary(sentence, status):
    from reportmine.nlp.outcomes import judge

    assert judge(sentence, cues()) == (status, "explicit")


def test_register_entry_with_bare_dated_lines_takes_its_latest_comment(nlp):
    doc = analyse_blocks(
        nlp,
        [
            P(
                "No later than 30 June 2016 forces that run a call-grading policy should train every call handler in it."
            ),
            P("[on]2nd May 2016"),
            P("The status of this recommendation will be updated when our review is complete."),
            P("[/comment][/on][on]1st June 2018"),
            P(
                "This work is now inspected in our annual programme, where any remaining concern will be recorded."
            ),
        ],
        kind="other",
    )
    (rec,) = doc.spans["recommendations"]
    assert rec._.deadline.lower() == "no later than 30 june 2016" and rec._.due == "2016-06-30"
    (outcome,) = doc.spans["outcomes"]
    assert outcome.text.startswith("This work is now inspected") and outcome._.status == "unclear"


def test_addressee_without_the_deadline_or_a_relative_clause_before_the_modal(nlp):
    from reportmine.nlp.recommendations import addressee_of

    c = cues()
    assert addressee_of("Within six months the force should review its policy.", c) == "the force"
    assert (
        addressee_of("Forces that have not yet done so should publish a plan.", c)
        == "Forces that have not yet done so"
    )
    assert addressee_of("By 2020 those forces, which have no plan, should publish one.", c) == "those forces"


# --- never-seen layouts (tests/data/styles/unseen) ------------------------------


def test_a_standard_tied_to_another_event_is_no_deadline_and_publication_counts():
    assert find_deadline("assess every referral within 14 days of receiving it; and", cues()) is None
    assert find_deadline("Within 12 months of the publication of this report", cues()) == "Within 12 months"
    assert resolve_due("by September 2023", "2022-10-18", cues()) == "2023-09-30"  # a month: its last day


def test_shared_lead_deadline_beats_a_standard_in_the_item_and_labels_start_lower_case(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Cause of concern"),
            P("By 30 June 2024, the force should:"),
            L("review every referral within 14 days of receiving it; and"),
            L("train its investigators."),
        ],
        published="2024-01-10",
    )
    got = [(r._.deadline, r._.due) for r in doc.spans["recommendations"]]
    assert got == [("by 30 June 2024", "2024-06-30")] * 2


def test_a_numbered_lead_keeps_its_lettered_items_and_the_next_number_stays_its_own(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Recommendations"),
            L("With immediate effect, the force should stop unvetted starts.", marker="1"),
            L("Within three months, the force should:", marker="2"),
            L("(a) review every decision to grant clearance;"),
            L("(b) record its reasons; and"),
            L("(c) have a senior officer approve each one."),
            L("By the end of June 2023, the force should monitor its computer systems.", marker="3"),
        ],
        published="2022-09-06",
    )
    recs = doc.spans["recommendations"]
    assert [r._.number for r in recs] == [1, 2, 3]
    assert recs[1].text.endswith("approve each one.") and recs[1]._.deadline == "within three months"
    assert recs[2]._.due == "2023-06-30"


def test_a_deadline_heading_counted_from_publication_leads_its_group(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Our recommendations"),
            H("Within 12 months of the publication of this report", level=3),
            L("The Home Office should fund an evaluation of specialist teams."),
            L("Police and crime commissioners should commission independent advocacy."),
        ],
        published="2022-10-18",
    )
    got = [(r._.deadline, r._.due, r._.addressee) for r in doc.spans["recommendations"]]
    assert got == [
        ("within 12 months", "2023-10-18", "the Home Office"),
        ("within 12 months", "2023-10-18", "Police and crime commissioners"),
    ]


def test_a_tracker_labels_each_recommendation_and_its_status_line_judges_it(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Custody inspection 2022"),
            P("Recommendation"),
            P("Within three months, the force should repair the cell call system."),
            P("Current status: Complete"),
            H("Vetting inspection 2023"),
            P("Recommendation"),
            P("Within six months, the force should re-vet every officer whose clearance has expired."),
            P("Current status: Open"),
            P("The review has been scheduled."),
        ],
        kind="other",
    )
    recs = doc.spans["recommendations"]
    assert [(r._.number, r._.due) for r in recs] == [(1, None), (2, None)]  # the page's date counts nothing
    assert [(o._.recommendation, o._.status) for o in doc.spans["outcomes"]] == [
        (1, "achieved"),
        (2, "not_achieved"),
    ]


def test_letter_verdicts_in_other_words_and_what_was_not_examined_is_unclear(nlp):
    passages = [
        "Detainees now receive a leaflet in twelve languages. We are content to close this recommendation.",
        "We did not examine health care on this visit, because the contract was being retendered.",
        "The cell call system is still out of order, and alarms are often missing.",
        "Some parts of this recommendation have been met, but others are outstanding.",
        "The force has made no meaningful progress on this recommendation.",
        "Talks have begun, but nothing has yet been agreed.",
        "The figures we were given were incomplete, so we cannot yet say whether the targets are met.",
    ]
    blocks = [
        P("Dear Chief Constable,"),
        P("In 2019 we made seven recommendations. We returned to the force in March 2020."),
    ]
    for n, passage in enumerate(passages, start=1):
        blocks += [H(f"Recommendation {n}", level=2), P(passage)]
    doc = analyse_blocks(nlp, blocks, kind="follow_up_report")
    got = [(o._.recommendation, o._.status) for o in doc.spans["outcomes"]]
    statuses = ["achieved", "unclear", "not_achieved", "partially_achieved", "not_achieved", "not_achieved"]
    assert got == list(enumerate([*statuses, "unclear"], start=1))


def test_a_later_round_restates_areas_for_improvement_in_its_own_words(nlp):
    doc = analyse_blocks(
        nlp,
        [
            H("Progress since our last inspection"),
            P(
                "The first recommendation asked the force to clear its backlog. We consider this recommendation discharged."
            ),
            P("The second recommendation was about training. This recommendation has been superseded."),
            P(
                "We also said that victims should be told when their case is closed. The force has not addressed this area for improvement."
            ),
            P(
                "The third area for improvement concerned stop and search data. We did not examine this area during this inspection."
            ),
        ],
        kind="inspection_report",
    )
    got = [
        (o._.recommendation, (o._.extra or {}).get("area_for_improvement"), o._.status)
        for o in doc.spans["outcomes"]
    ]
    assert got == [
        (1, None, "achieved"),
        (2, None, "unclear"),
        (None, None, "not_achieved"),
        (None, 3, "unclear"),
    ]
