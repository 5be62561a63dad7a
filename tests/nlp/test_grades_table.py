"""A table of graded judgements gives grades; a case audit's table of counts under the same headings does not."""

from __future__ import annotations

from reportmine.nlp.cues import load_cues
from reportmine.nlp.findings import grades_from_table

HEADER = ["Outstanding", "Good", "Requires improvement", "Inadequate"]


def test_areas_under_their_grade_are_grades() -> None:
    rows = [
        HEADER,
        [
            "",
            "Preventing crime",
            "Investigating crime; Protecting vulnerable people",
            "Responding to the public",
        ],
    ]
    got = grades_from_table(rows, load_cues())
    assert {(g["area"], g["grade"]) for g in got} == {
        ("Preventing crime", "good"),
        ("Investigating crime", "requires improvement"),
        ("Protecting vulnerable people", "requires improvement"),
        ("Responding to the public", "inadequate"),
    }


def test_a_table_of_case_counts_is_not_a_table_of_grades() -> None:
    rows = [["Area examined", *HEADER[1:]], ["Initial contact", "6", "5", "3"], ["Total", "41", "27", "16"]]
    assert grades_from_table(rows, load_cues()) == []
