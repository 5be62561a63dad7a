"""Compare two documents: an inspection and its follow-up, or a report and its press coverage.

For a follow-up: each recommendation with its status and evidence, and those
never assessed. For coverage: what the press left out of the report, and
whether each quotation is really in the report (a fuzzy search of its text).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
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
from .text import Weights, overlap, sentences, terms, words

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
    """Where a quotation best matches a text: exact (white space and quote marks aside), close, or not found."""
    norm = _fold(quote)
    body = _fold(text)
    if norm and norm in body:
        return {"found": "exact", "similarity": 1.0, "match": quote}
    qwords = set(words(quote))
    if not qwords:
        return {"found": "not_found", "similarity": 0.0, "match": None}
    best, best_text = 0.0, None
    sents = sentences(text)
    # sentences sharing most of the quote's words, then a character-level check of the best few
    shortlist = sorted(range(len(sents)), key=lambda i: -len(qwords & set(words(sents[i]))))[:5]
    for i in shortlist:
        for candidate in (sents[i], " ".join(sents[max(i - 1, 0) : i + 2])):
            ratio = _partial_ratio(norm, _fold(candidate))
            if ratio > best:
                best, best_text = ratio, sents[i]
    found = "close" if best >= 0.75 else "not_found"
    return {
        "found": found,
        "similarity": round(best, 3),
        "match": best_text if found != "not_found" else None,
    }


def _fold(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s']", " ", text)).strip()


def _partial_ratio(needle: str, hay: str) -> float:
    """Similarity of ``needle`` to its best-matching stretch of ``hay`` (0 to 1)."""
    if not needle or not hay:
        return 0.0
    if len(hay) <= len(needle):
        return SequenceMatcher(None, needle, hay, autojunk=False).ratio()
    blocks = SequenceMatcher(None, needle, hay, autojunk=False).get_matching_blocks()
    best = 0.0
    for block in blocks:
        start = max(0, block.b - block.a)
        window = hay[start : start + len(needle)]
        best = max(best, SequenceMatcher(None, needle, window, autojunk=False).ratio())
    return best


def compare_coverage(report: Document, press: Document) -> dict[str, Any]:
    """What the press piece relayed of the report, what it left out, and whether its quotations are in the report."""
    press_items = [terms(t) for t in statement_texts(press)] or [terms(s) for s in sentences(press.text)]
    sections = [("finding", s.text) for s in report.findings] + [("concern", s.text) for s in report.concerns]
    sections += [("recommendation", r.text) for r in report.recommendations]
    own = [terms(t) for _, t in sections]
    weight = Weights([*own, *press_items])
    press_sentences = [terms(s) for s in sentences(press.text)]
    reflected, left_out = [], []
    for (kind, text), bag in zip(sections, own):
        score = max((overlap(bag, p, weight) for p in [*press_items, *press_sentences]), default=0.0)
        (reflected if score >= MIN_REFLECTED else left_out).append(
            {"kind": kind, "text": text, "score": round(score, 3)}
        )
    quotes = []
    for quote in press.quotes:
        quotes.append({"speaker": quote.speaker, "text": quote.text, **find_quote(quote.text, report.text)})
    return {
        "relation": "coverage",
        "report": _doc_summary(report),
        "press": _doc_summary(press),
        "coverage_score": coverage_score(press, report),
        "reflected": reflected,
        "left_out": left_out,
        "quotes": quotes,
    }
