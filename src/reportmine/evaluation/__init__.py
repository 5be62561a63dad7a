"""Score reportmine against annotated (gold) documents: ``reportmine evaluate`` and ``reportmine.evaluate``.

See docs/evaluate.md for the gold format, the matching rule and every metric.
"""

from __future__ import annotations

from .floors import FloorCheck, check_floors, load_floors
from .gold import Gold, GoldError, load_gold, load_golds
from .matching import RULE, THRESHOLD
from .report import FORMATS, render
from .runner import DocumentResult, Evaluation, evaluate
from .scoring import FieldScore, score_metadata, score_record

__all__ = [
    "FORMATS",
    "RULE",
    "THRESHOLD",
    "DocumentResult",
    "Evaluation",
    "FieldScore",
    "FloorCheck",
    "Gold",
    "GoldError",
    "check_floors",
    "evaluate",
    "load_floors",
    "load_gold",
    "load_golds",
    "render",
    "score_metadata",
    "score_record",
]
