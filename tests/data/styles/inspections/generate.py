#!/usr/bin/env python3
"""Regenerate the held-out inspection-style set (constructed documents, fictional forces).

    /tmp/venv/bin/python tests/data/styles/inspections/generate.py

Each content/*.py module holds one document as a DOC dict: metadata, a layout style and
a list of blocks whose text carries the gold annotations inline:

    [[F|...]]                    a finding
    [[C|...]]                    a concern (a cause of concern, area for improvement or failing)
    [[R|n|deadline|...]]         recommendation n (its printed number, or its position where
                                 the report prints none); deadline as written, or empty

This script lays the blocks out as a PDF (fpdf2, the ``test`` extra) or a gov.uk-style web
page, strips the markup, and writes gold/<slug>.gold.json from it.  Output is deterministic.
"""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import datetime
from html import escape
from pathlib import Path

from fpdf import FPDF, FontFace

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MARK = re.compile(r"\[\[([FCR])\|((?:[^\]]|\](?!\]))*)\]\]")


# ---------------------------------------------------------------- markup and gold


def plain(text: str) -> str:
    """The text as printed: the markup removed."""
    return MARK.sub(lambda m: _parts(m)[-1], text)


def _parts(m: re.Match[str]) -> list[str]:
    if m.group(1) == "R":
        number, deadline, text = m.group(2).split("|", 2)
        return [number, deadline, text]
    return [m.group(2)]


class Gold:
    """Collects the annotated items in reading order, with the page they start on."""

    def __init__(self) -> None:
        self.items: dict[str, list[dict]] = {"findings": [], "concerns": [], "recommendations": []}

    def collect(self, text: str, page: int | None) -> None:
        for m in MARK.finditer(text):
            parts = _parts(m)
            if m.group(1) == "R":
                number, deadline, body = parts
                item = {"number": int(number), "text": body, "deadline": deadline or None}
                self.items["recommendations"].append(item)
            else:
                item = {"text": parts[0]}
                self.items["findings" if m.group(1) == "F" else "concerns"].append(item)
            if page is not None:
                item["page"] = page

    def write(self, doc: dict, file: str) -> None:
        gold = {"file": file, "_note": "constructed document; see ../README.md"}
        for key in ("kind", "title", "published", "force"):
            gold[key] = doc[key]
        gold.update(self.items)
        # a field left unscored keeps its annotation under another name, which evaluate ignores
        for key, reason in doc.get("unscored", {}).items():
            gold[f"{key}_not_scored"] = gold.pop(key)
            gold.setdefault("_unscored", {})[key] = reason
        path = HERE / "gold" / f"{doc['slug']}.gold.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PDF


class Layout(FPDF):
    """One configurable report layout: fonts, furniture, margins and numbering vary by style."""

    def __init__(self, doc: dict, gold: Gold) -> None:
        super().__init__(format="A4")
        self.doc, self.style, self.gold = doc, doc["style"], gold
        s = self.style
        family = s.get("font", "dejavu")
        if family == "helvetica":
            self.family = "helvetica"
            self.core_fonts_encoding = (
                "windows-1252"  # curly quotes, dashes and bullets, as real core-font PDFs have
            )
        else:
            stem = {"dejavu": "DejaVuSans", "serif": "DejaVuSerif", "condensed": "DejaVuSansCondensed"}[
                family
            ]
            bold = "-Bold"
            italic = "-Italic" if family == "serif" else "-Oblique"
            self.family = "body"
            self.add_font("body", "", str(FONT_DIR / f"{stem}.ttf"))
            self.add_font("body", "B", str(FONT_DIR / f"{stem}{bold}.ttf"))
            self.add_font("body", "I", str(FONT_DIR / f"{stem}{italic}.ttf"))
        self.body, self.lh = s.get("body", 10.5), s.get("line", 5.2)
        left, right = s.get("margins", (25, 25))
        self.set_margins(left, 25, right)
        self.bottom = s.get("bottom", 28)
        self.set_auto_page_break(True, self.bottom)
        self.set_title(doc["pdf_title"] if "pdf_title" in doc else doc["title"])
        self.set_author(s.get("author", "Inspectorate (constructed sample)"))
        self.set_creator("reportmine tests/data/styles/inspections/generate.py")
        self.set_creation_date(datetime.fromisoformat(doc["created"]))
        self.alias_nb_pages()

    # furniture ------------------------------------------------------------
    def header(self) -> None:
        s = self.style
        if self.page == 1 or s.get("running_pos", "top") != "top":
            return
        self.set_font(self.family, "", 8)
        self.set_text_color(90)
        self.set_xy(self.l_margin, 12)
        self.cell(0, 5, s["running"], align="R" if s.get("running_right") else "L")
        self.set_text_color(0)
        self.set_y(25)

    def footer(self) -> None:
        s = self.style
        if self.page == 1:
            return
        self.set_font(self.family, "", 8.5)
        self.set_text_color(80)
        kind = s.get("page_numbers", "centre")
        if s.get("running_pos") == "bottom":
            self.set_y(-16)
            align = "R" if kind == "alternate" and self.page % 2 == 0 else "L"
            self.cell(0, 4, s["running"], align="L" if align == "R" else "R")
            self.set_y(-16)
        else:
            self.set_y(-14)
        if kind == "page_of":
            self.cell(0, 4, f"Page {self.page} of {{nb}}", align="C")
        elif kind == "alternate":
            self.cell(0, 4, str(self.page), align="R" if self.page % 2 else "L")
        else:
            self.cell(0, 4, str(self.page), align="C")
        self.set_text_color(0)

    def cover(self) -> None:
        c = self.doc["cover"]
        self.add_page()
        self.set_auto_page_break(False)
        self.set_font(self.family, "B", 22)
        self.set_text_color(20, 50, 100)
        for line in c.get("brand", []):
            self.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(90)
        self.set_font(self.family, "B", 20)
        for line in c["title_lines"]:
            self.multi_cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(8)
        self.set_font(self.family, "", 12)
        self.cell(0, 6, c["date"], new_x="LMARGIN", new_y="NEXT")
        self.set_y(-40)
        self.set_font(self.family, "", 8.5)
        for line in c.get("foot", []):
            self.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        self.set_auto_page_break(True, self.bottom)

    # blocks ---------------------------------------------------------------
    def room(self, needed: float) -> None:
        if self.y + needed > self.page_break_trigger:
            self.add_page()

    def heading(self, level: int, text: str) -> None:
        size, style, before = self.style.get("headings", {}).get(
            str(level), [(15, "B", 6), (12.5, "B", 4), (self.body, "B", 3)][level - 1]
        )
        self.room(22)
        if self.y > 30:
            self.ln(before)
        self.set_font(self.family, style, size)
        self.multi_cell(0, size * 0.48, plain(text), align="L", new_x="LMARGIN")
        self.gold.collect(text, self.page)
        self.ln(2)

    def para(
        self, text: str, num: str | None = None, style: str = "", indent: float = 0, after: float = 3
    ) -> None:
        self.set_font(self.family, style, self.body)
        self.room(self.lh * 2)
        self.gold.collect(text, self.page)
        if num:
            x = self.l_margin - self.style.get("num_gutter", 14)
            self.set_font(self.family, "", self.body - 1)
            self.text(x, self.y + self.lh * 0.75, num)
            self.set_font(self.family, style, self.body)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, self.lh, plain(text), align=self.style.get("align", "J"), new_x="LMARGIN"
        )
        self.ln(after)

    def items(self, items: list[str], marker, indent: float = 4, width: float = 7) -> None:
        for n, item in enumerate(items, 1):
            self.set_font(self.family, "", self.body)
            self.room(self.lh * 2)
            self.gold.collect(item, self.page)
            label = marker(n) if callable(marker) else marker
            self.set_x(self.l_margin + indent)
            self.cell(width, self.lh, label)
            self.multi_cell(
                self.epw - indent - width,
                self.lh,
                plain(item),
                align=self.style.get("align", "J"),
                new_x="LMARGIN",
            )
            self.ln(1.5)
        self.ln(1.5)

    def box(self, blocks: list) -> None:
        self.room(60)
        top = self.y
        self.set_left_margin(self.l_margin + 4)
        self.set_right_margin(self.r_margin + 4)
        self.ln(3)
        self.render_blocks(blocks)
        self.set_left_margin(self.l_margin - 4)
        self.set_right_margin(self.r_margin - 4)
        self.set_draw_color(40, 70, 120)
        self.rect(self.l_margin, top, self.epw, self.y - top)
        self.set_draw_color(0)
        self.ln(5)

    def table(self, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
        self.room(40)
        self.set_font(self.family, "", self.body - 0.5)
        for row in rows:
            for cell in row:
                self.gold.collect(cell, self.page)
        with FPDF.table(
            self,
            col_widths=widths,
            text_align="LEFT",
            line_height=self.lh,
            headings_style=FontFace(emphasis="BOLD"),
        ) as table:
            head = table.row()
            for cell in header:
                head.cell(cell)
            for row in rows:
                cells = table.row()
                for cell in row:
                    cells.cell(plain(cell))
        self.ln(4)

    def columns(self, left: list, right: list) -> None:
        """Two columns on the current page: the left column's blocks, then the right column's."""
        self.room(120)
        top, l0, r0, gap = self.y, self.l_margin, self.r_margin, 8
        col = (self.w - l0 - r0 - gap) / 2
        self.set_left_margin(l0)
        self.set_right_margin(self.w - l0 - col)
        self.set_y(top)
        self.render_blocks(left)
        bottom = self.y
        self.set_left_margin(l0 + col + gap)
        self.set_right_margin(r0)
        self.set_xy(l0 + col + gap, top)
        self.render_blocks(right)
        self.set_left_margin(l0)
        self.set_right_margin(r0)
        self.set_xy(l0, max(bottom, self.y))

    def render_blocks(self, blocks: list) -> None:
        for kind, *args in blocks:
            opts = args[-1] if args and isinstance(args[-1], dict) else {}
            if kind in ("h1", "h2", "h3"):
                self.heading(int(kind[1]), args[0])
            elif kind == "p":
                self.para(args[0], num=opts.get("num"), style=opts.get("style", ""))
            elif kind == "label":  # a bold line at body size (a minor heading or box title)
                self.room(20)
                self.para(args[0], style="B", after=1.5)
            elif kind == "ul":
                self.items(args[0], opts.get("bullet", "•"), indent=opts.get("indent", 4))
            elif kind == "ol":
                fmt = opts.get("fmt", "{n}.")
                self.items(
                    args[0],
                    lambda n: fmt.format(  # noqa: B023 (used before the loop moves on)
                        n=n, a="abcdefghij"[n - 1], r=["i", "ii", "iii", "iv", "v", "vi"][n - 1]
                    ),
                    indent=opts.get("indent", 0),
                    width=opts.get("width", 9),
                )
            elif kind == "box":
                self.box(args[0])
            elif kind == "table":
                self.table(args[0], args[1], args[2])
            elif kind == "cols":
                self.columns(args[0], args[1])
            elif kind == "page":
                self.add_page()
            else:
                raise ValueError(f"unknown block {kind}")

    def render(self) -> Layout:
        self.cover()
        self.add_page()
        self.render_blocks(self.doc["blocks"])
        return self


# ---------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{title} - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{description}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta name="govuk:first-published-at" content="{first_published}">
</head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
  <p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use GOV.UK.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<header class="govuk-header" role="banner"><div class="govuk-width-container">
  <a href="/" class="govuk-header__link">GOV.UK</a>
  <nav><ul class="govuk-header__navigation"><li><a href="/browse">Topics</a></li><li><a href="/government/organisations">Government activity</a></li></ul></nav>
</div></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/crime-justice-and-law">Crime, justice and law</a></li><li><a href="/crime-justice-and-law/policing">Policing</a></li>
</ol></nav>
<main id="main-content" class="publication-html" role="main" lang="en">
  <header class="publication-header">
    <p class="publication-header__type">{type}</p>
    <h1 class="publication-header__title">{title}</h1>
    <p class="publication-header__last-changed">Published {date}</p>
  </header>
  <aside class="gem-c-contents-list" aria-label="Contents" role="navigation">
    <h2 class="gem-c-contents-list__title">Contents</h2>
    <ol class="gem-c-contents-list__list">
{contents}
    </ol>
  </aside>
  <div class="govspeak">
{body}
  </div>
</main>
<aside class="related"><h2>Related content</h2><ul>{related}</ul></aside>
</div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">
  <ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li></ul>
  <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
  <p>&copy; Crown copyright</p>
</div></footer>
</body>
</html>
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def html_blocks(blocks: list, gold: Gold, contents: list[str]) -> str:
    out = []
    for kind, *args in blocks:
        if kind in ("h1", "h2", "h3"):
            level = int(kind[1]) + 1
            if level == 2:
                contents.append(
                    f'      <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#{_slug(plain(args[0]))}">{escape(plain(args[0]))}</a></li>'
                )
            gold.collect(args[0], None)
            out.append(f'<h{level} id="{_slug(plain(args[0]))}">{escape(plain(args[0]))}</h{level}>')
        elif kind in ("p", "label"):
            gold.collect(args[0], None)
            text = escape(plain(args[0]))
            out.append(f"<p><strong>{text}</strong></p>" if kind == "label" else f"<p>{text}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            for item in args[0]:
                gold.collect(item, None)
            lis = "\n".join(f"  <li>{escape(plain(i))}</li>" for i in args[0])
            out.append(f"<{tag}>\n{lis}\n</{tag}>")
        elif kind == "box":
            out.append('<div class="call-to-action">\n' + html_blocks(args[0], gold, contents) + "\n</div>")
        elif kind == "table":
            for row in args[1]:
                for cell in row:
                    gold.collect(cell, None)
            head = "".join(f'<th scope="col">{escape(h)}</th>' for h in args[0])
            body = "\n".join(
                "<tr>" + "".join(f"<td>{escape(plain(c))}</td>" for c in row) + "</tr>" for row in args[1]
            )
            out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>")
        elif kind == "cols":
            out.append(html_blocks(args[0] + args[1], gold, contents))
        elif kind == "page":
            continue
        else:
            raise ValueError(f"unknown block {kind}")
    return "\n".join(out)


def build_html(doc: dict) -> str:
    gold = Gold()
    contents: list[str] = []
    body = html_blocks(doc["blocks"], gold, contents)
    h = doc["html"]
    page = PAGE.format(
        title=escape(doc["title"]),
        description=escape(h["description"]),
        first_published=h["first_published"],
        type=escape(h["type"]),
        date=escape(h["date"]),
        contents="\n".join(contents),
        body=body,
        related="".join(f'<li><a href="#">{escape(r)}</a></li>' for r in h["related"]),
    )
    name = f"{doc['slug']}.html"
    (HERE / "docs" / name).write_text(page, encoding="utf-8")
    gold.write(doc, name)
    return name


def build_pdf(doc: dict) -> str:
    gold = Gold()
    pdf = Layout(doc, gold).render()
    name = f"{doc['slug']}.pdf"
    pdf.output(str(HERE / "docs" / name))
    gold.write(doc, name)
    return f"{name} ({pdf.page} pages)"


def main() -> None:
    for path in sorted((HERE / "content").glob("*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        doc = module.DOC
        print(build_html(doc) if doc["format"] == "html" else build_pdf(doc))


if __name__ == "__main__":
    main()
