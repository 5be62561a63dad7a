"""The one error type a caller needs: this document could not be read, and why."""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` safe for one terminal line: newlines, escape sequences and other unprintable characters escaped.

    A file name may hold any byte but "/" and NUL; printed raw, a newline splits an error line in two and
    an escape sequence reaches the terminal. Printable characters (accents, other scripts) stay as they are;
    the rest are written as Python writes them in a string literal (``\\n``, ``\\x1b``, ``\\udcff``).
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class DocumentError(Exception):
    """A single input failed; ``reason`` is one line meant for a person."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{escape(source)}: {escape(reason)}")
        self.source = source
        self.reason = reason
