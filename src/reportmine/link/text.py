"""Key terms of short texts and their weighted overlap: the meaning-based half of linking.

A light, deterministic stand-in for lemmas: lower case, irregular forms folded,
common suffixes stripped, stems cut to a fixed length, stop words dropped, and
adjacent key terms joined as bigrams so that "problem profile" counts as a phrase.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class _Lexicon:
    stopwords: frozenset[str]
    irregular: Mapping[str, str]
    suffixes: tuple[str, ...]
    stem_length: int


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = json.loads(resource_path("link_terms.json").read_text(encoding="utf-8"))
    return _Lexicon(
        stopwords=frozenset(data["stopwords"]),
        irregular=dict(data["irregular"]),
        suffixes=tuple(sorted(data["suffixes"], key=len, reverse=True)),
        stem_length=int(data["stem_length"]),
    )


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The key-term form of one lower-case word (same stem for "assessed", "assessment", "assessing")."""
    lex = _lexicon()
    word = lex.irregular.get(word, word)
    for suffix in lex.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[: lex.stem_length]


def words(text: str) -> list[str]:
    """Lower-case words of a text, possessives and hyphens folded."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if word.endswith("'s") or word.endswith("s'"):
            word = word[:-2] if word.endswith("'s") else word[:-1]
        out.extend(part for part in word.replace("'", "").split("-") if part)
    return out


def terms(text: str) -> Counter[str]:
    """Key terms (stems) and bigrams of adjacent key terms, with their counts."""
    stop = _lexicon().stopwords
    stems: list[str | None] = [None if w in stop or len(w) < 3 else stem(w) for w in words(text)]
    bag: Counter[str] = Counter(s for s in stems if s)
    bag.update(f"{a} {b}" for a, b in zip(stems, stems[1:]) if a and b)
    return bag


class Weights:
    """Inverse document frequency of terms over a small collection, so that words every text shares count little."""

    def __init__(self, collection: Iterable[Iterable[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for bag in collection:
            df.update(set(bag))
            n += 1
        self._n = max(n, 1)
        self._df = df

    def __call__(self, term: str) -> float:
        weight = math.log(1.0 + self._n / (1.0 + self._df.get(term, 0)))
        return weight * (1.5 if " " in term else 1.0)

    def mass(self, bag: Iterable[str]) -> float:
        return sum(self(t) for t in bag)


def containment(needle: Iterable[str], haystack: Iterable[str], weight: Weights) -> float:
    """Weighted share of ``needle``'s terms that occur in ``haystack`` (0 to 1)."""
    needle = set(needle)
    total = weight.mass(needle)
    if not total:
        return 0.0
    hay = haystack if isinstance(haystack, (set, frozenset, dict, Counter)) else set(haystack)
    return weight.mass(t for t in needle if t in hay) / total


def overlap(a: Iterable[str], b: Iterable[str], weight: Weights) -> float:
    """Weighted Dice overlap of two term sets (1 for the same terms, 0 for none shared)."""
    a, b = set(a), set(b)
    total = weight.mass(a) + weight.mass(b)
    if not total:
        return 0.0
    return 2.0 * weight.mass(a & b) / total
