"""The one error type a caller needs: this document could not be read, and why."""

from __future__ import annotations


class DocumentError(Exception):
    """A single input failed; ``reason`` is one line meant for a person."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
