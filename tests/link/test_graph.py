"""The graph: follow-ups paired with their reports, outcomes with recommendations, people across documents, coverage."""

from __future__ import annotations

import copy
import json
import random

import networkx as nx
import pytest
from gold_documents import gold_document, gold_numbers

from reportmine import build_graph, recommendation_table
from reportmine.link.match import match_outcomes
from reportmine.link.people import resolve_people
from reportmine.model import Document, Outcome, Person, Quote, Recommendation, Statement

PAIRS = [
    ("northmoor-ncpi-2018", "northmoor-ncpi-review-2019"),
    ("wessex-vale-peel-2022", "wessex-vale-revisit-2023"),
]


def assessed(graph: nx.MultiDiGraph) -> set[tuple[str, int, str, str]]:
    """(report source, recommendation number, follow-up source, status) of every assessed_by edge."""
    out = set()
    for u, v, k, d in graph.edges(keys=True, data=True):
        if k == "assessed_by":
            rec, outcome = graph.nodes[u], graph.nodes[v]
            out.add(
                (
                    graph.nodes[f"report:{rec['report']}"]["source"],
                    rec["number"],
                    graph.nodes[f"report:{outcome['report']}"]["source"],
                    d["status"],
                )
            )
    return out


@pytest.fixture(scope="module")
def gold_pairs(shared_corpus):
    return {
        fmt: [
            (
                gold_document(shared_corpus, f"{r}.gold.json", fmt=fmt),
                gold_document(shared_corpus, f"{f}.gold.json", fmt=fmt),
            )
            for r, f in PAIRS
        ]
        for fmt in ("pdf", "html")
    }


def test_outcome_numbers_recovered_from_meaning(gold_pairs, shared_corpus):
    for fmt, pairs in gold_pairs.items():
        for (report, follow_up), (_, fu_name) in zip(pairs, PAIRS):
            want = gold_numbers(shared_corpus, f"{fu_name}.gold.json")
            links = match_outcomes(report, follow_up)
            got = {follow_up.outcomes[link.outcome].text: link.recommendation for link in links}
            assert got == want, (fmt, fu_name)
            assert all(0 < link.score <= 1 for link in links)


def test_dev_graph_against_links_json(gold_pairs, shared_corpus):
    docs = [d for pairs in gold_pairs.values() for pair in pairs for d in pair]
    graph = build_graph(docs)
    gold = json.loads((shared_corpus / "gold" / "links.json").read_text())
    edges = assessed(graph)
    expected = set()
    for entry in gold:
        for fmt in ("pdf", "html"):
            rep = str(shared_corpus / "docs" / entry["report"].replace(".pdf", f".{fmt}"))
            fu = str(shared_corpus / "docs" / entry["follow_up"].replace(".pdf", f".{fmt}"))
            assert graph.has_edge(f"report:{_id(docs, fu)}", f"report:{_id(docs, rep)}", key="follows_up")
            expected |= {(rep, link["recommendation"], fu, link["status"]) for link in entry["links"]}
    assert edges == expected  # every link right, no false assessed_by edge
    table = recommendation_table(graph)
    assert list(table.columns[:9]) == [
        "report",
        "force",
        "number",
        "text",
        "deadline",
        "due",
        "status",
        "evidence",
        "type",
    ]
    # one row per publication: the PDF and web copies of a report are one, with both sources
    recs = table[table["type"] == "recommendation"]
    assert len(recs) == 12 and table["status"].notna().all()
    assert table["sources"].map(len).eq(2).all()
    areas = table[table["type"] == "area_for_improvement"]  # the PEEL report's six
    assert len(areas) == 6 and set(areas["status"]) == {"not_assessed"}  # the revisit judges none of them


def _id(docs, source):
    return next(d.id for d in docs if d.source == source)


def variant(doc: Document, tag: str, force: str | None = None) -> Document:
    """A copy under another id and file name, optionally about another force (its name replaced throughout)."""
    new = copy.deepcopy(doc)
    new.id = f"{doc.id}-{tag}"
    new.source = doc.source.replace(".", f"-{tag}.", 1) if "." in doc.source else doc.source + tag
    if force and doc.force:
        old = doc.force
        place, new_place = old.split()[0], force.split()[0]
        new.force = force
        swap = lambda s: s.replace(old, force).replace(place, new_place) if s else s  # noqa: E731
        new.title, new.text = swap(new.title), swap(new.text)
        for item in [*new.recommendations, *new.outcomes, *new.findings, *new.concerns]:
            item.text = swap(item.text)
    return new


def test_copies_other_forces_and_order_give_the_same_links(gold_pairs):
    base = [d for pair in gold_pairs["pdf"] for d in pair]
    originals = assessed(build_graph(base))
    corpus = (
        base + [variant(d, "copy") for d in base] + [variant(d, "kent", force="Kentish Police") for d in base]
    )
    random.Random(7).shuffle(corpus)
    edges = assessed(build_graph(corpus))
    for tag in ("", "-copy", "-kent"):
        mine = {
            (r, n, f, s)
            for r, n, f, s in edges
            if r.endswith(f"{tag}.pdf")
            and not any(r.endswith(f"{t}.pdf") for t in ("-copy", "-kent") if t != tag)
        }
        renamed = {
            (r.replace(".pdf", f"{tag}.pdf"), n, f.replace(".pdf", f"{tag}.pdf"), s)
            for r, n, f, s in originals
        }
        assert mine == renamed, tag
    # each follow-up reviews the report of its own force and name, never a twin's
    graph = build_graph(corpus)
    for u, v, k in graph.edges(keys=True):
        if k == "follows_up":
            a, b = graph.nodes[u], graph.nodes[v]
            assert a["force"] == b["force"]
            assert a["source"].count("-copy") == b["source"].count("-copy")
    assert assessed(build_graph(list(reversed(corpus)))) == edges


# -- small hand-made corpora --------------------------------------------------


def _rec(n: int, text: str) -> Recommendation:
    return Recommendation(number=n, text=text, start=0, end=0)


RECS = [
    "The force should make sure that every missing child is assessed for the risk of sexual exploitation at the first report.",
    "The force should train custody sergeants to record the reasons each time a child is held overnight in a police cell.",
    "The force should reduce the backlog of digital devices awaiting forensic examination so that investigations are not delayed.",
]


def _report(id_: str, force: str, published: str, title: str, recs=RECS) -> Document:
    return Document(
        id=id_,
        source=f"{id_}.pdf",
        kind="inspection_report",
        force=force,
        published=published,
        title=title,
        text=" ".join(recs),
        recommendations=[_rec(i, t) for i, t in enumerate(recs, 1)],
    )


def _follow_up(
    id_: str, force: str, published: str, title: str, text: str, passages: list[tuple[str, str]]
) -> Document:
    body, outcomes = text, []
    for passage, status in passages:
        body += "\n\n" + passage
        outcomes.append(
            Outcome(
                recommendation=None,
                status=status,
                text=passage.rsplit(". ", 1)[-1],
                start=len(body) - len(passage.rsplit(". ", 1)[-1]),
                end=len(body),
            )
        )
    return Document(
        id=id_,
        source=f"{id_}.pdf",
        kind="follow_up_report",
        force=force,
        published=published,
        title=title,
        text=body,
        outcomes=outcomes,
    )


PASSAGES = [
    (
        "Held overnight: sergeants in the custody suite have now been trained, and the reasons for keeping a child in a cell are recorded in each case. We consider this recommendation achieved.",
        "achieved",
    ),
    (
        "Missing children: the force now screens every child reported missing for exploitation risk when the first call is taken. This has been partially achieved.",
        "partially_achieved",
    ),
]


def test_follow_up_pairs_with_the_round_it_names_and_leaves_the_unmentioned_unlinked():
    old = _report("a-2014", "Fenland Police", "2014-03", "Fenland Police – child protection inspection")
    new = _report("b-2018", "Fenland Police", "2018-06", "Fenland Police – child protection inspection")
    other = _report("c-2018", "Dale Police", "2018-06", "Dale Police – child protection inspection")
    peel = _report(
        "d-2018",
        "Fenland Police",
        "2018-05",
        "PEEL: police effectiveness 2018 – Fenland Police",
        recs=RECS[:1],
    )
    fu = _follow_up(
        "e-2019",
        "Fenland Police",
        "2019-02",
        "Fenland Police – child protection post-inspection review",
        "In our 2018 inspection of Fenland Police we made three recommendations.",
        PASSAGES,
    )
    graph = build_graph([fu, peel, other, new, old])
    assert [v for _, v, k in graph.out_edges("report:e-2019", keys=True) if k == "follows_up"] == [
        "report:b-2018"
    ]
    statuses = {
        d["number"]: (d["status"], d["assessed"])
        for n, d in graph.nodes(data=True)
        if d.get("type") == "recommendation" and d["report"] == "b-2018"
    }
    assert statuses == {1: ("partially_achieved", True), 2: ("achieved", True), 3: ("not_assessed", False)}
    assert not list(graph.out_edges("recommendation:b-2018:3", keys=True))
    assert graph.nodes["recommendation:c-2018:1"]["status"] == "no_follow_up"
    for _u, v, k, d in graph.edges(keys=True, data=True):
        if k == "assessed_by":
            assert 0.3 <= d["score"] <= 1 and d["status"] == graph.nodes[v]["status"]


def test_follow_up_of_an_absent_report_pairs_with_nothing():
    peel = _report(
        "d-2018",
        "Fenland Police",
        "2018-05",
        "PEEL: police effectiveness 2018 – Fenland Police",
        recs=[
            "The force should improve how quickly it answers emergency calls.",
            "The force should improve the supervision of neighbourhood officers.",
        ],
    )
    later = _report("f-2020", "Fenland Police", "2020-05", "Fenland Police – child protection inspection")
    fu = _follow_up(
        "e-2019",
        "Fenland Police",
        "2019-02",
        "Fenland Police – child protection post-inspection review",
        "In our 2018 inspection of Fenland Police we made three recommendations.",
        PASSAGES,
    )
    graph = build_graph([peel, later, fu])
    assert not [k for _, _, k in graph.edges(keys=True) if k in ("follows_up", "assessed_by")]


def test_an_outcome_about_something_else_gets_no_edge():
    report = _report("b-2018", "Fenland Police", "2018-06", "Fenland Police – child protection inspection")
    stray = (
        "Area for improvement: the force has improved the way it records crime reported by telephone, and audits now meet the national standard. This area for improvement has been addressed.",
        "achieved",
    )
    fu = _follow_up(
        "e-2019",
        "Fenland Police",
        "2019-02",
        "Fenland Police – child protection post-inspection review",
        "In our 2018 inspection we made three recommendations.",
        [*PASSAGES, stray],
    )
    links = match_outcomes(report, fu)
    assert {(link.recommendation, link.outcome) for link in links} == {(2, 0), (1, 1)}


def test_one_person_across_documents():
    cumbria = "Cumbria Constabulary"
    docs = [
        Document(
            id="1",
            source="1",
            force=cumbria,
            published="2017-01",
            people=[
                Person("Andy Slattery", "Detective Chief Superintendent"),
                Person("Mike Cunningham", "HM Inspector of Constabulary"),
            ],
            quotes=[Quote("Andy Slattery", "We accept the findings", 0, 0)],
        ),
        Document(
            id="2",
            source="2",
            force=cumbria,
            published="2017-02",
            people=[
                Person("Andrew Slattery", "DCS"),
                Person("Jane Slattery", "Police and Crime Commissioner"),
            ],
        ),
        Document(id="3", source="3", force=cumbria, published="2017-03", people=[Person("DCS Slattery")]),
        Document(
            id="4",
            source="4",
            force="Kent Police",
            published="2017-03",
            people=[
                Person("Michael Cunningham", "HMI"),
                Person("Andrew Slattery", "Superintendent"),
                Person("Peter Slattery", "Superintendent"),
            ],
        ),
    ]
    identities = {i.key: i.documents for i in resolve_people(docs)}
    assert identities["andrew slattery (cumbria-constabulary)"] == ["1", "2", "3"]
    assert identities["andrew slattery (kent-police)"] == ["4"]
    assert identities["jane slattery"] == ["2"] and identities["peter slattery"] == ["4"]
    assert identities["michael cunningham"] == ["1", "4"]
    graph = build_graph(docs)
    assert graph.has_edge("person:andrew slattery (cumbria-constabulary)", "report:1", key="quoted_in")
    assert graph.has_edge("person:andrew slattery (cumbria-constabulary)", "report:3", key="mentioned_in")
    assert {n for n, d in graph.nodes(data=True) if d["type"] == "person"} == {
        f"person:{k}" for k in identities
    }


def test_press_piece_covers_the_report_of_its_force():
    findings = [
        "Officers did not always record the details of children present at domestic abuse incidents.",
        "Inspectors found that the force had too few trained detectives to investigate child abuse.",
    ]
    report = _report("r", "Fenland Police", "2018-06-12", "Fenland Police – child protection inspection")
    report.concerns = [Statement(t, 0, 0) for t in findings]
    press = Document(
        id="p",
        source="p.html",
        kind="news_article",
        force="Fenland Police",
        published="2018-06-12",
        title="Police criticised over child protection",
        text=" ".join(findings),
        concerns=[
            Statement(
                "Inspectors said officers did not always record details of children at domestic abuse incidents.",
                0,
                0,
            )
        ],
    )
    elsewhere = copy.deepcopy(press)
    elsewhere.id, elsewhere.force = "q", "Dale Police"
    # a force the gazetteer does not list, named one way by its report and another by the paper
    variant_name = copy.deepcopy(press)
    variant_name.id, variant_name.force = "v", "Fenland Constabulary"
    graph = build_graph([report, press, elsewhere, variant_name])
    assert graph.has_edge("report:p", "report:r", key="covers")
    assert graph.has_edge("report:v", "report:r", key="covers")
    assert not graph.has_edge("report:q", "report:r", key="covers")
    assert graph.has_edge("concern:p:1", "concern:r:1", key="reports")


def _by_name(graph: nx.MultiDiGraph) -> set[tuple[str, int, str, str]]:
    from pathlib import Path

    return {(Path(r).name, n, Path(f).name, s) for r, n, f, s in assessed(graph)}


def test_extracted_dev_corpus_links(dev_records, shared_corpus):
    docs = [d for d in dev_records.values() if isinstance(d, Document)]
    for d in docs:  # what the follow-up does not state, the graph must find
        for o in d.outcomes:
            o.recommendation = None
    gold = json.loads((shared_corpus / "gold" / "links.json").read_text())
    expected = {
        (
            e["report"].replace(".pdf", f".{fmt}"),
            link["recommendation"],
            e["follow_up"].replace(".pdf", f".{fmt}"),
            link["status"],
        )
        for e in gold
        for link in e["links"]
        for fmt in ("pdf", "html")
    }
    assert _by_name(build_graph(docs)) == expected
    corpus = (
        docs
        + [variant(d, "copy") for d in docs]
        + [variant(d, "kent", force="Kentish Police") for d in docs if d.force]
    )
    random.Random(3).shuffle(corpus)
    got = _by_name(build_graph(corpus))
    for tag in ("-copy", "-kent"):
        renamed = {
            (r.replace(".", f"{tag}.", 1), n, f.replace(".", f"{tag}.", 1), s) for r, n, f, s in expected
        }
        assert {x for x in got if tag in x[0] or tag in x[2]} == renamed, tag
    assert {x for x in got if "-copy" not in x[0] + x[2] and "-kent" not in x[0] + x[2]} == expected
