"""Find police forces in text and name the one a document is about.

Known forces come from ``pipelines/forces.json`` (with their variants: "Cumbria
Police" is Cumbria Constabulary); any other "<Place> Police|Constabulary" is
found by the generic pattern in ``pipelines/force_pattern.json``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .resources import resource_path


@dataclass(frozen=True)
class ForceMention:
    name: str  # canonical name
    text: str  # as written
    start: int
    end: int


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
    known = json.loads(resource_path("forces.json").read_text(encoding="utf-8"))["forces"]
    generic = json.loads(resource_path("force_pattern.json").read_text(encoding="utf-8"))
    variants: dict[str, str] = {}
    surfaces: list[str] = []
    for canonical, others in known.items():
        for name in [canonical, *others]:
            variants[name.lower()] = canonical
            surfaces.append(name)
    names = sorted(surfaces, key=len, reverse=True)
    # Case-sensitive on the first letter of each word, as force names are proper nouns.
    known_re = re.compile(r"\b(?:" + "|".join(_title_pattern(n) for n in names) + r")\b")
    place = r"[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?"
    joiner = r"(?:\s+(?:and|&)\s+|\s+of\s+(?:the\s+)?|\s+)"
    suffix = "|".join(re.escape(s) for s in generic["suffixes"])
    generic_re = re.compile(rf"\b({place}(?:{joiner}{place}){{0,3}})\s+({suffix}|police)\b")
    return variants, known_re, generic_re, frozenset(generic["not_places"]), tuple(generic["not_after"])


def _title_pattern(name: str) -> str:
    # news prose often writes the suffix in lower case ("Cumbria police")
    words = [re.escape(w) if w not in _SUFFIX_WORDS else f"(?i:{re.escape(w)})" for w in name.split()]
    return r"\s+".join(words)


_SUFFIX_WORDS = {"Police", "Constabulary"}


def find_forces(text: str) -> list[ForceMention]:
    """Every mention of a police force, known or generic, in reading order."""
    variants, known_re, generic_re, not_places, not_after = _gazetteer()
    found: list[ForceMention] = []
    taken: list[tuple[int, int]] = []
    for m in known_re.finditer(text):
        name = variants.get(" ".join(m.group(0).split()).lower())
        if name and not text[m.end():m.end() + 20].lstrip().startswith(not_after):
            found.append(ForceMention(name, m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in generic_re.finditer(text):
        words = m.group(1).split()
        # drop leading words that cannot start a place name ("The Northmoor Police")
        while words and words[0] in not_places:
            words = words[1:]
        if not words or any(w in not_places for w in words) or words[-1] in {"and", "of", "&", "the"}:
            continue
        if text[m.end():m.end() + 20].lstrip().startswith(not_after):
            continue
        start = text.rfind(words[0], m.start(), m.start(2))
        if any(s <= start < e or s < m.end() <= e for s, e in taken):
            continue
        surface = text[start:m.end()]
        name = " ".join(text[start:m.start(2)].split() + [m.group(2).title()])
        found.append(ForceMention(name, surface, start, m.end()))
    found.sort(key=lambda f: f.start)
    return _merge_generic_variants(found)


def _stem(name: str) -> str:
    return re.sub(r"\s+(?:Police Service|Constabulary|Police)$", "", name)


def _merge_generic_variants(found: list[ForceMention]) -> list[ForceMention]:
    """Give "X Police" and "X Constabulary" of an unlisted force one name: the commonest."""
    counts = Counter(f.name for f in found)
    best: dict[str, str] = {}
    for name, _ in counts.most_common():
        best.setdefault(_stem(name), name)
    return [ForceMention(best[_stem(f.name)], f.text, f.start, f.end) for f in found]


def main_force(title: str | None, text: str) -> str | None:
    """The force a document is about: the one its title names, else the one named most often early on."""
    if title:
        in_title = find_forces(title)
        if in_title:
            name = in_title[0].name
            # an unlisted force named in the title: use the body's commonest form of it
            body = [f.name for f in find_forces(text[:20000]) if _stem(f.name) == _stem(name)]
            return Counter(body).most_common(1)[0][0] if body and name not in _gazetteer()[0].values() else name
    mentions = find_forces(text[:20000])
    if not mentions:
        return None
    return Counter(f.name for f in mentions).most_common(1)[0][0]
