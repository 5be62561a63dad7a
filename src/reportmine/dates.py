"""Absolute calendar dates in UK English ("9 February 2023", "July 2018", "2017-01-26") to ISO values."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
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
        month = (
            MONTHS[groups["month"].lower()]
            if groups.get("month")
            else (int(groups["m"]) if groups.get("m") else None)
        )
        day = groups.get("day") or groups.get("d")
        return iso(year, month, int(day) if day else None)
    return None


# --- Relative dates: resolved against the document's own date ("last July" in January 2017 is 2016-07).

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: How many years (or months, weeks) "last", "this" and "next" move from the document's own date
STEPS = {"last": -1, "this": 0, "next": 1}
_SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
_MOD = (
    r"last|this|next|later\s+this|earlier\s+this|early\s+this|late\s+this|early\s+next|late\s+last|"
    r"early\s+last|late\s+next|the\s+previous|the\s+following|the\s+same"
)
_REL = re.compile(
    rf"^(?:(?P<mod>{_MOD})\s+)?"
    r"(?P<what>year|month|week|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + "|"
    + "|".join(_WEEKDAYS)
    + "|"
    + "|".join(_SEASONS)
    + r")$",
    re.IGNORECASE,
)
# "June last year", "March of next year": a month placed in a year named relatively
_MONTH_OF_YEAR = re.compile(
    r"^(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+(?:of\s+)?(?P<mod>last|this|next)\s+year$",
    re.IGNORECASE,
)


def parse_anchor(anchor: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date at any precision ("2018-07" gives (2018, 7, None))."""
    m = re.match(r"^((?:1|2)\d\d\d)(?:-(\d\d)(?:-(\d\d))?)?", anchor or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def month_value(month: int, anchor: str | None, future: bool = False, strict: bool = False) -> str | None:
    """A month named without a year: its nearest past occurrence (or next one when ``future``).

    ``strict`` excludes the anchor's own month ("last July" written in July means a year ago).
    """
    a = parse_anchor(anchor)
    if a is None:
        return None
    year, amonth, _ = a
    if amonth is None:
        return iso(year, month)
    if future:
        ahead = month > amonth or (month == amonth and not strict)
        return iso(year if ahead else year + 1, month)
    behind = month < amonth or (month == amonth and not strict)
    return iso(year if behind else year - 1, month)


def weekday_value(weekday: int, anchor: str | None, future: bool = False, strict: bool = False) -> str | None:
    """A weekday (0 = Monday) named alone: its nearest past (or next) day; None without a day anchor."""
    a = parse_anchor(anchor)
    if a is None or a[2] is None or a[1] is None:
        return None
    day = date(a[0], a[1], a[2])
    if future:
        delta = (weekday - day.weekday()) % 7 or (7 if strict else 0)
        return date.fromordinal(day.toordinal() + delta).isoformat()
    delta = (day.weekday() - weekday) % 7 or (7 if strict else 0)
    return date.fromordinal(day.toordinal() - delta).isoformat()


def day_offset(anchor: str | None, delta: int) -> str | None:
    """The day ``delta`` days from the anchor; None unless the anchor is a full date."""
    a = parse_anchor(anchor)
    if a is None or a[1] is None or a[2] is None:
        return None
    return date.fromordinal(date(a[0], a[1], a[2]).toordinal() + delta).isoformat()


def week_start(anchor: str | None, delta: int = 0) -> str | None:
    """The Monday of the week ``delta`` weeks from the anchor's week; None unless the anchor is a full date."""
    a = parse_anchor(anchor)
    if a is None or a[1] is None or a[2] is None:
        return None
    day = date(a[0], a[1], a[2])
    return date.fromordinal(day.toordinal() - day.weekday() + 7 * delta).isoformat()


def resolve_relative(text: str, anchor: str | None, future: bool = False) -> str | None:
    """The ISO value of a relative date ("today", "last year", "later this year", "last July", "on Thursday").

    ``anchor`` is the document's date (ISO, any precision); ``future`` says the sentence looks ahead, which
    decides a bare month or weekday ("in June", "on Thursday"). None when the text cannot be resolved.
    """
    cleaned = " ".join(text.lower().replace("’", "'").split())
    cleaned = re.sub(r"^(?:on|in|since|during|until|till|by|from|before|after|of|for)\s+", "", cleaned)
    a = parse_anchor(anchor)
    if a is None:
        return None
    year, month, _ = a
    if cleaned in _SAME_DAY:
        return anchor
    if cleaned in ("yesterday", "last night"):
        return day_offset(anchor, -1)
    if cleaned == "tomorrow":
        return day_offset(anchor, 1)
    m = _MONTH_OF_YEAR.match(cleaned)
    if m:
        step = STEPS[m.group("mod")]
        return iso(year + step, MONTHS[m.group("month")])
    m = _REL.match(cleaned)
    if not m:
        return None
    mod = " ".join((m.group("mod") or "").split())
    what = m.group("what").lower()
    step = (
        -1
        if mod.endswith("last") or mod == "the previous"
        else 1
        if mod.endswith("next") or mod == "the following"
        else 0
    )
    if what == "year":
        return iso(year + step) if mod else None
    if what == "month":
        if not mod or month is None:
            return None
        return iso(*shift_month(year, month, step))
    if what == "week":
        # a week is no ISO precision: its Monday stands for it (the component adds the Sunday as end_value)
        return week_start(anchor, step) if mod else None
    if what in MONTHS:
        number = MONTHS[what]
        if mod.endswith("this"):
            return iso(year, number)
        if step:
            return month_value(number, anchor, future=step > 0, strict=True)
        return month_value(number, anchor, future=future)
    if what in _SEASONS:
        start = _SEASONS[what]
        if mod.endswith("this"):
            return iso(year)
        if month is None:
            return iso(year + step) if step else None
        over = month > start + 2  # the season has ended this year
        begun = month >= start
        if step < 0 or (not step and not future):
            return iso(year if (over if step else begun) else year - 1)
        return iso(year + 1 if begun else year)
    weekday = _WEEKDAYS.index(what)
    if step:
        return weekday_value(weekday, anchor, future=step > 0, strict=True)
    if mod.endswith("this"):
        return weekday_value(weekday, anchor, future=True)
    return weekday_value(weekday, anchor, future=future)
