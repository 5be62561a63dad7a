"""The one date grammar: calendar dates in UK English ("9 February 2023", "July 2018", "2017-01-26") to ISO
values, read whole (:func:`parse_date_expression`), found in a phrase or a page's time stamp (:func:`parse_date`),
or resolved against the document's own date ("last July": :func:`resolve_relative`). One month table for all."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTH_NAMES = (
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
)
#: The one month table: every name and abbreviation, lower case, to its number
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
#: The full month names in calendar order
FULL_MONTHS = tuple(names[0] for names in _MONTH_NAMES)
#: Any month name or abbreviation (no group; match case-insensitively)
MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_MONTH = rf"(?P<month>{MONTH_WORD})\.?"
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


# --- Dates inside a phrase or a page's stamp ("Published on 26th January 2017", "2020-10-19T23:01:00Z")

PHRASE_MONTH = rf"({MONTH_WORD})\.?"
_STAMP_WITH_OFFSET = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|z|[+-]\d{2}:?\d{2})\s*$"
)
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s]|$)")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + PHRASE_MONTH + r",?\s+(\d{4})\b", re.I)
_MDY = re.compile(r"\b" + PHRASE_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_MY = re.compile(r"\b" + PHRASE_MONTH + r",?\s+(\d{4})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")  # UK order: day/month/year


def parse_date(value: str | None) -> str | None:
    """An ISO date ("2017-01-26", "2018-07" or "2018") from an ISO stamp or an English date phrase."""
    if not value:
        return None
    value = " ".join(str(value).split())
    local = _uk_date(value)
    if local:
        return local
    m = _ISO.match(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        return _bounded_iso(int(year), int(month) if month else None, int(day) if day else None)
    m = _DMY.search(value)
    if m:
        return _bounded_iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MDY.search(value)
    if m:
        return _bounded_iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _MY.search(value)
    if m:
        return _bounded_iso(int(m.group(2)), MONTHS[m.group(1).lower()], None)
    m = _NUMERIC.search(value)
    if m:
        return _bounded_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _uk_date(value: str) -> str | None:
    """The UK calendar date of a timestamp with an explicit offset ("2020-10-19T23:01:00Z" is 20 October).

    Inspection reports are published at 00:01 UK time, and a page's UTC stamp of that moment falls on the
    day before in summer; the date a UK reader saw is the one to keep.
    """
    m = _STAMP_WITH_OFFSET.match(value)
    if not m:
        return None
    try:
        moment = datetime.fromisoformat(m.group(1) + ("+00:00" if m.group(2) in ("Z", "z") else m.group(2)))
        return moment.astimezone(_uk_zone()).date().isoformat()
    except (ValueError, ZoneInfoNotFoundError):
        return None


@lru_cache(maxsize=1)
def _uk_zone() -> ZoneInfo:
    return ZoneInfo("Europe/London")


def _bounded_iso(year: int, month: int | None, day: int | None) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


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
    r"(?P<what>year|month|week|" + MONTH_WORD + "|" + "|".join(_WEEKDAYS) + "|" + "|".join(_SEASONS) + r")$",
    re.IGNORECASE,
)
# "June last year", "March of next year": a month placed in a year named relatively
_MONTH_OF_YEAR = re.compile(
    rf"^(?P<month>{MONTH_WORD})\.?" + r"\s+(?:of\s+)?(?P<mod>last|this|next)\s+year$",
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
