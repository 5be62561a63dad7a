"""The graph against ``links.json``: which recommendation each follow-up's outcomes assess, and with what status.

A links file is a JSON list of ``{"report", "follow_up", "links": [{"recommendation", "status"}]}``.
An entry naming one format of a document (``report.pdf``) stands for every format its gold file
lists (``files``), paired by file ending, so one entry covers a PDF pair and its web pages.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from ..model import Document
from .gold import Gold, GoldError
from .scoring import FieldScore, Ratio, status_key

LINKS_FILE = "links.json"

#: (report file name, recommendation number, follow-up file name)
Key = tuple[str, int, str]


@dataclass
class LinkResult:
    """``assessed_by`` edges scored as items (a link is right when report, number and follow-up agree),
    status accuracy over the right ones, and the share of expected follow-up pairs the graph made."""

    score: FieldScore = field(default_factory=lambda: FieldScore(accuracy={"status": Ratio()}))
    follows_up: Ratio = field(default_factory=Ratio)
    false_edges: list[Key] = field(default_factory=list)
    missed: list[Key] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.score.to_dict(),
            "follows_up_accuracy": self.follows_up.value,
            "follows_up_judged": self.follows_up.total,
            "false_edges": [list(k) for k in self.false_edges],
            "missed": [list(k) for k in self.missed],
        }


def load_links(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read one links file; raises GoldError when it is not a list of report / follow-up entries."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read it as JSON: {exc}") from None
    if not isinstance(data, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("report"), str)
        and isinstance(e.get("follow_up"), str)
        and isinstance(e.get("links"), list)
        for e in data
    ):
        raise GoldError("not a links file (a list of {report, follow_up, links} is expected)")
    return data


def _formats(name: str, golds: Sequence[Gold]) -> list[str]:
    """Every file of the document ``name`` names (its gold's ``files``), or the name alone."""
    for gold in golds:
        if name in gold.files:
            return list(gold.files)
    return [name]


def expected_links(entries: Iterable[Mapping[str, Any]], golds: Sequence[Gold]) -> dict[Key, str]:
    """(report file, number, follow-up file) -> status: each format both documents exist in, else across formats."""
    out: dict[Key, str] = {}
    for entry in entries:
        pairs = [
            (report, follow_up)
            for report in _formats(entry["report"], golds)
            for follow_up in _formats(entry["follow_up"], golds)
        ]
        same = [(r, f) for r, f in pairs if PurePath(r).suffix.lower() == PurePath(f).suffix.lower()]
        for report, follow_up in same or pairs:  # a PDF report followed up on a web page only
            for link in entry["links"]:
                out[(PurePath(report).name, int(link["recommendation"]), PurePath(follow_up).name)] = (
                    status_key(link["status"])
                )
    return out


def graph_links(documents: Iterable[Document]) -> tuple[dict[Key, str], set[tuple[str, str]]]:
    """The graph's ``assessed_by`` edges by file name, and its (follow-up, report) ``follows_up`` pairs."""
    from ..link.graph import build_graph

    graph = build_graph(documents)
    name = {
        n: PurePath(d.get("source") or "").name
        for n, d in graph.nodes(data=True)
        if d.get("type") == "report"
    }
    links: dict[Key, str] = {}
    pairs: set[tuple[str, str]] = set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        if (
            key == "assessed_by" and graph.nodes[u].get("type") == "recommendation"
        ):  # links.json: recommendations
            rec, outcome = graph.nodes[u], graph.nodes[v]
            links[
                (name[f"report:{rec['report']}"], int(rec["number"]), name[f"report:{outcome['report']}"])
            ] = status_key(data.get("status"))
        elif key == "follows_up":
            pairs.add((name[u], name[v]))
    return links, pairs


def score_links(expected: Mapping[Key, str], documents: Iterable[Document]) -> LinkResult:
    """Build the graph of the documents and score its links against the ``expected`` links between them."""
    documents = list(documents)
    names = {PurePath(d.source).name for d in documents}
    expected = {
        k: s for k, s in expected.items() if k[0] in names and k[2] in names
    }  # pairs that were evaluated
    predicted, pairs = graph_links(documents)
    result = LinkResult()
    for key, status in expected.items():
        if key in predicted:
            result.score.tp += 1
            result.score.accuracy["status"].add(predicted[key] == status)
        else:
            result.score.fn += 1
            result.missed.append(key)
    result.false_edges = sorted(k for k in predicted if k not in expected)
    result.score.fp = len(result.false_edges)
    for report, follow_up in {(r, f) for r, _, f in expected}:
        result.follows_up.add((follow_up, report) in pairs)
    return result
