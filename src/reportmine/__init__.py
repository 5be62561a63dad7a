"""reportmine: police inspection reports, follow-ups and press coverage as data.

>>> import reportmine
>>> record = reportmine.extract("report.pdf")      # a Document
>>> record.to_dict()["recommendations"]
"""

from __future__ import annotations

from .errors import DocumentError
from .evaluation import Evaluation, evaluate
from .extraction import Failure, analyse, extract, iter_documents
from .limits import Limits
from .link import build_graph, compare, recommendation_table
from .metadata import DocumentInfo, describe
from .model import Document
from .nlp.pipeline import build_pipeline, get_pipeline, load_config
from .parsers import ParsedDocument, parse, parse_bytes
from .views.notebook import display, install

install()  # records, graphs and comparisons show themselves as HTML in a notebook

__version__ = "0.1.0"

__all__ = [
    "Document",
    "DocumentError",
    "DocumentInfo",
    "Evaluation",
    "Failure",
    "Limits",
    "ParsedDocument",
    "analyse",
    "build_graph",
    "build_pipeline",
    "compare",
    "describe",
    "display",
    "evaluate",
    "extract",
    "get_pipeline",
    "iter_documents",
    "load_config",
    "parse",
    "parse_bytes",
    "recommendation_table",
    "__version__",
]
