"""reportmine: police inspection reports, follow-ups and press coverage as data.

>>> import reportmine
>>> record = reportmine.extract("report.pdf")      # a Document
>>> record.to_dict()["recommendations"]

The names below are loaded on first use, so that ``import reportmine`` (and the
command line, which imports it) does not load spaCy, pandas and networkx before
a command needs them.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .version import __version__

#: each public name and the module that defines it
_WHERE = {
    "Document": ".model",
    "Failure": ".model",
    "DocumentError": ".errors",
    "Limits": ".limits",
    "Evaluation": ".evaluation",
    "evaluate": ".evaluation",
    "analyse": ".extraction",
    "extract": ".extraction",
    "iter_documents": ".extraction",
    "build_graph": ".link",
    "compare": ".link",
    "recommendation_table": ".link",
    "DocumentInfo": ".metadata",
    "describe": ".metadata",
    "build_pipeline": ".nlp.pipeline",
    "get_pipeline": ".nlp.pipeline",
    "load_config": ".nlp.pipeline",
    "ParsedDocument": ".parsers",
    "parse": ".parsers",
    "parse_bytes": ".parsers",
    "display": ".views.notebook",
}

__all__ = [*sorted(_WHERE), "__version__"]

if TYPE_CHECKING:
    from .errors import DocumentError as DocumentError
    from .evaluation import Evaluation as Evaluation
    from .evaluation import evaluate as evaluate
    from .extraction import analyse as analyse
    from .extraction import extract as extract
    from .extraction import iter_documents as iter_documents
    from .limits import Limits as Limits
    from .link import build_graph as build_graph
    from .link import recommendation_table as recommendation_table
    from .link.compare import compare as compare
    from .metadata import DocumentInfo as DocumentInfo
    from .metadata import describe as describe
    from .model import Document as Document
    from .model import Failure as Failure
    from .nlp.pipeline import build_pipeline as build_pipeline
    from .nlp.pipeline import get_pipeline as get_pipeline
    from .nlp.pipeline import load_config as load_config
    from .parsers import ParsedDocument as ParsedDocument
    from .parsers import parse as parse
    from .parsers import parse_bytes as parse_bytes
    from .views.notebook import display as display


def __getattr__(name: str) -> Any:
    """Load a public name's module the first time the name is asked for."""
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'reportmine' has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    _install_display()
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


@cache
def _install_display() -> None:
    """Records, graphs and comparisons show themselves as HTML in a notebook (done once)."""
    import_module(".views.notebook", __name__).install()


if "IPython" in sys.modules:  # a notebook or IPython shell: the display is wanted from the start
    _install_display()
