"""Personal names: what a name looks like in text, its words, and given names that agree (nicknames, initials)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..resources import read_data_file

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"(?:[{UPPER}][{LOWER}]*[{UPPER}]?[{LOWER}]+(?:[-'’][{UPPER}][{LOWER}]+)*|[{UPPER}]\.)"
PARTICLE = r"(?:de|da|di|van|von|der|den|le|la|du|bin|al|ibn)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}}"
PLACE = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}(?:[ \t]+(?:and|&)[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD})?)?"


def name_words(text: str) -> list[str]:
    """The words of a name or title, split at spaces and slashes, without dots and commas."""
    return [w for w in re.split(r"[\s/]+", text.replace(".", " ").replace(",", " ")) if w]


class Nicknames:
    """Given names and the formal names they may stand for, as a nicknames file lists them."""

    def __init__(self, entries: dict[str, Any]) -> None:
        self.formal: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in entries["nicknames"].items()}
        #: given names that are short forms of others
        self.short_forms = frozenset(k for k, formal in self.formal.items() if formal != (k,))

    def given_forms(self, word: str) -> frozenset[str]:
        """The formal names a given name may stand for (itself, and what a nickname shortens)."""
        return frozenset({word, *self.formal.get(word, ())})

    def given_agree(self, a: str | None, b: str | None) -> bool:
        """Two given names of one person: equal, nickname and formal name, or an initial and a name."""
        if not a or not b:
            return True
        if len(a) == 1 or len(b) == 1:
            return a[0] == b[0]
        return bool(self.given_forms(a) & self.given_forms(b))


@lru_cache(maxsize=1)
def shipped_nicknames() -> Nicknames:
    """The nicknames of the shipped ``pipelines/nicknames.json``, read once."""
    return Nicknames(read_data_file("nicknames.json"))


def nicknames() -> dict[str, tuple[str, ...]]:
    """Given name -> the formal names it may stand for, by the shipped file."""
    return shipped_nicknames().formal


def given_agree(a: str | None, b: str | None) -> bool:
    """Two given names of one person, by the shipped nicknames (see :meth:`Nicknames.given_agree`)."""
    return shipped_nicknames().given_agree(a, b)
