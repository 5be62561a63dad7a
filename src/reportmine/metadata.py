"""What a document is: its kind, title, publication date and force (no NLP needed)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from .lexicon.dates import parse_date_expression
from .lexicon.forces import main_force
from .parsers import ParsedDocument
from .parsers.text import reads_as_heading
from .resources import resource_path

_BILINGUAL = re.compile(r"\s+/\s+")
_PUBLISHED_LINE = re.compile(
    r"\b(?:published|date of publication|issued)\s*[:\-–]?\s*(?:on\s+)?(.{3,40})", re.IGNORECASE
)


@dataclass
class DocumentInfo:
    kind: str
    title: str | None
    published: str | None
    force: str | None


@lru_cache(maxsize=1)
def kind_cues() -> dict[str, list[re.Pattern[str]]]:
    """The compiled cues of pipelines/document_kinds.json by name, read once."""
    data = json.loads(resource_path("document_kinds.json").read_text(encoding="utf-8"))
    return {
        k: [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in v]
        for k, v in data.items()
        if not k.startswith("_")
    }


def _any(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def published_date(parsed: ParsedDocument) -> str | None:
    """The publication date: what the source's metadata says, else a "Published: …" line, else a letter's date line."""
    known = parsed.metadata.published
    match = _PUBLISHED_LINE.search(parsed.text[:3000])
    value = parse_date_expression(match.group(1)) if match else None
    if known:
        # a file's own date at month precision, printed in full on its cover ("Published 6 September 2022")
        return value if value and len(value) > len(known) and value.startswith(known) else known
    if value:
        return value
    for block in parsed.blocks[:12]:
        # a letter's date line: a block that is nothing but a date
        if block.kind == "paragraph" and len(block.text) <= 25:
            value = parse_date_expression(block.text)
            if value and len(value) == 10:
                return value
    return None


def report_structured(parsed: ParsedDocument) -> bool:
    """Whether the document is laid out as a report or a letter, not as news: at least two of its headings
    name report sections ("Summary", "Recommendations"), or it opens "Dear ..." and closes "Yours sincerely"."""
    cues = kind_cues()
    # a bilingual heading gives each language in turn ("Crynodeb / Summary"): any part may name the section
    sections = [
        b
        for b in parsed.blocks
        if b.kind == "heading"
        and any(_any(cues["report_sections"], part.strip()) for part in _BILINGUAL.split(b.text.strip()))
    ]
    if len(sections) >= 2:
        return True
    parts = cues["letter_parts"]
    return all(any(p.match(b.text.strip()) for b in parsed.blocks if b.kind == "paragraph") for p in parts)


_QUOTED = re.compile(r"[“\"][^”\"\n]*(?:[”\"]|$)", re.MULTILINE)


def voices(parsed: ParsedDocument, title: str | None) -> tuple[int, int]:
    """How many press-voice and report-voice cues a document's own words carry (quoted speech left out): who is
    writing, a newsroom or press office about a report, or the inspectors themselves."""
    cues = kind_cues()
    own = _QUOTED.sub(" ", f"{title or ''}\n{parsed.text}")
    lines = [line.strip() for line in own.splitlines() if line.strip()]
    press = sum(1 for line in lines for p in cues["press_voice"] if p.search(line))
    report = sum(1 for line in lines for p in cues["report_voice"] if p.search(line))
    return press, report


def _lines_match(patterns: list[re.Pattern[str]], parsed: ParsedDocument, title: str | None = None) -> bool:
    """Whether any line of the text (and the title, where given) matches one of the patterns."""
    lines = [title or "", *parsed.text.splitlines()]
    return any(p.search(line.strip()) for line in lines for p in patterns)


def classify(parsed: ParsedDocument, title: str | None) -> str:
    """inspection_report, follow_up_report, press_release, news_article or other."""
    cues = kind_cues()
    meta = parsed.metadata
    text = parsed.text
    head = f"{title or ''}\n{text[:1500]}"
    words = len(text.split())
    page_type = (meta.page_type or "").lower()
    article_page = parsed.format == "html" and (
        page_type in {t.lower() for t in (p.pattern for p in cues["article_page_types"])} or bool(meta.author)
    )
    structured = report_structured(parsed)
    # a news page has no footnotes and no report chapters ("Findings", "Recommendations")
    is_press_sized = words < 2500 and not structured and not any(b.kind == "footnote" for b in parsed.blocks)
    statuses = sum(1 for line in text.splitlines() if _any(cues["tracker_status"], line.strip()))
    if is_press_sized and statuses >= 2 and not _any(cues["follow_up"], head):
        return "other"  # a tracker: recommendations each with a status line, as a register entry
    if article_page and is_press_sized:
        return _press_kind(parsed, title)
    # a saved article as plain text has no page type to go by: reported speech marks it as press
    if parsed.format == "text" and is_press_sized and _any(cues["press_speech"], text):
        return _press_kind(parsed, title)
    # a page with no site metadata: who is writing (a newsroom or press office about a report, or the inspectors)
    press_voice, report_voice = voices(parsed, title)
    if is_press_sized and press_voice > report_voice:
        return _press_kind(parsed, title)
    graded = _lines_match(cues["graded"], parsed)
    if _any(cues["overview"], head) and not graded:
        return "other"  # a report about a group of other inspections inspects nothing itself
    # "We will revisit the force" plans a follow-up; it does not make this document one
    opening = text[:800]
    for planned in cues["follow_up_planned"]:
        opening = planned.sub(" ", opening)
    if _any(cues["follow_up"], f"{title or ''}\n{opening}") and not graded:
        return "follow_up_report"  # a re-inspection that grades the force afresh is an inspection
    letter = _lines_match(cues["letter_header"], parsed) or _lines_match(cues["letter_parts"], parsed)
    if (words >= 600 or structured or graded or report_voice >= 2) and not (letter and not graded):
        if _any(cues["inspection"], head):
            return "inspection_report"
    if parsed.format == "html" and is_press_sized and meta.published and not letter and not report_voice:
        return _press_kind(parsed, title)  # a dated short page that neither inspects nor writes as a letter
    return "other"


def _press_kind(parsed: ParsedDocument, title: str | None) -> str:
    cues = kind_cues()
    meta = parsed.metadata
    publisher = " ".join(
        filter(
            None,
            [
                meta.site_name,
                meta.author,
                meta.extra.get("publisher"),
                urlparse(meta.extra.get("url") or "").netloc,
            ],
        )
    )
    if _any(cues["press_release_text"], parsed.text) or (
        publisher and _any(cues["official_publisher"], publisher)
    ):
        return "press_release"
    if not publisher and _lines_match(cues["release_voice"], parsed, title):
        return "press_release"  # no site to go by: an announcement of a report or an office holder's response to one
    return "news_article"


def describe(parsed: ParsedDocument) -> DocumentInfo:
    """Kind, title, publication date and force of a parsed document."""
    title = parsed.metadata.title
    if not title:
        first = next((b for b in parsed.blocks if b.kind in ("heading", "paragraph")), None)
        # a headline or cover title is short and does not end like a sentence (a lede does)
        title = first.text if first is not None and reads_as_heading(first.text) else None
    return DocumentInfo(
        kind=classify(parsed, title),
        title=title,
        published=published_date(parsed),
        force=main_force(title, parsed.text),
    )
