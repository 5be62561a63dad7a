"""What a notebook user sees: short reprs, HTML displays, displaCy spans, frames, extras as attributes; and the
command line's progress bar, which counts pages rather than files."""

from __future__ import annotations

import dataclasses
import io
import re
import sys

import pytest

import reportmine
from reportmine import build_graph, compare
from reportmine.io.inputs import read_records


@pytest.fixture(scope="module")
def docs(sample_records):
    return {d.source.rsplit("/", 1)[-1]: d for d in read_records(sample_records)}


def test_record_repr_is_short_and_html_shows_recommendations(docs):
    doc = docs["fenmarsh-inspection-2019.pdf"]
    text = repr(doc)
    assert len(text) < 250 and "recommendations=4" in text and "inspection_report" in text
    page = doc._repr_html_()
    assert page.count('class="rec status-none"') == 4 and doc.title in page
    review = docs["fenmarsh-review-2020.pdf"]._repr_html_()
    assert 'class="status status-not_achieved"' in review and 'class="status status-achieved"' in review


def test_every_json_field_is_an_attribute(docs):
    news = docs["fenmarsh-news.html"]
    record = news.to_dict()
    person = news.people[0]
    assert person.aliases == record["people"][0]["aliases"]
    for key in record:
        assert getattr(news, key) is not None or record[key] is None
    with pytest.raises(AttributeError):
        news.no_such_field  # noqa: B018


def test_graph_and_comparison_display_and_frames(docs):
    all_docs = list(docs.values())
    graph = build_graph(all_docs)
    assert repr(graph).startswith("<ReportGraph") and "report=" in repr(graph)
    shown = graph._repr_html_()
    assert "4 publications" in shown and shown.count('class="rec status-partially_achieved"') == 2
    assert list(graph.to_frame()["number"]) == [1, 2, 3, 4]
    assert len(graph.to_frame("quotes", all_docs)) == 7
    result = compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-review-2020.pdf"])
    assert repr(result) == "<Comparison follow_up: 4 recommendations: 1 achieved, 2 partly, 1 not>"
    shown = result._repr_html_()
    assert "follows up" in shown
    # styled as the comparison page is (reasoning keeps its lines, badges their colours), but only inside the cell
    assert ".rm-compare blockquote{" in shown and "white-space:pre-wrap" in shown
    assert not re.search(r"(^|[}>])\s*(body|h1|blockquote)\s*\{", shown)
    frame = result.to_frame()
    assert list(frame["status"]) == ["achieved", "partially_achieved", "partially_achieved", "not_achieved"]
    assert frame["reasoning"].str.len().gt(100).all()


def test_display_labels_every_span(docs):
    doc = docs["fenmarsh-inspection-2019.pdf"]
    page = reportmine.display(doc, keys=["findings", "concerns", "recommendations"], jupyter=False)
    labels = set(re.findall(r"\b(FINDING|CONCERN|RECOMMENDATION \d)\b", page))
    assert {"FINDING", "CONCERN", "RECOMMENDATION 1", "RECOMMENDATION 4"} <= labels
    sdoc = reportmine.views.notebook.spans_doc(doc, ["findings"])
    assert all(s.label_ == "FINDING" for s in sdoc.spans["sc"]) and len(sdoc.spans["sc"]) == len(doc.findings)
    with pytest.raises(ValueError, match="no spans for colours"):
        reportmine.display(doc, keys=["colours"], jupyter=False)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_counts_pages_not_files(docs, sample_corpus, monkeypatch):
    from reportmine import cli

    files = [str(sample_corpus / "fenmarsh-inspection-2019.pdf"), str(sample_corpus / "fenmarsh-news.html")]
    names = ["fenmarsh-inspection-2019.pdf", "fenmarsh-news.html"]
    results = [dataclasses.replace(docs[n], source=f) for n, f in zip(names, files, strict=True)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(cli._progress(iter(results), files, "Extracting")) == results
    out = terminal.getvalue()
    # 7 pages of PDF then 1 web page: the bar reads 7/8 after the first file, not 1/2
    assert "7/8" in out and "8/8" in out and "1/2" not in out
    assert "fenmarsh-inspection-2019.pdf" in out and str(sample_corpus) not in out
