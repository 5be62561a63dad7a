"""Pairing predicted items with gold items: text normalisation, word overlap, names, one-to-one assignment.

The rule for text spans (findings, concerns, recommendations, outcomes, dates,
quotes): both texts are normalised and split into words; a prediction and a
gold item match when the words they share (counted with repetition) make up at
least ``THRESHOLD`` of the longer of the two. At 0.5 a prediction must cover
most of the gold span without running on to much more than it: a sentence cut
in half, or one glued to the next sentence, still matches; a span twice the
length of the gold (two list items as one) or a third of it does not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path

THRESHOLD = 0.5

RULE = (
    "text spans: both sides normalised (Unicode NFKC, curly quotes and dashes made plain, "
    "whitespace collapsed, words broken at a line end rejoined and in-word hyphens dropped, "
    "lower case, punctuation, quote marks and possessive 's removed) and split into words; a prediction "
    f"matches a gold item when |shared words (with repetition)| / max(|pred|, |gold|) >= {THRESHOLD}. "
    "Pairs are one-to-one, chosen best-first: highest overlap first, ties in reading order. "
    "people: the predicted name equals the gold name or one of its aliases, or (courtesy titles, "
    "ranks and honours set aside) the surnames agree and so do the first names where both are given."
)

_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": "",
    }
)
_LINE_END_BREAK = re.compile(r"(?<=\w)-\s+(?=[a-z])")
_IN_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = "\"'.,;:!?()[]{}-\u2026 "


def normalise(text: str | None) -> str:
    """The comparable form of a text: plain quotes and dashes, rejoined words, one space, lower case."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)
    text = _LINE_END_BREAK.sub("", text)
    text = _IN_WORD_HYPHEN.sub("", text)
    return _SPACE.sub(" ", text).strip().lower()


def words(text: str | None) -> list[str]:
    """The words of a text after ``normalise`` (punctuation, quote marks and possessive 's dropped)."""
    return [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(normalise(text))]


def label(text: str | None) -> str:
    """A short value (title, deadline, speaker) compared case- and whitespace-insensitively."""
    return (
        _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "").translate(_PLAIN))
        .strip(_EDGE_PUNCT)
        .casefold()
    )


@dataclass(frozen=True)
class Bag:
    """A text's words as a multiset, ready for overlap scoring."""

    counts: Counter
    size: int

    @classmethod
    def of(cls, text: str | None) -> Bag:
        tokens = words(text)
        return cls(Counter(tokens), len(tokens))


def overlap(pred: Bag, gold: Bag) -> float:
    """Shared words (with repetition) over the length of the longer text; 0 when either is empty."""
    longest = max(pred.size, gold.size)
    if not pred.size or not gold.size:
        return 0.0
    if min(pred.size, gold.size) / longest < THRESHOLD:
        return 0.0  # cannot reach the threshold: skip the intersection
    return sum((pred.counts & gold.counts).values()) / longest


@dataclass(frozen=True)
class Pair:
    gold: int
    pred: int
    score: float


def assign(
    n_gold: int, n_pred: int, score: Callable[[int, int], float], threshold: float = THRESHOLD
) -> list[Pair]:
    """One-to-one pairs by greedy best-first assignment: highest score first, ties in reading order.

    Greedy rather than optimal (Hungarian) assignment: it needs no extra
    dependency and differs only when one prediction is the best candidate
    of two gold items at once, which the threshold makes rare.
    """
    candidates = []
    for g in range(n_gold):
        for p in range(n_pred):
            s = score(g, p)
            if s >= threshold:
                candidates.append(Pair(g, p, s))
    candidates.sort(key=lambda c: (-c.score, c.gold, c.pred))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for c in candidates:
        if c.gold in used_gold or c.pred in used_pred:
            continue
        used_gold.add(c.gold)
        used_pred.add(c.pred)
        pairs.append(c)
    return sorted(pairs, key=lambda c: c.gold)


def match_texts(gold: Sequence[str | None], pred: Sequence[str | None]) -> list[Pair]:
    """Pair gold and predicted texts by the word-overlap rule."""
    gold_bags = [Bag.of(t) for t in gold]
    pred_bags = [Bag.of(t) for t in pred]
    return assign(len(gold_bags), len(pred_bags), lambda g, p: overlap(pred_bags[p], gold_bags[g]))


# ---------------------------------------------------------------- people


@lru_cache(maxsize=1)
def _name_affixes() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(resource_path("evaluation_names.json").read_text(encoding="utf-8"))
    return frozenset(data["before"]), frozenset(data["after"])


def name_parts(name: str | None) -> tuple[str | None, str | None]:
    """(first name, surname) of a personal name, courtesy titles, ranks and honours set aside."""
    before, after = _name_affixes()
    tokens = [t.rstrip(".") for t in words(name)]
    core = list(tokens)
    while core and core[0] in before:
        core.pop(0)
    while core and core[-1] in after:
        core.pop()
    core = core or tokens
    if not core:
        return None, None
    return (core[0] if len(core) > 1 else None), core[-1]


def _first_names_agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return a == b


def person_score(pred_name: str | None, gold_name: str | None, gold_aliases: Iterable[str] = ()) -> float:
    """How well a predicted name fits a gold person: 1 exact name or alias, 0.9 same first and surname,
    0.75 same surname with a first name on one side only, else 0."""
    target = label(pred_name)
    if not target:
        return 0.0
    if target == label(gold_name) or any(target == label(a) for a in gold_aliases):
        return 1.0
    p_first, p_last = name_parts(pred_name)
    g_first, g_last = name_parts(gold_name)
    if not p_last or p_last != g_last:
        return 0.0
    if p_first and g_first:
        return 0.9 if _first_names_agree(p_first, g_first) else 0.0
    return 0.75
