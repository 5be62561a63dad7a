"""Quote check: is a quotation a press piece gives the report really in the report, word for word?

Each quotation is ``verbatim`` (its words occur in the report in that order, case, punctuation and
quote marks aside; parts cut with an ellipsis each occur), ``altered`` (a passage of the report says
nearly the same words: the passage and the words that differ are given) or ``not_found``. Only the
quotations a piece attributes to the report, the inspectorate or its inspectors are the report's to
answer for (:func:`speaks_for_inspectorate`); the check itself works on any quotation.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ..lexicon.sentences import sentences
from ..model import Document
from .press_cues import press_pattern

#: least word-level similarity for a passage to be an altered form of a quotation
MIN_ALTERED = 0.6
#: and least words in common
MIN_SHARED = 4
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\.\s*\.\s*\.|…)\s*")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _fold(text: str) -> str:
    return " ".join(_tokens(text))


def check_quote(quote: str, text: str) -> dict[str, Any]:
    """The verdict on one quotation against a report's text, with the nearest passage and the words that differ."""
    body = f" {_fold(text)} "
    parts = [_fold(p) for p in _ELLIPSIS.split(quote) if _fold(p)]
    if parts and all(f" {p} " in body for p in parts):
        return {"verdict": "verbatim", "similarity": 1.0, "passage": quote.strip(), "differs": []}
    words = _tokens(quote)
    best: tuple[float, int, list[str], str] = (0.0, 0, [], "")
    sents = sentences(text)
    wanted = set(words)
    shortlist = sorted(range(len(sents)), key=lambda i: -len(wanted & set(_tokens(sents[i]))))[:6]
    for i in shortlist:
        for passage in (sents[i], " ".join(sents[max(i - 1, 0) : i + 2])):
            window = _window(words, _tokens(passage))
            matcher = SequenceMatcher(None, words, window, autojunk=False)
            shared = sum(b.size for b in matcher.get_matching_blocks())
            ratio = matcher.ratio()
            if (ratio, shared) > best[:2]:
                best = (ratio, shared, window, sents[i])
    ratio, shared, window, passage = best
    if ratio < MIN_ALTERED or shared < MIN_SHARED:
        return {"verdict": "not_found", "similarity": round(ratio, 3), "passage": None, "differs": []}
    matcher = SequenceMatcher(None, words, window, autojunk=False)
    differs = [
        {"press": " ".join(words[i1:i2]) or None, "report": " ".join(window[j1:j2]) or None}
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return {"verdict": "altered", "similarity": round(ratio, 3), "passage": passage, "differs": differs}


def _window(words: list[str], passage: list[str]) -> list[str]:
    """The stretch of ``passage`` the quotation's words line up with (the whole passage where none do)."""
    blocks = [
        b for b in SequenceMatcher(None, words, passage, autojunk=False).get_matching_blocks() if b.size
    ]
    if not blocks:
        return passage
    lo = max(0, blocks[0].b - blocks[0].a)
    hi = min(len(passage), blocks[-1].b + blocks[-1].size + (len(words) - blocks[-1].a - blocks[-1].size))
    return passage[lo:hi]


def speaks_for_inspectorate(speaker: str | None, press: Document, report: Document | None = None) -> bool:
    """Whether a quotation's speaker is the report, the inspectorate or one of its inspectors (by the title the
    piece or the report gives them)."""
    if not speaker:
        return False
    pattern = press_pattern("inspectorate_speaker")
    if pattern.search(speaker):
        return True
    people = [*press.people, *(report.people if report is not None else [])]
    return any(p.name == speaker and pattern.search(p.title or "") for p in people)


def check_quotes(press: Document, report: Document) -> list[dict[str, Any]]:
    """Every quotation of ``press`` with its verdict against ``report``; ``from_report`` marks those the piece
    attributes to the report or the inspectorate (the ones the report has to answer for)."""
    return [
        {
            "speaker": q.speaker,
            "text": q.text,
            "from_report": speaks_for_inspectorate(q.speaker, press, report),
            **check_quote(q.text, report.text),
        }
        for q in press.quotes
    ]
