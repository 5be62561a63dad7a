"""Find police forces and other public bodies in text and name the force a document is about.

A :class:`ForceLexicon` is made from the entries of three files: the known forces
(``pipelines/forces.json``, with their variants: "Cumbria Police" is Cumbria Constabulary), the
generic pattern that finds any other "<Place> Police|Constabulary" (``pipelines/force_pattern.json``)
and the other public bodies (``pipelines/organisations.json``). The organisations component is given
its files in its config; the module functions (:func:`find_forces`, :func:`find_organisations`,
:func:`main_force`) use the shipped files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .. import regex
from ..resources import read_data_file


@dataclass(frozen=True)
class ForceMention:
    name: str  # canonical name
    text: str  # as written
    start: int
    end: int


_ANY_CASE_WORDS = {"Police", "Constabulary", "the"}
# "Greater Manchester Police (GMP)": the document defines an abbreviation for the force
_DEFINED = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,6})\)")
_PLACE_WORD = r"(?!(?:{not_places})\b)[A-Z][a-zA-Z'’]+(?:-(?:[a-z]+-)*[A-Z][a-zA-Z'’]+)*"
_PLACE = r"(?:{word})(?:(?:[ \t]+(?:and|&|upon|on|of)[ \t]+|[ \t]+){word}){{0,3}}"


class ForceLexicon:
    """The forces and other public bodies a forces, a force pattern and an organisations file describe."""

    def __init__(
        self, forces: dict[str, Any], force_pattern: dict[str, Any], organisations: dict[str, Any]
    ) -> None:
        self.forces = forces
        self.force_pattern = force_pattern
        self.organisations = organisations

    @cached_property
    def _gazetteer(
        self,
    ) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
        known = self.forces["forces"]
        generic = self.force_pattern
        variants: dict[str, str] = {}
        surfaces: list[str] = []
        for canonical, others in known.items():
            for name in [canonical, *others]:
                variants[name.lower()] = canonical
                surfaces.append(name)
        names = sorted(surfaces, key=len, reverse=True)
        # Case-sensitive on the first letter of each word, as force names are proper nouns.
        known_re = regex.compile(r"\b(?:" + "|".join(_title_pattern(n) for n in names) + r")\b")
        place = r"[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?"
        # a force name never runs over a line break ("Adequate\n\nWessex Vale Police" is a table cell and a name)
        joiner = r"(?:[ \t]+(?:and|&)[ \t]+|[ \t]+of[ \t]+(?:the[ \t]+)?|[ \t]+)"
        suffix = "|".join(re.escape(s) for s in generic["suffixes"])
        generic_re = regex.compile(rf"\b({place}(?:{joiner}{place}){{0,3}})[ \t]+({suffix}|police)\b")
        return variants, known_re, generic_re, frozenset(generic["not_places"]), tuple(generic["not_after"])

    def find_forces(self, text: str) -> list[ForceMention]:
        """Every mention of a police force, known or generic, in reading order."""
        variants, known_re, generic_re, not_places, not_after = self._gazetteer
        found: list[ForceMention] = []
        taken: list[tuple[int, int]] = []
        for m in known_re.finditer(text):
            name = variants.get(" ".join(m.group(0).split()).lower())
            if name and not text[m.end() : m.end() + 20].lstrip().startswith(not_after):
                found.append(ForceMention(name, m.group(0), m.start(), m.end()))
                taken.append((m.start(), m.end()))
        for m in generic_re.finditer(text):
            words = m.group(1).split()
            # drop leading words that cannot start a place name ("The Northmoor Police")
            while words and words[0] in not_places:
                words = words[1:]
            if not words or any(w in not_places for w in words) or words[-1] in {"and", "of", "&", "the"}:
                continue
            if words[-1].endswith(("'s", "’s")):  # "Cumbria's police officers": a possessive, not a name
                continue
            if text[m.end() : m.end() + 20].lstrip().startswith(not_after):
                continue
            start = text.rfind(words[0], m.start(), m.start(2))
            if any(s <= start < e or s < m.end() <= e for s, e in taken):
                continue
            surface = text[start : m.end()]
            name = " ".join(text[start : m.start(2)].split() + [m.group(2).title()])
            found.append(ForceMention(name, surface, start, m.end()))
            taken.append((start, m.end()))
        found += self._abbreviations(text, found, taken, not_after)
        found.sort(key=lambda f: f.start)
        return _merge_generic_variants(found)

    def _abbreviations(
        self,
        text: str,
        found: list[ForceMention],
        taken: list[tuple[int, int]],
        not_after: tuple[str, ...],
    ) -> list[ForceMention]:
        """Mentions by abbreviation: those forces.json lists, where the force is named in full, and those the text defines."""
        named = {f.name for f in found}
        abbrs = {
            a: name
            for name, listed in self.forces.get("abbreviations", {}).items()
            if name in named
            for a in listed
        }
        for f in found:
            defined = _DEFINED.match(text, f.end)
            if defined:
                abbrs.setdefault(defined.group(1), f.name)
        if not abbrs:
            return []
        regex = re.compile(
            r"\b(?:"
            + "|".join(re.escape(a) for a in sorted(abbrs, key=len, reverse=True))
            + r")\b(?![-'’]\w)"
        )
        return [
            ForceMention(abbrs[m.group(0)], m.group(0), m.start(), m.end())
            for m in regex.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in taken)
            and not text[m.end() : m.end() + 20].lstrip().startswith(not_after)
        ]

    def main_force(self, title: str | None, text: str) -> str | None:
        """The force a document is about: the one its title names (the most weighed if several), else the one
        weighed most in the body, where a mention after "inspection of" weighs more than one in passing."""
        mentions = self.find_forces(text[:20000])
        weights = self._weigh(text, mentions)
        if title:
            in_title = self.find_forces(title)
            if in_title:
                names = [f.name for f in in_title]
                name = max(names, key=lambda n: (weights.get(n, 0), -names.index(n)))
                # an unlisted force named in the title: use the body's commonest form of it
                body = [f.name for f in mentions if _stem(f.name) == _stem(name)]
                return (
                    Counter(body).most_common(1)[0][0]
                    if body and name not in self._gazetteer[0].values()
                    else name
                )
        return weights.most_common(1)[0][0] if weights else None

    @cached_property
    def _inspected_cue(self) -> tuple[re.Pattern[str], int]:
        """The words before a name that make it the inspected force ("inspection of"), and the weight they give."""
        generic = self.force_pattern
        cues = "|".join(_title_pattern(c) for c in generic["inspected_before"])
        return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.IGNORECASE), int(generic["inspected_weight"])

    def _weigh(self, text: str, mentions: list[ForceMention]) -> Counter[str]:
        """Each force's weight in the text: one per mention, ``inspected_weight`` for one that names the inspected force."""
        cue, weight = self._inspected_cue
        weights: Counter[str] = Counter()
        for f in mentions:
            weights[f.name] += weight if cue.search(text[max(0, f.start - 40) : f.start]) else 1
        return weights

    @cached_property
    def _bodies(
        self,
    ) -> tuple[list[tuple[re.Pattern[str], dict]], list[tuple[re.Pattern[str], str]], frozenset[str]]:
        data = self.organisations
        bodies = []
        for body in data["bodies"]:
            full = "|".join(_title_pattern(n) for n in sorted(body["names"], key=len, reverse=True))
            abbr = "|".join(re.escape(a) for a in body["abbreviations"])
            parts = [p for p in (full and rf"(?i:{full})", abbr and rf"(?:{abbr})") if p]
            body = {**body, "first_words": _first_words(body["names"] + body["abbreviations"])}
            bodies.append((regex.compile(r"\b(?:" + "|".join(parts) + r")(?![\w-])"), body))
        # a place is never made of not_places words, so "X County Council and Y Borough Council" is two councils
        word = _PLACE_WORD.format(
            not_places="|".join(re.escape(w) for w in data["not_places"] if w[:1].isupper())
        )
        place = _PLACE.format(word=word)
        patterns = [
            (regex.compile(p["regex"].replace("{place}", f"(?P<place>{place})")), p["name"])
            for p in data["patterns"]
        ]
        return bodies, patterns, frozenset(data["not_places"])

    def find_organisations(self, text: str) -> list[ForceMention]:
        """Every mention of a police force or another public body, with one name per body, in reading order."""
        found = list(self.find_forces(text))
        taken = [(f.start, f.end) for f in found]

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        bodies, patterns, not_places = self._bodies
        words = _words_in(text)
        for pattern, body in bodies:
            first = body["first_words"]
            if words is not None and first is not None and first.isdisjoint(words):
                continue  # cannot occur: spare the pattern's pass over the text
            hits = [m for m in pattern.finditer(text) if free(*m.span())]
            if not hits:
                continue
            full = Counter(
                " ".join(m.group(0).replace("’", "'").split())
                for m in hits
                if m.group(0) not in body["abbreviations"]
            )
            if full:
                name = _fullest_common(full)
            else:
                used = Counter(m.group(0) for m in hits).most_common(1)[0][0]
                name = body.get("abbreviation_names", {}).get(used, body["names"][0])
            for m in hits:
                found.append(ForceMention(name, m.group(0), m.start(), m.end()))
                taken.append(m.span())
        for named, template in patterns:
            has_place = "place" in named.groupindex
            for m in named.finditer(text):
                place = _clean_place(m.group("place"), not_places) if has_place else ""
                if place is None or not free(m.start("place") if has_place else m.start(), m.end()):
                    continue
                # a name that opens with the place starts where the cleaned place does ("The Northshire County Council")
                start = (
                    m.start() + m.group(0).find(place)
                    if has_place and m.start("place") == m.start()
                    else m.start()
                )
                extra = [
                    v
                    for i, v in enumerate(m.groups(), start=1)
                    if not has_place or i != named.groupindex["place"]
                ]
                name = template.replace("{place}", place)
                for i, value in enumerate(extra, start=1):
                    name = name.replace(f"{{{i}}}", value or "")
                found.append(ForceMention(" ".join(name.split()), text[start : m.end()], start, m.end()))
                taken.append((start, m.end()))
        found.sort(key=lambda f: f.start)
        return found


def _title_pattern(name: str) -> str:
    # news prose often writes the suffix in lower case ("Cumbria police"), and "the" opens sentences ("The Met")
    words = [re.escape(w) if w not in _ANY_CASE_WORDS else f"(?i:{re.escape(w)})" for w in name.split()]
    return re.sub(r"['’]", "['’]", r"\s+".join(words))  # straight or curly apostrophes


def _stem(name: str) -> str:
    return re.sub(r"\s+(?:Police Service|Constabulary|Police)$", "", name)


def force_key(name: str | None) -> str:
    """One key for the names of one force ("Fenmarsh Police", "Fenmarsh Constabulary"), listed or not."""
    return _stem(" ".join((name or "").split())).lower()


def _merge_generic_variants(found: list[ForceMention]) -> list[ForceMention]:
    """Give "X Police" and "X Constabulary" of an unlisted force one name: the commonest."""
    counts = Counter(f.name for f in found)
    best: dict[str, str] = {}
    for name, _ in counts.most_common():
        best.setdefault(_stem(name), name)
    out = []
    for f in found:
        name = best[_stem(f.name)]
        # words run together from a flattened block ("Marcus Penhallow Wessex Vale Police"):
        # cut to a shorter name of the same force that the document uses at least as often
        shorter = [n for n in best.values() if name.endswith(" " + n) and counts[n] >= counts[name]]
        if shorter:
            name = max(shorter, key=len)
            cut = len(f.text) - len(name)
            f = ForceMention(name, f.text[cut:], f.start + cut, f.end) if f.text.endswith(name) else f
        out.append(ForceMention(name, f.text, f.start, f.end))
    return out


_WORD = re.compile(r"\w+")
# letters that a case-blind pattern matches to an ASCII letter but str.lower() does not turn into it
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def _first_words(names: list[str]) -> frozenset[str] | None:
    """The lower-cased first words of a body's names and abbreviations: a mention of the body opens
    with one of them as a whole word (its pattern starts at a word boundary and goes on past the word
    with a space, an apostrophe, a stop or the name's end). None when a name opens otherwise."""
    words = set()
    for name in names:
        m = _WORD.match(name)
        if m is None or not m.group(0).isascii():
            return None
        words.add(m.group(0).lower())
    return frozenset(words)


def _words_in(text: str) -> set[str] | None:
    """The lower-cased words of a text, to skip bodies none of whose first words occur; None when
    the text holds a letter that lower-casing would not compare fairly."""
    return None if _ODD_CASE.search(text) else set(_WORD.findall(text.lower()))


def _clean_place(place: str, not_places: frozenset[str]) -> str | None:
    words = place.split()
    while words and words[0] in not_places:
        words = words[1:]
    if not words or any(w in not_places for w in words) or words[-1] in {"and", "&", "of", "on", "upon"}:
        return None
    return " ".join(words)


def _fullest_common(names: Counter[str]) -> str:
    """The name a document mostly uses; between forms used about as often, the longest."""
    top = max(names.values())
    return max((n for n, c in names.items() if c * 2 >= top), key=len)


@lru_cache(maxsize=1)
def shipped_lexicon() -> ForceLexicon:
    """The lexicon of the files shipped under pipelines/."""
    return ForceLexicon(*map(read_data_file, ("forces.json", "force_pattern.json", "organisations.json")))


def find_forces(text: str) -> list[ForceMention]:
    """Every mention of a police force in ``text`` (see :meth:`ForceLexicon.find_forces`), by the shipped files."""
    return shipped_lexicon().find_forces(text)


def find_organisations(text: str) -> list[ForceMention]:
    """Every force or other public body in ``text`` (see :meth:`ForceLexicon.find_organisations`), by the shipped files."""
    return shipped_lexicon().find_organisations(text)


def main_force(title: str | None, text: str) -> str | None:
    """The force a document is about (see :meth:`ForceLexicon.main_force`), by the shipped files."""
    return shipped_lexicon().main_force(title, text)
