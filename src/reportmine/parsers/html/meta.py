"""What a web page says about itself: title, date, author, site, type (JSON-LD, OpenGraph, meta, markup)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

from ...lexicon.dates import parse_date
from ..document import Metadata

_PUBLISHED_LINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|issued|date published)(?:\s+on)?\s*:?\s+(.{4,60}?)\s*$", re.I
)
_UPDATED_LINE = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?\s+(.{4,60}?)\s*$", re.I)
_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline", re.I)

_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "report",
    "blogposting",
    "pressrelease",
    "analysisnewsarticle",
    "reportagenewsarticle",
    "opinionnewsarticle",
    "scholarlyarticle",
    "webpage",
    "creativework",
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "citation_publication_date",
)


def json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, with @graph members and lists flattened."""
    found: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        raw = script.string or script.get_text() or ""
        data = _loads(raw)
        if data is not None:
            found.extend(_flatten(data))
    return found


def _loads(raw: str) -> Any:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw), re.sub(r"[\x00-\x1f]+", " ", raw)):
        try:
            return json.loads(attempt)
        except ValueError:
            continue
    return None


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _flatten(data["@graph"])


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k) for k in kinds if k]


def primary_ld(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object describing the page's main item (an article type, best first)."""
    for wanted in _ARTICLE_TYPES:
        for obj in objects:
            if any(t.lower() == wanted for t in _types(obj)):
                return obj
    for obj in objects:
        if "articleBody" in obj or "headline" in obj:
            return obj
    return {}


def _name(value: Any) -> str | None:
    """A person's or organisation's name from a JSON-LD value (string, object or list)."""
    if isinstance(value, str):
        return _clean(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _clean(text: Any) -> str:
    return " ".join(str(text).replace("\xa0", " ").split()) if text is not None else ""


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            out.setdefault(str(key).strip().lower(), _clean(content))
    return out


def _split_tail(title: str) -> tuple[str, str] | None:
    """A page title's head and its last " | "/" - " part, or None where it has no such part."""
    parts = re.split(r"\s+[|\-–—:•»]+\s+", title)
    if len(parts) < 2:
        return None
    tail = parts[-1]
    return title[: len(title) - len(tail)].rstrip(" |-–—:•»"), tail


def strip_site_suffix(title: str, site: str | None) -> str:
    """Drop a trailing " | Site" / " - Site" from a page title."""
    split = _split_tail(title)
    if split is None:
        return title
    head, tail = split
    if site and tail.lower().strip() == site.lower().strip():
        return head
    if site and site.lower() in tail.lower():
        return head
    if len(tail.split()) <= 6 and len(head) > len(tail):
        return head
    return title


def title_site(page_title: str, headline: str) -> str | None:
    """The site's name a page title adds to the headline ("Headline | Site"), or None where it adds none."""
    split = _split_tail(page_title)
    if split is None or not headline or _clean(split[0]).lower() != _clean(headline).lower():
        return None
    return split[1].strip() or None


def published_line(soup: BeautifulSoup) -> str | None:
    """The page's own "Published <date>" line (GOV.UK header, a <dl> of metadata), as shown."""
    for dt in soup.find_all("dt"):
        if _clean(dt.get_text()).rstrip(":").lower() in (
            "published",
            "first published",
            "date published",
            "date",
        ):
            dd = dt.find_next_sibling("dd")
            if dd is not None and parse_date(dd.get_text()):
                return f"{_clean(dt.get_text()).rstrip(':')} {_clean(dd.get_text())}"
    for el in soup.find_all(["p", "span", "div", "li", "time"]):
        text = _clean(el.get_text())
        if len(text) > 80:
            continue
        m = _PUBLISHED_LINE.match(text)
        if m and parse_date(m.group(1)):
            return text
    return None


def shown_date(soup: BeautifulSoup) -> str | None:
    """Last resort: the date a page only shows, as an "Updated 14:02, 12 MAR 2019" line or a date-classed element.

    Only dates shown after the headline count (a masthead's "today" comes before it); the first full date
    there is the story's own, and an update stamp is at worst a few hours late.
    """
    h1 = soup.find("h1")
    elements = (
        h1.find_all_next(["p", "span", "div", "li", "time", "dd"])
        if isinstance(h1, Tag)
        else soup.find_all(["p", "span", "div", "li", "time", "dd"])
    )
    for el in elements:
        text = _clean(el.get_text(" "))
        if not text or len(text) > 60:
            continue
        m = _UPDATED_LINE.match(text)
        classes = " ".join([*(el.get("class") or []), str(el.get("itemprop") or "")])
        candidate = m.group(1) if m else (text if _DATE_CLASS.search(classes) else None)
        value = parse_date(candidate) if candidate else None
        if value and len(value) == 10:
            return value
    return None


def extract_metadata(soup: BeautifulSoup) -> Metadata:
    """Page metadata; structured sources (JSON-LD, OpenGraph) first, then what the markup shows."""
    objects = json_ld(soup)
    ld = primary_ld(objects)
    metas = _metas(soup)

    site = metas.get("og:site_name") or _name(ld.get("publisher")) or metas.get("application-name")
    h1 = soup.find("h1")
    h1_text = _clean(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    page_title = _clean(soup.title.get_text()) if soup.title else ""
    site = site or title_site(page_title, h1_text)
    title = None
    for candidate in (
        metas.get("og:title"),
        ld.get("headline"),
        ld.get("name"),
        h1_text,
        metas.get("twitter:title"),
        page_title,
    ):
        if candidate and _clean(candidate):
            title = strip_site_suffix(_clean(candidate), site)
            break

    line = published_line(soup)
    dates: list[str] = []
    for raw in (
        ld.get("datePublished"),
        *(metas.get(k) for k in _DATE_META),
        _time_datetime(soup),
        line,
        ld.get("dateCreated"),
    ):
        parsed = parse_date(raw) if isinstance(raw, str) else None
        if parsed:
            dates.append(parsed)
    if not dates:
        dates = [d for d in (shown_date(soup),) if d]
    published = dates[0] if dates else None
    if published:  # a later source may state the same date more precisely
        published = max((d for d in dates if d.startswith(published)), key=len)

    author = _name(ld.get("author")) or _meta_author(metas) or _byline(soup)
    page_type = next((t for t in _types(ld)), None) or metas.get("og:type")
    description = (
        metas.get("description") or metas.get("og:description") or _clean(ld.get("description")) or None
    )

    extra: dict[str, Any] = {}
    if line:
        extra["published_text"] = line
    modified = parse_date(
        ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None
    ) or parse_date(metas.get("article:modified_time") or metas.get("og:updated_time"))
    if modified:
        extra["modified"] = modified
    canonical = soup.find("link", rel=lambda v: v and "canonical" in (v if isinstance(v, list) else [v]))
    url = (canonical.get("href") if isinstance(canonical, Tag) else None) or metas.get("og:url")
    if url:
        extra["url"] = url
    if metas.get("keywords"):
        extra["keywords"] = metas["keywords"]
    html = soup.find("html")
    if isinstance(html, Tag) and html.get("lang"):
        extra["lang"] = str(html.get("lang"))
    return Metadata(
        title=title or None,
        published=published,
        author=author,
        site_name=site,
        description=description,
        page_type=page_type,
        extra=extra,
    )


def _time_datetime(soup: BeautifulSoup) -> str | None:
    """The stamp of the story's own <time>: one marked as the publication date, else the first after the
    headline (a ticker or a 'latest news' list above it has times of other stories), else the first."""
    times = soup.find_all("time")
    marked = [
        t for t in times if t.has_attr("pubdate") or str(t.get("itemprop") or "").lower() == "datepublished"
    ]
    h1 = soup.find("h1")
    after = h1.find_all_next("time") if isinstance(h1, Tag) else []
    for time in [*marked, *after, *times]:
        value = time.get("datetime") or time.get("content")
        if value and parse_date(value):
            return str(value)
    return None


def _meta_author(metas: dict[str, str]) -> str | None:
    for key in ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"):
        value = metas.get(key)
        if value and not value.startswith(("http://", "https://")):
            return re.sub(r"^(?i:by)\s+", "", value)
    return None


def _byline(soup: BeautifulSoup) -> str | None:
    el = (
        soup.find(attrs={"rel": "author"})
        or soup.find(attrs={"itemprop": "author"})
        or soup.find(class_=re.compile(r"byline|author", re.I))
    )
    if not isinstance(el, Tag):
        return None
    name_el = el.find(attrs={"itemprop": "name"}) or el.find(["b", "strong", "a"]) or el
    text = re.sub(r"^(?i:by)\s+", "", _clean(name_el.get_text(" ")))
    return text if 0 < len(text) <= 80 else None
