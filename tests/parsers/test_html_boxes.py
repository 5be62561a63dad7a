"""Web pages keep their boxes: an <aside> or callout holding an item of the report is content, by what it says."""

from __future__ import annotations

from reportmine.extraction import analyse
from reportmine.parsers.html import parse_html

# A made-up inspection page: report items in <aside> callouts and a boxed <div>, beside a sidebar of links
# and a newsletter callout, which stay furniture.
PAGE = """<html><head><title>An inspection of Fenbridge Police</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About us</a></nav></header>
<main><article>
<h1>An inspection of Fenbridge Police</h1>
<h2>Investigating crime</h2>
<p>Fenbridge Police requires improvement at investigating crime. Investigators in the larger towns carry
many cases each.</p>
<aside class="callout callout--afi"><h3>Area for improvement</h3>
<p>The force should make sure that supervisors review every open investigation within seven days.</p></aside>
<p>We looked at 40 case files. In most of them the victim was kept informed.</p>
<aside class="callout"><h3>Key finding</h3>
<p>Officers visited nearly every victim of burglary within a day of the report.</p></aside>
<aside class="callout"><strong>Key finding</strong>
<p>Too many victims of domestic abuse waited more than a day for a visit.</p></aside>
<aside class="inset"><p>The force should publish how long victims wait for a visit.</p></aside>
<div class="box"><h3>Cause of concern</h3>
<p>The force does not answer emergency calls quickly enough, and callers in danger are left waiting.</p>
<h4>Recommendations</h4><p>Within three months, the force should:</p>
<ul><li>answer 90 percent of emergency calls within ten seconds;</li></ul></div>
<aside class="sidebar"><h3>Related content</h3><ul><li><a href="/x">Another report</a></li>
<li><a href="/y">Annual assessment</a></li></ul></aside>
<aside class="callout"><p>Sign up to our newsletter for the latest inspection news.</p></aside>
</article></main>
<aside class="complementary"><h3>Recommendations</h3><ul><li><a href="/r">All our recommendations</a></li>
<li><a href="/t">Recommendations tracker</a></li></ul></aside>
<footer><p>Copyright Inspectorate</p></footer>
</body></html>"""


def test_boxes_that_hold_report_items_are_kept_and_the_rest_of_the_furniture_is_not() -> None:
    doc = parse_html(PAGE.encode(), "fenbridge.html")
    boxed = [b.text for b in doc.blocks if b.attrs.get("box")]
    assert boxed[:6] == [
        "Area for improvement",
        "The force should make sure that supervisors review every open investigation within seven days.",
        "Key finding",
        "Officers visited nearly every victim of burglary within a day of the report.",
        "Key finding",
        "Too many victims of domestic abuse waited more than a day for a visit.",
    ]
    assert (
        "The force should publish how long victims wait for a visit." in boxed
    )  # unlabelled, worded as advice
    assert "Cause of concern" in boxed
    for furniture in (
        "Related content",
        "Another report",
        "Sign up to our newsletter",
        "All our recommendations",
    ):
        assert furniture not in doc.text


def test_boxed_items_of_a_web_page_are_extracted(nlp) -> None:
    doc = analyse(parse_html(PAGE.encode(), "fenbridge.html"), nlp)
    findings = [s.text for s in doc.spans["findings"]]
    concerns = {s.text: s._.extra for s in doc.spans["concerns"]}
    assert findings == ["Officers visited nearly every victim of burglary within a day of the report."]
    assert concerns[
        "The force should make sure that supervisors review every open investigation within seven days."
    ] == {"area_for_improvement": 1}
    assert "Too many victims of domestic abuse waited more than a day for a visit." in concerns
    assert concerns[
        "The force does not answer emergency calls quickly enough, and callers in danger are left waiting."
    ] == {"cause_of_concern": 1}
