"""The HTML parser: article text without furniture, report structure, metadata, any encoding, broken pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reportmine.errors import DocumentError
from reportmine.parsers.html import parse_html

HTML_FILES = (
    "northmoor-ncpi-2018",
    "northmoor-ncpi-review-2019",
    "wessex-vale-peel-2022",
    "wessex-vale-revisit-2023",
    "seed002",
    "seed004",
)
REPORTS = HTML_FILES[:4]
PRESS = ("seed002", "seed004")


def squash(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def parsed(corpus: Path, name: str):
    return parse_html((corpus / "docs" / f"{name}.html").read_bytes(), f"{name}.html")


def gold(corpus: Path, name: str) -> dict:
    return json.loads((corpus / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))


def gold_strings(g: dict) -> list[str]:
    out = [
        item["text"]
        for key in ("findings", "concerns", "recommendations", "outcomes", "quotes")
        for item in g.get(key, [])
    ]
    out += [item["text"] for item in g.get("restated", []) if item.get("verbatim")]
    return out


# --- the development corpus ---------------------------------------------------------------


@pytest.mark.parametrize("name", HTML_FILES)
def test_every_gold_text_is_in_the_parsed_text(shared_corpus: Path, name: str) -> None:
    doc = parsed(shared_corpus, name)
    text = squash(doc.text)
    strings = gold_strings(gold(shared_corpus, name))
    assert strings
    missing = [s for s in strings if squash(s) not in text]
    assert not missing


@pytest.mark.parametrize("name", HTML_FILES)
def test_title_and_date_match_gold(shared_corpus: Path, name: str) -> None:
    doc = parsed(shared_corpus, name)
    g = gold(shared_corpus, name)
    assert doc.metadata.title == g["title"]
    assert doc.metadata.published and doc.metadata.published.startswith(g["published"])
    assert doc.format == "html"
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text


def _paragraphs(text: str) -> list[str]:
    return [re.sub(r"^(?:•|\d{1,3}\.)\s*", "", squash(p)) for p in text.split("\n") if squash(p)]


@pytest.mark.parametrize("name", PRESS)
def test_press_page_matches_published_article_text(shared_corpus: Path, name: str) -> None:
    doc = parsed(shared_corpus, name)
    ours = squash(doc.text)
    article = (shared_corpus / "text" / f"{name}.txt").read_text(encoding="utf-8")
    reference = squash(article)
    wanted = [
        p for p in _paragraphs(article) if len(p) > 25 and p != doc.metadata.title
    ]  # the title is metadata
    found = [p for p in wanted if p in ours]
    assert len(found) >= 0.9 * len(wanted), [p for p in wanted if p not in ours]
    extra = [b.text for b in doc.blocks if len(b.text) > 20 and squash(b.text) not in reference]
    assert not extra
    for junk in (
        "Share this",
        "cookies",
        "READ MORE",
        "Most read",
        "Comments",
        "Tags:",
        "Related",
        "Sign up",
        "Also read",
        "Daniel Hebblethwaite",
        "ADVERTISEMENT",
        "Report an error",
    ):
        assert junk.lower() not in ours.lower()


def test_press_metadata(shared_corpus: Path) -> None:
    doc = parsed(shared_corpus, "seed002")
    assert doc.metadata.author == "Daniel Hebblethwaite"
    assert doc.metadata.site_name == "The Cumbrian Courier"
    assert doc.metadata.page_type == "NewsArticle"
    assert squash(doc.text).startswith('date 2017-01-26 A "troubled" police force')


def _source_headings(html: str) -> list[tuple[int, str]]:
    """h2-h6 of the report body as the page shows them, without contents, footnotes and furniture."""
    soup = BeautifulSoup(html, "lxml")
    main = soup.find("main")
    for el in main.find_all(["nav", "aside", "header"]):
        el.decompose()
    out = []
    for h in main.find_all(["h2", "h3", "h4", "h5", "h6"]):
        text = squash(h.get_text())
        if text.lower() not in ("footnotes", "references", "contents", "in this report"):
            out.append((int(h.name[1]), text))
    return out


@pytest.mark.parametrize("name", REPORTS)
def test_report_headings_in_order(shared_corpus: Path, name: str) -> None:
    html = (shared_corpus / "docs" / f"{name}.html").read_text(encoding="utf-8")
    doc = parsed(shared_corpus, name)
    expected = _source_headings(html)
    headings = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert [t for _, t in headings] == [t for _, t in expected]
    shift = min(lv for lv, _ in expected) - 1
    assert [lv for lv, _ in headings] == [lv - shift for lv, _ in expected]


def test_h2_is_level_one_and_contents_list_is_gone(shared_corpus: Path) -> None:
    doc = parsed(shared_corpus, "northmoor-ncpi-2018")
    html = (shared_corpus / "docs" / "northmoor-ncpi-2018.html").read_text(encoding="utf-8")
    contents = [squash(a.get_text()) for a in BeautifulSoup(html, "lxml").select("aside ol a")]
    level_one = [b.text for b in doc.blocks if b.kind == "heading" and b.level == 1]
    assert level_one == contents  # the contents list names exactly the h2 sections...
    assert doc.text.count("1. Introduction") == 1  # ...and is not itself in the text
    assert "Contents" not in [b.text for b in doc.blocks]
    assert "Northmoor Police – National child protection inspection" not in [b.text for b in doc.blocks]
    for junk in (
        "Cookies on this website",
        "Skip to main content",
        "Print this page",
        "Crown copyright",
        "Download the full report",
    ):
        assert junk not in doc.text


@pytest.mark.parametrize(
    "name, notes",
    [
        ("northmoor-ncpi-2018", 8),
        ("northmoor-ncpi-review-2019", 3),
        ("wessex-vale-peel-2022", 10),
        ("wessex-vale-revisit-2023", 3),
    ],
)
def test_footnotes_become_blocks_and_references_leave_the_text(
    shared_corpus: Path, name: str, notes: int
) -> None:
    doc = parsed(shared_corpus, name)
    footnotes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [b.note for b in footnotes] == [str(i) for i in range(1, notes + 1)]
    assert all("↩" not in b.text and "↑" not in b.text for b in footnotes)
    assert "[footnote" not in doc.text
    assert not re.search(r"[a-z][.,]\d{1,2} [A-Z]", doc.text)  # "interest.1 In PEEL"
    assert not any(b.kind == "heading" and b.text in ("Footnotes", "References") for b in doc.blocks)


def test_report_tables_and_boxes(shared_corpus: Path) -> None:
    doc = parsed(shared_corpus, "northmoor-ncpi-2018")
    table = next(b for b in doc.blocks if b.kind == "table")
    assert table.rows[0] == ["Category of case", "Good", "Requires improvement", "Inadequate", "Total"]
    assert table.rows[-1] == ["Total", "41", "27", "16", "84"]
    assert table.text.split("\n")[0] == "\t".join(table.rows[0])
    boxed = [b for b in doc.blocks if b.attrs.get("box")]
    assert boxed and boxed[0].text == "Case study"
    assert doc.metadata.extra["published_text"] == "Published July 2018"
    assert doc.metadata.published == "2018-07"


# --- constructed pages ------------------------------------------------------------------------

NEWS = """<!DOCTYPE html><html><head>{meta}<title>Force criticised over custody | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Reporter"><meta name="date" content="2019-03-04">
</head><body>
<div class="cookie-notice"><p>We use cookies to give you the best experience on our website, please accept them.</p></div>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="page-wrapper"><article class="story">
<h1>Force criticised over custody</h1>
<p class="byline">By Jane Reporter, Home Affairs Editor</p>
<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<div class="article-body">
<p>{sentence} said the inspection report, which found serious failings in the custody suites of the force.</p>
<figure><img src="x.jpg"><figcaption>Image: Example Agency</figcaption></figure>
<p><strong>READ MORE:</strong> <a href="/other">Police chief quits after damning report</a></p>
<h2>What inspectors found</h2>
<p>Inspectors said detainees were left for hours without checks, and that records were incomplete in a third of cases.</p>
<ul><li>cells were not cleaned between detainees;</li><li>medical checks were late.</li></ul>
<blockquote><p>We are disappointed by these findings and will act on them at once, the chief constable said.</p></blockquote>
<p>Photo: Example Agency / John Smith</p>
<div class="newsletter-signup"><h3>Get our daily newsletter</h3><p>Sign up to receive the top stories every morning in your inbox.</p></div>
<p>The force has six months to respond to the recommendations made in the report, inspectors said.</p>
</div>
<div class="tags"><a href="/t/police">Police</a> <a href="/t/custody">Custody</a></div>
<aside class="related-articles"><h3>Related articles</h3><ul><li><a href="/a">Another story about policing in the county</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>What a disgrace, they should all resign immediately and be replaced by someone competent.</p></section>
</article>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/b">Something else happened in the town</a></li></ol></aside>
</div>
<footer><p>Copyright 2019 The Daily Example. All rights reserved by the publisher of this site.</p></footer>
</body></html>"""

SENTENCE = "Chief Constable’s £1m – café"


def news_page(meta: str = '<meta charset="utf-8">', sentence: str = SENTENCE) -> str:
    return NEWS.format(meta=meta, sentence=sentence)


def test_news_page_keeps_body_and_drops_furniture() -> None:
    doc = parse_html(news_page().encode("utf-8"), "news.html")
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith(SENTENCE)
    assert ("heading", "What inspectors found", 1) in [(b.kind, b.text, b.level) for b in doc.blocks]
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "cells were not cleaned between detainees;",
        "medical checks were late.",
    ]
    assert any(b.kind == "paragraph" and b.text.startswith("We are disappointed") for b in doc.blocks)
    assert texts[-1].startswith("The force has six months")
    for junk in (
        "cookies",
        "Home",
        "By Jane",
        "Share",
        "READ MORE",
        "Image:",
        "Photo:",
        "newsletter",
        "Sign up",
        "Related",
        "Comments",
        "disgrace",
        "Most read",
        "Copyright",
        "Custody\n",
        "Force criticised",
    ):
        assert junk not in doc.text
    meta = doc.metadata
    assert meta.title == "Force criticised over custody"
    assert meta.site_name == "The Daily Example"
    assert meta.author == "Jane Reporter"
    assert meta.published == "2019-03-04"


@pytest.mark.parametrize(
    "label, data",
    [
        ("utf-8", news_page().encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + news_page().encode("utf-8")),
        ("windows-1252 declared", news_page('<meta charset="windows-1252">').encode("cp1252")),
        (
            "iso-8859-1 declared, really windows-1252",
            news_page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode(
                "cp1252"
            ),
        ),
        ("utf-8 declared as iso-8859-1", news_page('<meta charset="iso-8859-1">').encode("utf-8")),
        ("utf-16 with BOM", news_page('<meta charset="utf-16">').encode("utf-16")),
        ("utf-16-be with BOM", b"\xfe\xff" + news_page("").encode("utf-16-be")),
        ("undeclared windows-1252", news_page("").encode("cp1252")),
        ("utf-8 declared, really windows-1252", news_page().encode("cp1252")),
    ],
)
def test_every_encoding_decodes(label: str, data: bytes) -> None:
    doc = parse_html(data, label)
    assert doc.blocks[0].text.startswith(SENTENCE), label


def test_undeclared_latin1() -> None:
    sentence = "Café owner’s £5 fine"
    data = news_page("", sentence).replace("’", "'").encode("latin-1")
    assert parse_html(data, "latin1").blocks[0].text.startswith("Café owner's £5 fine")


def test_utf8_with_a_stray_windows_1252_byte() -> None:
    data = news_page().encode("utf-8").replace(b"inspectors said.", b"inspectors said \x96 today.")
    doc = parse_html(data, "mixed")
    assert doc.blocks[0].text.startswith(SENTENCE)
    assert "inspectors said – today." in doc.text


def test_broken_html_still_parses() -> None:
    page = (
        "<html><body><div class='content'><p>The first paragraph of the story is here and it is long enough."
        "<p>A second paragraph, with an <b>unclosed bold tag and <i>italics that never end."
        "<ul><li>an item<li>another item</div><table><tr><td>cell"
    )
    doc = parse_html(page.encode(), "broken")
    assert doc.blocks[0].text == "The first paragraph of the story is here and it is long enough."
    assert "unclosed bold tag and italics that never end." in doc.text
    assert "another item" in doc.text


def test_truncated_report_keeps_what_is_there(shared_corpus: Path) -> None:
    data = (shared_corpus / "docs" / "northmoor-ncpi-2018.html").read_bytes()
    doc = parse_html(data[: len(data) // 2], "truncated")
    assert doc.blocks[0].text == "Foreword"
    assert len(doc.blocks) > 20


@pytest.mark.parametrize(
    "data",
    [
        b"<html><head><title>Nothing</title></head><body></body></html>",
        b"<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
        b"<footer>Copyright</footer></body></html>",
        b"<html><body><h2>Just a heading</h2></body></html>",
    ],
)
def test_page_without_article_text_raises_document_error(data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        parse_html(data, "empty.html")
    assert info.value.reason == "no article text found in HTML page"


@pytest.mark.parametrize("data", [b"\x00\xff\xfe garbage \x00" * 50, b"<" * 5000, b"<div>" * 3000 + b"text"])
def test_only_document_errors_escape(data: bytes) -> None:
    try:
        parse_html(data, "odd")
    except DocumentError:
        pass


def test_report_markup_details() -> None:
    page = """<html><head><title>A report - Inspectorate</title></head><body><main>
    <h1>A report</h1><p>Published 3 May 2021</p>
    <nav aria-label="Contents"><h2>Contents</h2><ol><li><a href="#a">1. Intro</a></li></ol></nav>
    <h2 id="a">1. Intro</h2>
    <p>The force has improved its work, as reported last year.<sup><a href="#fn1">1</a></sup> It has more to do.</p>
    <p>Area is 5 km<sup>2</sup> in size and the text goes on for a while here.</p>
    <ol start="4"><li>fourth</li><li value="9">ninth</li><li>tenth</li></ol>
    <ul><li>bullet<ul><li>nested</li></ul></li></ul>
    <table><tr><th>Measure</th><th>Value</th></tr><tr><td>Calls</td><td>91%</td></tr></table>
    <div class="callout"><p>Boxed text of the report in a callout.</p></div>
    <p>Line one<br>line two</p>
    <div class="footnotes"><ol><li id="fn1"><p>The note text. <a href="#fnref1">↩</a></p></li></ol></div>
    </main></body></html>"""
    doc = parse_html(page.encode(), "report.html")
    assert doc.metadata.title == "A report"
    assert doc.metadata.published == "2021-05-03"
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["1. Intro"]
    assert "The force has improved its work, as reported last year. It has more to do." in doc.text
    assert "5 km2 in size" in doc.text
    items = [(b.marker, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("4", "fourth"), ("9", "ninth"), ("10", "tenth"), (None, "bullet"), (None, "nested")]
    table = next(b for b in doc.blocks if b.kind == "table")
    assert (
        table.rows == [["Measure", "Value"], ["Calls", "91%"]] and table.text == "Measure\tValue\nCalls\t91%"
    )
    assert next(b for b in doc.blocks if b.text.startswith("Boxed")).attrs.get("box") is True
    assert "Line one line two" in doc.text
    note = doc.blocks[-1]
    assert (note.kind, note.note, note.text) == ("footnote", "1", "The note text.")


def test_json_ld_article_body_is_the_fallback() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rendered by script",
        "datePublished": "2020-10-01T09:00:00Z",
        "author": [{"@type": "Person", "name": "A Writer"}],
        "articleBody": "The first paragraph of a story rendered by script.\n\nThe second paragraph of it.",
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        '<body><div id="app"></div><footer><a href="/">Home</a></footer></body></html>'
    )
    doc = parse_html(page.encode(), "spa.html")
    assert [b.text for b in doc.blocks] == [
        "The first paragraph of a story rendered by script.",
        "The second paragraph of it.",
    ]
    assert doc.metadata.title == "Rendered by script"
    assert doc.metadata.published == "2020-10-01"
    assert doc.metadata.author == "A Writer"


def test_table_layout_page_without_semantic_markup() -> None:
    prose = "".join(
        f"<p>Paragraph {i} of the story, which goes on for long enough to count as prose.</p>"
        for i in range(5)
    )
    page = (
        f"<html><body><table><tr><td class='left'><a href='/'>Home</a><br><a href='/n'>News</a></td>"
        f"<td>{prose}</td><td><b>Most read</b><br><a href='/x'>Another headline here</a></td></tr></table>"
        "</body></html>"
    )
    doc = parse_html(page.encode(), "tables.html")
    assert [b.text[:11] for b in doc.blocks] == [f"Paragraph {i}" for i in range(5)]


def test_loose_text_pages_and_headline_variants() -> None:
    page = (
        "<html><head><meta property='og:title' content='SEO title for sharing'></head><body>"
        "<div class='commentary-body'><h1>The headline as printed</h1><p>Published: 4 March 2019 10:32</p>"
        "<div>First paragraph of loose text, long enough to be prose in an old page.<br><br>"
        "Second paragraph, after a blank line, with <a href='/x'>a link</a> inside it.<br>Same paragraph.</div>"
        "</div><div id='comments'><p>A reader's long comment that should never be part of the story text.</p></div>"
        "</body></html>"
    )
    doc = parse_html(page.encode(), "loose.html")
    assert [b.text for b in doc.blocks] == [
        "First paragraph of loose text, long enough to be prose in an old page.",
        "Second paragraph, after a blank line, with a link inside it. Same paragraph.",
    ]
    assert doc.metadata.title == "SEO title for sharing"


def test_ligature_glyphs_are_spelt_out_in_text_and_table_cells() -> None:
    """Typeset sources carry 'ﬁ'/'ﬂ' glyphs; cues, gold text and quotes match letters, so every parser spells them out."""
    from reportmine.parsers.document import Block, build

    parsed = build(
        "x",
        b"x",
        "pdf",
        [
            Block(kind="paragraph", text="Inspectors found signiﬁcant ﬂaws in staﬀ training."),
            Block(kind="table", text="Eﬃciency\tgood", rows=[["Eﬃciency", "good"]]),
        ],
    )
    assert parsed.text == "Inspectors found significant flaws in staff training.\n\nEfficiency\tgood"
    assert parsed.blocks[1].rows == [["Efficiency", "good"]]
    assert parsed.blocks[0].end - parsed.blocks[0].start == len(parsed.blocks[0].text)
