"""Find the article in a web page and strip the page furniture around and inside it.

General signals only, so that unseen templates work: semantic markup (``<main>``,
``<article>``, ``itemprop="articleBody"``), class/id words (article/story/body vs
nav/share/related/comment/cookie...), link density and the amount of prose in
``<p>`` clusters (a Readability-style score of candidate containers).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ...lexicon.dates import parse_date
from ...resources import resource_path

#: Elements that never hold article text.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "object",
    "embed",
    "video",
    "audio",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "label",
    "map",
    "dialog",
    "head",
    "link",
    "meta",
    "img",
    "picture",
    "source",
)
#: Landmarks that are furniture unless they hold most of the page's prose.
FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form", "menu")
FURNITURE_ROLES = (
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "toolbar",
)
#: Elements whose class/id may mark furniture (headings and paragraphs are judged by their text).
CONTAINER_TAGS = frozenset(
    (
        *FURNITURE_TAGS,
        "div",
        "section",
        "span",
        "ul",
        "ol",
        "dl",
        "table",
        "tr",
        "td",
        "figure",
        "center",
        "font",
        "small",
        "details",
        "address",
    )
)
# Words so clearly furniture that holding a lot of text is no excuse (a long comment thread).
STRONG_NEGATIVE = frozenset(
    (
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "cookie",
        "cookies",
        "consent",
        "newsletter",
        "outbrain",
        "taboola",
    )
)
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_BOX = re.compile(r"(?:^|;)\s*(?:background(?:-color)?|border(?:-left|-right)?)\s*:", re.I)
_STAMP = re.compile(
    r"^(?:first\s+|last\s+)?(?:published|updated|posted|modified|last\s+modified|last\s+updated)\b", re.I
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
#: How much more prose an ancestor must hold before the article root widens to it.
WIDEN = 1.3


@dataclass(frozen=True)
class Signals:
    """The data file's word lists, ready to match."""

    negative_tokens: frozenset[str]
    negative_substrings: tuple[str, ...]
    positive_tokens: frozenset[str]
    box_tokens: frozenset[str]
    promo_prefixes: tuple[str, ...]
    credit_prefixes: tuple[str, ...]
    contents_titles: frozenset[str]
    footnote_titles: frozenset[str]
    byline: tuple[re.Pattern[str], ...]
    signal_attributes: tuple[str, ...]
    hidden_substrings: tuple[str, ...]
    inline_negative_tokens: frozenset[str]
    furniture_headings: frozenset[str]
    promo_patterns: tuple[re.Pattern[str], ...]
    report_box_labels: tuple[re.Pattern[str], ...]
    report_box_text: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def signals() -> Signals:
    """Load pipelines/html_boilerplate.json once."""
    data = json.loads(resource_path("html_boilerplate.json").read_text(encoding="utf-8"))
    return Signals(
        negative_tokens=frozenset(data["negative_tokens"]),
        negative_substrings=tuple(data["negative_substrings"]),
        positive_tokens=frozenset(data["positive_tokens"]),
        box_tokens=frozenset(data["box_tokens"]),
        promo_prefixes=tuple(p.lower() for p in data["promo_prefixes"]),
        credit_prefixes=tuple(p.lower() for p in data["credit_prefixes"]),
        contents_titles=frozenset(data["contents_titles"]),
        footnote_titles=frozenset(data["footnote_titles"]),
        byline=tuple(re.compile(p) for p in data["byline_patterns"]),
        signal_attributes=tuple(data["signal_attributes"]),
        hidden_substrings=tuple(data["hidden_substrings"]),
        inline_negative_tokens=frozenset(data["inline_negative_tokens"]),
        furniture_headings=frozenset(data["furniture_headings"]),
        promo_patterns=tuple(re.compile(p, re.I) for p in data["promo_patterns"]),
        report_box_labels=tuple(re.compile(p, re.I) for p in data["report_box_labels"]),
        report_box_text=tuple(re.compile(p, re.I) for p in data["report_box_text"]),
    )


def clean_text(text: str) -> str:
    """One line, single spaces; no-break spaces become spaces, invisible characters go."""
    text = text.replace("\xad", "").replace("\u200b", "").replace("\ufeff", "").replace("\u200c", "")
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def class_words(el: Tag) -> tuple[set[str], str]:
    """The words of an element's class, id and component-name attributes, and the whole lowercased string.

    Long ids are slugs of the element's own text ("anti-social-behaviour"), not names, and are ignored.
    """
    ident = str(el.get("id") or "")
    if len(_SPLIT.split(ident.lower())) > 3:
        ident = ""
    named = (str(el.get(a) or "") for a in signals().signal_attributes)
    raw = " ".join([*(el.get("class") or []), ident, *named])
    words = set(_SPLIT.split(_CAMEL.sub(r"\1 \2", raw).lower())) - {""}
    return words, raw.lower()


def is_negative(el: Tag) -> bool:
    """True if the element's class/id or landmark role names page furniture."""
    sig = signals()
    words, raw = class_words(el)
    if words & sig.negative_tokens or any(s in raw for s in sig.negative_substrings):
        return True
    return str(el.get("role") or "").lower() in FURNITURE_ROLES


def is_strong_negative(el: Tag) -> bool:
    words, _ = class_words(el)
    return bool(words & STRONG_NEGATIVE)


def is_hidden(el: Tag) -> bool:
    return (
        el.has_attr("hidden")
        or str(el.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(str(el.get("style") or "")))
    )


def text_len(el: Tag) -> int:
    return len(clean_text(el.get_text(" ")))


def link_density(el: Tag) -> float:
    """Share of the element's text that sits inside links."""
    total = text_len(el)
    if not total:
        return 0.0
    linked = sum(text_len(a) for a in el.find_all("a"))
    return min(1.0, linked / total)


def prose_chars(el: Tag) -> int:
    """Characters of real prose under el: <p> (and list items) that are not mostly links."""
    total = 0
    for p in el.find_all(["p", "li", "blockquote", "pre"]):
        n = text_len(p)
        if n >= 25 and link_density(p) < 0.5:
            total += n
    return total


def box_classes(soup: BeautifulSoup) -> frozenset[str]:
    """Classes the page's own CSS draws as boxes (a background or a side border)."""
    found: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, body in _CSS_RULE.findall(style.get_text()):
            if _CSS_BOX.search(body):
                for selector in selectors.split(","):
                    m = re.fullmatch(r"\s*[a-z0-9]*\.([\w-]+)\s*", selector, re.I)
                    if m:
                        found.add(m.group(1).lower())
    return frozenset(found)


def is_box(el: Tag, css_boxes: frozenset[str]) -> bool:
    """A boxed passage in the flow: box-like class words, a CSS-drawn box, or a kept <aside>."""
    if el.name == "aside":
        return True
    words, raw = class_words(el)
    classes = {c.lower() for c in el.get("class") or []}
    return bool(words & signals().box_tokens or classes & css_boxes or "call-to-action" in raw)


def is_screen_reader_only(el: Tag) -> bool:
    """Text styled away for screen readers ("Image caption, ", "Skip to content", "Post navigation")."""
    raw = " ".join([*(el.get("class") or []), str(el.get("id") or "")]).lower()
    return any(s in raw for s in signals().hidden_substrings)


def remove_junk(soup: BeautifulSoup) -> None:
    """Drop scripts, comments, hidden and screen-reader-only elements and form controls everywhere."""
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for el in soup.find_all(DROP_TAGS):
        el.decompose()
    for el in soup.find_all(lambda t: is_hidden(t) or is_screen_reader_only(t)):
        if not el.decomposed:
            el.decompose()


def remove_furniture(scope: Tag) -> None:
    """Drop navigation, headers, footers, share bars, asides, media, embeds, stamps... unless they hold most of the
    prose or a boxed item of the report (:func:`is_report_box`)."""
    total = prose_chars(scope) or 1
    for el in list(scope.find_all(True)):
        if el.parent is None or el.decomposed:
            continue
        if el.name in ("p", "blockquote"):
            if class_words(el)[0] & signals().inline_negative_tokens or is_stamp(el):
                el.decompose()
            continue
        if el.name not in CONTAINER_TAGS:
            continue
        if el.name == "header" and is_post_header(el):
            keep_headings_only(el)
            continue
        furniture = (
            el.name in FURNITURE_TAGS
            or is_negative(el)
            or is_media_figure(el)
            or is_headed_furniture(el)
            or is_stamp(el)
        )
        if not furniture or el.name in ("html", "body", "main", "article"):
            continue
        if el.get("itemprop") == "articleBody" or is_report_box(el):
            continue
        if not is_strong_negative(el) and prose_chars(el) > 0.5 * total:
            continue
        el.decompose()


#: What sits beside a box in an article's flow: its paragraphs, headings, lists and tables.
_FLOW_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote")
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "dt")


def is_report_box(el: Tag) -> bool:
    """A box (an ``<aside>``, a callout panel) that holds an item of the report, so content whatever its tag.

    Decided by what it says (a label naming an area for improvement, a cause of concern, a recommendation or a
    key finding; or, unlabelled, advice worded to the force) and where it sits (among the article's own
    paragraphs and headings, not made of links). Comment threads, cookie bars and the like never qualify.
    """
    if el.name not in ("aside", "div", "section") or is_strong_negative(el) or link_density(el) > 0.5:
        return False
    sig = signals()
    label = box_label(el)
    says = (label is not None and any(p.match(label) for p in sig.report_box_labels)) or any(
        p.match(clean_text(el.get_text(" "))) for p in sig.report_box_text
    )
    return says and in_flow(el)


def opening(el: Tag, names: tuple[str, ...]) -> Tag | None:
    """The first element of these names inside el, if no text comes before it (so it opens el)."""
    head = el.find(list(names))
    if not isinstance(head, Tag):
        return None
    for node in el.descendants:
        if node is head:
            break
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip():
            return None  # text before it: it does not open the panel
    return head


def box_label(el: Tag) -> str | None:
    """The short line that opens a box (its heading or bold lead), if nothing comes before it."""
    head = opening(el, _LABEL_TAGS)
    if head is None:
        return None
    label = clean_text(head.get_text(" "))
    return label if 0 < len(label) <= 80 else None


def in_flow(el: Tag) -> bool:
    """Whether an element stands among the article's own prose: a sibling paragraph, heading, list or table."""
    parent = el.parent
    if not isinstance(parent, Tag):
        return False
    return any(
        isinstance(sib, Tag)
        and sib is not el
        and sib.name in _FLOW_TAGS
        and text_len(sib)
        and link_density(sib) < 0.5
        for sib in parent.children
    )


def is_media_figure(el: Tag) -> bool:
    """A figure holding a picture, video or embed: its words are captions and credits, not the story.

    Figures that wrap a block quotation or a data table are content.
    """
    return el.name == "figure" and el.find(["blockquote", "table"]) is None


def is_headed_furniture(el: Tag) -> bool:
    """A panel whose own first heading names furniture ("More on this story", "Most read", "Comments")."""
    if el.name not in ("div", "section", "aside", "nav", "ul", "ol"):
        return False
    head = opening(el, ("h1", "h2", "h3", "h4", "h5", "h6"))
    if head is None:
        return False
    label = re.sub(r"\s*\(\d+\)$", "", clean_text(head.get_text(" ")).lower()).rstrip(":")
    return label in signals().furniture_headings


def is_stamp(el: Tag) -> bool:
    """A "Published 20 October 2020" / "Updated 14:02, 12 MAR 2019" line: page furniture wherever it stands."""
    text = clean_text(el.get_text(" "))
    if not text or len(text) > 80 or not _STAMP.match(text):
        return False
    rest = _STAMP.sub("", text)
    return bool(parse_date(rest) or _CLOCK.search(rest))


def is_post_header(el: Tag) -> bool:
    """The header of one post among several (a live blog's entries): its heading belongs to the text."""
    post = el.parent
    if not isinstance(post, Tag) or post.name != "article" or not el.find(["h2", "h3", "h4", "h5", "h6"]):
        return False
    siblings = post.parent.find_all("article", recursive=False) if isinstance(post.parent, Tag) else []
    return len(siblings) >= 2


def keep_headings_only(el: Tag) -> None:
    """Replace a post header by its headings (the time stamp and share links go), so they open the post's text."""
    for child in list(el.children):
        if isinstance(child, Tag) and child.name in ("h2", "h3", "h4", "h5", "h6"):
            continue
        if isinstance(child, Tag):
            child.decompose()
        else:
            child.extract()
    el.unwrap()


def _score_weight(el: Tag) -> float:
    words, _ = class_words(el)
    weight = 0.0
    if words & signals().positive_tokens:
        weight += 25
    if is_negative(el):
        weight -= 25
    if el.name in ("article", "main") or el.get("itemprop") == "articleBody":
        weight += 30
    return weight


def best_candidate(body: Tag) -> Tag | None:
    """The container richest in prose paragraphs (Readability-style scoring)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    for p in body.find_all(["p", "pre", "td", "blockquote", "div"]):
        if p.name in ("td", "div"):  # loose text in old layouts: only the element's own words count
            text = own_text(p)
        else:
            text = clean_text(p.get_text(" "))
        if len(text) < 25:
            continue
        points = 1 + text.count(",") + min(len(text) / 100, 3)
        for depth, ancestor in enumerate(p.parents):
            if depth > 2 or not isinstance(ancestor, Tag) or ancestor.name in ("html", "[document]"):
                break
            key = id(ancestor)
            if key not in scores:
                scores[key] = _score_weight(ancestor)
                nodes[key] = ancestor
            scores[key] += points / (1, 2, 3)[depth]
    if not scores:
        return None
    key = max(scores, key=lambda k: scores[k] * (1 - link_density(nodes[k])))
    return nodes[key]


def choose_root(body: Tag) -> Tag:
    """The element that holds the article: the best-scoring container, widened to its semantic wrapper."""
    best = best_candidate(body)
    marked = body.find(attrs={"itemprop": "articleBody"})
    if (
        isinstance(marked, Tag)
        and prose_chars(marked) >= 200
        and (
            best is None
            or marked in best.parents
            or best is marked
            or marked in _ancestors(best)
            or best in marked.descendants
        )
    ):
        return marked
    if best is None:
        semantic = body.find("article") or body.find("main") or body.find(attrs={"role": "main"})
        return semantic if isinstance(semantic, Tag) else body
    # An <article> is the whole composition (its notes and references too), so it is always taken. Any other
    # ancestor (<main> included: it also holds sidebars and calls to action) only where it adds real prose
    # without many links: a story split over several blocks, a live blog's posts.
    root = best
    for ancestor in _ancestors(best):
        if ancestor is body or ancestor.name == "[document]":
            break
        if ancestor.name == "article" or (
            prose_chars(ancestor) > WIDEN * prose_chars(root) and link_density(ancestor) < 0.35
        ):
            root = ancestor
    return root


def _ancestors(el: Tag) -> list[Tag]:
    return [a for a in el.parents if isinstance(a, Tag)]


def is_contents_list(el: Tag) -> bool:
    """A table of contents: titled "Contents"/"In this report", or a list of in-page links only."""
    sig = signals()
    label = clean_text(str(el.get("aria-label") or "")).lower().rstrip(":")
    if label in sig.contents_titles:
        return True
    if el.name in ("nav", "aside", "div", "section"):
        head = el.find(["h2", "h3", "h4", "h5", "h6", "p", "strong"])
        if isinstance(head, Tag) and clean_text(head.get_text()).lower().rstrip(":") in sig.contents_titles:
            return True
    if el.name in ("ol", "ul"):
        items = el.find_all("li", recursive=False)
        if len(items) >= 3:
            anchored = 0
            for li in items:
                a = li.find("a", href=True)
                if isinstance(a, Tag) and str(a["href"]).startswith("#") and text_len(a) >= text_len(li) - 3:
                    anchored += 1
            return anchored >= 0.8 * len(items)
    return False


def is_link_block(el: Tag) -> bool:
    """A list or panel made mostly of links (related stories, download lists, tag clouds)."""
    n = text_len(el)
    if not n:
        return False
    return link_density(el) > 0.6


def is_promo(text: str) -> bool:
    """An inline promotion, credit line, share prompt or similar short furniture paragraph."""
    sig = signals()
    low = text.lower()
    if len(text) < 300 and low.startswith(sig.promo_prefixes):
        return True
    if len(text) < 200 and low.startswith(sig.credit_prefixes):
        return True
    if low in ("advertisement", "advert", "ad", "sponsored content"):
        return True
    return len(text) < 300 and any(p.search(text) for p in sig.promo_patterns)


def is_byline(text: str) -> bool:
    return len(text) < 120 and any(p.match(text) for p in signals().byline)


def own_text(el: Tag) -> str:
    """Text directly inside el (not in child elements)."""
    return clean_text(" ".join(str(s) for s in el.children if isinstance(s, NavigableString)))
