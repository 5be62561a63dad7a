"""Held-out web pages (tests/data/styles/webpages): boxed report items, forewords and follow-up summaries,
scored against their gold and held to the floors measured on them."""

from __future__ import annotations

import json
from pathlib import Path

import reportmine
from reportmine.evaluation import check_floors, evaluate, load_floors
from reportmine.evaluation.matching import normalise

SET = Path(__file__).resolve().parents[1] / "data" / "styles" / "webpages"


def test_every_gold_string_is_in_the_page_text() -> None:
    """Boxes that hold report items are kept: every gold string is in the parsed text."""
    for path in sorted((SET / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = normalise(reportmine.parse(SET / "docs" / gold["file"]).text)
        for field in ("findings", "concerns"):
            for item in gold[field]:
                assert normalise(item["text"]) in text, (
                    f"{gold['file']}: {field} not in text: {item['text'][:60]}"
                )


def test_held_out_web_pages_meet_their_floors(nlp) -> None:
    result = evaluate(SET / "gold", nlp=nlp)
    assert [d.status for d in result.documents] == ["ok"] * 3
    floors = load_floors(SET / "floors.json")
    failed = [
        f"{c.name}: {c.score} < {c.floor}" for c in check_floors(result.scores(), floors) if not c.passed
    ]
    assert not failed, failed
