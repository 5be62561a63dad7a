"""Kind from what a page says when it carries no site metadata (no page type, no publisher, no byline).

Every page here is written for this test (fictional forces); none has <meta> beyond a title and a date.
"""

from __future__ import annotations

import pytest

from reportmine.metadata import describe
from reportmine.parsers import parse_bytes


def _bare(title: str, body: str, date: str | None = "2024-05-02") -> str:
    meta = f"<meta name='date' content='{date}'>" if date else ""
    return describe(
        parse_bytes(
            f"<html><head><title>{title}</title>{meta}</head><body><main><h1>{title}</h1>{body}</main></body></html>".encode()
        )
    ).kind


_STATEMENT = (
    "<p>Police and Crime Commissioner Jo Marsh has given her response to the latest inspection of Ormley Police "
    "by the inspectorate.</p><p>Inspectors rated the force inadequate at investigating crime.</p>"
    "<p>Ms Marsh said: “I have asked the chief constable for a plan within a month. We will not wait.”</p>"
)
_NEWS_RELEASE_ON_FOLLOW_UP = (
    "<p>Ormley Police has made progress since its last inspection, but more remains to be done, a new report "
    "has found.</p><p>The inspectorate revisited the force in March after a re-inspection found weaknesses in "
    "how it manages calls.</p><p>HMICFRS said the force now answers emergency calls quickly.</p>"
    "<p>HM Inspector Ann Boyd said:</p><p>“We found real improvement in the control room, and we will keep "
    "watching the force’s progress closely.”</p>"
)
_PEEL_PAGE = (
    "<h2>How effective is the force at investigating crime?</h2><p>Ormley Police is good at investigating "
    "crime.</p><p>We found that investigations were well supervised.</p><h2>Areas for improvement</h2>"
    "<p>The force should make sure victims are kept informed.</p>"
)
_REINSPECTION_GRADED = (
    "<p>This report sets out the findings of our re-inspection of Ormley Police.</p>"
    "<p>Ormley Police requires improvement at responding to the public.</p>"
    "<p>We found the force had addressed two of its four areas for improvement.</p>"
)
_REINSPECTION_UNGRADED = (
    "<p>This report is a summary of the findings of our re-inspection of Ormley Police.</p>"
    "<p>We made eight recommendations in 2023. In this inspection we examined the force’s progress against them."
    "</p>"
)
_OVERVIEW = (
    "<h2>Foreword</h2><p>This report gives an overview of the themes from our latest group of force "
    "inspections.</p><p>Most forces are performing well, but our inspections show that some are under strain."
    "</p>"
)
_LETTER = (
    "<p>From:</p><p>Chief Inspector of Constabulary</p><p>To:</p><p>The Police and Crime Commissioner</p>"
    "<p>Sent on:</p><p>2 May 2024</p><p>Thank you for your letter about our decision on monitoring Ormley "
    "Police. I have considered the points you raise about our inspection.</p>"
)

_TRACKER = (
    "<p>This page records what Ormley Police has done about the inspectorate’s recommendations.</p>"
    "<h2>Custody inspection 2023</h2><p>Recommendation</p><p>The force should repair the cell call system.</p>"
    "<p>Current status: Complete</p><h2>Vetting inspection 2023</h2><p>Recommendation</p>"
    "<p>The force should re-vet every officer whose clearance has expired.</p><p>Status: In progress</p>"
)


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("Commissioner responds to inspection of Ormley Police", _STATEMENT, "press_release"),
        ("Ormley Police makes progress but more to do", _NEWS_RELEASE_ON_FOLLOW_UP, "press_release"),
        ("Ormley PEEL 2024", _PEEL_PAGE, "inspection_report"),
        ("Ormley Police re-inspection", _REINSPECTION_GRADED, "inspection_report"),
        ("Ormley Police re-inspection", _REINSPECTION_UNGRADED, "follow_up_report"),
        ("Pressure on policing: an overview", _OVERVIEW, "other"),
        ("Ormley Police: monitoring decision", _LETTER, "other"),
        ("Ormley Police: recommendations tracker", _TRACKER, "other"),
    ],
)
def test_a_page_without_site_metadata_is_judged_by_what_it_says(title: str, body: str, kind: str) -> None:
    assert _bare(title, body) == kind


def test_a_press_piece_about_a_follow_up_stays_press_even_undated() -> None:
    assert _bare("Ormley Police makes progress", _NEWS_RELEASE_ON_FOLLOW_UP, date=None) == "press_release"


def test_inspectors_quoted_in_first_person_do_not_make_a_release_a_report() -> None:
    """The HM Inspector's "we found" inside quotation marks is speech, not the page's own voice."""
    body = (
        "<p>Ormley Police must improve how it protects children, according to a new report.</p>"
        "<p>HM Inspector Ann Boyd said: “We found that our earlier concerns remain. Our inspection showed delays. "
        "We examined 40 cases and we found too many were poor.”</p>"
    )
    assert _bare("Ormley Police must improve", body) == "press_release"


_NEWSROOM_STORY = (
    "<p class='date'>Posted: 02/05/2024</p><p>The force has welcomed the inspection of its control room by "
    "the inspectorate.</p><p>Inspectors said calls were now answered more quickly.</p>"
    "<p>Superintendent Raj Iyer said: “We accept what the inspectors found and we have acted on it.”</p>"
)


@pytest.mark.parametrize(
    ("site", "kind"),
    [
        ("Ormley Police", "press_release"),
        ("Office of the Police and Crime Commissioner for Ormley", "press_release"),
        ("The Ormley Gazette", "news_article"),
    ],
)
def test_the_site_named_in_the_page_title_tells_a_newsroom_from_a_newspaper(site: str, kind: str) -> None:
    """The <title> is the headline plus the site's name: a force's or commissioner's own site publishes releases."""
    headline = "Control room answers calls faster, inspectors find"
    page = (
        f"<html><head><title>{headline} | {site}</title></head><body><main><h1>{headline}</h1>"
        f"{_NEWSROOM_STORY}</main></body></html>"
    )
    parsed = parse_bytes(page.encode())
    assert parsed.metadata.site_name == site
    assert parsed.metadata.title == headline
    assert describe(parsed).kind == kind
