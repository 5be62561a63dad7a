"""Held-out inspection styles (tests/data/styles/inspections): programmes and layouts the development
corpus lacks, scored against their gold and held to the floors measured on them."""

from __future__ import annotations

import json
from pathlib import Path

import reportmine
from reportmine.evaluation import check_floors, evaluate, load_floors
from reportmine.evaluation.matching import normalise

SET = Path(__file__).resolve().parent / "data" / "styles" / "inspections"


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SET / "gold").glob("*.gold.json"))]


def test_every_gold_string_is_in_the_parsed_text() -> None:
    """The parser reads each layout (margin numbers, two columns, tables) in order: every gold string is in its text."""
    for gold in _golds():
        text = normalise(reportmine.parse(SET / "docs" / gold["file"]).text)
        for field in ("findings", "concerns", "recommendations"):
            for item in gold[field]:
                assert normalise(item["text"]) in text, f"{gold['file']}: {field} not in text: {item['text'][:60]}"


def test_held_out_inspection_styles_meet_their_floors(nlp) -> None:
    result = evaluate(SET / "gold", nlp=nlp)
    assert [d.status for d in result.documents] == ["ok"] * len(_golds())
    floors = load_floors(SET / "floors.json")
    assert {"recommendations.f1", "findings.f1", "concerns.f1", "metadata.kind"} <= set(floors)
    failed = [f"{c.name}: {c.score} < {c.floor}" for c in check_floors(result.scores(), floors) if not c.passed]
    assert not failed, failed
