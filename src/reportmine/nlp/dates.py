"""Date expressions: every calendar date, relative date and duration, with its resolved value.

One compiled regular expression finds the expressions over the whole text (dates cut
across tokens: "13-month-old", "8:30am", "2017-01-26"), then each is resolved against
the document's own date with the pure functions of :mod:`reportmine.lexicon.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import dates as cal
from . import extensions
from .datafiles import DataComponent
from .layout import doc_text

extensions.register()


@dataclass(frozen=True)
class DateExpression:
    """One date expression found in text: ``kind`` says how to resolve it."""

    start: int
    end: int
    kind: str  # absolute | day_month | range | season | fiscal | lent | relative | ago | weekday | month | year | duration | vague
    text: str
    year: int | None = None  # the year a later date lends this one ("1 March and 8 April 2019")
    year_shift: int | None = None  # or the relative year it lends ("April and September last year": -1)


# kinds whose value depends on the tense of their clause (a bare month or weekday), and kinds with no value
_TENSED = frozenset({"day_month", "range", "relative", "weekday", "month"})
_UNDATED = frozenset({"duration", "vague"})


_INTRO = re.compile(r"(?i)(?:(?:between|from|the|in|since|during|until|till|by|before|after)\s+)?")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateWords:
    """The words dates are made of beyond month names (a ``date_words`` file), and the finder built from them."""

    def __init__(self, entries: dict[str, Any]) -> None:
        self.entries = entries
        self.number_words: dict[str, int | None] = entries["number_words"]
        self.future_heads: list[str] = entries["future_heads"]
        self.not_year_before = tuple(entries["not_a_year_before"])

    @cached_property
    def future_cues(self) -> re.Pattern[str]:
        """Words that make a sentence look ahead where no verb is parsed."""
        return re.compile(r"(?i)(?:^|\W)(?:" + _alt(self.entries["future_cues"]) + r")(?:\W|$)")

    @cached_property
    def finder(self) -> re.Pattern[str]:
        """One pattern for every form of date expression, each form a named group ``<kind><n>``."""
        return _finder(self.entries)


def _finder(words: dict[str, Any]) -> re.Pattern[str]:
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
    to = r"(?:\s*[–-]\s*|\s+(?i:to|until|till)\s+)"
    # a date without a year followed by one with it lends that year ("between March and May 2019")
    lent = rf"(?=,?{to[:-1]}|\s+(?i:and|or)\s+)(?:{day}\s+(?:of\s+)?)?(?P<lent_month>{mon}),?\s+(?:(?P<lent>{year})\b|(?P<lent_rel>(?i:last|this|next))\s+(?i:year)\b))"
    forms = [
        ("absolute", rf"\b{year}-[01]\d-[0-3]\d\b"),
        ("range", rf"\b(?i:(?:between|from)\s+)?{day}{to}{day}\s+(?:of\s+)?{mon}(?:,?\s+{year}\b)?"),
        ("range", rf"\b(?i:between)\s+{day}\s+(?i:and)\s+{day}\s+(?:of\s+)?{mon}(?:,?\s+{year}\b)?"),
        ("fiscal", rf"\b{year}\s*[/–-]\s*(?:{year}|\d\d)\b(?![/–-]\d)"),
        ("season", rf"\b(?i:(?:the\s+)?{season}\s+(?:of\s+)?){year}\b"),
        (
            "lent",
            rf"\b(?i:(?:between|from|in|since|during|until|till|by|before|after)\s+)?(?:{day}\s+(?:of\s+)?)?{mon}{lent}",
        ),
        ("absolute", rf"\b(?:{wd},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{mon},?\s+{year}\b"),
        ("absolute", rf"\b(?:{wd},?\s+)?{mon}\s+{day},?\s+{year}\b"),
        ("absolute", rf"\b{mon},?\s+{year}\b"),
        ("absolute", rf"\b[0-3]?\d/[01]?\d/{year}\b"),
        ("vague", rf"\b{clock}(?:\s*(?:[–-]|to)\s*{clock})?"),
        ("vague", rf"\b{wd}\s*(?:[–-]|to)\s*{wd}"),
        (
            "vague",
            rf"\b(?:(?i:early|late)\s+)?(?i:one|a|that|the\s+same)\s+{wd}(?:\s+(?i:morning|afternoon|evening|night))?",
        ),
        ("ago", rf"\b(?:{num}|(?i:an?))\s+{unit}\s+(?i:ago)\b"),
        # "in the last year", "over the next month": a stretch of time, not the calendar year or month
        ("duration", rf"\b(?i:the\s+(?:last|past|next|previous|coming|following))\s+{unit}\b"),
        (
            "duration",
            rf"\b(?:(?i:the\s+)?(?i:last|past|next|previous|first|following|coming)\s+)?{num}(?:\s+and\s+a\s+half)?[\s-]+{unit}(?:[\s-]old)?\b",
        ),
        ("day_month", rf"\b(?:{wd},?\s+)?{day}\s+(?:of\s+)?{mon}"),
        ("day_month", rf"\b(?:{wd},?\s+)?{mon}\s+{day}\b(?!\s*[,/]?\s*\d)"),
        (
            "relative",
            rf"\b(?i:(?:(?:later|earlier|early|late)\s+)?(?:this|last|next))\s+(?:(?i:year|month|week)\b|{mon}|{wd}|{season}\b)",
        ),
        ("relative", rf"\b{mon}\s+(?i:(?:of\s+)?(?:last|this|next)\s+year)\b"),
        ("relative", r"\b(?i:" + _alt(words["same_day"] + words["day_before"] + words["day_after"]) + r")\b"),
        ("weekday", wd),
        ("duration", rf"\b(?i:aged)\s+{num}\b"),
        (
            "month",
            rf"\b(?i:in|since|during|until|till|by|from|before|after|mid|early|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+{mon}(?:\s+(?i:and|or|to)\s+{mon})?(?!\s*\d)",
        ),
        ("year", rf"(?<![\d,.£$/])(?<!\d\s)\b{year}\b(?![/–-]\d\d(?!\d)|,\d|\.\d|%|\d)"),
    ]
    # every form starts a word, except a weekday glued to what comes before it: positions inside a word are
    # passed over with one test instead of one per form
    starts = r"(?:\b(?=\w)|(?=" + wd + "))"
    return re.compile(
        starts + "(?:" + "|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(forms)) + ")"
    )


def _month_number(text: str) -> int:
    return next(n for w in re.findall(r"[A-Za-z]+", text) if (n := cal.MONTHS.get(w.lower())))


def find_date_expressions(text: str, words: DateWords) -> list[DateExpression]:
    """Every date, time or duration expression in ``text``, in reading order."""
    not_year_before = words.not_year_before
    found = []
    for m in words.finder.finditer(text):
        kind = re.sub(r"\d+$", "", m.lastgroup or "")
        start, end = m.span()
        if kind in ("year", "fiscal"):
            before = text[max(0, start - 12) : start].rstrip()
            if before.endswith(not_year_before):
                continue
        if kind == "month":  # each month alone, not its preposition ("in June and July" is two dates)
            for month in re.finditer(r"[A-Z][a-z]+\.?", m.group(0)):
                if month.group(0).rstrip(".").lower() in cal.MONTHS:
                    found.append(
                        DateExpression(start + month.start(), start + month.end(), kind, month.group(0))
                    )
            continue
        if kind in ("range", "season", "lent"):  # nor the words that introduce a range, a season or a pair
            intro = re.match(_INTRO, m.group(0))
            start += len(intro.group(0)) if intro else 0
        year = shift = None
        if kind == "lent":  # "December and January 2019": the earlier month falls in the year before
            back = int(_month_number(text[start:end]) > _month_number(m.group("lent_month")))
            if m.group("lent"):
                year = int(m.group("lent")) - back
            else:
                shift = cal.STEPS[m.group("lent_rel").lower()] - back
        found.append(DateExpression(start, end, kind, text[start:end], year, shift))
    return found


def _day_month(text: str, anchor: str | None, future: bool) -> str | None:
    """A day and month without a year: the nearest such day before the anchor (after it when ``future``)."""
    a = cal.parse_anchor(anchor)
    if a is None:
        return None
    for year in (a[0], a[0] - 1, a[0] + 1):
        value = cal.parse_date_expression(f"{text} {year}")
        if value and (value[:7] <= (anchor or "")[:7] or future):
            return value
    return None


def _ago(text: str, anchor: str | None, number_words: dict[str, int | None]) -> str | None:
    """ "three years ago", "a fortnight ago", "two weeks ago": counted back from the anchor at the unit's precision."""
    a = cal.parse_anchor(anchor)
    words = text.lower().split()[:-1]
    count_text, unit = " ".join(words[:-1]), words[-1].rstrip("s")
    count = 1 if count_text in ("a", "an") else number_words.get(count_text)
    if count is None and count_text.isdigit():
        count = int(count_text)
    if a is None or not count:
        return None
    if unit in ("year", "decade"):
        return cal.iso(a[0] - count * (10 if unit == "decade" else 1))
    if unit == "month":
        return cal.iso(*cal.shift_month(a[0], a[1], -count)) if a[1] else None
    days = {"week": 7, "fortnight": 14, "day": 1, "hour": 0, "minute": 0}.get(unit)
    return cal.day_offset(anchor, -count * days) if days is not None else None


def resolve_period(
    expression: DateExpression, anchor: str | None, words: DateWords, future: bool = False
) -> tuple[str | None, str | None]:
    """(value, end_value) of one expression: a range, week or financial year also gets its last day or year."""
    kind, text = expression.kind, expression.text
    if kind == "range":
        parts = re.match(r"(\d+)\D*?(?:\s+and\s+|[–-]|\s+(?:to|until|till)\s+)\s*(.+)$", text, re.I)
        if parts is None:
            return None, None
        first, last = parts.groups()
        last = " ".join(last.split())
        end = cal.parse_date_expression(last) or _day_month(last, anchor, future)
        first_day = re.match(r"\d+", first)
        start = cal.iso(int(end[:4]), int(end[5:7]), int(first_day.group(0))) if end and first_day else None
        return (start, end) if start and end and start < end else (None, end)
    if kind == "fiscal":
        first, last = re.findall(r"\d+", text)
        end_year = int(last) if len(last) == 4 else int(first[:2] + last)
        if int(first) < end_year <= int(first) + 10:
            return cal.iso(int(first)), cal.iso(end_year)
        return cal.parse_date_expression(text), None  # "2019-12" is a month
    if kind == "relative" and text.lower().endswith("week"):
        start = cal.resolve_relative(text, anchor, future=future)
        return start, cal.day_offset(start, 6) if start else None
    return resolve(expression, anchor, words, future=future), None


def resolve(
    expression: DateExpression, anchor: str | None, words: DateWords, future: bool = False
) -> str | None:
    """The ISO value of one expression; None for durations, vague times and what cannot be resolved."""
    kind, text = expression.kind, expression.text
    if kind in ("absolute", "year"):
        return cal.parse_date_expression(re.sub(r"^the\s+", "", text))
    if kind == "season":
        return cal.parse_date_expression(text.split()[-1])
    if kind == "lent":
        year = expression.year
        if year is None:
            a = cal.parse_anchor(anchor)
            year = a[0] + (expression.year_shift or 0) if a else None
        return cal.parse_date_expression(f"{text} {year}") if year else None
    if kind in ("range", "fiscal"):
        return resolve_period(expression, anchor, words, future)[0]
    if kind == "day_month":
        return _day_month(text, anchor, future)
    if kind == "ago":
        return _ago(text, anchor, words.number_words)
    if kind in ("relative", "weekday", "month"):
        return cal.resolve_relative(text, anchor, future=future)
    return None


def _tense(span: Span, future_heads: list[str]) -> bool | None:
    """Whether the verb that governs a date looks ahead: True (will/would/modal, present, 'due to'), False (past), None (no verb).

    A present tense looks ahead only where the date belongs to the verb itself ("begins on Monday"),
    not to a noun ("requires improvement after an inspection in June").
    A bare month or weekday takes its year or week from this: "will meet on Thursday" is the next
    Thursday, "met on Thursday" the last one, and "The report published on Tuesday said the force
    will improve" is past, whatever other verbs the sentence has.
    """
    token = span.root
    through_noun = False  # "an inspection in June": the date dates a thing, not the verb's event
    while (
        token.pos_ not in ("VERB", "AUX") and token.head.i != token.i
    ):  # Token objects are not cached: compare positions
        token = token.head
        through_noun = through_noun or token.pos_ in ("NOUN", "PROPN")
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(4):  # "plans to meet on Thursday": the verb's own tense, else the one it depends on
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):
            return not any(a.lower_ in ("have", "'ve", "’ve") for a in auxes)
        if any(a.lower_ == "to" for a in auxes):  # an infinitive: "is due to report", "planned to meet"
            if token.head.lemma_.lower() in future_heads:
                return True
        elif any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("has", "have", "'ve", "’ve") for a in auxes):
            return False
        elif token.tag_ in ("VBZ", "VBP"):
            return not through_noun
        elif token.tag_ in ("VBD", "VBN"):
            return False
        if token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp"):
            return None
        token = token.head
    return None


class DateFinder(DataComponent):
    """Put every date expression in ``doc.spans["dates"]`` with ``date_value`` and ``is_duration``."""

    data_settings = ("date_words",)

    def __init__(self, skip_blocks: list[str], date_words: str) -> None:
        super().__init__(date_words=date_words)
        self.skip_blocks = set(skip_blocks)

    @cached_property
    def words(self) -> DateWords:
        """The date words this component was given (its ``date_words`` setting, or the saved pipeline's)."""
        return DateWords(self.data("date_words"))

    def _future(self, doc: Doc, span: Span) -> bool:
        """Whether a date's clause looks ahead: its verb's tense where parsed, else a future cue in its sentence."""
        if not doc.has_annotation("SENT_START"):
            return False
        if doc.has_annotation("DEP"):
            tense = _tense(span, self.words.future_heads)
            if tense is not None:
                return tense
        return bool(self.words.future_cues.search(span.sent.text))

    def __call__(self, doc: Doc) -> Doc:
        skipped = [(b.start, b.end) for b in (doc._.blocks or []) if b.kind in self.skip_blocks]
        spans = []
        for expression in find_date_expressions(doc_text(doc), self.words):
            if any(s <= expression.start < e for s, e in skipped):
                continue
            span = doc.char_span(expression.start, expression.end, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            span._.is_duration = expression.kind == "duration"
            if expression.kind in _UNDATED:
                span._.date_value = None
            else:
                future = self._future(doc, span) if expression.kind in _TENSED else False
                span._.date_value, end_value = resolve_period(
                    expression, doc._.published, self.words, future=future
                )
                if end_value:
                    span._.extra = {**(span._.extra or {}), "end_value": end_value}
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


@Language.factory(
    "reportmine_dates",
    default_config={"skip_blocks": ["heading"], "date_words": "date_words.json"},
    requires=["doc.sents", "token.tag", "token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.date_value", "span._.is_duration", "span._.extra"],
)
def make_dates(nlp: Language, name: str, skip_blocks: list[str], date_words: str) -> DateFinder:
    """Factory for :class:`DateFinder`; ``skip_blocks`` are block kinds whose dates are not counted,
    ``date_words`` the file of the words dates are made of (see :mod:`reportmine.nlp.datafiles`)."""
    return DateFinder(skip_blocks, date_words)


__all__ = ["DateExpression", "DateFinder", "DateWords", "find_date_expressions", "resolve", "resolve_period"]
