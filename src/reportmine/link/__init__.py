"""Linking documents: follow-ups to inspections, outcomes to recommendations, people and coverage."""

from .compare import compare
from .corpus import collect_documents, read_records
from .graph import build_graph, resolved_documents
from .tables import recommendation_table

__all__ = [
    "build_graph",
    "collect_documents",
    "compare",
    "read_records",
    "recommendation_table",
    "resolved_documents",
]
