"""Deadlines as inspectorates write them ("immediately", "within three months", "by 31 March 2018") and their due dates."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..lexicon.dates import parse_date_expression
from .cues import Cues

_WITHIN = re.compile(
    r"\bwithin (?:the next )?(?P<n>[\w-]+) (?:calendar )?(?P<unit>day|week|month|year)s?\b", re.IGNORECASE
)
_BY = re.compile(r"\b(?:by|not later than|no later than) (?P<end>the end of )?(?P<date>.+)$", re.IGNORECASE)
# "by the end of the year", "by the end of next financial year": counted from the publication date
_END_OF_PERIOD = re.compile(
    r"^(?:the |this )?(?P<next>next )?(?:calendar )?(?P<financial>financial )?(?P<unit>year|month)$",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:immediately|without delay|with immediate effect|as a matter of urgency)\b", re.IGNORECASE
)


def first_deadline(text: str, cues: Cues) -> re.Match[str] | None:
    """The first deadline phrase of ``text`` (as the ``deadline`` cue finds them), leaving out standards tied
    to another event ("within 14 days of receiving it"): a "within" counted from anything but the publication
    is not when the work is due (the ``deadline_after`` cue)."""
    after = cues.more.get("deadline_after")  # a pipeline saved before this cue existed filters nothing
    for match in cues.deadline.finditer(text):
        tail = after.match(text, match.end()) if after is not None else None
        standard = match.group(0).lower().startswith("within") and tail and tail.group(0).strip()
        if not standard or tail is not None and tail.group("publication"):
            return match
    return None


def find_deadline(text: str, cues: Cues) -> str | None:
    """The first deadline phrase in ``text``, as written, else None."""
    match = first_deadline(text, cues)
    return match.group(0) if match else None


def deadline_span_end(text: str, match: re.Match[str], cues: Cues) -> int:
    """Where a deadline phrase ends, with its "of the publication of this report" when it has one."""
    after = cues.more.get("deadline_after")
    tail = after.match(text, match.end()) if after is not None else None
    return tail.end() if tail and tail.group("publication") else match.end()


def deadline_label(deadline: str | None) -> str | None:
    """A deadline as printed, in one case whatever its place in the sentence: lower case at its start ("By 31 March
    2023," opening a sentence is "by 31 March 2023"), all of it where it names no month ("within three months")."""
    if not deadline:
        return None
    return (
        deadline.lower()
        if _WITHIN.search(deadline) or _NOW.search(deadline)
        else deadline[:1].lower() + deadline[1:]
    )


def _add_months(year: int, month: int, day: int | None, months: int) -> tuple[int, int, int | None]:
    total = year * 12 + (month - 1) + months
    y, m = divmod(total, 12)
    if day is None:
        return y, m + 1, None
    return y, m + 1, min(day, calendar.monthrange(y, m + 1)[1])


def _number(word: str, cues: Cues) -> int | None:
    if word.isdigit():
        return int(word)
    return cues.number_words.get(word.lower())


def _end_of(period: str, published: str | None) -> str | None:
    """The last day of "the end of <period>": a month or year written out ("March 2022", "2023"), or the
    year, financial year (to 31 March) or month of the publication date ("the year", "next financial year")."""
    value = parse_date_expression(period)
    if value is None:
        relative = _END_OF_PERIOD.match(period.strip().rstrip(".,;"))
        parts = [int(p) for p in (published or "").split("-") if p.isdigit()]
        if relative is None or not parts:
            return None
        year, step = parts[0], 1 if relative.group("next") else 0
        if relative.group("unit").lower() == "month":
            if len(parts) < 2:
                return None
            y, m, _ = _add_months(year, parts[1], None, step)
            value = f"{y:04d}-{m:02d}"
        elif relative.group("financial"):
            month = parts[1] if len(parts) > 1 else None
            if month is None:
                return None
            value = f"{year + (1 if month > 3 else 0) + step:04d}-03"
        else:
            value = f"{year + step:04d}"
    pieces = [int(p) for p in value.split("-")]
    if len(pieces) == 3:
        return value
    if len(pieces) == 1:
        return f"{pieces[0]:04d}-12-31"
    return f"{pieces[0]:04d}-{pieces[1]:02d}-{calendar.monthrange(pieces[0], pieces[1])[1]:02d}"


def resolve_due(deadline: str | None, published: str | None, cues: Cues) -> str | None:
    """The ISO due date of a deadline, counted from the publication date at its own precision.

    "within three months" of 2017-01-26 is 2017-04-26 (of "2018-07" it is "2018-10");
    "immediately" is the publication date; "by 31 March 2018" is 2018-03-31, "by March 2018" its last day.
    Numbers written as words are those of the ``number_words`` cue.
    """
    if not deadline:
        return None
    by = _BY.search(deadline)
    if by:
        return _end_of(by.group("date"), published)  # "by September 2023": its last day
    if _NOW.search(deadline):
        return published
    within = _WITHIN.search(deadline)
    if not within or not published:
        return None
    n = _number(within.group("n"), cues)
    parts = [int(p) for p in published.split("-")]
    if n is None or not parts:
        return None
    unit = within.group("unit").lower()
    year, month, day = (
        parts[0],
        (parts[1] if len(parts) > 1 else None),
        (parts[2] if len(parts) > 2 else None),
    )
    if unit == "year":
        months = 12 * n
    elif unit == "month":
        months = n
    else:
        if day is None or month is None:
            return None  # days and weeks need a day to count from
        return (date(year, month, day) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if month is None:
        return f"{year + months // 12:04d}" if months % 12 == 0 else None
    y, m, d = _add_months(year, month, day, months)
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")
