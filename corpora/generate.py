#!/usr/bin/env python3
"""Regenerate the reportmine sample corpus (constructed documents, fictional force).

    python corpora/generate.py

The content of every document lives in corpora/content/*.json; this script only
lays it out.  PDFs need fpdf2 (the ``test`` extra) and the DejaVu Sans fonts
(Debian/Ubuntu package ``fonts-dejavu-core``).  Output is deterministic.
"""

import json
import re
from datetime import datetime
from html import escape
from pathlib import Path
from string import Template

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/Library/Fonts",
]
BODY, LINE = 10.5, 5.4  # body font size (pt) and line height (mm)
HEADINGS = {"h1": (16, 6), "h2": (12.5, 4), "h3": (11, 2)}  # size, space before


def font(name):
    for d in FONT_DIRS:
        if (Path(d) / name).exists():
            return str(Path(d) / name)
    raise SystemExit(f"{name} not found: install the DejaVu fonts (fonts-dejavu-core)")


class Report(FPDF):
    """One report layout for both the inspection report and its follow-up."""

    def __init__(self, doc, toc_pages):
        super().__init__(format="A4")
        self.doc, self.toc_pages, self.heading_pages, self.notes = doc, toc_pages, {}, {}
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique")):
            self.add_font("dv", style, font(f"DejaVuSans{suffix}.ttf"))
        self.set_margins(25, 25, 25)
        self.set_auto_page_break(True, 32)
        self.set_title(doc["title"])
        self.set_subject(doc["subject"])
        self.set_author("HMICFRS (constructed sample)")
        self.set_creator("reportmine corpora/generate.py")
        self.set_creation_date(datetime.fromisoformat(doc["created"]))

    def header(self):
        if self.page > 1:
            self.set_font("dv", "", 8)
            self.set_text_color(90)
            self.set_xy(25, 12)
            self.cell(0, 5, self.doc["title"], align="L")
            self.line(25, 18, self.w - 25, 18)
            self.set_text_color(0)
            self.set_y(25)

    def footer(self):
        if self.page == 1:
            return
        notes = self.notes.get(self.page, [])
        if notes:
            self.line(25, self.h - 29, 75, self.h - 29)
            self.set_y(self.h - 28)
            for mark, text in notes:
                self.set_font("dv", "", 7.5)
                self.cell(4, 3.6, mark)
                self.multi_cell(0, 3.6, text, align="J", new_x="LMARGIN")
        self.set_font("dv", "", 9)
        self.set_y(-14)
        self.cell(0, 5, str(self.page), align="C")

    def para(self, text, style="", indent=0, after=3.5, align="J"):
        self.set_font("dv", style, BODY)
        with self.text_columns(text_align=align, line_height=1.32, l_margin=self.l_margin + indent) as cols:
            with cols.paragraph() as p:
                for i, part in enumerate(re.split(r"\[\^(\w+)\]", text)):
                    if i % 2:  # footnote marker
                        self.char_vpos = "SUP"
                        p.write(part)
                        self.char_vpos = "LINE"
                    else:
                        p.write(part)
        for mark in re.findall(r"\[\^(\w+)\]", text):
            self.notes.setdefault(self.page, []).append((mark, self.doc["footnotes"][mark]))
        self.ln(after)

    def hanging(self, label, text, indent=3, width=7):
        self.set_font("dv", "", BODY)
        self.set_x(self.l_margin + indent)
        self.cell(width, LINE, label)
        self.multi_cell(0, LINE, text, align="J", new_x="LMARGIN")
        self.ln(2)

    def heading(self, kind, text, opts=None):
        if (opts or {}).get("newpage"):
            self.add_page()
        size, before = HEADINGS[kind]
        if self.y + 25 > self.page_break_trigger:  # keep headings with what follows
            self.add_page()
        elif self.y > 30:
            self.ln(before)
        self.set_font("dv", "B", size)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN")
        self.ln(2.5 if kind == "h1" else 1.5)
        if kind == "h1" and text != "Contents":
            self.heading_pages[text] = self.page

    def cover(self, c):
        self.add_page()
        self.set_auto_page_break(False)
        self.set_font("dv", "B", 30)
        self.set_text_color(20, 60, 110)
        self.cell(0, 14, c["brand"], new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 10)
        for line in c["brand_lines"]:
            self.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(95)
        self.set_font("dv", "B", 24)
        self.cell(0, 12, c["force"], new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 19)
        for line in c["title_lines"]:
            self.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(10)
        self.set_font("dv", "", 12)
        self.cell(0, 6, c["published"], new_x="LMARGIN", new_y="NEXT")
        self.set_y(-40)
        self.set_font("dv", "", 8.5)
        for line in c["foot_lines"]:
            self.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        self.set_auto_page_break(True, 32)

    def toc(self):
        self.add_page()
        self.heading("h1", "Contents")
        self.set_font("dv", "", BODY)
        for title, page in self.toc_pages.items():
            num = str(page)
            room = self.epw - self.get_string_width(title + "  " + num)
            dots = "." * int(room / self.get_string_width("."))
            self.cell(0, 8, f"{title} {dots} {num}", new_x="LMARGIN", new_y="NEXT")

    def render(self):
        self.cover(self.doc["cover"])
        if self.doc["blocks"][0] != ["toc"]:
            self.add_page()
        for kind, *args in self.doc["blocks"]:
            if kind == "toc":
                self.toc()
            elif kind in HEADINGS:
                self.heading(kind, *args)
            elif kind == "p":
                self.para(args[0])
            elif kind == "quote":
                self.para(args[0], style="I", indent=8)
            elif kind == "ul":
                for item in args[0]:
                    self.hanging("•", item)
                self.ln(1.5)
            elif kind == "rec":
                self.hanging(f"{args[0]}.", args[1], indent=0)
            elif kind == "sig":
                self.ln(4)
                self.set_font("dv", "B", BODY)
                self.cell(0, LINE, args[0], new_x="LMARGIN", new_y="NEXT")
                self.set_font("dv", "", BODY)
                self.cell(0, LINE, args[1], new_x="LMARGIN", new_y="NEXT")
        return self


def build_pdf(doc):
    # two passes: the first finds the page of each chapter for the contents page
    pages = Report(doc, {}).render().heading_pages
    pdf = Report(doc, pages).render()
    pdf.output(str(HERE / doc["output"]))
    return pdf.page


def build_html(doc):
    """Fill an HTML page template with a document's content dict."""

    def block(b):
        if isinstance(b, list):  # a bullet list
            return "<ul>\n" + "\n".join(f"  <li>{escape(i, False)}</li>" for i in b) + "\n</ul>"
        if b.startswith("<"):  # raw HTML (a promo box)
            return b
        if b.startswith("## "):
            return f"<h2>{escape(b[3:], False)}</h2>"
        return f"<p>{escape(b, False)}</p>"

    fields = {k: escape(v) if isinstance(v, str) else v for k, v in doc["meta"].items()}
    fields["body"] = "\n".join(block(b) for b in doc["body"])
    fields["jsonld"] = json.dumps(doc.get("jsonld", {}), ensure_ascii=False, indent=1)
    for key, items in doc.get("lists", {}).items():
        fields[key] = "\n".join(f'<li><a href="{escape(u)}">{escape(t, False)}</a></li>' for t, u in items)
    template = Template((HERE / "templates" / doc["template"]).read_text(encoding="utf-8"))
    (HERE / doc["output"]).write_text(template.substitute(fields), encoding="utf-8")


def main():
    for path in sorted((HERE / "content").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc["output"].endswith(".pdf"):
            print(f"{doc['output']}: {build_pdf(doc)} pages")
        else:
            build_html(doc)
            print(doc["output"])


if __name__ == "__main__":
    main()
