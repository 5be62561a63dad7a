"""Held-out press pages (tests/data/styles/press): news and press templates the development corpus lacks.

Each page's text must hold every paragraph of the story and none of the page furniture its gold lists;
the extraction is scored against the gold and held to the floors measured on the set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reportmine
from reportmine.evaluation import check_floors, evaluate, load_floors
from reportmine.metadata import describe
from reportmine.parsers import parse_bytes
from reportmine.parsers.encoding import repair_mojibake
from reportmine.parsers.html.meta import parse_date

SET = Path(__file__).resolve().parents[1] / "data" / "styles" / "press"


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SET.glob("*.gold.json"))]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _page(body: str, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Force told to improve - Daily Paper</title>{head}"
        f"</head><body>{body}</body></html>"
    ).encode()


_STORY = "".join(
    f"<p>Paragraph {n} of the story says what the inspectors found about the force, at some length.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize("gold", _golds(), ids=lambda g: g["file"])
def test_the_story_is_whole_and_the_furniture_is_gone(gold: dict) -> None:
    text = _flat(reportmine.parse(SET / gold["file"]).text)
    missing = [p for p in gold["body"] if _flat(p) not in text]
    assert not missing, f"story paragraphs lost: {missing}"
    furniture = [s for s in gold["boilerplate"] if s in text]
    assert not furniture, f"page furniture kept: {furniture}"


def test_the_set_covers_the_markup_it_claims() -> None:
    golds = _golds()
    assert len(golds) >= 8
    assert {g["kind"] for g in golds} == {"news_article", "press_release"}
    raw = {g["file"]: (SET / g["file"]).read_bytes() for g in golds}
    assert raw["amp-page.html"].startswith(b"\xef\xbb\xbf")
    assert b"charset" not in raw["cp1252-nocharset.html"].lower() and b"\x93" in raw["cp1252-nocharset.html"]
    assert b"ISO-8859-1" in raw["pcc-wordpress.html"] and b"caf\xe9" in raw["pcc-wordpress.html"]


def test_every_encoding_decodes() -> None:
    """Windows-1252 with no declaration, Latin-1 declared only in http-equiv, UTF-8 with a BOM."""
    cp1252 = reportmine.parse(SET / "cp1252-nocharset.html").text
    assert (
        "“We know that this is not good enough." in cp1252
        and "£1.4m" in cp1252
        and "11 minutes — and" in cp1252
    )
    latin1 = reportmine.parse(SET / "pcc-wordpress.html").text
    assert "Pavilion café" in latin1 and "£250,000" in latin1
    amp = reportmine.parse(SET / "amp-page.html")
    assert not amp.text.startswith("\ufeff") and amp.metadata.title.startswith("Avon and Somerset officers")


def test_held_out_press_styles_meet_their_floors(nlp) -> None:
    result = evaluate(SET, nlp=nlp)
    assert [d.status for d in result.documents] == ["ok"] * len(_golds())
    floors = load_floors(SET / "floors.json")
    assert {"metadata.kind", "metadata.published", "dates.f1", "quotes.f1", "people.f1"} <= set(floors)
    failed = [
        f"{c.name}: {c.score} < {c.floor}" for c in check_floors(result.scores(), floors) if not c.passed
    ]
    assert not failed, failed


# --- the general rules, one page each ------------------------------------------------------------


def test_a_quotation_in_a_blockquote_stays_and_an_embedded_post_goes() -> None:
    parsed = parse_bytes(
        _page(
            f"<article><h1>Force told to improve</h1>{_STORY}<blockquote><p>We found that too many calls went unanswered "
            "for far too long.</p></blockquote><blockquote class='twitter-tweet'><p>Read our response to the report "
            "here</p>&mdash; A Police Force (@force) <a href='https://twitter.com/x/status/1'>May 1, 2019</a></blockquote>"
            "</article>"
        )
    )
    assert "We found that too many calls went unanswered for far too long." in parsed.text
    assert "Read our response" not in parsed.text and "@force" not in parsed.text


def test_a_figure_is_media_unless_it_holds_a_quotation() -> None:
    parsed = parse_bytes(
        _page(
            f"<article>{_STORY}<figure><img src='a.jpg'><span>Image source, Agency</span><figcaption>Officers at the "
            "scene</figcaption></figure><figure><blockquote><p>Every victim deserves to be believed and protected by "
            "the police.</p></blockquote><figcaption>Chief Constable</figcaption></figure></article>"
        )
    )
    assert "Image source" not in parsed.text and "Officers at the scene" not in parsed.text
    assert "Every victim deserves to be believed and protected by the police." in parsed.text


def test_panels_opened_by_a_furniture_heading_go() -> None:
    parsed = parse_bytes(
        _page(
            f"<main><div class='story'>{_STORY}</div><div><h2>More on this story</h2><ul><li><a href='/a'>Force "
            "recruits call handlers</a> <span>Published 30 October 2018 and read by many</span></li></ul></div>"
            "<div><h3>Notes to editors</h3><p>The inspection took place in October 2018 across the whole force.</p></div>"
            "</main>"
        )
    )
    assert "More on this story" not in parsed.text and "Force recruits call handlers" not in parsed.text
    assert "The inspection took place in October 2018 across the whole force." in parsed.text


def test_stamps_credits_and_follow_us_lines_go_wherever_they_stand() -> None:
    parsed = parse_bytes(
        _page(
            f"<article>{_STORY}<p class='image-caption'>Officers during a raid last year (Image: Agency)</p>"
            "<p><i>Follow Daily Paper News on Facebook, Instagram and X. Have a story suggestion? Email us.</i></p>"
            "<div class='dates'><p>Published 20 October 2020</p><p>Last updated 14:02</p></div></article>"
        )
    )
    for furniture in ("Officers during a raid", "Follow Daily Paper", "Published 20 October", "Last updated"):
        assert furniture not in parsed.text
    assert parsed.text.count("Paragraph") == 4


def test_a_story_split_over_several_blocks_is_read_whole() -> None:
    parts = [
        f"<div class='article-body'><p>Part {n} of the story says what the inspectors found about the force, "
        f"at some length.</p><p>And a second paragraph in part {n}, long enough to count as prose.</p></div>"
        f"<div class='ad-slot'><span>Advertisement</span></div>"
        for n in (1, 2, 3)
    ]
    parsed = parse_bytes(
        _page(
            f"<div class='page'><h1>Force told to improve</h1>{''.join(parts)}"
            "<div class='support'><p>Subscribe to support local news.</p></div></div>"
        )
    )
    assert [n for n in (1, 2, 3) if f"Part {n} of the story" in parsed.text] == [1, 2, 3]
    assert "Advertisement" not in parsed.text


def test_a_live_blog_keeps_every_post_and_its_heading() -> None:
    posts = "".join(
        f"<article class='post'><header><time datetime='2023-05-18T1{n}:00'>1{n}:00</time><h3>Update number {n}</h3>"
        f"</header><div class='post-body'><p>Post {n} reports what the chief constable said about the findings "
        f"today.</p></div><footer><a href='#'>Share this update</a></footer></article>"
        for n in (3, 2, 1)
    )
    parsed = parse_bytes(
        _page(f"<main><h1>Live: report published</h1><div class='posts'>{posts}</div></main>")
    )
    headings = [b.text for b in parsed.blocks if b.kind == "heading"]
    assert headings == ["Update number 3", "Update number 2", "Update number 1"]
    assert all(f"Post {n} reports" in parsed.text for n in (1, 2, 3))
    assert "Share this update" not in parsed.text and "13:00" not in parsed.text


def test_a_date_shown_only_in_an_update_stamp_is_the_publication_date() -> None:
    parsed = parse_bytes(
        _page(
            f"<div class='masthead'><span class='date'>Friday, 15 March 2019</span></div><h1>Force told to improve</h1>"
            f"<div class='byline'>By A Reporter</div><div>Updated 14:02, 12 MAR 2019</div><div class='text'>{_STORY}</div>"
        )
    )
    assert parsed.metadata.published == "2019-03-12"
    # a masthead's date of the day, before the headline, is not the story's
    undated = parse_bytes(
        _page(
            f"<div class='masthead'><span class='date'>Friday, 15 March 2019</span></div>"
            f"<h1>Force told to improve</h1><div class='text'>{_STORY}</div>"
        )
    )
    assert undated.metadata.published is None


def test_double_encoded_utf8_is_repaired_and_clean_text_is_left_alone() -> None:
    story = "The force’s chief said “we will improve” – at a cost of £2m to the café owners of Zürich."
    double = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) if b >= 0x80 else chr(b)
        for b in story.encode("utf-8")
    )
    assert "â€™" in double
    assert repair_mojibake(double) == story
    for clean in ("São Paulo", "Ångström", "façade", "Ça va", story):
        assert repair_mojibake(clean) == clean


@pytest.mark.parametrize(
    "stamp, day",
    [
        ("2019-07-15T23:01:00Z", "2019-07-16"),  # 00:01 BST, the morning of an embargoed report
        ("2020-10-20T00:01:00.000+01:00", "2020-10-20"),
        ("2019-01-15T23:30:00Z", "2019-01-15"),  # GMT in winter: the same day
        ("2022-09-27T05:00:00+0100", "2022-09-27"),
        ("2017-01-26", "2017-01-26"),
    ],
)
def test_timestamps_give_the_uk_calendar_date(stamp: str, day: str) -> None:
    assert parse_date(stamp) == day


def test_a_story_that_mentions_a_press_release_is_news() -> None:
    head = "<meta property='og:type' content='article'><meta property='og:site_name' content='Daily Paper'>"
    news = parse_bytes(
        _page(f"<article>{_STORY}<p>In a press release, the force said it would improve.</p></article>", head)
    )
    release = parse_bytes(_page(f"<article><p>Press release</p>{_STORY}</article>", head))
    assert describe(news).kind == "news_article"
    assert describe(release).kind == "press_release"


def test_the_story_time_is_the_one_after_the_headline() -> None:
    parsed = parse_bytes(
        _page(
            "<div class='ticker'><a href='/a'>Earlier story</a> <time datetime='2019-03-01T09:00:00Z'>1 March</time></div>"
            f"<h1>Force told to improve</h1><p>By A Reporter <time datetime='2019-03-12T14:02:00Z'>12 March</time></p>"
            f"<div class='text'>{_STORY}</div>"
        )
    )
    assert parsed.metadata.published == "2019-03-12"


def test_captions_with_a_credit_and_inbox_promotions_go() -> None:
    parsed = parse_bytes(
        _page(
            f"<article>{_STORY}<p>Officers outside the station on Monday (Image: Daily Paper)</p>"
            "<p>Get the biggest stories from your area straight to your inbox every morning.</p></article>"
        )
    )
    assert "Officers outside the station" not in parsed.text and "straight to your inbox" not in parsed.text
    assert parsed.text.count("Paragraph") == 4
