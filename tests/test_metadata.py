"""Kind, title, publication date and force: from the document alone, as the gold states them."""

from __future__ import annotations

import json

import pytest

from reportmine import describe, parse
from reportmine.dates import parse_date_expression
from reportmine.forces import find_forces, main_force
from reportmine.parsers.document import Block, Metadata, build


def _docs(corpus):
    for gold_path in sorted((corpus / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        for name in gold.get("files", [gold["file"]]):
            yield name, gold


def test_dev_corpus_metadata_equals_gold(shared_corpus) -> None:
    wrong = []
    for name, gold in _docs(shared_corpus):
        info = describe(parse(shared_corpus / "docs" / name))
        got = {"kind": info.kind, "title": info.title, "published": info.published, "force": info.force}
        want = {k: gold[k] for k in got}
        if got != want:
            wrong.append((name, {k: (got[k], want[k]) for k in got if got[k] != want[k]}))
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "value"),
    [
        
        ("July 2018", "2018-07"),
        ("9 February 2023", "2023-02-09"),
        ("Thursday 26th January 2017", "2017-01-26"),
        ("January 26, 2017", "2017-01-26"),
        ("2017-01-26T10:00:00+00:00", "2017-01-26"),
        ("31 February 2018", None),
        ("2016", "2016"),
        ("the force", None),
    ],
)
def test_absolute_dates(text: str, value: str | None) -> None:
    assert parse_date_expression(text) == value


def test_force_variants_are_one_force_and_titles_are_not_forces() -> None:
    text = (
        "Cumbria Police was inspected. Cumbria Constabulary accepted the findings. "
        "The Police and Crime Commissioner for Cumbria and HM Inspectorate of Constabulary spoke. "
        "The National Police Chiefs' Council was not involved."
    )
    assert {f.name for f in find_forces(text)} == {"Cumbria Constabulary"}
    assert main_force(None, text) == "Cumbria Constabulary"


def test_an_unlisted_force_is_found_by_its_shape() -> None:
    text = "Fenmarsh Constabulary has improved. The chief constable of Fenmarsh Constabulary said so."
    assert main_force("An inspection of Fenmarsh Constabulary", text) == "Fenmarsh Constabulary"


def _doc(fmt: str, blocks: list[Block], **meta) -> object:
    return build("x", b"x", fmt, blocks, Metadata(**meta))


def test_kinds_follow_the_documents_own_words() -> None:
    body = [Block("paragraph", "Inspectors found that the force was good at many things. " * 80)]
    review = _doc("pdf", [Block("heading", "Post-inspection review"), *body], title="Kent Police – post-inspection review")
    report = _doc("pdf", [Block("heading", "Summary"), *body], title="Kent Police – child protection inspection")
    news = _doc("html", [Block("paragraph", "Kent Police must improve, a report says.")], title="Police told to improve",
                page_type="article", author="A Reporter", site_name="Kent Evening News", published="2017-01-26")
    release = _doc("html", [Block("paragraph", "Kent Police must improve, says the inspectorate."), Block("paragraph", "Notes to editors")],
                   title="Kent Police needs to improve", page_type="article", published="2017-01-26")
    assert [describe(d).kind for d in (review, report, news, release)] == [
        "follow_up_report", "inspection_report", "news_article", "press_release"]
