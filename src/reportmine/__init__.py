"""reportmine: police inspection reports, follow-ups and press coverage as data."""

from __future__ import annotations

from .errors import DocumentError
from .parsers import ParsedDocument, parse, parse_bytes

__version__ = "0.1.0"

__all__ = ["DocumentError", "ParsedDocument", "parse", "parse_bytes", "__version__"]
