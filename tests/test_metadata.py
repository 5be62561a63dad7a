"""Kind, title, publication date and force: from the document alone, as the gold states them."""

from __future__ import annotations

import json

import pytest
from helpers import H, P

from reportmine import describe, parse
from reportmine.lexicon.dates import parse_date_expression
from reportmine.lexicon.forces import find_forces, main_force
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
    review = _doc(
        "pdf",
        [Block("heading", "Post-inspection review"), *body],
        title="Kent Police – post-inspection review",
    )
    report = _doc(
        "pdf", [Block("heading", "Summary"), *body], title="Kent Police – child protection inspection"
    )
    news = _doc(
        "html",
        [Block("paragraph", "Kent Police must improve, a report says.")],
        title="Police told to improve",
        page_type="article",
        author="A Reporter",
        site_name="Kent Evening News",
        published="2017-01-26",
    )
    release = _doc(
        "html",
        [
            Block("paragraph", "Kent Police must improve, says the inspectorate."),
            Block("paragraph", "Notes to editors"),
        ],
        title="Kent Police needs to improve",
        page_type="article",
        published="2017-01-26",
    )
    assert [describe(d).kind for d in (review, report, news, release)] == [
        "follow_up_report",
        "inspection_report",
        "news_article",
        "press_release",
    ]


def test_plain_text_articles_saved_without_their_page_are_press_of_the_right_kind(shared_corpus) -> None:
    """The article text alone (no page type, no JSON-LD): reported speech makes it press, contact lines for the media a release."""
    for name in ("seed002", "seed004"):
        gold = json.loads((shared_corpus / "gold" / f"{name}.gold.json").read_text())
        info = describe(parse(shared_corpus / "text" / f"{name}.txt"))
        assert info.kind == gold["kind"], name
        assert info.force == gold["force"], name


def test_a_text_header_is_metadata_not_text(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Title: Force told to improve\nDate: Thursday 26 January 2017 10:00\nAuthor: Jo Bloggs\n\n"
        "The force was told to improve, inspectors said.\n",
        encoding="utf-8",
    )
    parsed = parse(path)
    assert (parsed.metadata.title, parsed.metadata.published, parsed.metadata.author) == (
        "Force told to improve",
        "2017-01-26",
        "Jo Bloggs",
    )
    assert parsed.text == "The force was told to improve, inspectors said."


def test_a_bare_date_line_glued_to_the_first_paragraph_dates_the_text_and_stays_in_it(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        ' date 2017-01-26 A "troubled" police force needs "immediate" improvement, watchdogs have said.\n\n'
        "More text follows here.\n",
        encoding="utf-8",
    )
    info, parsed = describe(parse(path)), parse(path)
    assert parsed.text.startswith('date 2017-01-26 A "troubled" police force')  # the article's own date line
    assert info.published == "2017-01-26"
    assert info.title is None  # a lede sentence is not a headline


def test_a_short_first_line_without_a_full_stop_is_the_title_of_a_text(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        'Police chief criticised over failings\n\nThe chief constable said: "We accept every finding '
        'and we will act on them."\n',
        encoding="utf-8",
    )
    info = describe(parse(path))
    assert info.title == "Police chief criticised over failings"
    assert info.kind == "news_article"


def test_short_lines_of_a_text_file_are_headings_and_lead_ins_stay_paragraphs(tmp_path) -> None:
    """A headline or 'Get the report' is structure, never a finding or concern; 'Inspectors found:' leads a list."""
    path = tmp_path / "release.txt"
    path.write_text(
        "Force needs to improve its protection of children\n\nThe inspectorate has today published its "
        "report.\n\nGet the report\n\nInspectors were concerned to find:\n\n  • a lack of training;\n\n"
        "How effective is the force at protecting vulnerable people?\n",
        encoding="utf-8",
    )
    kinds = [(b.kind, b.level) for b in parse(path).blocks]
    assert kinds == [
        ("heading", 1),
        ("paragraph", None),
        ("heading", 2),
        ("paragraph", None),
        ("list_item", None),
        ("heading", 2),
    ]


def test_bilingual_section_headings_make_a_report() -> None:
    blocks = [
        H("Crynodeb / Summary"),
        P("We inspected how the force responds to people in mental health crisis."),
        H("Argymhellion / Recommendations"),
        P("The force should extend its triage service."),
    ]
    titled = build(
        "report", b"x", "text", [H("An inspection of the force's response to mental health crisis")] + blocks
    )
    assert describe(titled).kind == "inspection_report"
