"""The README's demo corpus, end to end. Its documents were written apart from the
development corpus and never used to tune rules, so this is a held-out check."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportmine import build_graph, iter_documents

EXPECTED_KINDS = {
    "fenmarsh-inspection-2019.pdf": "inspection_report",
    "fenmarsh-review-2020.pdf": "follow_up_report",
    "fenmarsh-news.html": "news_article",
    "fenmarsh-press-release.html": "press_release",
}


@pytest.fixture(scope="module")
def records(sample_corpus: Path, nlp) -> dict:
    paths = sorted(p for p in sample_corpus.iterdir() if p.name in EXPECTED_KINDS)
    return {p.name: r for p, r in zip(paths, iter_documents(paths, nlp=nlp))}


def test_every_document_is_read_with_its_kind_and_force(records) -> None:
    assert {name: r.kind for name, r in records.items()} == EXPECTED_KINDS
    for name in ("fenmarsh-inspection-2019.pdf", "fenmarsh-review-2020.pdf", "fenmarsh-press-release.html"):
        assert records[name].force == "Fenmarsh Constabulary"


def test_recommendations_with_deadlines_across_a_page_break(records) -> None:
    recs = records["fenmarsh-inspection-2019.pdf"].recommendations
    assert [(r.number, r.deadline) for r in recs] == [
        (1, "immediately"),
        (2, "within three months"),
        (3, "within three months"),
        (4, "within six months"),
    ]
    assert [r.due for r in recs] == ["2019-07", "2019-10", "2019-10", "2020-01"]
    assert (recs[2].page, recs[2].page_end) == (6, 7)
    assert all(r.addressee for r in recs)


def test_the_review_judges_each_recommendation(records) -> None:
    review = records["fenmarsh-review-2020.pdf"]
    assert sorted(o.status for o in review.outcomes) == sorted(
        ["achieved", "partially_achieved", "partially_achieved", "not_achieved"]
    )
    graph = build_graph(list(records.values()))
    status = {}
    for _, _outcome, data in graph.edges(data=True):
        if data.get("type") == "assessed_by":
            rec = graph.nodes[_]
            status[rec["number"]] = data["status"]
    assert status == {1: "achieved", 2: "partially_achieved", 3: "partially_achieved", 4: "not_achieved"}


def test_people_titles_and_quotes(records) -> None:
    report = records["fenmarsh-inspection-2019.pdf"]
    people = {p.name: p for p in report.people}
    assert people["Helena Marchbank"].title == "HM Inspector of Constabulary"
    assert people["Adrian Thorley"].title == "Chief Constable"
    assert "Det Supt Achebe" in [m.text for m in people["Lorna Achebe"].mentions]
    news = records["fenmarsh-news.html"]
    assert {p.name for p in news.people} == {
        "Adrian Thorley",
        "Priya Ramsden",
    }  # the byline is no person of the story
    speakers = [q.speaker for q in news.quotes if len(q.text.split()) > 3]
    assert speakers.count("Adrian Thorley") == 3 and speakers.count("Priya Ramsden") == 1
    assert ("last year", "2018") in [(d.text, d.value) for d in report.dates]


def test_a_folder_is_walked_like_the_command_line_walks_it(sample_corpus: Path, nlp) -> None:
    """A notebook user passes the folder itself; its scripts and README are not documents."""
    got = list(iter_documents(sample_corpus, nlp=nlp))
    assert sorted(Path(r.source).name for r in got) == sorted(EXPECTED_KINDS)
    assert all(type(r).__name__ == "Document" for r in got)
