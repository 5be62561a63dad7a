"""Compare two documents: an inspection and its follow-up, or a report and its press coverage.

For a follow-up: each recommendation with its deadline, status, the follow-up's
reasoning passage and the pages of both documents. For coverage: what the piece
got right, what it left out, what it says that the report does not, and its
quotations by attribution (those given to the report or the inspectorate checked
against the report's words). A pair that does not belong together is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from ..lexicon.sentences import SENTENCE_BREAK, sentence_spans
from ..model import Document, Outcome
from .match import match_outcomes
from .pairing import (
    MIN_COVERAGE,
    MIN_FOLLOW_UP,
    PRESS_KINDS,
    citable_copy,
    compare_dates,
    coverage_score,
    covered_report,
    editions,
    follow_up_score,
    is_follow_up,
    months_between,
    representative,
    same_force,
)
from .quotecheck import check_quote, check_quotes
from .statements import Restated, Statement, press_statements, report_statements, restate

#: longest reasoning passage shown for one judgement (characters)
MAX_PASSAGE = 1500
STATUS_ORDER = ("achieved", "partially_achieved", "not_achieved", "unclear", "not_assessed")


class Comparison(dict):
    """What ``compare`` returns: a plain dict (JSON as it is), with a table of its rows for notebooks."""

    def to_frame(self):
        """Recommendations with status and reasoning (follow-up), or report statements relayed or left out
        and the quotations checked (coverage), as a pandas DataFrame."""
        import pandas as pd

        if self["relation"] == "follow_up":
            return pd.DataFrame(self["recommendations"])
        rows = [{"group": "right", **r} for r in self["right"]]
        rows += [{"group": "left_out", **r} for r in self["left_out"]]
        rows += [{"group": "not_in_report", **r} for r in self["not_in_report"]]
        rows += [{"group": f"quote_{k}", **q} for k in ("report", "others") for q in self["quotes"][k]]
        return pd.DataFrame(rows)

    def __repr__(self) -> str:
        return f"<Comparison {self['relation']}: {self['summary']}>"


class Unrelated(ValueError):
    """Two documents that do not belong together: the message says why."""


def is_press(doc: Document) -> bool:
    """Press coverage: a news or press page that is not a follow-up letter taken for one."""
    return doc.kind in PRESS_KINDS and not is_follow_up(doc)


def _name(doc: Document) -> str:
    return f"{doc.title or doc.source} ({doc.kind.replace('_', ' ')}, {doc.published or 'undated'})"


def compare(a: Document, b: Document, others: Sequence[Document] = ()) -> dict[str, Any]:
    """What a follow-up made of an inspection's recommendations, or what a press piece made of a report.

    ``others``: the rest of the corpus, against which a press piece is checked (does it fit another document
    better?). Raises ``Unrelated`` for a pair that does not belong together (two press pieces, two forces, ...).
    """
    # one publication, one record: the copy of each with pages to cite, where the corpus holds its PDF
    given = (a, b)
    a, b = (citable_copy(d, others) if others else d for d in given)
    copies = [
        f"{_name(d)}: cited from its copy {_file(d.source)}" for d, g in zip((a, b), given) if d is not g
    ]
    result = _compare(a, b, others)
    result["notes"] = result["notes"] + copies
    return result


def _file(source: str) -> str:
    """A source as a citation names it: a URL whole, a local file by its name (no local folders in a page)."""
    return source if "://" in source else PurePath(source).name


def _compare(a: Document, b: Document, others: Sequence[Document]) -> dict[str, Any]:
    if is_press(a) and is_press(b):
        raise Unrelated(
            f"both are press pieces: {_name(a)} and {_name(b)}; "
            "compare a report with its press coverage, or an inspection with its follow-up"
        )
    if is_press(a) != is_press(b):
        press, report = (a, b) if is_press(a) else (b, a)
        return compare_coverage(report, press, others)
    report, follow_up = _order_follow_up(a, b)
    return compare_follow_up(report, follow_up)


def _order_follow_up(a: Document, b: Document) -> tuple[Document, Document]:
    """(report, follow-up): the one that judges outcomes, or the later one, is the follow-up."""
    if is_follow_up(b) and not is_follow_up(a):
        return a, b
    if is_follow_up(a) and not is_follow_up(b):
        return b, a
    if len(a.outcomes) != len(b.outcomes):
        return (a, b) if len(b.outcomes) > len(a.outcomes) else (b, a)
    return (b, a) if compare_dates(a.published, b.published) == 1 else (a, b)


def _different_forces(a: Document, b: Document) -> str | None:
    if same_force(a, b) is False:
        return f"they are about different forces: {a.force} and {b.force}"
    return None


def compare_follow_up(report: Document, follow_up: Document) -> dict[str, Any]:
    """Each recommendation of ``report`` with the status, reasoning and pages ``follow_up`` gives it."""
    if not follow_up.outcomes:
        raise Unrelated(
            f"neither document judges recommendations, so neither follows the other up: {_name(report)} "
            f"and {_name(follow_up)}"
        )
    links = {link.recommendation: link for link in match_outcomes(report, follow_up)}
    score = follow_up_score(report, follow_up, list(links.values()))
    if score == 0.0:
        reason = _different_forces(report, follow_up) or (
            f"{_name(follow_up)} was published before {_name(report)}"
            if compare_dates(report.published, follow_up.published) == 1
            else "none of the follow-up's judgements fits this report (another inspection programme, "
            "or recommendations it never made)"
        )
        raise Unrelated(
            f"{follow_up.title or follow_up.source} does not follow up {report.title or report.source}: {reason}"
        )
    rows = []
    for rec in report.recommendations:
        link = links.get(rec.number)
        outcome = follow_up.outcomes[link.outcome] if link else None
        passage = reasoning(follow_up, outcome) if outcome else None
        rows.append(
            {
                "number": rec.number,
                "text": rec.text,
                "deadline": rec.deadline,
                "due": rec.due,
                "page": rec.page,
                "status": link.status if link else "not_assessed",
                "verdict": outcome.text if outcome else None,
                "verdict_page": outcome.page if outcome else None,
                "reasoning": passage["text"] if passage else None,
                "reasoning_pages": passage["pages"] if passage else None,
                "score": link.score if link else None,
            }
        )
    used = {link.outcome for link in links.values()}
    unmatched = [
        {"status": o.status, "text": o.text, "page": o.page}
        for i, o in enumerate(follow_up.outcomes)
        if i not in used
    ]
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_ORDER}
    notes = []
    if score < MIN_FOLLOW_UP:
        notes.append(
            f"the pairing is weak (confidence {score:.2f}): check that this follow-up reviews this report"
        )
    return Comparison(
        {
            "relation": "follow_up",
            "report": _doc_summary(report),
            "follow_up": _doc_summary(follow_up),
            "pairing_score": score,
            "summary": status_summary(counts),
            "notes": notes,
            "recommendations": rows,
            "unassessed": [r["number"] for r in rows if r["status"] == "not_assessed"],
            "unmatched_outcomes": unmatched,
            "status_counts": {k: v for k, v in counts.items() if v},
        }
    )


_SHORT = {"achieved": "achieved", "partially_achieved": "partly", "not_achieved": "not", "unclear": "unclear"}


def status_summary(counts: dict[str, int]) -> str:
    """'8 recommendations: 4 achieved, 2 partly, 1 not, 1 not assessed' (statuses with none left out)."""
    total = sum(counts.values())
    parts = [f"{n} {_SHORT.get(s, s.replace('_', ' '))}" for s, n in counts.items() if n]
    noun = "recommendation" if total == 1 else "recommendations"
    return f"{total} {noun}" + (": " + ", ".join(parts) if parts else "")


def reasoning(doc: Document, outcome: Outcome) -> dict[str, Any]:
    """The passage that gives a judgement's reasons: the verdict's section, with the one before it where the
    verdict stands alone under a heading of its own ("Progress" ... "Our assessment"); else its paragraph and
    the one before. Returns the text and its first and last page."""
    text = doc.text
    inside = [s for s in doc.sections if s.start <= outcome.start < s.end]
    if inside:
        own = max(inside, key=lambda s: (s.level, s.start))
        begin, end, first_page = own.start, max(own.end, outcome.end), own.page
        rest = len(text[own.start : own.end].strip()) - len(own.heading) - (outcome.end - outcome.start)
        if rest < 80:
            parent = max((s for s in inside if s.level < own.level), key=lambda s: s.level, default=None)
            before = [
                s
                for s in doc.sections
                if s.level == own.level and s.end <= own.start and (parent is None or s.start >= parent.start)
            ]
            if before:
                prev = max(before, key=lambda s: s.start)
                begin, first_page = prev.start, prev.page
    else:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text)]
        here = next((i for i, (s, e) in enumerate(paragraphs) if s <= outcome.start < e), None)
        if here is None:
            begin, end = outcome.start, outcome.end
        else:
            begin, end = paragraphs[max(here - 1, 0)][0], paragraphs[here][1]
        first_page = page_at(doc, begin)
    passage = text[begin:end].strip()
    if len(passage) > MAX_PASSAGE:
        cut = passage[-MAX_PASSAGE:]
        sentence = SENTENCE_BREAK.search(cut)
        passage = "… " + (cut[sentence.end() :] if sentence else cut)
    last = outcome.page if outcome.page is not None else first_page
    return {"text": passage, "pages": [p for p in (first_page, last) if p is not None][:2] or None}


def page_at(doc: Document, offset: int) -> int | None:
    """Page of a character offset, from the nearest item before it that knows its page (None without pages)."""
    spans: list[Any] = [*doc.sections, *doc.findings, *doc.concerns, *doc.recommendations, *doc.outcomes]
    before = [s for s in spans if s.page is not None and s.start <= offset]
    return max(before, key=lambda s: s.start).page if before else None


def _doc_summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "kind": doc.kind,
        "published": doc.published,
        "force": doc.force,
    }


# -- quotations -----------------------------------------------------------------


def find_quote(quote: str, text: str) -> dict[str, Any]:
    """Where a quotation best matches a text (:func:`~reportmine.link.quotecheck.check_quote`): verdict
    verbatim, altered or not_found, the nearest passage, the words that differ."""
    return check_quote(quote, text)


# -- coverage -------------------------------------------------------------------


def compare_coverage(report: Document, press: Document, others: Sequence[Document] = ()) -> dict[str, Any]:
    """What a press piece got right, left out and added, and whether the words it gives the report are the report's.

    Right and left out are the graph's ``reports`` edges (:func:`~reportmine.link.statements.restate`): a report
    statement the piece relays, or not. ``others``: further documents (a corpus) the piece may fit better."""
    score = coverage_score(press, report)
    months = months_between(report.published, press.published)
    reason = _different_forces(report, press) or (
        f"the piece was published {abs(months):.0f} months {'before' if months < 0 else 'after'} the report"
        if months is not None and not (-1 <= months <= 12)
        else None
    )
    if not reason and score == 0.0 and same_force(report, press) is not True:
        # a piece of the report's own force stays (a poor extraction can share no words); one that names no
        # force, or the report none, has only its words to go by, and they say nothing of the report
        reason = "they name no force in common and the piece relays none of the report's findings"
    if reason:
        raise Unrelated(
            f"{press.title or press.source} does not cover {report.title or report.source}: {reason}"
        )
    rows = restate(press_statements(press) or _sentence_statements(press), report, press)
    relayed: dict[tuple[str, int], Restated] = {}
    for row in rows:
        if row.report is not None:
            key = (row.report.kind, row.report.n)
            if key not in relayed or row.score > relayed[key].score:
                relayed[key] = row
    right: list[dict[str, Any]] = []
    left_out: list[dict[str, Any]] = []
    for statement in report_statements(report):
        entry = {"kind": statement.kind, "text": statement.text, "page": _statement_page(report, statement)}
        best = relayed.get((statement.kind, statement.n))
        if best is not None:
            right.append({**entry, "score": best.score, "press": best.press.text})
        else:
            left_out.append(entry)
    said_rows = [_said_row(row) for row in rows]
    added = [{"text": row["text"], "score": row["score"]} for row in said_rows if row["restates"] is None]
    quotes: dict[str, list[dict[str, Any]]] = {"report": [], "others": []}
    for quote in check_quotes(press, report):
        if quote["from_report"]:
            at = report.text.find(quote["passage"]) if quote["passage"] else -1
            quotes["report"].append({**quote, "page": page_at(report, at) if at >= 0 else None})
        else:
            quotes["others"].append(
                {"speaker": quote["speaker"], "text": quote["text"], "verdict": "not_checkable"}
            )
    pool = other_documents(report, press, others)
    better = better_fit(report, press, score, pool)
    notes = _coverage_notes(report, press, searched=bool(pool))
    if better:
        notes.insert(
            0,
            f"the piece fits {_name_of(better['document'])} better: coverage confidence "
            f"{better['coverage_score']:.2f} against {score:.2f} for this report (+{better['margin']:.2f})",
        )
    if score < MIN_COVERAGE:
        notes.append(
            f"the piece shares little with the report (coverage confidence {score:.2f}): check the pairing"
        )
    return Comparison(
        {
            "relation": "coverage",
            "report": _doc_summary(report),
            "press": _doc_summary(press),
            "coverage_score": score,
            "better_fit": better,
            "summary": (
                f"{len(right)} of {len(right) + len(left_out)} report statements relayed; "
                f"{len(added)} statement(s) not in the report; "
                f"{len(quotes['report'])} quotation(s) given to the report or inspectorate "
                f"({sum(q['verdict'] == 'verbatim' for q in quotes['report'])} verbatim), "
                f"{len(quotes['others'])} from others"
            ),
            "notes": notes,
            "right": right,
            "left_out": left_out,
            "not_in_report": added,
            "press_statements": said_rows,
            "quotes": quotes,
        }
    )


def other_documents(report: Document, press: Document, others: Sequence[Document]) -> list[Document]:
    """The documents of ``others`` a press piece might cover instead of ``report``: one copy per publication,
    leaving out the piece, press pieces, and ``report`` itself under any of its copies (its PDF and web page)."""
    candidates = [d for d in others if d.id not in (report.id, press.id) and d.kind not in PRESS_KINDS]
    if not candidates:
        return []
    own = next(e for e in editions([report, *candidates]) if report in e)
    return [representative(e) for e in editions(candidates) if not any(d in own for d in e)]


def better_fit(
    report: Document, press: Document, score: float, pool: Sequence[Document]
) -> dict[str, Any] | None:
    """The document of ``pool`` (:func:`other_documents`) that the piece covers better than ``report`` (the
    graph's ``covers`` choice: :func:`~reportmine.link.pairing.covered_report`), with both scores and the
    margin; None where ``report`` is the best fit."""
    best = covered_report(press, pool)  # ``report`` has its ``score`` already: it fits better at equal scores
    if best is None or best[0] <= score:
        return None
    return {
        "document": _doc_summary(best[1]),
        "coverage_score": best[0],
        "report_score": score,
        "margin": round(best[0] - score, 4),
    }


def _name_of(summary: dict[str, Any]) -> str:
    kind = (summary.get("kind") or "other").replace("_", " ")
    return (
        f"{summary.get('title') or summary.get('source')} ({kind}, {summary.get('published') or 'undated'})"
    )


def _statement_page(report: Document, statement: Statement) -> int | None:
    """The page of one of the report's statements (:func:`~reportmine.link.statements.report_statements`)."""
    if statement.kind == "recommendation":
        return next((r.page for r in report.recommendations if r.number == statement.n), None)
    items = report.findings if statement.kind == "finding" else report.concerns
    return items[statement.n - 1].page


def _said_row(row: Restated) -> dict[str, Any]:
    """One statement of the piece, with the report statement it restates (None: not in the report)."""
    target = row.report
    return {
        "kind": row.press.kind,
        "text": row.press.text,
        "restates": None
        if target is None
        else {"kind": target.kind, "number": target.n, "text": target.text},
        "score": row.score,
    }


def _sentence_statements(press: Document) -> list[Statement]:
    """A piece with no reported findings or concerns: its sentences outside quotations, as statements."""
    quoted = [(q.start, q.end) for q in press.quotes]
    out: list[Statement] = []
    for start, end, sentence in sentence_spans(press.text):
        inside = sum(max(0, min(end, b) - max(start, a)) for a, b in quoted)
        if len(sentence) > 40 and inside < 0.5 * (end - start) and (press.title or "") not in sentence:
            out.append(Statement("statement", len(out) + 1, sentence))
    return out


def _coverage_notes(report: Document, press: Document, searched: bool) -> list[str]:
    """Signs that the piece is about another document, where no other documents were given to check it
    against (``searched``: they were, and :func:`better_fit` says which fits better): a follow-up, or a later
    report."""
    from ..metadata import kind_cues

    notes = []
    head = f"{press.title or ''}\n{press.text[:600]}"
    if not searched and not is_follow_up(report) and any(p.search(head) for p in kind_cues()["follow_up"]):
        notes.append(
            "the piece reads as coverage of a follow-up (its headline or opening names one): "
            "compare it with the follow-up of this report, or give the corpus (--with) to check"
        )
    months = months_between(report.published, press.published)
    if not searched and months is not None and months > 3:
        notes.append(
            f"the piece was published {months:.0f} months after the report; it may cover a later document"
        )
    return notes
