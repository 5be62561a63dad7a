"""Linking documents: follow-ups to inspections, outcomes to recommendations, people and coverage.

Documents in, graphs and comparisons out: nothing here parses, extracts, caches or renders."""

from .compare import compare
from .graph import build_graph, resolved_documents
from .tables import recommendation_table

__all__ = [
    "build_graph",
    "compare",
    "recommendation_table",
    "resolved_documents",
]
