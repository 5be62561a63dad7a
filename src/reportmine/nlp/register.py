"""Entry pages of the recommendations register: the recommendation as printed, then dated status and comment lines.

The register prints its own markup as text ("[on]<date> [status]complete[/status][/on]",
"[on]<date> [comment] ... [/comment][/on]"). What comes before the first dated line is the
recommendation; the latest status and the latest comment are its verdict so far. The patterns are
data (pipelines/register_cues.json, included by the inspection cues).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..parsers.document import Block
from .cues import Cues


@dataclass
class RegisterEntry:
    """One register entry of a page: where its dated lines start, its latest status and latest comment."""

    first_line: int  # index of the first block holding a dated line
    status: str | None = None  # the latest [status] value as printed ("complete", "awaiting-review")
    comment: list[Block] = field(default_factory=list)  # the blocks of the latest comment


def _is_line(block: Block, c: Cues) -> bool:
    line = c.more.get("register_line")
    return line is not None and block.kind == "paragraph" and bool(line.match(block.text))


def register_entry(blocks: list[Block] | None, c: Cues) -> RegisterEntry | None:
    """The register entry a page holds, or None when it has no dated register line."""
    blocks = list(blocks or [])
    first = next((i for i, b in enumerate(blocks) if _is_line(b, c)), None)
    if first is None:
        return None
    entry = RegisterEntry(first)
    status_cue, opens, closes = (
        c.more.get("register_status"),
        c.more.get("register_comment_open"),
        c.more.get("register_comment_close"),
    )
    open_comment: list[Block] | None = None
    for block in blocks[first:]:
        if _is_line(block, c) or (closes is not None and closes.match(block.text)):
            if open_comment:
                entry.comment = open_comment
            open_comment = None
            statuses = list(status_cue.finditer(block.text)) if status_cue is not None else []
            if statuses:
                entry.status = statuses[-1].group("value").strip()
            if opens is not None and opens.search(block.text.rstrip()):
                open_comment = []
            continue
        if open_comment is not None and block.kind in ("paragraph", "list_item"):
            open_comment.append(block)
    if open_comment:
        entry.comment = open_comment
    return entry


def status_of(value: str | None, c: Cues) -> str | None:
    """The contract status a register status word gives, or None when it closes nothing ("awaiting-review")."""
    if not value:
        return None
    words = c.more.get("register_status_words") or []
    return next((status for status, pattern in words if pattern.search(value.strip())), None)
