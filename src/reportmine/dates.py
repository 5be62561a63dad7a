"""Absolute calendar dates in UK English ("9 February 2023", "July 2018", "2017-01-26") to ISO values."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

_FORMS = [
    re.compile(rf"^{_YEAR}-(?P<m>\d\d)(?:-(?P<d>\d\d))?(?:[T ].*)?$"),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"^{_MONTH},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"^(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}$"),
    re.compile(rf"^{_YEAR}$"),
]


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string at the precision given; None for an impossible date."""
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        return f"{year:04d}"
    except ValueError:
        return None


def parse_date_expression(text: str) -> str | None:
    """The ISO value of an absolute date written alone ("Published: July 2018" gives "2018-07")."""
    cleaned = " ".join(text.strip().strip(".,;:()").split())
    for form in _FORMS:
        m = form.match(cleaned)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["year"])
        month = MONTHS[groups["month"].lower()] if groups.get("month") else (int(groups["m"]) if groups.get("m") else None)
        day = groups.get("day") or groups.get("d")
        return iso(year, month, int(day) if day else None)
    return None
