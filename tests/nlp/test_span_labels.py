"""Spans in the pipeline's Doc carry their group's label, so displaCy shows them labelled without reportmine."""

from __future__ import annotations

import re

import pytest
from spacy import displacy

from reportmine import parse_bytes
from reportmine.metadata import describe
from reportmine.nlp.pipeline import make_doc

# An inspection we wrote: a finding, a concern, an area for improvement and two recommendations.
REPORT = b"""<html><head><title>Marshfield Police: an inspection of child protection</title>
<meta property="article:published_time" content="2022-05-10"></head><body><main>
<h1>Marshfield Police: an inspection of child protection</h1>
<h2>Summary of findings</h2>
<p>We found that call handlers were polite and identified risk to children well.</p>
<p>However, we were concerned that officers did not always speak to the children at the address.</p>
<h2>Areas for improvement</h2>
<p>The force should improve how it records the views of children in its investigations.</p>
<h2>Recommendations</h2>
<ol><li>Within three months, the force should ensure that officers speak to every child present.</li>
<li>Within six months, the force should review how it shares information with social care.</li></ol>
</main></body></html>"""


@pytest.fixture(scope="module")
def doc(nlp):
    parsed = parse_bytes(REPORT, "marshfield.html")
    info = describe(parsed)
    return nlp(make_doc(nlp, parsed, info))


def test_every_span_group_labels_its_spans(doc) -> None:
    assert {s.label_ for s in doc.spans["findings"]} == {"FINDING"}
    assert {s.label_ for s in doc.spans["recommendations"]} == {"RECOMMENDATION"}
    concerns = {s.label_ for s in doc.spans["concerns"]}
    assert "AFI" in concerns and concerns <= {"CONCERN", "AFI", "CAUSE_OF_CONCERN"}
    # the label is part of a span's identity for its extensions: they are still there
    assert [s._.number for s in doc.spans["recommendations"]] == [1, 2]
    assert [s._.due for s in doc.spans["recommendations"]] == ["2022-08-10", "2022-11-10"]


def test_displacy_renders_the_labels_straight_from_the_doc(doc) -> None:
    for key in ("findings", "concerns", "recommendations"):
        page = displacy.render(doc, style="span", options={"spans_key": key}, jupyter=False)
        # displaCy prints a span's label once where the span starts, in the tag over its first token
        shown = re.findall(r">\s*([A-Z_]+)\s*</span>", page)
        assert shown == [s.label_ for s in doc.spans[key]], key
