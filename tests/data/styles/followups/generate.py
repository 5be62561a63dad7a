#!/usr/bin/env python3
"""Render the held-out follow-up pairs (constructed documents, fictional forces) from content/*.txt.

    python tests/data/styles/followups/generate.py

Each content file starts with ``key: value`` lines (title, published_line, type, formats,
created for PDFs, cover: no for a letter) and a line ``---``; the body below uses a small markup: ``# `` / ``## `` /
``### `` headings, ``> `` a boxed paragraph, ``- `` a bullet, ``| a | b |`` table rows (the first
row is the header), anything else a paragraph. HTML is a gov.uk-style publication page; PDF is
laid out with fpdf2 (the ``test`` extra) and the DejaVu Sans fonts. Output is deterministic.
"""

from __future__ import annotations

import re
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def read(path: Path) -> tuple[dict[str, str], list[tuple[str, object]]]:
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    blocks: list[tuple[str, object]] = []
    for line in body.strip().splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h4", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h3", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h2", line[2:]))
        elif line.startswith("> "):
            blocks.append(("box", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            row = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)  # type: ignore[union-attr]
            else:
                blocks.append(("table", [row]))
        else:
            blocks.append(("p", line))
    return meta, blocks


def inline(text: str) -> str:
    """**bold** to <strong>, everything else escaped."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escape(text, quote=False))


def plain(text: str) -> str:
    return text.replace("**", "")


PAGE = """<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{title} - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <style>
body{{font-family:Arial,sans-serif;margin:0;color:#0b0c0c}}
.gem-c-cookie-banner{{background:#f3f2f1;padding:15px}} .govuk-header{{background:#0b0c0c;color:#fff;padding:10px}}
.call-to-action{{background:#e6edf6;padding:10px 15px;margin:15px 0}} td,th{{border:1px solid #999;padding:4px}}
.govuk-footer{{background:#f3f2f1;margin-top:40px;padding:25px}}
  </style>
</head>
<body class="govuk-template__body">
  <div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
    <p>We use some essential cookies to make this website work.</p>
    <button type="button" class="govuk-button">Accept additional cookies</button>
    <button type="button" class="govuk-button">Reject additional cookies</button>
  </div>
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <a href="/" class="govuk-header__link">GOV.UK</a>
    <ul class="govuk-header__navigation"><li><a href="/browse">Topics</a></li><li><a href="/government">Government activity</a></li></ul>
  </header>
  <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/crime-justice-and-law">Crime, justice and law</a></li><li><a href="/policing">Policing</a></li></ol>
  </nav>
  <main id="main-content" class="publication-html" role="main" lang="en">
    <header class="publication-header">
      <p class="publication-header__type">{type}</p>
      <h1 class="publication-header__title">{title}</h1>
      <p class="publication-header__last-changed">{published_line}</p>
    </header>
{contents}
    <div class="govspeak">
{body}
    </div>
  </main>
  <footer class="govuk-footer" role="contentinfo">
    <ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li></ul>
    <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
    <p>&#169; Crown copyright</p>
  </footer>
</body>
</html>
"""


def render_html(meta: dict[str, str], blocks: list[tuple[str, object]]) -> str:
    out: list[str] = []
    items: list[str] = []
    heads = [b[1] for b in blocks if b[0] == "h2"]
    for kind, value in blocks + [("end", "")]:
        if kind != "li" and items:
            out.append("<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>")
            items = []
        if kind == "li":
            items.append(inline(str(value)))
        elif kind in ("h2", "h3", "h4"):
            anchor = re.sub(r"[^a-z0-9]+", "-", plain(str(value)).lower()).strip("-")
            out.append(
                f'<{kind} id="{anchor}">{inline(str(value))}</{kind}>'
                if kind == "h2"
                else f"<{kind}>{inline(str(value))}</{kind}>"
            )
        elif kind == "box":
            out.append(f'<div class="call-to-action">\n<p>{inline(str(value))}</p>\n</div>')
        elif kind == "p":
            out.append(f"<p>{inline(str(value))}</p>")
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            head = "".join(f"<th>{inline(c)}</th>" for c in rows[0])
            body = "\n".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>")
    contents = ""
    if len(heads) > 2:
        links = "\n".join(
            f'      <li><a href="#{re.sub(r"[^a-z0-9]+", "-", plain(h).lower()).strip("-")}">{inline(h)}</a></li>'
            for h in heads
        )
        contents = f'    <aside class="gem-c-contents-list" aria-label="Contents" role="navigation">\n      <h2>Contents</h2>\n      <ol>\n{links}\n      </ol>\n    </aside>'
    return PAGE.format(
        title=escape(meta["title"]),
        type=escape(meta.get("type", "Independent report")),
        published_line=escape(meta["published_line"]),
        contents=contents,
        body="\n".join(out),
    )


def render_pdf(meta: dict[str, str], blocks: list[tuple[str, object]], path: Path) -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if self.page > 1:
                self.set_font("dv", "", 8)
                self.set_xy(25, 12)
                self.cell(0, 5, meta["title"])
                self.set_y(25)

        def footer(self) -> None:
            if self.page > 1:
                self.set_font("dv", "", 9)
                self.set_y(-14)
                self.cell(0, 5, str(self.page), align="C")

    pdf = Doc(format="A4")
    for style, suffix in (("", ""), ("B", "-Bold")):
        pdf.add_font("dv", style, str(FONT_DIR / f"DejaVuSans{suffix}.ttf"))
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, 25)
    pdf.set_title(meta["title"])
    pdf.set_creation_date(datetime.fromisoformat(meta["created"]))
    pdf.add_page()
    if meta.get("cover", "yes") != "no":
        pdf.set_font("dv", "B", 22)
        pdf.set_y(80)
        pdf.multi_cell(0, 11, meta["title"])
        pdf.ln(8)
        pdf.set_font("dv", "", 12)
        pdf.multi_cell(0, 7, meta["published_line"])
        pdf.add_page()
    sizes = {"h2": (15, 6), "h3": (12.5, 4), "h4": (11, 2)}
    for kind, value in blocks:
        if kind in sizes:
            size, before = sizes[kind]
            pdf.ln(before)
            pdf.set_font("dv", "B", size)
            pdf.multi_cell(0, size * 0.5, plain(str(value)))
            pdf.ln(2)
        elif kind in ("p", "box", "li"):
            pdf.set_font("dv", "B" if str(value).startswith("**") and str(value).endswith("**") else "", 10.5)
            indent = 6 if kind != "p" else 0
            pdf.set_x(pdf.l_margin + indent)
            text = ("\u2022 " if kind == "li" else "") + plain(str(value))
            pdf.multi_cell(pdf.epw - indent, 5.4, text, align="J" if kind == "p" else "L")
            pdf.ln(3)
        elif kind == "table":
            pdf.set_font("dv", "", 9)
            with pdf.table() as table:
                for row in value:  # type: ignore[union-attr]
                    cells = table.row()
                    for cell in row:
                        cells.cell(plain(cell))
            pdf.ln(4)
    pdf.output(str(path))


def main() -> None:
    for path in sorted((HERE / "content").glob("*.txt")):
        meta, blocks = read(path)
        for fmt in meta.get("formats", "html").split():
            target = HERE / "docs" / f"{path.stem}.{fmt}"
            if fmt == "html":
                target.write_text(render_html(meta, blocks), encoding="utf-8")
            else:
                render_pdf(meta, blocks, target)
            print(target.relative_to(HERE))


if __name__ == "__main__":
    main()
