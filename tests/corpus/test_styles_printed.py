"""Held-out set tests/data/styles/printed: recommendations as printed (sub-items, shared leads, every deadline
form, addressees beyond the force), areas for improvement and verdicts given only in prose (see its README).

Scores must stay at or above floors.json; the due dates and addressees, which the scorer does not
measure, are checked against the gold here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import assert_meets_floors, record_named

from reportmine import evaluate

SET = Path(__file__).resolve().parents[1] / "data" / "styles" / "printed"


@pytest.fixture(scope="module")
def printed(nlp):
    return evaluate(SET / "gold", nlp=nlp)


def test_scores_stay_above_the_floors(printed):
    assert_meets_floors(printed, SET)


@pytest.mark.parametrize("name", ["greywater-custody-2021", "missing-adults-thematic-2022"])
def test_due_dates_and_addressees_as_the_gold_gives_them(printed, name):
    gold = json.loads((SET / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))
    record = record_named(printed, f"{name}.html")
    got = [(r.number, r.due, r.addressee) for r in record.recommendations]
    assert got == [(g["number"], g["due"], g["addressee"]) for g in gold["recommendations"]]


def test_sub_items_belong_to_their_recommendation_and_a_shared_lead_to_none(printed):
    report = record_named(printed, "greywater-custody-2021.html")
    fourth = next(r for r in report.recommendations if r.number == 4)
    assert fourth.text.startswith("Within six weeks") and fourth.text.endswith(
        "who is accountable for delivering it."
    )
    thematic = record_named(printed, "missing-adults-thematic-2022.html")
    assert not any("should:" in r.text or "Home Office:" in r.text for r in thematic.recommendations)
