"""A long inspection report made on the fly: any number of pages, each page's text fixed by its number.

Page ``n`` reads the same whether the report has 50 pages or 1,500, so the first pages of a long
report can be checked against a report of those pages alone. Shared by tests/test_long_documents.py
and benchmarks/long_document.py.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

TOPICS = (
    "answering emergency calls",
    "protecting vulnerable people",
    "recording crime",
    "using stop and search",
)


def page_paragraphs(n: int, dense: bool = False) -> list[tuple[str, str]]:
    """(kind, text) of page ``n``: "heading" or "paragraph"."""
    topic = TOPICS[(n // 10) % len(TOPICS)]
    out: list[tuple[str, str]] = []
    if n % 10 == 1:
        out.append(("heading", f"Chapter {n // 10 + 1}: {topic.capitalize()}"))
    out.append(
        ("paragraph", f"We found that the force had improved its approach to {topic} in district {n}.")
    )
    out.append(
        (
            "paragraph",
            f"However, we are concerned that the force does not always record crime accurately in district {n}.",
        )
    )
    if n % 3 == 0:
        out.append(
            (
                "paragraph",
                f"Chief Constable Jane Roe told us that district {n} would be reviewed by June 2021.",
            )
        )
    if n % 7 == 0:
        out.append(
            (
                "paragraph",
                f"Detective Superintendent Mark Ellis said the team in district {n} needed more staff.",
            )
        )
    if n % 10 == 5:
        out.append(("heading", "Recommendation"))
        out.append(
            (
                "paragraph",
                f"By March {2020 + n % 5}, the force should make sure that every call about a missing child "
                f"in district {n} is assessed for risk.",
            )
        )
    if dense:  # about 2,000 characters a page, as a typeset report holds
        for k in range(3):
            out.append(
                (
                    "paragraph",
                    f"In district {n} the control room handled {120 + n % 50 + k} calls a day during our fieldwork. "
                    "Supervisors reviewed a sample of those calls each week and gave feedback to the call handlers, "
                    "who told us that the training they received had helped them to identify vulnerability. "
                    "The force had also introduced a new system for recording the outcome of each call.",
                )
            )
    return out


def long_report(path: Path, pages: int, dense: bool = False) -> Path:
    """Write a ``pages``-page report to ``path`` (fpdf2, in the test extra)."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for n in range(1, pages + 1):
        pdf.add_page()
        for kind, text in page_paragraphs(n, dense):
            if kind == "heading":
                pdf.set_font("Helvetica", style="B", size=16)
                pdf.multi_cell(0, 9, text)
            else:
                pdf.set_font("Helvetica", size=10)
                pdf.multi_cell(0, 5, text)
            pdf.ln(3)
        pdf.set_font("Helvetica", size=8)
        pdf.set_y(-15)
        pdf.cell(0, 5, str(n), align="C")
    pdf.output(str(path))
    return path


def long_page(path: Path, pages: int) -> Path:
    """The same report as one web page (``.html``) or plain text (``.txt``), without page numbers."""
    from html import escape

    html = path.suffix == ".html"
    out = []
    for n in range(1, pages + 1):
        for kind, text in page_paragraphs(n, dense=True):
            if html:
                out.append(f"<h2>{escape(text)}</h2>" if kind == "heading" else f"<p>{escape(text)}</p>")
            else:
                out.append(text)
    body = "\n".join(out) if html else "\n\n".join(out)
    path.write_text(f"<html><body><article>{body}</article></body></html>" if html else body, "utf-8")
    return path


def first_pages(record: dict, pages: int) -> dict:
    """What a record says about its first ``pages`` pages: every item placed on them, and the people
    mentioned there (name, title and where), so records of a long report and of its opening compare.
    A record without pages (a web page, a text) is cut where page ``pages + 1`` begins."""
    cut = min(
        (s["start"] for s in record["sections"] if (s["page"] or 0) > pages), default=len(record["text"])
    )
    if record["pages"] in (None, 0, 1):
        opening = page_paragraphs(pages + 1, dense=True)[0][1]
        cut = min(cut, record["text"].find(opening) % (len(record["text"]) + 1))
    for key in ("findings", "concerns", "recommendations", "outcomes"):
        placed = [i for i in record[key] if i.get("page") and i["page"] > pages]
        cut = min([cut, *(i["start"] for i in placed)])
    out: dict = {"text": record["text"][:cut].rstrip()}
    for key in ("findings", "concerns", "recommendations", "outcomes", "dates", "quotes"):
        out[key] = [i for i in record[key] if i["start"] < cut]
    out["sections"] = [
        (s["heading"], s["level"], s["start"], s["page"]) for s in record["sections"] if s["start"] < cut
    ]
    out["people"] = sorted(
        (p["name"], p.get("title"), m["start"], m["end"])
        for p in record["people"]
        for m in p.get("mentions", [])
        if m["start"] < cut
    )
    return out
