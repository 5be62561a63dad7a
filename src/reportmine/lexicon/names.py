"""Personal names: what a name looks like in text, its words, and given names that agree (nicknames, initials)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..resources import resource_path

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"(?:[{UPPER}][{LOWER}]*[{UPPER}]?[{LOWER}]+(?:[-'’][{UPPER}][{LOWER}]+)*|[{UPPER}]\.)"
PARTICLE = r"(?:de|da|di|van|von|der|den|le|la|du|bin|al|ibn)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}}"
PLACE = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}(?:[ \t]+(?:and|&)[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD})?)?"


def name_words(text: str) -> list[str]:
    """The words of a name or title, split at spaces and slashes, without dots and commas."""
    return [w for w in re.split(r"[\s/]+", text.replace(".", " ").replace(",", " ")) if w]


@lru_cache(maxsize=1)
def nicknames() -> dict[str, tuple[str, ...]]:
    """Given name -> the formal names it may stand for (``pipelines/nicknames.json``, read once)."""
    data = json.loads(resource_path("nicknames.json").read_text(encoding="utf-8"))["nicknames"]
    return {k: tuple(v) for k, v in data.items()}


def given_forms(word: str) -> frozenset[str]:
    """The formal names a given name may stand for (itself, and what a nickname shortens)."""
    return frozenset({word, *nicknames().get(word, ())})


def given_agree(a: str | None, b: str | None) -> bool:
    """Two given names of one person: equal, nickname and formal name, or an initial and a name."""
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(given_forms(a) & given_forms(b))
