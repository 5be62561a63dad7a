"""Which of a report's own statements each finding or concern of a press piece restates.

A press piece relays a finding in its own frame ("Inspectors found that ...", "..., the report
said") and in its own words: the frame words and the names of people and bodies (which say who, not
what) are set aside, words the two sides use for one thing are folded together (``restate_synonyms``
in pipelines/press_cues.json, "unrecognised" with "recognised" where the report has the plain word),
and the rest is compared, by weighted key terms, with every finding, concern and recommendation of
the report. A press line is short and a report statement long, so the share of the press line's
terms that the report statement holds counts most. The best match above :data:`MIN_STATEMENT` is
the statement relayed; below it the press said something the report does not (in those words). The
graph's ``reports`` edges and ``compare REPORT PRESS`` both read this.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Document
from .press_cues import press_pattern, restate_synonyms
from .text import Weights, containment, terms, words

#: least score for a press statement to count as relaying one of the report's own
MIN_STATEMENT = 0.3
#: how much the share of the press statement found in the report statement counts (the rest: the reverse share)
PRESS_SIDE = 0.7
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


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


def _names(docs: Iterable[Document]) -> frozenset[str]:
    """Words of the names of the people, bodies and force of the documents (who said or did it, not what)."""
    out: set[str] = set()
    for doc in docs:
        names = [p.name for p in doc.people] + [o.name for o in doc.organisations] + [doc.force or ""]
        out.update(w for name in names for w in words(name))
    return frozenset(out)


def _content(text: str, names: frozenset[str], plain: frozenset[str] = frozenset()) -> Counter[str]:
    """Key terms of a statement without the words that only frame it (who found it, who said it), with
    synonyms folded; an "un-" word is read as its plain word where ``plain`` (the other side) has it."""
    synonyms = restate_synonyms()

    def fold(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word in names:
            return " "
        if word.startswith("un") and word[2:] in plain:
            word = word[2:]
        return synonyms.get(word) or synonyms.get(word.rstrip("s"), word)  # "cases" as "case"

    return terms(_WORD.sub(fold, press_pattern("frame_words").sub(" ", text)))


def restated(press: Document, report: Document) -> list[Restated]:
    """For each finding and concern of ``press``, the statement of ``report`` it relays (or None)."""
    return restate(press_statements(press), report, press)


def restate(relayed: list[Statement], report: Document, press: Document | None = None) -> list[Restated]:
    """For each of the ``relayed`` statements (those of ``press``, whose names are set aside with the report's),
    the statement of ``report`` it relays (or None)."""
    own = report_statements(report)
    names = _names((report, *([press] if press is not None else [])))
    plain = frozenset(w for s in own for w in words(s.text))
    own_terms = [_content(s.text, names) for s in own]
    relayed_terms = [_content(s.text, names, plain) for s in relayed]
    weight = Weights([*own_terms, *relayed_terms])
    out = []
    for statement, bag in zip(relayed, relayed_terms, strict=True):
        best: tuple[float, Statement | None] = (0.0, None)
        for candidate, other in zip(own, own_terms, strict=True):
            # mostly the share of the press line the report statement holds: a press line may restate part of
            # a long finding
            score = PRESS_SIDE * containment(bag, other, weight) + (1 - PRESS_SIDE) * containment(
                other, bag, weight
            )
            if score > best[0]:
                best = (score, candidate)
        score, target = best
        out.append(Restated(statement, target if score >= MIN_STATEMENT else None, round(score, 4)))
    return out
