"""``reportmine compare`` as a journalist uses it: statuses with reasoning and pages, quotes by attribution, refusals."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from browser import chromium, run
from click.testing import CliRunner

from reportmine.cli import main
from reportmine.io.inputs import read_records
from reportmine.link.compare import Unrelated, compare
from reportmine.views.comparison import render_comparison


@pytest.fixture(scope="module")
def docs(sample_records):
    """The sample corpus by file name (PDF copies of the reports)."""
    return {d.source.rsplit("/", 1)[-1]: d for d in read_records(sample_records)}


def one(docs, name, tmp_path):
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps(docs[name].to_dict()) + "\n", encoding="utf-8")
    return str(path)


def test_follow_up_gives_each_status_with_its_reasoning_and_pages(docs):
    result = compare(docs["fenmarsh-review-2020.pdf"], docs["fenmarsh-inspection-2019.pdf"])
    assert result["summary"] == "4 recommendations: 1 achieved, 2 partly, 1 not"
    rows = {r["number"]: r for r in result["recommendations"]}
    assert [rows[n]["status"] for n in (1, 2, 3, 4)] == [
        "achieved",
        "partially_achieved",
        "partially_achieved",
        "not_achieved",
    ]
    for row in rows.values():
        # the reasoning is the progress passage, not only the verdict sentence, and it ends with the verdict
        assert len(row["reasoning"]) > 2 * len(row["verdict"]) and row["verdict"] in row["reasoning"]
        assert row["page"] in (6, 7) and row["reasoning_pages"][0] in (2, 3, 4) and row["verdict_page"]
        assert row["deadline"] and row["due"]
    # recommendation 3 is judged in prose only; its reasoning still carries the facts the verdict rests on
    assert "84 call handlers" in rows[3]["reasoning"]
    text = render_comparison(result, "text")
    assert "Recommendation 2: partially achieved" in text and "due 2019-10" in text and "pp. 3–4" in text


def test_quotes_land_in_the_right_group(docs):
    news = compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-news.html"])
    (report_quote,) = news["quotes"]["report"]
    assert report_quote["text"] == "caring and tenacious" and report_quote["verdict"] == "verbatim"
    assert report_quote["page"] == 3
    others = {q["speaker"] for q in news["quotes"]["others"]}
    assert others == {"Adrian Thorley", "Priya Ramsden"}
    assert {q["verdict"] for q in news["quotes"]["others"]} == {"not_checkable"}
    release = compare(docs["fenmarsh-press-release.html"], docs["fenmarsh-inspection-2019.pdf"])
    checks = {q["verdict"]: q for q in release["quotes"]["report"]}
    # the inspector's words to the press: one is the foreword reworded, one is not in the report at all
    altered = checks["altered"]
    assert altered["page"] == 3 and "return to Fenmarsh" in altered["passage"]
    assert {"press": "check that", "report": "assess"} in altered["differs"]
    assert checks["not_found"]["passage"] is None and checks["not_found"]["page"] is None


def test_coverage_says_what_was_relayed_left_out_and_added(docs):
    result = compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-news.html"])
    relayed = " ".join(r["text"] for r in result["right"])
    assert "reviewed by a supervisor" in relayed and len(result["right"]) >= 2
    assert any(r["kind"] == "recommendation" for r in result["left_out"])
    assert len(result["right"]) + len(result["left_out"]) == 21
    # a sentence of the piece with nothing behind it in the report
    assert any("single email inbox" in a["text"] for a in result["not_in_report"])


def test_html_is_styled_printable_and_self_contained(docs):
    page = render_comparison(
        compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-news.html"]), "html"
    )
    assert "<style>" in page and "@media print" in page and "`" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    # every list item sits inside a list
    assert page.count("<li") == sum(
        len(re.findall(r"<li", block)) for block in re.findall(r"<ul.*?</ul>", page, re.S)
    )
    follow = render_comparison(
        compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-review-2020.pdf"]), "html"
    )
    assert follow.count('class="badge status status-partially_achieved"') == 2
    assert "/work/" not in follow and "fenmarsh-review-2020.pdf" in follow


def test_a_pair_that_does_not_belong_together_is_refused(docs, tmp_path):
    runner = CliRunner()
    press = one(docs, "fenmarsh-press-release.html", tmp_path)
    news = one(docs, "fenmarsh-news.html", tmp_path)
    review = one(docs, "fenmarsh-review-2020.pdf", tmp_path)
    result = runner.invoke(main, ["compare", press, news])
    assert result.exit_code == 1 and "both are press pieces" in result.output
    result = runner.invoke(main, ["compare", review, news])
    assert result.exit_code == 1 and "before the report" in result.output
    elsewhere = dataclasses.replace(docs["fenmarsh-review-2020.pdf"], force="Wessex Vale Police")
    with pytest.raises(Unrelated, match="different forces"):
        compare(docs["fenmarsh-inspection-2019.pdf"], elsewhere)
    inspection = docs["fenmarsh-inspection-2019.pdf"]
    with pytest.raises(Unrelated, match="neither document judges"):
        compare(inspection, dataclasses.replace(inspection, id="other", published="2020-01"))


def test_a_missing_document_fails_with_one_line_and_exit_1(docs, tmp_path):
    runner = CliRunner()
    press = one(docs, "fenmarsh-press-release.html", tmp_path)
    missing = tmp_path / "gone\nreport.pdf"
    result = runner.invoke(main, ["compare", press, str(missing), "--no-cache"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "gone" in line]
    assert len(lines) == 1 and "\\n" in lines[0] and "No such file" in lines[0]


def test_a_piece_about_the_follow_up_says_so(docs):
    news = docs["fenmarsh-news.html"]
    later = dataclasses.replace(
        news, title="Missing children: force makes progress, inspectors' revisit finds"
    )
    notes = compare(docs["fenmarsh-inspection-2019.pdf"], later)["notes"]
    assert any("follow-up" in n for n in notes)
    assert not compare(docs["fenmarsh-inspection-2019.pdf"], news)["notes"]


@pytest.mark.parametrize("width", [1400, 420])
def test_comparison_page_in_chromium(docs, tmp_path, width):
    browser = chromium()
    if browser is None:
        pytest.skip("no chromium binary found (install Debian's 'chromium' package to run the browser test)")
    result = compare(docs["fenmarsh-inspection-2019.pdf"], docs["fenmarsh-review-2020.pdf"])
    probe = (
        "<script>window.addEventListener('load',()=>{const b=document.querySelector('.badge.status-achieved');"
        "const o={badge:getComputedStyle(b).backgroundColor,edge:getComputedStyle(b.closest('.rec')).borderLeftColor,"
        "scroll:document.documentElement.scrollWidth-document.documentElement.clientWidth,"
        "requests:performance.getEntriesByType('resource').length};"
        "const p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(o);document.body.appendChild(p);});</script>"
    )
    page = render_comparison(result, "html")
    probed = tmp_path / "probed.html"
    # the page's own policy forbids scripts; the probe page lifts that for the measurement only
    probed.write_text(
        page.replace(
            "default-src 'none'; style-src 'unsafe-inline'",
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
        ).replace("</body>", probe + "</body>"),
        encoding="utf-8",
    )
    dom = run(browser, probed.as_uri(), tmp_path, width, "--dump-dom").stdout
    seen = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1).replace("&quot;", '"'))
    assert seen == {"badge": "rgb(46, 125, 50)", "edge": "rgb(46, 125, 50)", "scroll": 0, "requests": 0}
    shot = tmp_path / "page.html"
    shot.write_text(page, encoding="utf-8")
    run(browser, shot.as_uri(), tmp_path, width, f"--screenshot={tmp_path / 'compare.png'}")
    assert (tmp_path / "compare.png").stat().st_size > 10_000
