"""Date expressions: every calendar date, relative date and duration, with its resolved value.

One compiled regular expression finds the expressions over the whole text (dates cut
across tokens: "13-month-old", "8:30am", "2017-01-26"), then each is resolved against
the document's own date with the pure functions of :mod:`reportmine.dates`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates as cal
from ..resources import resource_path
from . import extensions

extensions.register()


@dataclass(frozen=True)
class DateExpression:
    """One date expression found in text: ``kind`` says how to resolve it."""

    start: int
    end: int
    kind: str  # absolute | day_month | relative | weekday | month | year | duration | vague
    text: str


@lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads(resource_path("date_words.json").read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _finder() -> re.Pattern[str]:
    words = _words()
    # month and weekday names are proper nouns: only their capitalised forms are dates ("may", "march")
    full = {m.capitalize() for m in cal.MONTHS if len(m) > 4 or m in ("may", "june", "july")}
    short = {m.capitalize() for m in cal.MONTHS} - full
    mon = r"(?:(?:" + _alt(full) + r")\b|(?:" + _alt(short) + r")\b\.?)"
    wd = r"(?:" + _alt(w.capitalize() for w in words["weekdays"]) + r")\b"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    num = r"(?:\d+(?:\.\d+)?|(?i:" + _alt(words["number_words"]) + r"))"
    unit = r"(?i:" + _alt(words["duration_units"]) + r")s?"
    season = r"(?i:spring|summer|autumn|winter)"
    clock = r"\d{1,2}(?:[:.]\d\d)?\s?(?i:am|pm|a\.m\.|p\.m\.)"
    forms = [
        ("absolute", rf"\b{year}-[01]\d-[0-3]\d\b"),
        ("absolute", rf"\b(?:{wd},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{mon},?\s+{year}\b"),
        ("absolute", rf"\b(?:{wd},?\s+)?{mon}\s+{day},?\s+{year}\b"),
        ("absolute", rf"\b{mon},?\s+{year}\b"),
        ("absolute", rf"\b[0-3]?\d/[01]?\d/{year}\b"),
        ("vague", rf"\b{clock}(?:\s*(?:[–-]|to)\s*{clock})?"),
        ("vague", rf"\b{wd}\s*(?:[–-]|to)\s*{wd}"),
        ("vague", rf"\b(?:(?i:early|late)\s+)?(?i:one|a|that|the\s+same)\s+{wd}(?:\s+(?i:morning|afternoon|evening|night))?"),
        ("duration", rf"\b(?:(?i:the\s+)?(?i:last|past|next|previous|first|following|coming)\s+)?{num}(?:\s+and\s+a\s+half)?[\s-]+{unit}(?:[\s-]old)?\b"),
        ("day_month", rf"\b(?:{wd},?\s+)?{day}\s+(?:of\s+)?{mon}"),
        ("day_month", rf"\b(?:{wd},?\s+)?{mon}\s+{day}\b(?!\s*[,/]?\s*\d)"),
        (
            "relative",
            rf"\b(?i:(?:(?:later|earlier|early|late)\s+)?(?:this|last|next))\s+(?:(?i:year|month|week)\b|{mon}|{wd}|{season}\b)",
        ),
        ("relative", r"\b(?i:" + _alt(words["same_day"] + words["day_before"] + words["day_after"]) + r")\b"),
        ("weekday", wd),
        ("month", rf"\b(?i:in|since|during|until|till|by|from|before|after|mid|early|late)[\s-]+{mon}(?!\s*\d)"),
        ("year", rf"(?<![\d,.£$/])\b{year}\b(?![/–-]\d\d(?!\d)|,\d|\.\d|%|\d)"),
    ]
    return re.compile("|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(forms)))


def find_date_expressions(text: str) -> list[DateExpression]:
    """Every date, time or duration expression in ``text``, in reading order."""
    not_year_before = tuple(_words()["not_a_year_before"])
    found = []
    for m in _finder().finditer(text):
        kind = re.sub(r"\d+$", "", m.lastgroup or "")
        start, end = m.span()
        if kind == "year":
            before = text[max(0, start - 12):start].rstrip()
            if before.endswith(not_year_before):
                continue
        if kind == "month":  # the span is the month alone, not its preposition
            start = end - len(m.group(0).split()[-1].split("-")[-1])
        found.append(DateExpression(start, end, kind, text[start:end]))
    return found


def resolve(expression: DateExpression, anchor: str | None, future: bool = False) -> str | None:
    """The ISO value of one expression; None for durations, vague times and what cannot be resolved."""
    kind, text = expression.kind, expression.text
    if kind in ("absolute", "year"):
        return cal.parse_date_expression(re.sub(r"^the\s+", "", text))
    if kind == "day_month":
        a = cal.parse_anchor(anchor)
        if a is None:
            return None
        for year in (a[0], a[0] - 1, a[0] + 1):
            value = cal.parse_date_expression(f"{text} {year}")
            if value and (value[:7] <= (anchor or "")[:7] or future):
                return value
        return None
    if kind in ("relative", "weekday", "month"):
        return cal.resolve_relative(text, anchor, future=future)
    return None


class DateFinder:
    """Put every date expression in ``doc.spans["dates"]`` with ``date_value`` and ``is_duration``."""

    def __init__(self, skip_blocks: list[str]) -> None:
        self.skip_blocks = set(skip_blocks)
        self.future_cues = re.compile(
            r"(?i)(?:^|\W)(?:" + _alt(_words()["future_cues"]) + r")(?:\W|$)"
        )

    def __call__(self, doc: Doc) -> Doc:
        skipped = [(b.start, b.end) for b in (doc._.blocks or []) if b.kind in self.skip_blocks]
        spans = []
        for expression in find_date_expressions(doc.text):
            if any(s <= expression.start < e for s, e in skipped):
                continue
            span = doc.char_span(expression.start, expression.end, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            future = bool(self.future_cues.search(span.sent.text)) if doc.has_annotation("SENT_START") else False
            span._.is_duration = expression.kind == "duration"
            span._.date_value = resolve(expression, doc._.published, future=future)
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


@Language.factory("reportmine_dates", default_config={"skip_blocks": ["heading"]})
def make_dates(nlp: Language, name: str, skip_blocks: list[str]) -> DateFinder:
    """Factory for :class:`DateFinder`; ``skip_blocks`` are block kinds whose dates are not counted."""
    return DateFinder(skip_blocks)


__all__ = ["DateExpression", "DateFinder", "find_date_expressions", "resolve"]
