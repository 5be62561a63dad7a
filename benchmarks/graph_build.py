"""How long build_graph takes: on the development corpus's records, and on a generated corpus of 500 documents.

    python benchmarks/graph_build.py [--records dev.jsonl] [--documents 500] [--check]

The generated corpus has many forces, two inspection rounds per force, follow-ups
that restate or paraphrase the recommendations in shuffled order (some left
unassessed), and press pieces; with --check the links are scored against what
the generator knows.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from reportmine import build_graph
from reportmine.io.inputs import read_records
from reportmine.model import Document, Outcome, Person, Recommendation, Statement

TOPICS = [
    ("answers emergency calls", "callers wait less and fewer calls are abandoned"),
    ("assesses the risk to vulnerable callers", "repeat victims are identified at first contact"),
    ("supervises investigations of child abuse", "every case has a plan and regular reviews"),
    ("records crimes reported by victims", "crime recording meets the national standard"),
    ("manages registered sex offenders", "overdue visits and risk assessments are cleared"),
    ("shares information with children's social care", "referrals are made without delay"),
    ("protects children who go missing", "exploitation risk is recognised at the first report"),
    ("examines seized digital devices", "investigations are not delayed by forensic backlogs"),
    ("uses stop and search powers", "each search is recorded with a clear reason"),
    ("looks after the wellbeing of its workforce", "sickness absence falls and staff feel supported"),
    ("trains custody sergeants", "children are not held overnight in police cells"),
    ("responds to domestic abuse incidents", "officers attend quickly and record the risk"),
]
VERBS = [
    ("improve how it", "get better at how it"),
    ("review how it", "look again at the way it"),
    ("make sure that it properly", "ensure it properly"),
]
STATUSES = ["achieved", "partially_achieved", "not_achieved"]
VERDICT = {
    "achieved": "We consider this recommendation to have been achieved.",
    "partially_achieved": "This recommendation has been partially achieved.",
    "not_achieved": "The force has not done enough, and this recommendation has not been achieved.",
}
FIRST = ["Andrew", "Susan", "Michael", "Priya", "Owen", "Claire", "David", "Joanna"]
SURNAMES = ["Hartley", "Okoro", "Fenwick", "Bramall", "Quayle", "Sandison", "Treharne", "Voss"]


def generate(n_documents: int, seed: int = 1) -> tuple[list[Document], set[tuple[str, int, str, str]]]:
    """Documents and the expected (report id, recommendation number, follow-up id, status) links."""
    rng = random.Random(seed)
    docs: list[Document] = []
    expected: set[tuple[str, int, str, str]] = set()
    f = 0
    while len(docs) < n_documents:
        force = f"Force{f:03d} Police"
        f += 1
        chief = Person(f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}", "Chief Constable")
        for year in (2016, 2019):
            topics = rng.sample(TOPICS, rng.randint(4, 7))
            recs = []
            for i, (what, goal) in enumerate(topics, 1):
                verb = rng.choice(VERBS)[0]
                recs.append(
                    Recommendation(
                        number=i,
                        text=f"The force should {verb} {what}, so that {goal}.",
                        start=0,
                        end=0,
                        deadline="within six months",
                    )
                )
            rid = f"r{f:03d}{year}"
            title = f"{force} – child protection inspection {year}"
            report = Document(
                id=rid,
                source=f"{rid}.pdf",
                kind="inspection_report",
                title=title,
                published=f"{year}-03",
                force=force,
                text=" ".join(r.text for r in recs),
                recommendations=recs,
                people=[chief],
                findings=[
                    Statement(f"Inspectors found that the force {t[0]} well in most cases.", 0, 0)
                    for t in topics[:3]
                ],
            )
            docs.append(report)
            if rng.random() < 0.8:
                order = list(range(len(recs)))
                rng.shuffle(order)
                order = order[: max(1, len(order) - rng.randint(0, 1))]  # sometimes one is left unassessed
                body, outcomes = (
                    f"In our {year} inspection of {force}, we made {len(recs)} recommendations. This review assesses progress.",
                    [],
                )
                for i in order:
                    what, goal = topics[i]
                    status = rng.choice(STATUSES)
                    restate = (
                        f"We asked the force to {rng.choice(VERBS)[1]} {what}."
                        if rng.random() < 0.6
                        else recs[i].text
                    )
                    body += f"\n\n{restate} The force has set up a new team and changed its policy. {VERDICT[status]}"
                    outcomes.append(
                        Outcome(None, status, VERDICT[status], len(body) - len(VERDICT[status]), len(body))
                    )
                    expected.add((rid, i + 1, f"f{rid}", status))
                docs.append(
                    Document(
                        id=f"f{rid}",
                        source=f"f{rid}.pdf",
                        kind="follow_up_report",
                        title=f"{force} – child protection post-inspection review",
                        published=f"{year + 1}-02",
                        force=force,
                        text=body,
                        outcomes=outcomes,
                        people=[Person(chief.name.split()[-1], "Chief Constable")],
                    )
                )
            if rng.random() < 0.6:
                docs.append(
                    Document(
                        id=f"p{rid}",
                        source=f"p{rid}.html",
                        kind="news_article",
                        title=f"{force} told to improve child protection",
                        published=f"{year}-03",
                        force=force,
                        text=" ".join(s.text for s in report.findings),
                        findings=[
                            Statement(s.text.replace("Inspectors found", "The report said"), 0, 0)
                            for s in report.findings
                        ],
                        people=[Person(f"Mr {chief.name.split()[-1]}", None)],
                    )
                )
    return docs[:n_documents], expected


def timed(docs: list[Document]) -> tuple[float, object]:
    start = time.perf_counter()
    graph = build_graph(docs)
    return time.perf_counter() - start, graph


def score(graph, expected: set) -> tuple[int, int, int]:
    """(links right, links expected, false links) of a generated corpus."""
    got = set()
    for u, v, k, d in graph.edges(keys=True, data=True):
        if k == "assessed_by":
            got.add(
                (graph.nodes[u]["report"], graph.nodes[u]["number"], graph.nodes[v]["report"], d["status"])
            )
    return len(got & expected), len(expected), len(got - expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--records", type=Path, help="records of the development corpus (reportmine extract ... -o dev.jsonl)"
    )
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--check", action="store_true", help="score the generated corpus's links")
    args = parser.parse_args(argv)
    if args.records:
        docs = read_records(args.records)
        seconds, graph = timed(docs)
        print(
            f"development records: {len(docs)} documents, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges in {seconds:.2f} s"
        )
    docs, expected = generate(args.documents)
    seconds, graph = timed(docs)
    print(
        f"generated corpus: {len(docs)} documents, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges in {seconds:.2f} s"
    )
    if args.check:
        right, total, false = score(graph, expected)
        print(f"generated links: {right}/{total} right, {false} false")
    return 0


if __name__ == "__main__":
    sys.exit(main())
