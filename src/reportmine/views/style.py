"""What every view shares: the colour and name of each status, and how a source file is named on a page."""

from __future__ import annotations

from pathlib import PurePath

#: status -> (label, colour); colours keep white text readable (WCAG AA on the badge)
STATUSES: dict[str, tuple[str, str]] = {
    "achieved": ("achieved", "#2e7d32"),
    "partially_achieved": ("partially achieved", "#b35c00"),
    "not_achieved": ("not achieved", "#c62828"),
    "unclear": ("unclear", "#6d4c9f"),
    "not_assessed": ("not assessed", "#616161"),
    "no_follow_up": ("no follow-up yet", "#757575"),
}

#: one rule per status for a badge (.status) and for the box it sits in; each rule names its class
#: and the element, so it outranks the grey default whatever order the rules come in
STATUS_CSS = "".join(
    f".status-{s},.rec.status-{s}{{border-left-color:{c}}}.status.status-{s},.status-{s} .status{{background:{c};color:#fff}}"
    for s, (_, c) in STATUSES.items()
)


def status_label(status: str | None) -> str:
    return STATUSES.get(status or "", (status or "", ""))[0].replace("_", " ")


def source_label(source: str | None) -> str:
    """A source as a reader should see it: a URL as it is, a local file by its name only."""
    if not source:
        return ""
    if "://" in source:
        return source
    return PurePath(source).name
