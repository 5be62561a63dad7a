"""Write a reportmine graph as node-link JSON, GraphML, GEXF or one self-contained HTML page."""

from __future__ import annotations

import json
import os
from typing import Any

import networkx as nx

from .writers import atomic_output

GRAPH_FORMATS = ("json", "graphml", "gexf", "html")


def _scalar(value: Any) -> Any:
    """GraphML and GEXF hold only scalars: lists and dicts go as JSON text."""
    if isinstance(value, (list, tuple, dict, set)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def scalar_graph(graph: nx.MultiDiGraph, edge_type: str = "type") -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars, unknown (None) values left out.

    GEXF keeps an edge's ``type`` for directed/undirected, so there the edge type is written as ``edge_type``.
    """
    out = nx.MultiDiGraph()
    out.graph.update({k: _scalar(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {
            (edge_type if k == "type" else k): _scalar(val) for k, val in data.items() if val is not None
        }
        out.add_edge(u, v, key=key, **attrs)
    return out


def graph_to_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data (``edges`` holds the links)."""
    return nx.node_link_data(graph, edges="edges")


def graph_from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The graph back from node-link data written by ``write_graph``."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def write_graph(graph: nx.MultiDiGraph, out: str | os.PathLike[str], fmt: str = "json") -> None:
    """Write ``graph`` to ``out`` in ``fmt``; the file appears whole or not at all."""
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r} (choose from {', '.join(GRAPH_FORMATS)})")
    if fmt == "json":
        with atomic_output(out) as fh:
            json.dump(graph_to_json(graph), fh, ensure_ascii=False, indent=1, default=str)
            fh.write("\n")
    elif fmt == "html":
        from ..views.graph import render_html

        with atomic_output(out) as fh:
            fh.write(render_html(graph))
    else:
        with atomic_output(out, binary=True) as fh:
            if fmt == "graphml":
                nx.write_graphml(scalar_graph(graph), fh)
            else:
                nx.write_gexf(scalar_graph(graph, edge_type="relation"), fh)
