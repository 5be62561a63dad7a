"""People and speaking bodies in press pieces, named as the piece names them (texts written for these tests)."""

from __future__ import annotations

from helpers import analyse_parsed

from reportmine.parsers import parse_bytes


def analysed(nlp, body: str):
    page = f"<html><head><meta charset='utf-8'><title>Story</title></head><body><main><h1>Story</h1>{body}</main></body></html>"
    return analyse_parsed(nlp, parse_bytes(page.encode()), published="2023-03-01", kind="press_release")


def test_a_rank_written_in_a_name_gives_way_to_the_role_the_piece_states(nlp) -> None:
    doc = analysed(
        nlp,
        "<p>Constable Tessa Quarry, chair of the Barnford Police Federation, said: &#8220;Our members answer every call.&#8221;</p>"
        "<p>PC Owen Rudd said: &#8220;We were there within minutes of the call.&#8221;</p>",
    )
    titles = {p.name: p.title for p in doc._.people}
    assert titles["Tessa Quarry"] == "chair of the Barnford Police Federation"
    assert titles["Owen Rudd"] == "Police Constable"  # no role stated: the rank is all the piece gives


def test_his_majestys_inspector_is_the_whole_title_and_the_inspectorate_speaks_under_its_own_name(
    nlp,
) -> None:
    doc = analysed(
        nlp,
        "<p>His Majesty&#8217;s Inspector of Constabulary Nadia Ferris said: &#8220;The force must do better for victims.&#8221;</p>"
        "<p>His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services said: &#8220;Calls were not answered quickly enough.&#8221;</p>"
        "<p>The inspection was carried out with His Majesty's Inspectorate of Prisons (HMIP).</p>",
    )
    assert [(p.name, p.title) for p in doc._.people] == [
        ("Nadia Ferris", "His Majesty's Inspector of Constabulary")
    ]
    speakers = [q._.speaker for q in doc.spans["quotes"]]
    assert speakers == [
        "Nadia Ferris",
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    ]
    assert {o.name for o in doc._.organisations} >= {"His Majesty's Inspectorate of Prisons"}
