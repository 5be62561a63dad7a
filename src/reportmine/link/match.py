"""Which outcome of a follow-up answers which recommendation of the original report.

Each (recommendation, outcome) pair is scored from three kinds of evidence: the
number the follow-up cites, the recommendation restated in the passage that
leads to (or follows) the verdict, and the share of the recommendation's key
terms the passage uses. Outcomes are then assigned one to one by a
maximum-weight bipartite matching; pairs below ``MIN_SCORE`` are never linked unless each is
the other's clear best (``MIN_MUTUAL``, ``MUTUAL_MARGIN``). Outcomes the follow-up says judge an area
for improvement are never linked to a recommendation: they are matched, the same way, to the report's
areas for improvement (``match_areas``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import networkx as nx

from ..lexicon.sentences import sentences
from ..model import Document, Outcome
from .text import Weights, containment, overlap, terms

#: below this a pair is not a link, however the matching would like it
MIN_SCORE = 0.3
#: ... unless it is at least this, and each is the other's best by MUTUAL_MARGIN times the runner-up
#: (a short paraphrase shares few words with the recommendation, but no other recommendation shares as many)
MIN_MUTUAL = 0.2
MUTUAL_MARGIN = 1.5
#: how far back (or forward) from a verdict the assessing passage may reach, in characters
WINDOW = 4000

_CITED = re.compile(r"\brecommendations?\s+(?:number\s+|no\.?\s*)?(\d{1,2})\b", re.IGNORECASE)


class Assessable(Protocol):
    """A recommendation or an area for improvement: what an outcome can assess."""

    number: int
    text: str


@dataclass
class Link:
    """One outcome (by index in the follow-up's ``outcomes``) assessing one recommendation (or area) by number."""

    recommendation: int
    outcome: int
    score: float
    status: str
    evidence: dict[str, float] = field(default_factory=dict)


@dataclass
class _Evidence:
    """What one outcome offers for matching under one reading of the layout."""

    window: set[str]
    segments: list[set[str]]
    cited: frozenset[int]


def _valid_span(doc: Document, outcome: Outcome) -> bool:
    return 0 <= outcome.start < outcome.end <= len(doc.text)


def _extra_texts(outcome: Outcome) -> list[str]:
    keys = ("anchor", "passage", "restated", "recommendation_text", "context")
    return [str(outcome.extra[k]) for k in keys if isinstance(outcome.extra.get(k), str)]


def _judges_something_else(outcome: Outcome) -> bool:
    """An outcome the follow-up itself says is about an area for improvement, not a recommendation."""
    return outcome.area_for_improvement is not None or outcome.extra.get("subject") == "area_for_improvement"


def _windows(doc: Document, verdict_last: bool) -> list[str]:
    """The passage each outcome sits in: the assessment the extraction found (from the restated recommendation
    or label to the verdict); else back to the previous verdict, or forward to the next one."""
    spans = sorted((o.start, o.end, i) for i, o in enumerate(doc.outcomes) if _valid_span(doc, o))
    texts = {i: " ".join([o.text, *_extra_texts(o)]) for i, o in enumerate(doc.outcomes)}
    for k, (start, end, i) in enumerate(spans):
        if isinstance(doc.outcomes[i].extra.get("passage"), str):
            continue
        if verdict_last:
            lower = spans[k - 1][1] if k else 0
            lo = max(lower, start - WINDOW)
            texts[i] = " ".join([doc.text[lo:end], *_extra_texts(doc.outcomes[i])])
        else:
            upper = spans[k + 1][0] if k + 1 < len(spans) else len(doc.text)
            hi = min(upper, end + WINDOW)
            texts[i] = " ".join([doc.text[start:hi], *_extra_texts(doc.outcomes[i])])
    return [texts[i] for i in range(len(doc.outcomes))]


def _evidence(doc: Document, verdict_last: bool, areas: bool = False) -> list[_Evidence]:
    out = []
    for outcome, window in zip(doc.outcomes, _windows(doc, verdict_last)):
        parts = [terms(s) for s in sentences(window)]
        segments = [set(p) for p in parts] + [set(a) | set(b) for a, b in zip(parts, parts[1:])]
        cited = set() if areas else {int(m.group(1)) for m in _CITED.finditer(window)}
        stated = outcome.area_for_improvement if areas else outcome.recommendation
        if stated is not None:
            cited = {int(stated)}
        out.append(_Evidence(set(terms(window)), segments, frozenset(cited)))
    return out


def _restated(rec_terms: set[str], segment: set[str], weight: Weights) -> float:
    """How far a sentence restates a recommendation: overlap, or (for a short restatement of its first half)
    the mean of how much of each the other explains, when they share at least two terms."""
    dice = overlap(rec_terms, segment, weight)
    if len(rec_terms & segment) < 2:
        return dice
    return max(dice, (containment(rec_terms, segment, weight) + containment(segment, rec_terms, weight)) / 2)


def pair_features(rec_terms: set[str], ev: _Evidence, number: int, weight: Weights) -> dict[str, float]:
    """The evidence that one recommendation is the one an outcome assesses, each from 0 to 1."""
    restated = max((_restated(rec_terms, seg, weight) for seg in ev.segments), default=0.0)
    cover = containment(rec_terms, ev.window, weight)
    features = {"restated": round(restated, 4), "coverage": round(cover, 4)}
    if ev.cited:
        features["cited"] = 1.0 if number in ev.cited and len(ev.cited) <= 2 else 0.0
    return features


def combine(features: dict[str, float]) -> float:
    """One confidence from 0 to 1: text similarity, raised by a matching cited number, lowered by another."""
    text = max(features["restated"], 0.5 * features["restated"] + 0.5 * features["coverage"])
    cited = features.get("cited")
    if cited is None:
        return text
    return 0.55 + 0.45 * text if cited else 0.75 * text


def _assign(
    recs: Sequence[Assessable], doc: Document, verdict_last: bool, areas: bool = False
) -> tuple[float, list[Link]]:
    evidence = _evidence(doc, verdict_last, areas)
    rec_terms = [set(terms(r.text)) for r in recs]
    weight = Weights([*rec_terms, *(ev.window for ev in evidence)])
    scored: dict[tuple[int, int], tuple[float, dict[str, float]]] = {}
    for i, rt in enumerate(rec_terms):
        for j, ev in enumerate(evidence):
            if _judges_something_else(doc.outcomes[j]) != areas:
                continue
            features = pair_features(rt, ev, recs[i].number, weight)
            scored[i, j] = (combine(features), features)
    graph = nx.Graph()
    for (i, j), (score, features) in scored.items():
        if score >= MIN_SCORE or (score >= MIN_MUTUAL and _clear_best(scored, i, j)):
            graph.add_edge(("r", i), ("o", j), weight=score, features=features)
    links = []
    for a, b in nx.max_weight_matching(graph):
        (_, i), (_, j) = sorted((a, b))  # "o" < "r"
        i, j = j, i
        data = graph.edges[a, b]
        links.append(
            Link(recs[i].number, j, round(data["weight"], 4), doc.outcomes[j].status, data["features"])
        )
    links.sort(key=lambda link: link.outcome)
    return sum(link.score for link in links), links


def _clear_best(scored: dict[tuple[int, int], tuple[float, dict[str, float]]], i: int, j: int) -> bool:
    """Recommendation ``i`` and outcome ``j`` are each other's best match, by a clear margin over the runners-up."""
    score = scored[i, j][0]
    row = sorted((v[0] for (a, b), v in scored.items() if a == i and b != j), reverse=True)
    col = sorted((v[0] for (a, b), v in scored.items() if b == j and a != i), reverse=True)
    return all(not rest or score >= MUTUAL_MARGIN * rest[0] for rest in (row, col))


def match_outcomes(report: Document, follow_up: Document) -> list[Link]:
    """One-to-one links between the report's recommendations and the follow-up's outcomes.

    The follow-up's layout (verdict after or before its discussion) is the one that explains more.
    """
    return _best_layout(report.recommendations, follow_up, areas=False)


def match_areas(report: Document, follow_up: Document) -> list[Link]:
    """One-to-one links between the report's areas for improvement and the follow-up's outcomes that judge one."""
    return _best_layout(report.areas_for_improvement, follow_up, areas=True)


def _best_layout(items: Sequence[Assessable], follow_up: Document, areas: bool) -> list[Link]:
    """The links under the follow-up's layout (verdict after or before its discussion) that explains more."""
    if not items or not follow_up.outcomes:
        return []
    after = _assign(items, follow_up, verdict_last=True, areas=areas)
    if not any(_valid_span(follow_up, o) for o in follow_up.outcomes):
        return after[1]
    before = _assign(items, follow_up, verdict_last=False, areas=areas)
    return (after if after[0] >= before[0] else before)[1]


def link_strength(report: Document, follow_up: Document, links: Sequence[Link] | None = None) -> float:
    """How well a report explains a follow-up's outcomes: mean link score over the outcomes (0 to 1)."""
    links = match_outcomes(report, follow_up) if links is None else links
    if not follow_up.outcomes:
        return 0.0
    if any(_judges_something_else(o) for o in follow_up.outcomes):
        links = [
            *links,
            *match_areas(report, follow_up),
        ]  # a later round's verdicts on areas are evidence too
    return sum(link.score for link in links) / len(follow_up.outcomes)
