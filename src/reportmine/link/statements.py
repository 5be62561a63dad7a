"""Which of a report's own statements each finding or concern of a press piece restates.

A press piece relays a finding in its own frame ("Inspectors found that ...", "..., the report
said"): the frame words are set aside and the rest is compared, by weighted key terms, with every
finding, concern and recommendation of the report. The best match above
:data:`MIN_STATEMENT` is the statement relayed; below it the press said something the report does
not (in those words). The graph's ``reports`` edges and ``compare REPORT PRESS`` both read this.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Document
from .press_cues import press_pattern
from .text import Weights, containment, terms

#: least score for a press statement to count as relaying one of the report's own
MIN_STATEMENT = 0.3


@dataclass(frozen=True)
class Statement:
    """One statement of a document: ``kind`` is finding, concern or recommendation; ``n`` its 1-based
    position among that kind (a recommendation's printed number)."""

    kind: str
    n: int
    text: str


@dataclass(frozen=True)
class Restated:
    """A press statement and the report statement it relays (None: not in the report), with the score."""

    press: Statement
    report: Statement | None
    score: float


def report_statements(report: Document) -> list[Statement]:
    """The report's findings, concerns and recommendations (a follow-up's verdicts, "This recommendation has been
    achieved.", say too little on their own to be matched by their words)."""
    return (
        [Statement("finding", n, s.text) for n, s in enumerate(report.findings, 1)]
        + [Statement("concern", n, s.text) for n, s in enumerate(report.concerns, 1)]
        + [Statement("recommendation", r.number, r.text) for r in report.recommendations]
    )


def press_statements(press: Document) -> list[Statement]:
    """The findings and concerns a press piece reports."""
    return [Statement("finding", n, s.text) for n, s in enumerate(press.findings, 1)] + [
        Statement("concern", n, s.text) for n, s in enumerate(press.concerns, 1)
    ]


def _content(text: str) -> Counter[str]:
    """Key terms of a statement without the words that only frame it (who found it, who said it)."""
    return terms(press_pattern("frame_words").sub(" ", text))


def restated(press: Document, report: Document) -> list[Restated]:
    """For each finding and concern of ``press``, the statement of ``report`` it relays (or None)."""
    return restate(press_statements(press), report)


def restate(relayed: list[Statement], report: Document) -> list[Restated]:
    """For each of the ``relayed`` statements (a press piece's), the statement of ``report`` it relays (or None)."""
    own = report_statements(report)
    own_terms = [_content(s.text) for s in own]
    relayed_terms = [_content(s.text) for s in relayed]
    weight = Weights([*own_terms, *relayed_terms])
    out = []
    for statement, bag in zip(relayed, relayed_terms, strict=True):
        best: tuple[float, Statement | None] = (0.0, None)
        for candidate, other in zip(own, own_terms, strict=True):
            # the mean of the two shares each holds of the other: a press line may restate part of a long finding
            score = (containment(bag, other, weight) + containment(other, bag, weight)) / 2
            if score > best[0]:
                best = (score, candidate)
        score, target = best
        out.append(Restated(statement, target if score >= MIN_STATEMENT else None, round(score, 4)))
    return out
