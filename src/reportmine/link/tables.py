"""The graph as tables: one row per recommendation, outcome, person, quote or finding, one publication per row.

A report's PDF and its web page are two ``report`` nodes joined by ``same_as``;
here they are one publication (the copy the graph links to), and its row keeps
the ``sources`` of both copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..model import Document

if TYPE_CHECKING:  # pandas is imported when a table is made, not when the command line starts
    import pandas as pd

COLUMNS = [
    "report",
    "force",
    "number",
    "text",
    "deadline",
    "due",
    "status",
    "evidence",
    "type",
    "report_id",
    "published",
    "score",
    "assessed_in",
    "node",
]


def publications(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Each publication's report node (the copy others are ``same_as``) -> all its copies' nodes, itself first."""
    copies: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") != "report":
            continue
        target = next((v for _, v, k in graph.out_edges(node, keys=True) if k == "same_as"), None)
        if target is None:
            copies.setdefault(node, []).insert(0, node)
        else:
            copies.setdefault(target, []).append(node)
    return {node: [node, *sorted(c for c in nodes if c != node)] for node, nodes in copies.items()}


def publication_of(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Every report node -> the node of its publication."""
    return {copy: pub for pub, copies in publications(graph).items() for copy in copies}


def _publication(graph: nx.MultiDiGraph, pub: str, copies: list[str]) -> dict[str, Any]:
    data = graph.nodes[pub]
    return {
        "report": data.get("title") or data.get("source"),
        "kind": data.get("kind"),
        "force": data.get("force"),
        "published": data.get("published"),
        "report_id": pub.split(":", 1)[1],
        "sources": [graph.nodes[c].get("source") for c in copies],
    }


def _sort_key(row: dict[str, Any]) -> tuple:
    number = row.get("number")
    return (
        row.get("force") or "\uffff",
        row.get("published") or "",
        row.get("report_id") or "",
        row.get("type")
        == "area_for_improvement",  # a report's recommendations, then its areas for improvement
        (0, number) if isinstance(number, int) else (1, 0),
        row.get("position", 0),
    )


def _frame(rows: list[dict[str, Any]], columns: list[str] | None = None, sort: bool = True) -> pd.DataFrame:
    """Rows in corpus order (force, date, publication, number) as a frame with nullable integer columns."""
    import pandas as pd

    rows = sorted(rows, key=_sort_key) if sort else rows
    for row in rows:
        row.pop("position", None)
    frame = pd.DataFrame(rows, columns=columns) if columns else pd.DataFrame(rows)
    for column in frame.columns:  # numbers and pages stay whole numbers where some are unknown
        values = [v for v in frame[column] if v is not None and v == v]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
    return frame


def _children(graph: nx.MultiDiGraph, node: str, edge: str) -> list[str]:
    return [v for _, v, k in graph.out_edges(node, keys=True) if k == edge]


def best_copy(graph: nx.MultiDiGraph, copies: list[str], count: Callable[[str], int]) -> str:
    """The copy whose items fill a publication's rows: the most items, then one with pages to cite (a PDF)."""
    return min(copies, key=lambda c: (-count(c), graph.nodes[c].get("pages") is None, copies.index(c)))


def _items(graph: nx.MultiDiGraph, edge: str) -> Iterator[tuple[dict[str, Any], int, str, dict[str, Any]]]:
    """(publication columns, position, node, node data) of every item a publication's fullest copy has by ``edge``."""
    for pub, copies in publications(graph).items():
        head = _publication(graph, pub, copies)
        source = best_copy(graph, copies, lambda c: len(_children(graph, c, edge)))
        for position, node in enumerate(_children(graph, source, edge)):
            yield head, position, node, graph.nodes[node]


def recommendation_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """report, force, number, text, deadline, due, status, evidence, type (``recommendation`` or
    ``area_for_improvement``) (+ ids, score, where it was assessed, pages)."""
    rows = []
    items = [*_items(graph, "makes"), *_items(graph, "identifies")]
    for head, position, node, data in items:
        assessments = [
            (e.get("score"), out)
            for _, out, e in graph.out_edges(node, data=True)
            if e.get("type") == "assessed_by"
        ]
        assessed_in = data.get("assessed_in")
        outcome = max(assessments, key=lambda a: (a[0] or 0, a[1]))[1] if assessments else None
        rows.append(
            {
                **head,
                "position": position,
                "number": data.get("number"),
                "text": data.get("text"),
                "deadline": data.get("deadline"),
                "due": data.get("due"),
                "page": data.get("page"),
                "status": data.get("status"),
                "evidence": data.get("evidence"),
                "type": data.get("type"),
                "evidence_page": graph.nodes[outcome].get("page") if outcome else None,
                "score": max((a[0] or 0 for a in assessments), default=None),
                "assessed_in": assessed_in.split(":", 1)[1] if assessed_in else None,
                "node": node,
            }
        )
    columns = COLUMNS[:9] + ["page", "evidence_page"] + COLUMNS[9:] + ["kind", "sources"]
    return _frame(rows, columns)


def outcome_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per judgement in a follow-up: the recommendation it assesses (and its report), status, passage, page."""
    of = publication_of(graph)
    rows = []
    for head, position, node, data in _items(graph, "judges"):
        rec = data.get("assesses")
        original = of.get(f"report:{graph.nodes[rec]['report']}") if rec else None
        rows.append(
            {
                **head,
                "position": position,
                "number": data.get("recommendation"),
                "status": data.get("status"),
                "text": data.get("text"),
                "page": data.get("page"),
                "recommendation_text": graph.nodes[rec].get("text") if rec else None,
                "recommendation_page": graph.nodes[rec].get("page") if rec else None,
                "assesses_report": graph.nodes[original].get("title") if original else None,
                "assesses_report_id": original.split(":", 1)[1] if original else None,
                "node": node,
            }
        )
    return _frame(rows)


def people_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per person across the corpus: name, titles, forces and the publications that mention or quote them."""
    of = publication_of(graph)
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("type") != "person":
            continue
        pubs: dict[str, dict[str, Any]] = {}
        for _, report, key, e in graph.out_edges(node, keys=True, data=True):
            if key not in ("mentioned_in", "quoted_in") or report not in of:
                continue
            pub = of[report]
            entry = pubs.setdefault(
                pub,
                {
                    "report": graph.nodes[pub].get("title") or graph.nodes[pub].get("source"),
                    "report_id": pub.split(":", 1)[1],
                    "as": e.get("name"),
                    "title": e.get("title"),
                    "quoted": False,
                },
            )
            entry["quoted"] = entry["quoted"] or key == "quoted_in"
        listed = sorted(pubs.values(), key=lambda p: p["report_id"])
        rows.append(
            {
                "name": data.get("name"),
                "title": data.get("title"),
                "titles": list(data.get("titles") or []),
                "forces": list(data.get("forces") or []),
                "publications": len(listed),
                "quoted_in": sum(p["quoted"] for p in listed),
                "documents": listed,
                "node": node,
            }
        )
    return _frame(sorted(rows, key=lambda r: r["node"]), sort=False)


def quote_table(graph: nx.MultiDiGraph, documents: Iterable[Document]) -> pd.DataFrame:
    """One row per quotation in a publication: who said it, the words, where, and the report the piece covers."""
    return _document_rows(graph, documents, _quote_rows)


def finding_table(graph: nx.MultiDiGraph, documents: Iterable[Document]) -> pd.DataFrame:
    """One row per finding or concern of a publication, with the report statement a press piece relays."""
    return _document_rows(graph, documents, _finding_rows)


def _document_rows(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    rows_of: Callable[[nx.MultiDiGraph, Document, dict[str, Any]], list[dict[str, Any]]],
) -> pd.DataFrame:
    by_node = {f"report:{d.id}": d for d in documents}
    rows = []
    for pub, copies in publications(graph).items():
        known = [c for c in copies if c in by_node]
        if known:
            size = lambda c: len(rows_of(graph, by_node[c], {}))  # noqa: E731
            rows += rows_of(graph, by_node[best_copy(graph, known, size)], _publication(graph, pub, copies))
    return _frame(rows)


def _covers(graph: nx.MultiDiGraph, doc: Document) -> str | None:
    """The id of the publication a press piece covers."""
    target = _children(graph, f"report:{doc.id}", "covers")
    return publication_of(graph)[target[0]].split(":", 1)[1] if target else None


def _quote_rows(graph: nx.MultiDiGraph, doc: Document, head: dict[str, Any]) -> list[dict[str, Any]]:
    covers = _covers(graph, doc)
    return [
        {
            **head,
            "position": n,
            "speaker": q.speaker,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "covers": covers,
        }
        for n, q in enumerate(doc.quotes)
    ]


def _finding_rows(graph: nx.MultiDiGraph, doc: Document, head: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for kind, items in (("finding", doc.findings), ("concern", doc.concerns)):
        for n, item in enumerate(items, start=1):
            node = f"{kind}:{doc.id}:{n}"
            relays = _children(graph, node, "reports") if node in graph else []
            rows.append(
                {
                    **head,
                    "position": len(rows),
                    "type": kind,
                    "text": item.text,
                    "page": item.page,
                    "relays": graph.nodes[relays[0]].get("text") if relays else None,
                    "node": node,
                }
            )
    return rows


#: the tables of ``reportmine table``: name -> (graph, documents) -> frame
TABLES: dict[str, Callable[[nx.MultiDiGraph, list[Document]], pd.DataFrame]] = {
    "recommendations": lambda g, _: recommendation_table(g),
    "outcomes": lambda g, _: outcome_table(g),
    "people": lambda g, _: people_table(g),
    "quotes": quote_table,
    "findings": finding_table,
}
#: the tables' names, as the command line offers them
TABLE_NAMES = tuple(sorted(TABLES))
