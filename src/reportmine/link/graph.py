"""Many document records -> one networkx graph of reports, recommendations, outcomes, people and coverage.

Node ids and types follow ``shared/docs/contract.md``: ``report:<id>``,
``recommendation:<id>:<number>``, ``afi:<id>:<number>``, ``outcome:<id>:<n>``, ``person:<normalised name>``
(and ``finding:<id>:<n>``, ``concern:<id>:<n>``, ``organisation:<normalised name>``).
The graph is the same whatever order the documents come in.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx

from ..model import Document
from .match import Link, match_areas, match_outcomes
from .pairing import closest_copy, editions, pair_coverage, pair_follow_ups, programmes, representative
from .people import Identity, resolve_people, split_name
from .statements import restated


def report_id(doc: Document | str) -> str:
    return f"report:{doc if isinstance(doc, str) else doc.id}"


def recommendation_id(doc: Document | str, number: int | str) -> str:
    return f"recommendation:{doc if isinstance(doc, str) else doc.id}:{number}"


def area_id(doc: Document | str, number: int | str) -> str:
    """Area for improvement node id; ``number`` is its position in the report."""
    return f"afi:{doc if isinstance(doc, str) else doc.id}:{number}"


def outcome_id(doc: Document | str, n: int) -> str:
    """Outcome node id; ``n`` is the 1-based position in the follow-up's ``outcomes``."""
    return f"outcome:{doc if isinstance(doc, str) else doc.id}:{n}"


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s&'-]", " ", name.lower())).strip()


def _unique(documents: Iterable[Document]) -> list[Document]:
    """One record per id (the same file bytes read twice are one document), in id order."""
    seen: dict[str, Document] = {}
    for doc in sorted(documents, key=lambda d: (d.id, d.source)):
        seen.setdefault(doc.id, doc)
    return list(seen.values())


class ReportGraph(nx.MultiDiGraph):
    """The corpus graph: a networkx MultiDiGraph that also gives its tables (and, in a notebook, a summary)."""

    def to_frame(self, table: str = "recommendations", documents: Iterable[Document] = ()):
        """One of ``reportmine table``'s tables: recommendations, outcomes, people (quotes and findings need
        the ``documents``), one row per publication."""
        from .tables import TABLES

        if table not in TABLES:
            raise KeyError(f"no table {table!r} (tables: {', '.join(sorted(TABLES))})")
        return TABLES[table](self, list(documents))

    def __repr__(self) -> str:
        types: dict[str, int] = {}
        for _, t in self.nodes(data="type"):
            types[t] = types.get(t, 0) + 1
        shown = ", ".join(f"{t}={n}" for t, n in sorted(types.items()))
        return f"<ReportGraph {self.number_of_nodes()} nodes, {self.number_of_edges()} edges: {shown}>"


def build_graph(documents: Iterable[Document]) -> ReportGraph:
    """The recommendation / outcome graph of a corpus: follow-ups, assessments, people and press coverage."""
    docs = _unique(documents)
    graph = ReportGraph(name="reportmine")
    for doc in docs:
        _add_document(graph, doc)
    eds = editions(docs)
    for ed in eds:
        rep = representative(ed)
        for doc in ed:
            if doc is not rep:
                graph.add_edge(report_id(doc), report_id(rep), key="same_as", type="same_as")
    reviewed: set[str] = set()
    for fu_ed, rep_ed, score in pair_follow_ups(eds):
        for fu in fu_ed:
            report = closest_copy(fu, rep_ed)
            graph.add_edge(report_id(fu), report_id(report), key="follows_up", type="follows_up", score=score)
            reviewed.update(d.id for d in rep_ed)
            _add_assessments(graph, report, fu, match_outcomes(report, fu))
            _add_assessments(graph, report, fu, match_areas(report, fu), areas=True)
    _set_recommendation_status(graph, docs, eds, reviewed)
    for press, rep_ed, score in pair_coverage(eds):
        report = closest_copy(press, rep_ed)
        graph.add_edge(report_id(press), report_id(report), key="covers", type="covers", score=score)
        _add_statement_links(graph, press, report)
    _add_people(graph, docs, resolve_people(docs))
    _add_organisations(graph, docs)
    return graph


def _add_document(graph: nx.MultiDiGraph, doc: Document) -> None:
    rid = report_id(doc)
    graph.add_node(
        rid,
        type="report",
        kind=doc.kind,
        title=doc.title,
        published=doc.published,
        force=doc.force,
        source=doc.source,
        pages=doc.pages,
        programmes=sorted(programmes(doc)),
        quotes=[{"speaker": q.speaker, "text": q.text} for q in doc.quotes],
        grades=list(doc.extra.get("grades") or []),
    )
    numbers: set[Any] = set()
    for position, rec in enumerate(doc.recommendations, start=1):
        number = rec.number if rec.number not in numbers else f"{rec.number}-{position}"
        numbers.add(number)
        extra = {"deadline": rec.deadline, "due": rec.due, "addressee": rec.addressee}
        _add_assessable(graph, doc, recommendation_id(doc, number), "recommendation", rec, extra)
    for area in doc.areas_for_improvement:
        _add_assessable(graph, doc, area_id(doc, area.number), "area_for_improvement", area, {})
    for n, out in enumerate(doc.outcomes, start=1):
        node = outcome_id(doc, n)
        graph.add_node(
            node,
            type="outcome",
            report=doc.id,
            status=out.status,
            text=out.text,
            page=out.page,
            recommendation=out.recommendation,
            area_for_improvement=out.area_for_improvement,
            stated=out.recommendation is not None or out.area_for_improvement is not None,
        )
        graph.add_edge(rid, node, key="judges", type="judges")
    for kind, items in (("finding", doc.findings), ("concern", doc.concerns)):
        for n, item in enumerate(items, start=1):
            node = f"{kind}:{doc.id}:{n}"
            graph.add_node(node, type=kind, report=doc.id, text=item.text, page=item.page)
            graph.add_edge(rid, node, key=kind, type="finds" if kind == "finding" else "raises")


def _add_assessable(
    graph: nx.MultiDiGraph, doc: Document, node: str, kind: str, item: Any, extra: dict[str, Any]
) -> None:
    """A recommendation (``makes``) or area for improvement (``identifies``) node of the report, not yet assessed."""
    graph.add_node(
        node,
        type=kind,
        report=doc.id,
        number=item.number,
        text=item.text,
        **extra,
        page=item.page,
        status=None,
        assessed=False,
    )
    edge = "makes" if kind == "recommendation" else "identifies"
    graph.add_edge(report_id(doc), node, key=edge, type=edge)


def _recommendation_nodes(graph: nx.MultiDiGraph, doc: Document, edge: str = "makes") -> dict[int, str]:
    """The report's recommendation nodes by number (its areas for improvement with ``edge="identifies"``)."""
    rid = report_id(doc)
    out: dict[int, str] = {}
    for _, node, data in graph.out_edges(rid, data=True):
        if data.get("type") == edge:
            out.setdefault(graph.nodes[node]["number"], node)
    return out


def _add_assessments(
    graph: nx.MultiDiGraph, report: Document, follow_up: Document, links: Sequence[Link], areas: bool = False
) -> None:
    recs = _recommendation_nodes(graph, report, "identifies" if areas else "makes")
    for link in links:
        rec_node, out_node = recs[link.recommendation], outcome_id(follow_up, link.outcome + 1)
        graph.add_edge(
            rec_node,
            out_node,
            key="assessed_by",
            type="assessed_by",
            status=link.status,
            score=link.score,
            evidence=dict(link.evidence),
        )
        node = graph.nodes[out_node]
        node["area_for_improvement" if areas else "recommendation"] = link.recommendation
        node["assesses"] = rec_node


def _set_recommendation_status(
    graph: nx.MultiDiGraph, docs: Sequence[Document], eds: Sequence[Sequence[Document]], reviewed: set[str]
) -> None:
    """Each recommendation's status: from its latest assessment, else 'not_assessed' (reviewed) or 'no_follow_up'."""
    published = {report_id(d): d.published or "" for d in docs}
    for node, data in graph.nodes(data=True):
        if data.get("type") not in ("recommendation", "area_for_improvement"):
            continue
        edges = [
            (published.get(_report_of(graph, o), ""), o, e)
            for _, o, e in graph.out_edges(node, data=True)
            if e.get("type") == "assessed_by"
        ]
        if edges:
            _, out, edge = max(edges, key=lambda x: (x[0], x[1]))
            data.update(
                status=edge["status"],
                assessed=True,
                evidence=graph.nodes[out].get("text"),
                assessed_in=_report_of(graph, out),
            )
        else:
            data.update(
                status="not_assessed" if data["report"] in reviewed else "no_follow_up",
                assessed=False,
                evidence=None,
            )
    # a copy of an assessed report (the web page of a reviewed PDF) takes its twin's status, without an edge
    for ed in eds:
        by_number: dict[Any, dict] = {}
        for doc in ed:
            for node in _recommendation_nodes(graph, doc).values():
                if graph.nodes[node]["assessed"]:
                    by_number.setdefault(graph.nodes[node]["number"], {"node": node, **graph.nodes[node]})
        for doc in ed:
            for number, node in _recommendation_nodes(graph, doc).items():
                twin = by_number.get(number)
                data = graph.nodes[node]
                if twin and not data["assessed"]:
                    data.update(status=twin["status"], evidence=twin["evidence"], status_from=twin["node"])


def _report_of(graph: nx.MultiDiGraph, node: str) -> str:
    return report_id(graph.nodes[node]["report"])


def _add_statement_links(graph: nx.MultiDiGraph, press: Document, report: Document) -> None:
    """Press findings and concerns -> the report's own finding, concern or recommendation they relay (``reports``)."""
    recommendations = _recommendation_nodes(graph, report)
    for row in restated(press, report):
        if row.report is None:
            continue
        target = (
            recommendations.get(row.report.n)
            if row.report.kind == "recommendation"
            else f"{row.report.kind}:{report.id}:{row.report.n}"
        )
        if target is not None:
            node = f"{row.press.kind}:{press.id}:{row.press.n}"
            graph.add_edge(node, target, key="reports", type="reports", score=row.score)


def _speaks(quote_speaker: str | None, names: set[str], surname: str) -> bool:
    if not quote_speaker:
        return False
    speaker = _norm(quote_speaker)
    return speaker in names or split_name(quote_speaker).surname == surname


def _add_people(graph: nx.MultiDiGraph, docs: Sequence[Document], identities: Sequence[Identity]) -> None:
    for ident in identities:
        node = f"person:{ident.key}"
        titles = sorted({o.person.title for o in ident.occurrences if o.person.title})
        forces = sorted({o.force for o in ident.occurrences if o.force})
        graph.add_node(
            node,
            type="person",
            name=ident.name,
            title=ident.title,
            titles=titles,
            forces=forces,
            documents=len(ident.documents),
        )
        for occ in ident.occurrences:
            person, doc = occ.person, occ.doc
            names = {_norm(person.name), *(_norm(m.text) for m in person.mentions)}
            quoted = sum(_speaks(q.speaker, names, occ.parts.surname) for q in doc.quotes)
            attrs = dict(name=person.name, title=person.title, mentions=max(len(person.mentions), 1))
            graph.add_edge(node, report_id(doc), key="mentioned_in", type="mentioned_in", **attrs)
            if quoted:
                graph.add_edge(
                    node, report_id(doc), key="quoted_in", type="quoted_in", quotes=quoted, **attrs
                )


def _add_organisations(graph: nx.MultiDiGraph, docs: Sequence[Document]) -> None:
    for doc in docs:
        names = {o.name: o.mentions for o in doc.organisations}
        if doc.force:
            names.setdefault(doc.force, 0)
        for name, mentions in names.items():
            node = f"organisation:{_norm(name)}"
            if node not in graph:
                graph.add_node(node, type="organisation", name=name)
            graph.add_edge(node, report_id(doc), key="mentioned_in", type="mentioned_in", mentions=mentions)
            if name == doc.force:
                graph.add_edge(report_id(doc), node, key="about", type="about")


def resolved_documents(documents: Iterable[Document], graph: nx.MultiDiGraph) -> list[Document]:
    """Copies of the records with ``outcomes[].recommendation`` resolved against the original report, and ``follows_up`` set."""
    out = []
    for doc in documents:
        doc = copy.deepcopy(doc)
        for n, outcome in enumerate(doc.outcomes, start=1):
            node = graph.nodes.get(outcome_id(doc, n))
            if node and node.get("assesses"):
                if node["assesses"].startswith("afi:"):
                    outcome.area_for_improvement = node["area_for_improvement"]
                else:
                    outcome.recommendation = node["recommendation"]
                outcome.extra["recommendation_node"] = node["assesses"]
        targets = (
            [v for _, v, k in graph.out_edges(report_id(doc), keys=True) if k == "follows_up"]
            if report_id(doc) in graph
            else []
        )
        if targets:
            doc.extra["follows_up"] = graph.nodes[targets[0]]["source"]
        out.append(doc)
    return out
