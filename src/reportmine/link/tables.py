"""The graph's recommendations (and areas for improvement) as a table: one row each, with what became of it."""

from __future__ import annotations

import networkx as nx
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


def recommendation_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """report, force, number, text, deadline, due, status, evidence, type (recommendation or area_for_improvement)
    (+ ids, score, where it was assessed); a report's recommendations come before its areas for improvement."""
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("type") not in ("recommendation", "area_for_improvement"):
            continue
        report = graph.nodes[f"report:{data['report']}"]
        scores = [
            e.get("score") for _, _, e in graph.out_edges(node, data=True) if e.get("type") == "assessed_by"
        ]
        assessed_in = data.get("assessed_in")
        rows.append(
            {
                "type": data["type"],
                "report": report.get("title") or report.get("source"),
                "force": report.get("force"),
                "number": data.get("number"),
                "text": data.get("text"),
                "deadline": data.get("deadline"),
                "due": data.get("due"),
                "status": data.get("status"),
                "evidence": data.get("evidence"),
                "report_id": data["report"],
                "published": report.get("published"),
                "score": max(scores) if scores else None,
                "assessed_in": assessed_in.split(":", 1)[1] if assessed_in else None,
                "node": node,
            }
        )
    table = pd.DataFrame(rows, columns=COLUMNS)
    if not table.empty:
        order = table["number"].map(lambda n: n if isinstance(n, int) else 10**6)
        areas_last = (table["type"] != "recommendation").astype(int)
        table = (
            table.assign(_t=areas_last, _o=order)
            .sort_values(["force", "published", "report_id", "_t", "_o"], na_position="last")
            .drop(columns=["_t", "_o"])
        )
    return table.reset_index(drop=True)
