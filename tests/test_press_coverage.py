"""Press pieces against the reports they cover: the quote check and the `covers` links, on the constructed press
set tests/data/styles/press-coverage (gold: covers.json and each piece's quote_check) and the development reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportmine import iter_documents
from reportmine.link.compare import compare
from reportmine.link.quotecheck import check_quote

SET = Path(__file__).resolve().parent / "data" / "styles" / "press-coverage"

REPORT = (
    "Summary. Inspectors found that call handlers were polite and patient. However, in a third of the cases "
    "we examined, the children at the address were not spoken to at all. The force should act quickly."
)


def test_a_quote_is_verbatim_even_cut_with_an_ellipsis_and_in_other_marks() -> None:
    assert check_quote("call handlers were polite and patient", REPORT)["verdict"] == "verbatim"
    cut = "In a third of the cases we examined … the children at the address were not spoken to"
    assert check_quote(cut, REPORT)["verdict"] == "verbatim"


def test_an_altered_quote_gives_the_passage_and_the_words_that_differ() -> None:
    got = check_quote(
        "In a third of the cases we looked at, children at the address were not spoken to at all.", REPORT
    )
    assert got["verdict"] == "altered"
    assert got["passage"].startswith("However, in a third of the cases")
    assert got["differs"] == [{"press": "looked at", "report": "examined the"}]


def test_words_the_report_never_used_are_not_found() -> None:
    got = check_quote("Too many children are let down at the first point of contact.", REPORT)
    assert got == {"verdict": "not_found", "similarity": got["similarity"], "passage": None, "differs": []}


@pytest.fixture(scope="module")
def pieces(nlp) -> dict:
    paths = sorted(SET.glob("*.html"))
    return {p.name: d for p, d in zip(paths, iter_documents(paths, nlp=nlp), strict=True)}


def test_compare_checks_every_quote_the_piece_gives_the_report(pieces, dev_records) -> None:
    checked = 0
    for gold_path in sorted(SET.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report_name = json.loads((SET / "covers.json").read_text(encoding="utf-8"))[gold["file"]]
        if not report_name:
            continue
        result = compare(dev_records[report_name + ".pdf"], pieces[gold["file"]])
        for expected in gold.get("quote_check", []):
            row = next(q for q in result["quotes"] if q["text"].startswith(expected["text"]))
            assert row["from_report"] and row["verdict"] == expected["verdict"], (gold["file"], row)
            checked += 1
        others = [
            q
            for q in result["quotes"]
            if not any(q["text"].startswith(e["text"]) for e in gold.get("quote_check", []))
        ]
        assert not any(q["from_report"] for q in others), others
    assert checked == 6
