"""Long documents go through the model in pieces and come out as if processed whole."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from long_report import first_pages, long_report

from reportmine.extraction import extract
from reportmine.limits import Limits
from reportmine.nlp.pieces import cut_points
from reportmine.parsers import parse_bytes

#: a piece size far below the default, so a 200-page report is cut into a dozen pieces
PIECE = 3000


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("long")
    return long_report(folder / "opening.pdf", 50), long_report(folder / "whole.pdf", 200)


def test_a_long_report_in_pieces_says_of_its_first_pages_what_those_pages_say_alone(reports, nlp) -> None:
    opening, whole = reports
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    alone = extract(opening, nlp, Limits()).to_dict()
    long = extract(whole, nlp, Limits(piece_chars=PIECE)).to_dict()
    assert long["pages"] == 200 and len(long["text"]) > 10 * PIECE
    assert first_pages(long, 50) == first_pages(alone, 50)
    # cross-references over the whole report: one person however many pieces name her, numbers in order
    roe = [p for p in long["people"] if p["name"] == "Jane Roe"]
    assert len(roe) == 1 and len(roe[0]["mentions"]) >= 60
    assert roe[0]["mentions"][-1]["start"] > len(long["text"]) - 2 * PIECE
    assert [r["number"] for r in long["recommendations"]] == list(range(1, 21))
    assert [r["page"] for r in long["recommendations"]] == list(range(5, 201, 10))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before < 300  # MiB


def test_pieces_are_cut_at_headings_and_blocks_and_inside_a_block_only_after_a_sentence() -> None:
    text = "\n\n".join(
        [
            f"Chapter {i}\n\n" + " ".join(f"Sentence {j} of chapter {i} ends here." for j in range(40))
            for i in range(6)
        ]
    )
    parsed = parse_bytes(text.encode(), "t.txt")
    starts = {b.start for b in parsed.blocks}
    cuts = cut_points(parsed.text, parsed.blocks, 2500)
    pieces = [b - a for a, b in zip([0, *cuts], [*cuts, len(parsed.text)], strict=True)]
    assert cuts and max(pieces) <= 2500
    for cut in cuts:
        assert cut in starts or parsed.text[cut - 2 : cut] == ". ", parsed.text[cut - 20 : cut + 20]
    one_block = parse_bytes(b"word " * 3000, "w.txt")  # no sentence at all: cut between words
    for cut in cut_points(one_block.text, one_block.blocks, 2000):
        assert one_block.text[cut - 1] == " " and one_block.text[cut] != " "


def test_a_text_over_the_character_bound_is_refused_with_its_reason(tmp_path, nlp) -> None:
    from reportmine.errors import DocumentError

    path = tmp_path / "huge.txt"
    path.write_text("We found that the force had improved. " * 3000)
    with pytest.raises(
        DocumentError, match=r"text too large \(11\d,\d{3} characters; limit 100,000 characters\)"
    ):
        extract(path, nlp, Limits(max_chars=100_000))


def test_a_text_file_far_over_the_bound_is_refused_before_it_is_decoded(tmp_path, nlp) -> None:
    from reportmine.errors import DocumentError

    path = tmp_path / "huge.txt"
    path.write_text("We found that the force had improved. " * 3000)
    with pytest.raises(DocumentError, match=r"at least 28,500 characters; limit 10,000 characters"):
        extract(path, nlp, Limits(max_chars=10_000))
