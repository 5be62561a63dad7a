"""Web pages to :class:`ParsedDocument`: news stories, press releases and HTML inspection reports.

The article is found with general signals (see :mod:`.article`), then walked
in document order: headings, paragraphs, list items (with their printed
numbers), tables, boxes and the footnotes list; footnote references in the text
are removed. The page title is metadata, not a section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from ...errors import DocumentError
from ..document import Block, Metadata, ParsedDocument, build, split_paragraph_number
from ..encoding import decode
from .article import (
    box_classes,
    choose_root,
    clean_text,
    is_box,
    is_byline,
    is_contents_list,
    is_link_block,
    is_promo,
    remove_furniture,
    remove_junk,
    signals,
)
from .meta import extract_metadata, json_ld, primary_ld

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "menu",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    )
)
_SKIP_TAGS = frozenset(("figcaption", "hr", "caption", "summary"))
_NOT_TEXT = (Comment, Doctype, Declaration, ProcessingInstruction, CData)
_NOTE_TEXT = re.compile(r"\[?\s*(?:footnote|note|fn|ref)?\s*(\d{1,3}|[ivx]{1,5}|[*†‡§¶])\s*\]?", re.I)
_UNIT_BEFORE = re.compile(r"(?:\b(?:[kcm]?m|ft|in|km|mi|cm|mm|x|e|n)|\d)\s*$")
_SUPERSCRIPT_DIGITS = re.compile(r"(?:(?<=[A-Za-z]{3})|(?<=[.,;:)\]”’\"']))[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BACKLINK_TEXT = re.compile(r"^[\s↩↑⤴^︎\ufe0e]*$|back|return|jump up", re.I)
_BACK_ARROWS = re.compile(r"\s*[↩↑⤴︎\ufe0e]+")
_STAMP = re.compile(r"^(?:first\s+)?(?:published|updated|last updated|posted|modified)\b[\s:]", re.I)
_MAX_DEPTH = 250  # far beyond any real template; deeper trees would exhaust the recursive walk
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def parse_html(data: bytes, source: str = "<html>") -> ParsedDocument:
    """Parse a web page into blocks of article text plus page metadata."""
    try:
        return _parse(data, source)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(source, "HTML page nested too deeply to read") from None
    except Exception as exc:  # never let a library error escape as anything but DocumentError
        raise DocumentError(source, f"cannot read HTML page ({type(exc).__name__}: {exc})") from None


def _parse(data: bytes, source: str) -> ParsedDocument:
    soup = BeautifulSoup(decode(data), "lxml")
    if _depth(soup) > _MAX_DEPTH:
        raise DocumentError(source, "HTML page nested too deeply to read")
    metadata = extract_metadata(soup)
    ld = primary_ld(json_ld(soup))
    css_boxes = box_classes(soup)
    remove_junk(soup)
    body = soup.body or soup
    remove_furniture(body)
    root = choose_root(body)
    walker = _Walker(root, metadata.title, css_boxes)
    blocks = _tidy(walker.blocks())
    blocks = _fallback_to_ld(blocks, ld)
    if not any(b.kind != "heading" for b in blocks):
        raise DocumentError(source, "no article text found in HTML page")
    return build(source, data, "html", blocks, metadata)


def _depth(soup: BeautifulSoup) -> int:
    """How deeply elements nest (without recursion: the walk itself recurses)."""
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


def _fallback_to_ld(blocks: list[Block], ld: dict) -> list[Block]:
    """Use JSON-LD articleBody when the markup gave (almost) nothing but the page states the body."""
    body = ld.get("articleBody")
    if not isinstance(body, str) or not body.strip():
        return blocks
    found = sum(len(b.text) for b in blocks if b.kind != "heading")
    if found >= 0.3 * len(clean_text(body)):
        return blocks
    paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n|\n", body)]
    return [Block(kind="paragraph", text=p, attrs={"source": "json-ld"}) for p in paragraphs if p]


class _Walker:
    """Turns the article element into blocks, in reading order."""

    def __init__(self, root: Tag, title: str | None, css_boxes: frozenset[str]) -> None:
        self.root = root
        self.title = clean_text(title or "").lower()
        self.css_boxes = css_boxes
        self.seen_text = False  # an <h1> before any text is the headline, not a section
        self.notes = _footnote_lists(root)
        _drop_note_refs(root, {i for items in self.notes.values() for i in _item_ids(items)})

    def blocks(self) -> list[Block]:
        return list(self._container(self.root, box=False))

    def _container(self, el: Tag, box: bool) -> Iterator[Block]:
        run: list[NavigableString | Tag] = []
        for child in list(el.children):
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    run.append(child)
            elif isinstance(child, Tag) and (child.name not in _BLOCK_TAGS and not _has_block(child)):
                run.append(child)
            elif isinstance(child, Tag):
                yield from self._run(run, box)
                run = []
                yield from self._element(child, box)
        yield from self._run(run, box)

    def _run(self, nodes: list[NavigableString | Tag], box: bool) -> Iterator[Block]:
        """Loose inline content between blocks: a paragraph, split where a blank line (<br><br>) falls."""
        pieces: list[str] = []
        for node in nodes:
            if isinstance(node, Tag) and node.name == "br":
                pieces.append("\n")
            elif isinstance(node, Tag):
                pieces.append(_inline(node))
            else:
                pieces.append(str(node))
        for chunk in re.split(r"\n\s*\n", "".join(pieces)):
            text = clean_text(chunk)
            if text:
                yield self._block("paragraph", text, box)

    def _block(self, kind: str, text: str, box: bool, **kw: object) -> Block:
        number = None
        if kind == "paragraph":
            number, text = split_paragraph_number(text)
        block = Block(kind=kind, text=text, **kw)  # type: ignore[arg-type]
        if number:
            block.attrs["paragraph_number"] = number
        self.seen_text = self.seen_text or kind != "heading"
        if box:
            block.attrs["box"] = True
        return block

    def _element(self, el: Tag, box: bool) -> Iterator[Block]:
        name = el.name
        if el in self.notes:
            yield from self._footnotes(el)
            return
        if name in _SKIP_TAGS or is_contents_list(el):
            return
        level = _heading_level(el)
        if level is not None:
            text = clean_text(_inline(el))
            if text and not (level == 1 and (text.lower() == self.title or not self.seen_text)):
                yield self._block("heading", text, box, level=level)
            return
        if name in ("ul", "ol", "menu") or (
            name in ("div", "section", "aside", "nav", "table") and is_link_block(el)
        ):
            if name in ("ul", "ol", "menu") and not is_link_block(el):
                yield from self._list(el, box, depth=0)
            return
        if name == "p":
            text = clean_text(_inline(el))
            if text:
                yield self._block("paragraph", text, box)
            return
        if name == "pre":
            yield self._block("paragraph", clean_text(el.get_text(" ")), box)
            return
        if name == "table" and not _is_layout_table(el):
            yield from self._table(el, box)
            return
        if name == "dl":
            for item in el.find_all(["dt", "dd"]):
                yield self._block("paragraph", clean_text(_inline(item)), box)
            return
        inner_box = box or (
            el.name in ("div", "section", "aside", "blockquote") and is_box(el, self.css_boxes)
        )
        produced = list(self._container(el, inner_box))
        if el is not self.root and produced and all(b.kind == "heading" for b in produced):
            return  # a heading left alone in its box once the links under it were dropped
        if name == "blockquote":
            for b in produced:
                b.attrs.setdefault("blockquote", True)
        yield from produced

    def _list(self, el: Tag, box: bool, depth: int) -> Iterator[Block]:
        ordered = el.name == "ol"
        reverse = el.has_attr("reversed")
        style = str(el.get("type") or "1")
        items = el.find_all("li", recursive=False)
        start = _int(el.get("start"), None)
        number = (len(items) if reverse else 1) if start is None else start
        for li in items:
            number = _int(li.get("value"), number) or number
            marker = _marker(number, style) if ordered else None
            text = clean_text(_inline(li, skip=("ul", "ol")))
            if text:
                block = self._block("list_item", text, box, marker=marker)
                if depth:
                    block.attrs["depth"] = depth
                yield block
            for sub in li.find_all(["ul", "ol"]):
                if sub.find_parent("li") is li:  # directly nested, not a list inside a sub-list
                    yield from self._list(sub, box, depth + 1)
            number += -1 if reverse else 1

    def _table(self, table: Tag, box: bool) -> Iterator[Block]:
        caption = table.find("caption")
        if isinstance(caption, Tag) and caption.find_parent("table") is table:
            text = clean_text(caption.get_text(" "))
            if text:
                yield self._block("caption", text, box)
        rows: list[list[str]] = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            cells = [_cell_text(c) for c in tr.find_all(["td", "th"], recursive=False)]
            if any(cells):
                rows.append(cells)
        if rows:
            text = "\n".join("\t".join(r) for r in rows)
            yield self._block("table", text, box, rows=rows)

    def _footnotes(self, lst: Tag) -> Iterator[Block]:
        for label, li in self.notes[lst]:
            for a in li.find_all("a"):
                if _is_backlink(a):
                    a.decompose()
            text = _BACK_ARROWS.sub("", clean_text(_inline(li))).strip()
            if text:
                yield Block(kind="footnote", text=text, note=label)


def _inline(el: Tag, skip: tuple[str, ...] = ()) -> str:
    """The text of el as a browser would run it together (<br> and block edges become spaces)."""
    parts: list[str] = []

    def visit(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name in skip:
                    continue
                if child.name == "br" or child.name in _BLOCK_TAGS:
                    parts.append(" ")
                visit(child)
                if child.name in _BLOCK_TAGS:
                    parts.append(" ")

    visit(el)
    return _SUPERSCRIPT_DIGITS.sub("", "".join(parts))


def _cell_text(cell: Tag) -> str:
    items = cell.find_all("li")
    if items:
        return "; ".join(t for t in (clean_text(_inline(li)) for li in items) if t)
    return clean_text(_inline(cell))


def _has_block(el: Tag) -> bool:
    return el.find(lambda t: t.name in _BLOCK_TAGS) is not None


def _heading_level(el: Tag) -> int | None:
    if el.name in _HEADINGS:
        return _HEADINGS[el.name]
    if el.get("role") == "heading":
        return _int(el.get("aria-level"), 2)
    return None


def _is_layout_table(table: Tag) -> bool:
    """Tables used for page layout (old templates) rather than data."""
    if str(table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if table.find("table"):
        return True
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    cells = [c for tr in rows for c in tr.find_all(["td", "th"], recursive=False)]
    if len(cells) <= 1:
        return True
    for cell in cells:
        if (
            cell.find(["p", "div", "h1", "h2", "h3", "h4", "blockquote"])
            and len(cell.get_text(" ").strip()) > 200
        ):
            return True
    return False


def _marker(number: int, style: str) -> str:
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if style == "A" else letter
    if style in ("i", "I") and 1 <= number <= len(_ROMAN):
        roman = _ROMAN[number - 1]
        return roman.upper() if style == "I" else roman
    return str(number)


def _int(value: object, default: int | None) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else default
    except ValueError:
        return default


# --- footnotes -------------------------------------------------------------


def _is_backlink(a: Tag) -> bool:
    href = str(a.get("href") or "")
    if not href.startswith("#"):
        return False
    label = f"{a.get_text()} {a.get('aria-label') or ''} {' '.join(a.get('class') or [])}"
    return bool(
        _BACKLINK_TEXT.search(a.get_text())
        or re.search(r"back|return|footnote-backref|ref", label, re.I)
        and not re.fullmatch(r"\s*\[?\d+\]?\s*", a.get_text())
    )


def _footnote_lists(root: Tag) -> dict[Tag, list[tuple[str, Tag]]]:
    """Lists of notes at the end of the text: items that in-text links point at, or that link back."""
    targets = {str(a["href"])[1:] for a in root.find_all("a", href=True) if str(a["href"]).startswith("#")}
    found: dict[Tag, list[tuple[str, Tag]]] = {}
    for lst in root.find_all(["ol", "ul"]):
        items = lst.find_all("li", recursive=False)
        if not items or lst.find_parent(["ol", "ul"]) is not None:
            continue
        in_notes_box = any(_names_notes(a) for a in [lst, *lst.parents] if isinstance(a, Tag))
        noted = sum(
            1
            for li in items
            if (li.get("id") and li["id"] in targets) or any(_is_backlink(a) for a in li.find_all("a"))
        )
        if noted >= max(1, 0.6 * len(items)) or (in_notes_box and noted):
            start = _int(lst.get("start"), 1) or 1
            labelled = []
            for i, li in enumerate(items):
                digits = re.findall(r"\d+", str(li.get("id") or ""))
                labelled.append((digits[-1] if digits else str(start + i), li))
            found[lst] = labelled
    return found


def _names_notes(el: Tag) -> bool:
    role = str(el.get("role") or "")
    classes = " ".join(el.get("class") or []).lower()
    return role in ("doc-endnotes", "doc-footnotes") or "footnotes" in classes or "endnotes" in classes


def _item_ids(items: list[tuple[str, Tag]]) -> set[str]:
    return {str(li.get("id")) for _, li in items if li.get("id")}


def _drop_note_refs(root: Tag, note_ids: set[str]) -> None:
    """Remove footnote references ("[footnote 1]", superscript numbers) from the running text."""
    for a in root.find_all("a", href=True):
        href = str(a["href"])
        if not href.startswith("#") or a.decomposed:
            continue
        text = clean_text(a.get_text())
        is_ref = (
            href[1:] in note_ids
            or a.get("role") == "doc-noteref"
            or (_NOTE_TEXT.fullmatch(text) and (a.find_parent("sup") is not None or text.startswith("[")))
        )
        if is_ref and not a.find_parent("li", id=lambda v: v in note_ids if v else False):
            sup = a.find_parent("sup")
            (sup if sup is not None and clean_text(sup.get_text()) == text else a).decompose()
    for sup in root.find_all("sup"):
        if sup.decomposed:
            continue
        text = clean_text(sup.get_text())
        if not _NOTE_TEXT.fullmatch(text):
            continue
        before = sup.previous_sibling
        if text.isdigit() and isinstance(before, NavigableString) and _UNIT_BEFORE.search(str(before)):
            continue  # m², 10⁶: a power, not a note
        sup.decompose()


# --- clean-up after the walk ------------------------------------------------


def _tidy(blocks: list[Block]) -> list[Block]:
    """Drop promotions, bylines and repeats; number headings from 1; drop the footnotes' own heading."""
    sig = signals()
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "list_item") and is_promo(block.text):
            continue
        if block.kind == "paragraph" and len(kept) < 4 and (is_byline(block.text) or _is_stamp(block.text)):
            continue
        if kept and kept[-1].kind == block.kind and kept[-1].text == block.text:
            continue
        if block.kind == "heading" and block.text.lower().rstrip(":") in sig.footnote_titles:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "footnote":
                continue
        kept.append(block)
    while kept and kept[-1].kind == "heading":
        kept.pop()
    levels = [b.level for b in kept if b.kind == "heading" and b.level]
    if levels:
        shift = min(levels) - 1
        for b in kept:
            if b.kind == "heading" and b.level:
                b.level -= shift
    return kept


def _is_stamp(text: str) -> bool:
    """A "Published 4 March 2019" / "Updated 10:32" line at the top of a story (page furniture)."""
    return len(text) < 80 and bool(_STAMP.match(text))


__all__ = ["parse_html", "Metadata"]
