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
    if parsed.metadata.published:
        return parsed.metadata.published
    opening = parsed.text[:3000]
    match = _PUBLISHED_LINE.search(opening)
    if match:
        value = parse_date_expression(match.group(1))
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
    if article_page and is_press_sized:
        return _press_kind(parsed, title)
    # a saved article as plain text has no page type to go by: reported speech marks it as press
    if parsed.format == "text" and is_press_sized and _any(cues["press_speech"], text):
        return _press_kind(parsed, title)
    # "We will revisit the force" plans a follow-up; it does not make this document one
    opening = text[:800]
    for planned in cues["follow_up_planned"]:
        opening = planned.sub(" ", opening)
    if _any(cues["follow_up"], f"{title or ''}\n{opening}"):
        return "follow_up_report"
    if (words >= 600 or structured) and _any(cues["inspection"], head):
        return "inspection_report"
    if parsed.format == "html" and is_press_sized and meta.published:
        return _press_kind(parsed, title)
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
