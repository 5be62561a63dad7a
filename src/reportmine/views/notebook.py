"""Rich display in Jupyter: records, graphs and comparisons as HTML, and spans over a record's text (displaCy).

``install()`` gives ``Document``, ``ReportGraph`` and ``Comparison`` a ``_repr_html_``
(the package does it on import), so a cell that ends in one of them shows a
summary rather than a wall of text.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from ..link.compare import Comparison
from ..link.graph import ReportGraph
from ..link.tables import publications, recommendation_table
from ..model import Document
from .comparison import html_fragment, parts_css
from .style import STATUS_CSS, STATUSES, source_label, status_label

_CSS = (
    ".rm{font:14px/1.45 system-ui,sans-serif;max-width:900px}.rm h3{margin:.2em 0}.rm .meta{color:#555}"
    ".rm ol{padding-left:0;list-style:none}.rm .rec{border-left:5px solid #9e9e9e;padding:2px 8px;margin:4px 0}"
    ".rm .status{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;padding:0 5px;"
    "border-radius:3px;color:#fff;background:#757575;margin-right:6px}"
    ".rm table{border-collapse:collapse}.rm td,.rm th{border:1px solid #ddd;padding:2px 8px;text-align:left}"
    + STATUS_CSS
)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _wrap(body: str) -> str:
    return f'<div class="rm"><style>{_CSS}</style>{body}</div>'


def _recs(items: list[tuple[Any, str, str | None]]) -> str:
    """(number, text, status) as a list coloured by status."""
    rows = []
    for number, text, status in items:
        badge = (
            f'<span class="status status-{_e(status)}">{_e(status_label(status))}</span>' if status else ""
        )
        short = text if len(text) <= 220 else text[:217] + "..."
        rows.append(
            f'<li class="rec status-{_e(status or "none")}">{badge}<b>{_e(number)}.</b> {_e(short)}</li>'
        )
    return "<ol>" + "".join(rows) + "</ol>"


def document_html(doc: Document) -> str:
    """A record: title, kind, date, force, counts, and its recommendations (or judgements) coloured by status."""
    counts = ", ".join(
        f"{len(getattr(doc, k))} {k}"
        for k in ("recommendations", "outcomes", "findings", "concerns", "people", "quotes")
        if getattr(doc, k)
    )
    meta = " · ".join(
        _e(x) for x in (doc.kind.replace("_", " "), doc.force, doc.published, source_label(doc.source)) if x
    )
    body = f"<h3>{_e(doc.title or source_label(doc.source))}</h3><p class='meta'>{meta}<br>{_e(counts)}</p>"
    if doc.recommendations:
        body += _recs([(r.number, r.text, None) for r in doc.recommendations])
    if doc.outcomes:
        body += "<p><b>Judgements</b></p>" + _recs(
            [
                (o.recommendation if o.recommendation is not None else "?", o.text, o.status)
                for o in doc.outcomes
            ]
        )
    return _wrap(body)


def graph_html(graph: ReportGraph) -> str:
    """The graph: publications by kind, recommendations by status, and each report's recommendations."""
    kinds = Counter(graph.nodes[p].get("kind") for p in publications(graph))
    table = recommendation_table(graph)
    table = table[table["type"] == "recommendation"]  # areas for improvement have rows of their own type
    statuses = Counter(table["status"]) if len(table) else Counter()
    body = (
        f"<h3>reportmine graph: {len(publications(graph))} publications</h3><p class='meta'>"
        + ", ".join(f"{n} {_e((k or 'other').replace('_', ' '))}" for k, n in sorted(kinds.items()))
        + f" · {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges</p>"
    )
    if statuses:
        body += (
            "<p>"
            + " ".join(
                f'<span class="status status-{_e(s)}">{n} {_e(status_label(s))}</span>'
                for s, n in sorted(
                    statuses.items(), key=lambda x: list(STATUSES).index(x[0]) if x[0] in STATUSES else 99
                )
            )
            + "</p>"
        )
    for report, rows in table.groupby("report", sort=False):
        body += f"<p><b>{_e(report)}</b></p>" + _recs(
            list(zip(rows["number"], rows["text"], rows["status"], strict=True))
        )
    return _wrap(body)


def comparison_html(result: Comparison) -> str:
    """The comparison page's body, styled as the page is but only inside its own cell."""
    css = ".rm-compare{font:14px/1.5 system-ui,sans-serif;max-width:900px}" + parts_css(".rm-compare")
    return f'<div class="rm-compare"><style>{css}</style>{html_fragment(result)}</div>'


def install() -> None:
    """Give records, graphs and comparisons their notebook display."""
    Document._repr_html_ = document_html  # type: ignore[attr-defined]
    ReportGraph._repr_html_ = graph_html
    Comparison._repr_html_ = comparison_html  # type: ignore[attr-defined]


#: record list -> displaCy label of its spans
SPAN_KEYS = ("findings", "concerns", "recommendations", "outcomes", "quotes", "dates", "people")


def _label(key: str, item: Any) -> str:
    if key == "recommendations":
        return f"RECOMMENDATION {item.number}"
    if key == "outcomes":
        return f"OUTCOME {status_label(item.status).upper()}"
    if key == "quotes":
        return f"QUOTE {item.speaker or ''}".strip()
    if key == "dates":
        return f"DATE {item.value or ''}".strip()
    return key[:-1].upper()


def spans_doc(doc: Document, keys: tuple[str, ...] | list[str] = ("findings", "concerns", "recommendations")):
    """A spaCy Doc of the record's text with its spans of ``keys`` in ``doc.spans["sc"]``, each labelled."""
    import spacy

    unknown = [k for k in keys if k not in SPAN_KEYS]
    if unknown:
        raise ValueError(f"no spans for {', '.join(unknown)} (choose from {', '.join(SPAN_KEYS)})")
    nlp = spacy.blank("en")
    sdoc = nlp.make_doc(doc.text)
    spans = []
    for key in keys:
        if key == "people":
            items = [(m, p.name) for p in doc.people for m in p.mentions]
            found = [
                (sdoc.char_span(m.start, m.end, label=f"PERSON {name}", alignment_mode="expand"))
                for m, name in items
            ]
        else:
            found = [
                sdoc.char_span(item.start, item.end, label=_label(key, item), alignment_mode="expand")
                for item in getattr(doc, key)
            ]
        spans += [s for s in found if s is not None]
    sdoc.spans["sc"] = sorted(spans, key=lambda s: (s.start, -s.end))
    return sdoc


def display(
    doc: Document,
    keys: tuple[str, ...] | list[str] = ("findings", "concerns", "recommendations"),
    jupyter: bool | None = None,
):
    """The record's text with its spans of ``keys`` highlighted and labelled (displaCy's span style).

    In a notebook it is shown; elsewhere (or with ``jupyter=False``) the HTML is returned."""
    from spacy import displacy

    return displacy.render(spans_doc(doc, keys), style="span", options={"spans_key": "sc"}, jupyter=jupyter)
