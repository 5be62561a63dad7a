"""Which follow-up reviews which report, which press piece covers which report, and which files are copies.

Documents are first grouped into editions (the same publication read from
several files: a PDF and its web page). A follow-up is paired with the edition
of the earlier inspection of the same force and programme that best explains
its outcomes and the years it names ("our 2016 inspection"); a press piece with
the report of the same force, published at about the same time, whose findings
it relays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import PurePath

from ..lexicon.forces import force_key
from ..lexicon.sentences import sentences
from ..model import Document
from ..resources import resource_path
from .match import Link, link_strength, match_outcomes
from .press_cues import press_pattern
from .text import Weights, overlap, terms

PRESS_KINDS = ("news_article", "press_release")
#: least pairing score for a follow-up link, and for a coverage link
MIN_FOLLOW_UP = 0.35
MIN_COVERAGE = 0.3
#: least share of shared findings for a coverage link where the piece's or the report's force is unknown
MIN_CONTENT_UNPLACED = 0.4

_YEAR_REF = [
    re.compile(
        r"\b(?:our|the|its|this|that|previous|last|original|earlier)\s+(?:[\w/–-]+\s+){0,4}?(?:inspection|report|review)s?\b[^.]{0,60}?\b((?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(r"\b((?:19|20)\d{2})(?:[/–-]\d{2,4})?\s+(?:[\w-]+\s+){0,3}?(?:inspection|report)\b", re.I),
    re.compile(
        r"\b(?:inspect|publish|report)\w*\s+(?:\w+\s+){0,3}?in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\b"
    ),
]


def _slug(value: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (value or "").lower()).strip()


def _force_slug(force: str | None) -> str:
    """One key for a force under any of its names."""
    return _slug(force_key(force))


def date_parts(value: str | None) -> tuple[int, ...]:
    """(year, month, day) of an ISO date as far as it goes; () when unknown."""
    return (
        tuple(int(p) for p in re.findall(r"\d+", value or "")[:3])
        if value and re.match(r"\d{4}", value)
        else ()
    )


def compare_dates(a: str | None, b: str | None) -> int | None:
    """-1, 0 or 1 as ``a`` is before, at (to the precision both give) or after ``b``; None when either is unknown."""
    pa, pb = date_parts(a), date_parts(b)
    n = min(len(pa), len(pb))
    if not n:
        return None
    return (pa[:n] > pb[:n]) - (pa[:n] < pb[:n])


def _months(a: str | None, b: str | None) -> float | None:
    pa, pb = date_parts(a), date_parts(b)
    if not pa or not pb:
        return None
    return (pb[0] - pa[0]) * 12 + ((pb[1] if len(pb) > 1 else 6) - (pa[1] if len(pa) > 1 else 6))


@lru_cache(maxsize=1)
def _programme_cues() -> dict[str, list[re.Pattern[str]]]:
    data = json.loads(resource_path("programmes.json").read_text(encoding="utf-8"))["programmes"]
    return {name: [re.compile(p, re.I) for p in cues] for name, cues in data.items()}


def programmes(doc: Document) -> frozenset[str]:
    """The inspection programmes a document names in its title (or, without a title, its opening)."""
    head = doc.title or doc.text[:600]
    found = {name for name, cues in _programme_cues().items() if any(c.search(head) for c in cues)}
    if not found and doc.title:
        found = {
            name for name, cues in _programme_cues().items() if any(c.search(doc.text[:600]) for c in cues)
        }
    return frozenset(found)


def cited_years(doc: Document) -> frozenset[int]:
    """Years a follow-up gives for the inspection it reviews ("our 2016 inspection", "published in May 2022")."""
    opening = doc.text[:5000]
    own = date_parts(doc.published)[:1]
    years = {int(m.group(1)) for rx in _YEAR_REF for m in rx.finditer(opening)}
    return frozenset(y for y in years if not own or y <= own[0])


def _same_force(a: Document, b: Document) -> bool | None:
    if not a.force or not b.force:
        return None
    return _force_slug(a.force) == _force_slug(b.force)


# -- editions -----------------------------------------------------------------


def _shingles(text: str, n: int = 4, limit: int = 30000) -> set[int]:
    tokens = re.findall(r"\w+", text[:limit].lower())
    return {hash(tuple(tokens[i : i + n])) for i in range(0, max(len(tokens) - n + 1, 0))}


def editions(documents: Sequence[Document]) -> list[list[Document]]:
    """Groups of documents that are one publication (same kind, force, date and title, or nearly the same text)."""
    groups: dict[tuple, list[Document]] = {}
    for doc in sorted(documents, key=lambda d: (len(d.published or ""), d.published or "", d.id)):
        key = (doc.kind, _force_slug(doc.force), _slug(doc.title))
        # the same date to the precision both give: a PDF dated "2018-03" and its web page dated "2018-03-22"
        same = next((k for k in groups if k[:3] == key and _same_date(k[3], doc.published)), None)
        groups.setdefault(same or (*key, doc.published), []).append(doc)
    out: list[list[Document]] = []
    for key, docs in groups.items():
        if key[2]:
            out.append(sorted(docs, key=lambda d: d.id))
            continue
        # no title to go by: the text must say the same thing
        pending = sorted(docs, key=lambda d: d.id)
        shingles = {d.id: _shingles(d.text) for d in pending}
        while pending:
            first = pending.pop(0)
            copies = [d for d in pending if _jaccard(shingles[first.id], shingles[d.id]) >= 0.5]
            pending = [d for d in pending if d not in copies]
            out.append([first, *copies])
    return sorted(out, key=lambda g: g[0].id)


def _same_date(a: str | None, b: str | None) -> bool:
    return a == b or compare_dates(a, b) == 0


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def representative(edition: Sequence[Document]) -> Document:
    """The copy with the most extracted content (ties: the smallest id)."""
    return min(
        edition,
        key=lambda d: (
            -(len(d.recommendations) + len(d.outcomes)),
            -(len(d.findings) + len(d.concerns)),
            d.id,
        ),
    )


def citable_copy(doc: Document, documents: Sequence[Document]) -> Document:
    """The copy of ``doc``'s publication among ``documents`` to quote from: the most recommendations and
    judgements, then one with pages to cite (its PDF rather than its web page), then ``doc`` itself."""
    edition = next((e for e in editions([doc, *[d for d in documents if d.id != doc.id]]) if doc in e), [doc])
    return min(
        edition,
        key=lambda d: (-(len(d.recommendations) + len(d.outcomes)), d.pages is None, d is not doc, d.id),
    )


def closest_copy(doc: Document, edition: Sequence[Document]) -> Document:
    """The copy of an edition that goes with ``doc``: same file format, then the most similar file name."""
    ext = PurePath(doc.source).suffix.lower()
    stem = PurePath(doc.source).stem.lower()

    def key(other: Document) -> tuple:
        other_stem = PurePath(other.source).stem.lower()
        common = _common_affix(stem, other_stem)
        return (PurePath(other.source).suffix.lower() != ext, -common, other.id)

    return min(edition, key=key)


def _common_affix(a: str, b: str) -> int:
    """Characters two names share at their start plus at their end (a copy's name keeps both)."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i + j


# -- follow-ups ---------------------------------------------------------------


def records_own_items(doc: Document) -> bool:
    """A register entry or tracker page: it states recommendations and gives each its status, so its outcomes
    judge its own recommendations, not those of another report in the corpus."""
    own = {r.number for r in doc.recommendations}
    return (
        doc.kind == "other"
        and bool(own)
        and bool(doc.outcomes)
        and all(o.recommendation in own for o in doc.outcomes)
    )


def is_follow_up(doc: Document) -> bool:
    """A follow-up report, a new inspection that also judges an earlier report's recommendations, or any
    document that judges recommendations and, as the outcomes component noted, reads as a follow-up in its
    opening, whatever kind its page was taken for. The kind is the record's (``metadata.describe`` decided it,
    reading the title too): it is not guessed again here. Never a page that records the status of its own
    recommendations."""
    if records_own_items(doc):
        return False
    if doc.kind == "follow_up_report" or (doc.kind in ("inspection_report", "other") and bool(doc.outcomes)):
        return True
    return len(doc.outcomes) >= 2 and bool(doc.extra.get("reads_as_follow_up"))


def follow_up_score(report: Document, follow_up: Document, links: Sequence[Link] | None = None) -> float:
    """Confidence (0 to 1) that ``follow_up`` reviews ``report``; 0 where force, date or programme rule it out."""
    if (
        report.kind in PRESS_KINDS
        or report.id == follow_up.id
        or not (report.recommendations or report.areas_for_improvement or report.kind == "inspection_report")
    ):
        return 0.0
    same_force = _same_force(report, follow_up)
    if same_force is False:
        return 0.0
    order = compare_dates(report.published, follow_up.published)
    if order is not None and order > 0:
        return 0.0
    prog_r, prog_f = programmes(report), programmes(follow_up)
    programme = 1.0 if prog_r & prog_f else 0.0 if prog_r and prog_f else 0.5
    years = cited_years(follow_up)
    r_year = date_parts(report.published)[:1]
    year_ref = (
        0.5 if not years or not r_year else 1.0 if (r_year[0] in years or r_year[0] - 1 in years) else 0.0
    )
    content = (
        link_strength(report, follow_up, links)
        if (report.recommendations or report.areas_for_improvement) and follow_up.outcomes
        else None
    )
    if programme == 0.0 and (content is None or content < 0.6):
        return 0.0
    if year_ref == 0.0 and (content is None or content < 0.6):
        return 0.0
    months = _months(report.published, follow_up.published)
    recency = 0.5 if months is None else max(0.0, 1.0 - max(months, 0) / 60.0)
    force = 1.0 if same_force else 0.5
    if content is None:
        # nothing to compare (an extraction without recommendations): metadata alone, capped low
        return round(0.2 * programme + 0.15 * year_ref + 0.15 * recency + 0.1 * force, 4)
    return round(0.55 * content + 0.15 * programme + 0.15 * year_ref + 0.1 * recency + 0.05 * force, 4)


def pair_follow_ups(
    eds: Sequence[Sequence[Document]],
) -> list[tuple[Sequence[Document], Sequence[Document], float]]:
    """(follow-up edition, report edition, score) for every follow-up whose report is in the corpus."""
    reports = [e for e in eds if representative(e).kind in ("inspection_report", "follow_up_report", "other")]
    by_force: dict[str, list[Sequence[Document]]] = {}
    for e in reports:
        by_force.setdefault(_force_slug(representative(e).force), []).append(e)
    out = []
    for fu in eds:
        rep_f = representative(fu)
        if not is_follow_up(rep_f):
            continue
        pool = by_force.get(_force_slug(rep_f.force), []) + (
            by_force.get("", []) if rep_f.force else [e for k, v in by_force.items() if k for e in v]
        )
        best: tuple[float, str, Sequence[Document]] | None = None
        for cand in pool:
            if cand is fu:
                continue
            score = follow_up_score(representative(cand), rep_f)
            if score >= MIN_FOLLOW_UP and (best is None or (score, representative(cand).id) > best[:2]):
                best = (score, representative(cand).id, cand)
        if best:
            out.append((fu, best[2], best[0]))
    return out


# -- coverage -----------------------------------------------------------------


def statement_texts(doc: Document) -> list[str]:
    """What a document reports: findings, concerns and recommendations (press: falls back to its sentences)."""
    items = (
        [s.text for s in doc.findings]
        + [s.text for s in doc.concerns]
        + [r.text for r in doc.recommendations]
    )
    if not items and doc.kind in PRESS_KINDS:
        items = [s for s in sentences(doc.text) if len(s) > 40][:60]
    return items


def coverage_score(press: Document, report: Document) -> float:
    """Confidence (0 to 1) that a press piece covers a report: same force, close dates, shared findings (or, for a
    follow-up, a piece that says how the force did on earlier recommendations)."""
    if press.kind not in PRESS_KINDS or report.kind in PRESS_KINDS or press.id == report.id:
        return 0.0
    same_force = _same_force(press, report)
    if same_force is False:
        return 0.0
    months = _months(report.published, press.published)
    if months is not None and not (-1 <= months <= 12):
        return 0.0
    timing = 0.5 if months is None else max(0.0, 1.0 - max(months, 0) / 12.0)
    press_items = [terms(t) for t in statement_texts(press)]
    report_items = [terms(t) for t in statement_texts(report)]
    if not press_items or not report_items:
        content = 0.0
    else:
        weight = Weights([*press_items, *report_items])
        best = sorted((max(overlap(p, r, weight) for r in report_items) for p in press_items), reverse=True)
        top = best[: max(3, len(best) // 2)]
        content = sum(top) / len(top)
    if is_follow_up(report) and press_pattern("follow_up_talk").search(press.text):
        # the piece weighs the force's progress on recommendations, what a follow-up does; its own words still rank
        # two follow-ups of the force
        content = 0.5 + 0.5 * content
    # a piece or a report whose force is unknown has only its words to go by: they must say more
    if content < (0.2 if same_force else MIN_CONTENT_UNPLACED):
        return 0.0
    prog_p, prog_r = programmes(press), programmes(report)
    programme = 1.0 if prog_p & prog_r else 0.5 if not (prog_p and prog_r) else 0.0
    force = 1.0 if same_force else 0.3
    return round(0.55 * content + 0.15 * programme + 0.15 * timing + 0.15 * force, 4)


def covered_report(press: Document, reports: Sequence[Document]) -> tuple[float, Document] | None:
    """(score, report): the one of ``reports`` a press piece covers best (at least :data:`MIN_COVERAGE`), or None."""
    scored = [(coverage_score(press, r), r.id, r) for r in reports]
    scored = [s for s in scored if s[0] >= MIN_COVERAGE]
    if not scored:
        return None
    score, _, report = max(scored, key=lambda s: s[:2])
    return score, report


def pair_coverage(eds: Sequence[Sequence[Document]]) -> list[tuple[Document, Sequence[Document], float]]:
    """(press document, report edition, score): the best report each press piece covers, if any."""
    reports = {representative(e).id: e for e in eds if representative(e).kind not in PRESS_KINDS}
    candidates = [representative(e) for e in reports.values()]
    out = []
    for press_ed in eds:
        for press in press_ed:
            if press.kind not in PRESS_KINDS or is_follow_up(press):
                continue
            best = covered_report(press, candidates)
            if best:
                out.append((press, reports[best[1].id], best[0]))
    return out


#: public names for what compare explains when it refuses a pair
same_force = _same_force
months_between = _months

__all__ = [
    "citable_copy",
    "cited_years",
    "closest_copy",
    "compare_dates",
    "coverage_score",
    "covered_report",
    "editions",
    "follow_up_score",
    "is_follow_up",
    "months_between",
    "match_outcomes",
    "pair_coverage",
    "pair_follow_ups",
    "programmes",
    "representative",
    "same_force",
]
