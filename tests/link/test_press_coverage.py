"""Press pieces against the reports they cover: the quote check, the `covers` links and the `reports` edges, on the
constructed press sets tests/data/styles/press-coverage and press-unseen (gold: covers.json, restates.json and each
piece's quote_check) and the development reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportmine import iter_documents
from reportmine.link.compare import compare
from reportmine.link.quotecheck import check_quote

STYLES = Path(__file__).resolve().parents[1] / "data" / "styles"
SET = STYLES / "press-coverage"
UNSEEN = STYLES / "press-unseen"

REPORT = (
    "Summary. Inspectors found that call handlers were polite and patient. However, in a third of the cases "
    "we examined, the children at the address were not spoken to at all. The force should act quickly."
)


def test_a_quote_is_verbatim_even_cut_with_an_ellipsis_and_in_other_marks() -> None:
    assert check_quote("call handlers were polite and patient", REPORT)["verdict"] == "verbatim"
    cut = "In a third of the cases we examined … the children at the address were not spoken to"
    assert check_quote(cut, REPORT)["verdict"] == "verbatim"


def test_an_altered_quote_gives_the_passage_and_the_words_that_differ() -> None:
    got = check_quote(
        "In a third of the cases we looked at, children at the address were not spoken to at all.", REPORT
    )
    assert got["verdict"] == "altered"
    assert got["passage"].startswith("However, in a third of the cases")
    assert got["differs"] == [{"press": "looked at", "report": "examined the"}]


def test_words_the_report_never_used_are_not_found() -> None:
    got = check_quote("Too many children are let down at the first point of contact.", REPORT)
    assert got == {"verdict": "not_found", "similarity": got["similarity"], "passage": None, "differs": []}


@pytest.fixture(scope="module")
def pieces(nlp) -> dict:
    paths = sorted(SET.glob("*.html")) + sorted(UNSEEN.glob("*.html"))
    return {p.name: d for p, d in zip(paths, iter_documents(paths, nlp=nlp), strict=True)}


def test_compare_checks_every_quote_the_piece_gives_the_report(pieces, dev_records) -> None:
    checked = 0
    for gold_path in sorted(SET.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report_name = json.loads((SET / "covers.json").read_text(encoding="utf-8"))[gold["file"]]
        if not report_name:
            continue
        result = compare(dev_records[report_name + ".pdf"], pieces[gold["file"]])
        # compare groups the quotes: those the piece gives the report (checked), and the others
        for expected in gold.get("quote_check", []):
            row = next(q for q in result["quotes"]["report"] if q["text"].startswith(expected["text"]))
            assert row["from_report"] and row["verdict"] == expected["verdict"], (gold["file"], row)
            checked += 1
        others = [
            q
            for q in result["quotes"]["report"]
            if not any(q["text"].startswith(e["text"]) for e in gold.get("quote_check", []))
        ]
        assert not others, others
        assert all(q["verdict"] == "not_checkable" for q in result["quotes"]["others"])
    assert checked == 6


def _gold(name: str, folder: Path = SET) -> dict:
    return json.loads((folder / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", [SET, UNSEEN], ids=["press-coverage", "press-unseen"])
def test_every_piece_covers_its_report_or_none(pieces, dev_records, folder) -> None:
    from reportmine.link.graph import build_graph

    docs = [d for d in dev_records.values() if hasattr(d, "kind")] + list(pieces.values())
    graph = build_graph(docs)
    source = {f"report:{d.id}": Path(d.source).stem for d in docs}
    expected = {k: v for k, v in _gold("covers.json", folder).items() if not k.startswith("_")}
    for name, report in expected.items():
        edges = [
            (source[v], e["score"])
            for _, v, e in graph.out_edges(f"report:{pieces[name].id}", data=True)
            if e["type"] == "covers"
        ]
        assert [s for s, _ in edges] == ([report] if report else []), (name, edges)
        assert all(0 < score <= 1 for _, score in edges)
    for seed in ("seed002.html", "seed004.html"):  # about a Cumbria report that is not in the corpus
        seed_id = f"report:{dev_records[seed].id}"
        assert not [e for *_, e in graph.out_edges(seed_id, data=True) if e["type"] == "covers"]


@pytest.mark.parametrize(
    ("folder", "least"),
    # measured: press-coverage 20 of 22 (misses: a headline-style lede too loose to place, a follow-up's verdict
    # the matching does not read); press-unseen 24 of 25 (its miss: an HM Inspector's loose "not seen or heard", 0.2995 against 0.3)
    [(SET, 20), (UNSEEN, 24)],
    ids=["press-coverage", "press-unseen"],
)
def test_reported_findings_point_to_the_report_statement_they_restate(
    pieces, dev_records, folder, least
) -> None:
    covers, gold = _gold("covers.json", folder), _gold("restates.json", folder)
    right = total = 0
    for name, items in gold.items():
        if name.startswith("_"):
            continue
        rows = compare(dev_records[covers[name] + ".pdf"], pieces[name])["press_statements"]
        for prefix, targets in items.items():
            row = next((r for r in rows if r["text"].lstrip('“"').startswith(prefix.lstrip('“"'))), None)
            total += 1
            if row is None:
                continue  # not extracted as a finding or concern: scored by the evaluation, not here
            got = row["restates"]["text"] if row["restates"] else None
            right += (got is None and not targets) or (
                got is not None and any(t[:30] in got or got[:30] in t for t in targets)
            )
    assert total == sum(len(v) for k, v in gold.items() if not k.startswith("_")) and right >= least


def test_a_relayed_statement_is_matched_by_its_content_not_by_who_said_it() -> None:
    from reportmine.link.statements import restated
    from reportmine.model import Document, Person, Statement

    def doc(kind: str, findings: list[str], concerns: list[str], **kw) -> Document:
        return Document(
            id=kind,
            source=kind,
            kind=kind,
            text=" ",
            findings=[Statement(t, 0, len(t)) for t in findings],
            concerns=[Statement(t, 0, len(t)) for t in concerns],
            **kw,
        )

    report = doc(
        "inspection_report",
        ["Officers at Barnford were polite and patient with callers, the inspectors found."],
        [
            "Vulnerable adults who repeatedly went missing were not always recognised as being at risk of harm, "
            "and the information gathered when they returned was seldom used to plan how to keep them safe.",
            "Too many people who had been arrested were kept in custody overnight because no bed was found.",
        ],
        force="Barnford Police",
    )
    press = doc(
        "news_article",
        [],
        [
            "Ann Lowry of Barnford Police said vulnerable adults who went missing had their risk unrecognised;",
            "people held in cells overnight;",
        ],
        force="Barnford Police",
        people=[Person(name="Ann Lowry")],
    )
    got = [(r.press.text[:12], r.report.text[:12] if r.report else None) for r in restated(press, report)]
    # the speaker's and the force's names say who, not what; "unrecognised" is read as "recognised", "cells" as
    # custody
    assert got == [("Ann Lowry of", "Vulnerable a"), ("people held ", "Too many peo")]


def test_a_piece_naming_no_force_needs_more_shared_findings_to_cover_a_report() -> None:
    from reportmine.link.pairing import coverage_score
    from reportmine.model import Document, Statement

    def doc(id_: str, kind: str, published: str, *concerns: str, force: str | None = None) -> Document:
        said = [Statement(t, 0, len(t)) for t in concerns]
        return Document(
            id=id_, source=id_, kind=kind, force=force, published=published, text=" ", concerns=said
        )

    report = doc(
        "r",
        "inspection_report",
        "2021-05",
        "Officers did not record crimes of stalking and harassment promptly in most of the cases examined.",
        "The force answered emergency calls quickly.",
        force="Barnford Police",
    )
    echo = "Forces across England did not always record crimes promptly, inspectors said."
    assert (
        coverage_score(doc("p", "news_article", "2021-05-20", echo), report) == 0.0
    )  # a loose echo, no force
    assert coverage_score(doc("p", "news_article", "2021-05-20", echo, force="Barnford Police"), report) > 0.3


def test_a_piece_about_the_follow_up_says_it_fits_the_follow_up_better(pieces, dev_records) -> None:
    corpus = [d for d in dev_records.values() if hasattr(d, "kind")] + list(pieces.values())
    piece = pieces["pcc-newsroom.html"]  # covers the 2019 review, not the 2018 inspection (covers.json)
    result = compare(dev_records["northmoor-ncpi-2018.pdf"], piece, corpus)
    better = result["better_fit"]
    assert better["document"]["title"] == dev_records["northmoor-ncpi-review-2019.pdf"].title
    assert better["coverage_score"] - result["coverage_score"] == pytest.approx(better["margin"])
    assert better["margin"] > 0 and result["notes"][0].startswith("the piece fits ")
    # against the report it covers there is nothing better; nor for a piece on the inspection (the web copy of
    # the report given is the same publication, not another document)
    assert compare(dev_records["northmoor-ncpi-review-2019.html"], piece, corpus)["better_fit"] is None
    daily = compare(dev_records["northmoor-ncpi-2018.html"], pieces["regional-daily.html"], corpus)
    assert daily["better_fit"] is None and not any("fits" in n for n in daily["notes"])


def test_compare_on_the_command_line_checks_the_piece_against_the_corpus(
    pieces, dev_records, tmp_path
) -> None:
    from click.testing import CliRunner

    from reportmine.cli import main

    def records(name: str, docs) -> str:
        path = tmp_path / name
        path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs), encoding="utf-8")
        return str(path)

    report = records("report.jsonl", [dev_records["northmoor-ncpi-2018.pdf"]])
    piece = records("piece.jsonl", [pieces["pcc-newsroom.html"]])
    corpus = records("corpus.jsonl", [d for d in dev_records.values() if hasattr(d, "kind")])
    args = ["compare", report, piece, "--no-cache", "--format", "json"]
    alone = CliRunner().invoke(main, args)
    assert alone.exit_code == 0 and json.loads(alone.stdout)["better_fit"] is None
    checked = CliRunner().invoke(main, [*args, "--with", corpus])
    assert checked.exit_code == 0, checked.stderr
    better = json.loads(checked.stdout)["better_fit"]
    assert better["document"]["kind"] == "follow_up_report" and better["margin"] > 0.1


def test_a_piece_that_names_no_force_and_relays_nothing_of_the_report_is_refused() -> None:
    from reportmine.link.compare import Unrelated
    from reportmine.model import Document, Statement

    def doc(kind: str, force: str | None, *concerns: str) -> Document:
        said = [Statement(t, 0, len(t)) for t in concerns]
        return Document(
            id=kind, source=kind, kind=kind, force=force, published="2021-05", text=" ", concerns=said
        )

    report = doc(
        "inspection_report",
        "Barnford Police",
        "Officers did not record crimes of stalking and harassment promptly in most of the cases examined.",
    )
    vetting = doc(
        "press_release", None, "Too many forces still vet new recruits without checking social media."
    )
    with pytest.raises(Unrelated, match="no force in common"):
        compare(report, vetting)
    # the force's own piece stays, with a note, even where it shares no words (an extraction can miss them)
    same = compare(report, doc("news_article", "Barnford Police", vetting.concerns[0].text))
    assert any("shares little" in note for note in same["notes"])


def test_compare_cites_the_copy_with_pages_when_the_corpus_holds_it(dev_records) -> None:
    corpus = [d for d in dev_records.values() if hasattr(d, "kind")]
    web, review = dev_records["northmoor-ncpi-2018.html"], dev_records["northmoor-ncpi-review-2019.html"]
    alone = compare(web, review)
    assert {r["page"] for r in alone["recommendations"]} == {None}
    # the PDF and the web page are one publication: with the corpus, the rows cite the PDFs' pages
    cited = compare(web, review, corpus)
    assert [r["status"] for r in cited["recommendations"]] == [r["status"] for r in alone["recommendations"]]
    assert all(r["page"] and r["reasoning_pages"] for r in cited["recommendations"])
    assert sum("cited from its copy" in n and n.endswith(".pdf") for n in cited["notes"]) == 2
