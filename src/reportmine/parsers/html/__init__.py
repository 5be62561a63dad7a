"""Web page reading: the article's content, its boxes and tables, and the page's own metadata."""

from .reader import parse_html

__all__ = ["parse_html"]
