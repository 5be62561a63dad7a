"""Compare two documents: an inspection and its follow-up, or a report and its press coverage.

For a follow-up: each recommendation with its status and evidence, and those
never assessed. For coverage: what the press left out of the report, which of the
report's statements each reported finding or concern restates (and which the report does not
make), and whether each quotation is really in the report (:mod:`.quotecheck`).
"""

from __future__ import annotations

from typing import Any

from ..model import Document
from .match import match_outcomes
from .pairing import (
    PRESS_KINDS,
    compare_dates,
    coverage_score,
    follow_up_score,
    is_follow_up,
    statement_texts,
)
from .quotecheck import check_quote, check_quotes
from .statements import Restated, restated
from .text import Weights, overlap, sentences, terms

#: least overlap for a report statement to count as reflected in a press piece
MIN_REFLECTED = 0.3


def _label(doc: Document) -> str:
    return doc.title or doc.source


def _order_follow_up(a: Document, b: Document) -> tuple[Document, Document]:
    """(report, follow-up): the one that judges outcomes, or the later one, is the follow-up."""
    if is_follow_up(b) and not is_follow_up(a):
        return a, b
    if is_follow_up(a) and not is_follow_up(b):
        return b, a
    if len(a.outcomes) != len(b.outcomes):
        return (a, b) if len(b.outcomes) > len(a.outcomes) else (b, a)
    return (b, a) if compare_dates(a.published, b.published) == 1 else (a, b)


def _is_press(doc: Document) -> bool:
    """Press coverage: a news or press page that is not a follow-up letter taken for one."""
    return doc.kind in PRESS_KINDS and not is_follow_up(doc)


def compare(a: Document, b: Document) -> dict[str, Any]:
    """What changed between an inspection and its follow-up, or what a press piece made of a report."""
    if _is_press(a) != _is_press(b):
        press, report = (a, b) if _is_press(a) else (b, a)
        return compare_coverage(report, press)
    report, follow_up = _order_follow_up(a, b)
    return compare_follow_up(report, follow_up)


def compare_follow_up(report: Document, follow_up: Document) -> dict[str, Any]:
    """Each recommendation of ``report`` with the status and evidence ``follow_up`` gives it (or none)."""
    links = {link.recommendation: link for link in match_outcomes(report, follow_up)}
    rows = []
    for rec in report.recommendations:
        link = links.get(rec.number)
        outcome = follow_up.outcomes[link.outcome] if link else None
        rows.append(
            {
                "number": rec.number,
                "text": rec.text,
                "deadline": rec.deadline,
                "due": rec.due,
                "status": link.status if link else "not_assessed",
                "evidence": outcome.text if outcome else None,
                "score": link.score if link else None,
            }
        )
    used = {link.outcome for link in links.values()}
    unmatched = [
        {"status": o.status, "text": o.text} for i, o in enumerate(follow_up.outcomes) if i not in used
    ]
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return {
        "relation": "follow_up",
        "report": _doc_summary(report),
        "follow_up": _doc_summary(follow_up),
        "pairing_score": follow_up_score(report, follow_up, list(links.values())),
        "recommendations": rows,
        "unassessed": [r["number"] for r in rows if r["status"] == "not_assessed"],
        "unmatched_outcomes": unmatched,
        "status_counts": counts,
    }


def _doc_summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "kind": doc.kind,
        "published": doc.published,
        "force": doc.force,
    }


def find_quote(quote: str, text: str) -> dict[str, Any]:
    """Where a quotation best matches a text: :func:`~reportmine.link.quotecheck.check_quote`'s verdict, also as
    ``found`` (exact, close or not_found) with ``match``, the nearest passage."""
    check = check_quote(quote, text)
    return {"found": _FOUND[check["verdict"]], "match": check["passage"], **check}


_FOUND = {"verbatim": "exact", "altered": "close", "not_found": "not_found"}


def compare_coverage(report: Document, press: Document) -> dict[str, Any]:
    """What the press piece relayed of the report, what it left out, and whether its quotations are in the report."""
    press_items = [terms(t) for t in statement_texts(press)] or [terms(s) for s in sentences(press.text)]
    sections = [("finding", s.text) for s in report.findings] + [("concern", s.text) for s in report.concerns]
    sections += [("recommendation", r.text) for r in report.recommendations]
    own = [terms(t) for _, t in sections]
    weight = Weights([*own, *press_items])
    press_sentences = [terms(s) for s in sentences(press.text)]
    reflected, left_out = [], []
    for (kind, text), bag in zip(sections, own, strict=True):
        score = max((overlap(bag, p, weight) for p in [*press_items, *press_sentences]), default=0.0)
        (reflected if score >= MIN_REFLECTED else left_out).append(
            {"kind": kind, "text": text, "score": round(score, 3)}
        )
    quotes = [
        {"found": _FOUND[q["verdict"]], "match": q["passage"], **q} for q in check_quotes(press, report)
    ]
    said = [_said_row(row) for row in restated(press, report)]
    return {
        "relation": "coverage",
        "report": _doc_summary(report),
        "press": _doc_summary(press),
        "coverage_score": coverage_score(press, report),
        "reflected": reflected,
        "left_out": left_out,
        "press_statements": said,
        "not_in_report": [row for row in said if row["restates"] is None],
        "quotes": quotes,
    }


def _said_row(row: Restated) -> dict[str, Any]:
    """One finding or concern the press reported, with the report statement it restates (None: not in the report)."""
    target = row.report
    return {
        "kind": row.press.kind,
        "text": row.press.text,
        "restates": None
        if target is None
        else {"kind": target.kind, "number": target.n, "text": target.text},
        "score": row.score,
    }
