"""Reported findings and concerns in press pieces (reportmine.nlp.reported), on short stories written for these tests,
and the constructed press set tests/data/styles/press-coverage held to its floors."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import analyse_parsed

from reportmine.evaluation import check_floors, evaluate, load_floors
from reportmine.parsers import parse_bytes

STYLES = Path(__file__).resolve().parents[1] / "data" / "styles"
SET = STYLES / "press-coverage"


def reported(nlp, body: str, kind: str = "news_article") -> dict[str, list[str]]:
    page = f"<html><head><meta charset='utf-8'><title>Story</title></head><body><main><h1>Story</h1>{body}</main></body></html>"
    doc = analyse_parsed(nlp, parse_bytes(page.encode()), published="2021-06-01", kind=kind)
    return {group: [s.text for s in doc.spans[group]] for group in ("findings", "concerns")}


def test_reported_speech_and_attributions_are_relayed_findings(nlp) -> None:
    got = reported(
        nlp,
        "<p>Officers in Barnford did not always record crimes of stalking, according to a new report.</p>"
        "<p>The report said detectives were thorough and that victims were kept informed.</p>"
        "<p>The weather in Barnford was mild on Tuesday afternoon, residents said.</p>",
    )
    assert got["concerns"] == [
        "Officers in Barnford did not always record crimes of stalking, according to a new report."
    ]
    assert got["findings"] == [
        "The report said detectives were thorough and that victims were kept informed."
    ]


def test_a_grade_given_as_news_is_praise_or_criticism_by_its_grade(nlp) -> None:
    got = reported(
        nlp,
        "<p>Barnford Police has been rated inadequate at responding to the public.</p>"
        "<p>The force was judged good at preventing crime in the same inspection.</p>",
    )
    assert len(got["concerns"]) == 1 and "inadequate" in got["concerns"][0]
    assert len(got["findings"]) == 1 and "preventing crime" in got["findings"][0]


def test_a_list_under_a_lead_in_of_the_journalists_own_takes_its_group(nlp) -> None:
    got = reported(
        nlp,
        "<p>Among the problems the inspectors listed were:</p>"
        "<ul><li>calls left unanswered for many minutes at night;</li><li>risk assessments that were never reviewed.</li></ul>"
        "<p>The force said it would publish its plans:</p><ul><li>a new control room rota from next month;</li></ul>",
    )
    assert got["concerns"] == [
        "calls left unanswered for many minutes at night;",
        "risk assessments that were never reviewed.",
    ]
    assert got["findings"] == []


def test_a_response_is_neither_and_only_the_inspectorate_speaks_its_findings_in_the_first_person(nlp) -> None:
    got = reported(
        nlp,
        "<p>Chief Constable Ann Lowry said: &#8220;We accept the findings and we have already acted on them.&#8221;</p>"
        "<p>Police and Crime Commissioner Dev Mistry said: &#8220;I am pleased that the force has listened and acted quickly.&#8221;</p>"
        "<p>HM Inspector of Constabulary Ruth Arkwright said: &#8220;I am pleased that victims are now kept informed.&#8221;</p>",
        kind="press_release",
    )
    assert got["concerns"] == []
    assert [f for f in got["findings"] if "Arkwright" in f] == got["findings"] and len(got["findings"]) == 1


def test_reports_are_left_to_the_findings_component(nlp) -> None:
    page = b"<html><body><main><h1>Report</h1><p>Officers did not always record crimes, according to a new report.</p></main></body></html>"
    doc = analyse_parsed(nlp, parse_bytes(page), published="2021-06-01", kind="inspection_report")
    before = {g: [s.text for s in doc.spans[g]] for g in ("findings", "concerns")}
    after = nlp.get_pipe("reportmine_reported")(doc)
    assert {g: [s.text for s in after.spans[g]] for g in ("findings", "concerns")} == before


@pytest.mark.parametrize("folder", ["press-coverage", "press-unseen"])
def test_constructed_press_set_meets_its_floors(nlp, folder) -> None:
    result = evaluate(STYLES / folder, nlp=nlp)
    assert {d.status for d in result.documents} == {"ok"}
    floors = load_floors(STYLES / folder / "floors.json")
    failed = [
        f"{c.name}: {c.score} < {c.floor}" for c in check_floors(result.scores(), floors) if not c.passed
    ]
    assert not failed, failed


def test_an_inspectors_own_quoted_criticism_and_a_lead_of_areas_to_improve(nlp) -> None:
    got = reported(
        nlp,
        "<p>HM Inspector of Constabulary Nadia Ferris said: &#8220;I am pleased with the progress the force has made.</p>"
        "<p>&#8220;But too many victims still wait days for an officer to call back.&#8221;</p>"
        "<p>Inspectors said areas for the force to improve included:</p>"
        "<ul><li>better supervision of investigations;</li><li>more trained call handlers.</li></ul>"
        "<p>Inspectors report that:</p><ul><li>officers are polite and helpful to callers.</li></ul>",
        kind="press_release",
    )
    assert got["concerns"] == [
        "“But too many victims still wait days for an officer to call back.”",
        "better supervision of investigations;",
        "more trained call handlers.",
    ]
    assert len(got["findings"]) == 2 and got["findings"][1] == "officers are polite and helpful to callers."


def test_a_body_speaks_under_the_name_the_piece_gives_it(nlp) -> None:
    def speakers(body: str) -> list[str | None]:
        page = f"<html><head><meta charset='utf-8'><title>Story</title></head><body><main><h1>Story</h1>{body}</main></body></html>"
        doc = analyse_parsed(nlp, parse_bytes(page.encode()), published="2021-06-01", kind="news_article")
        return [q._.speaker for q in doc.spans["quotes"]]

    quoted = "<p>HMICFRS said: &#8220;The force must answer calls more quickly and keep victims informed.&#8221;</p>"
    assert speakers("<p>Barnford Police has been told to improve.</p>" + quoted) == ["HMICFRS"]
    spelt_out = "<p>His Majesty&#8217;s Inspectorate of Constabulary and Fire &amp; Rescue Services inspected Barnford Police.</p>"
    assert speakers(spelt_out + quoted) == [
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    ]


def test_a_union_that_names_the_report_relays_a_finding_only_with_praise_or_criticism(nlp) -> None:
    got = reported(
        nlp,
        "<p>Branch chair Sam Ilori said: &#8220;Our members work hard, and the report shows they are doing "
        "their very best every day.&#8221;</p>"
        "<p>He added: &#8220;The report was right to say that the force is not answering calls quickly enough.&#8221;</p>",
        kind="press_release",
    )
    assert got["findings"] == []
    assert len(got["concerns"]) == 1 and "not answering calls" in got["concerns"][0]
