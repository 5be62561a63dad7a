"""One identity per real person across a corpus.

"Andy Slattery", "Andrew Slattery" and "DCS Slattery" of the same force are one
man: given names agree through nicknames and initials, and titles agree by
kind (a police rank, an inspectorate post, a commissioner). Two people who
share a surname but not a given name, or a surname but not a kind of role, stay two.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, Person
from ..resources import resource_path

_CATEGORY_ORDER = ("inspectorate", "commissioner", "politics", "police")


@dataclass(frozen=True)
class _Titles:
    abbreviations: dict[str, str]
    qualifiers: frozenset[str]
    courtesy: frozenset[str]
    honours: frozenset[str]
    categories: dict[str, tuple[str, ...]]
    nicknames: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _titles() -> _Titles:
    """Title knowledge shared with the people component (titles.json) plus the graph's own groups."""
    shared = json.loads(resource_path("titles.json").read_text(encoding="utf-8"))
    data = json.loads(resource_path("title_categories.json").read_text(encoding="utf-8"))
    nick = json.loads(resource_path("nicknames.json").read_text(encoding="utf-8"))["nicknames"]
    abbreviations = {
        " ".join(_words(short.lower())): full.lower()
        for full, shorts in shared["titles"].items()
        for short in shorts
    }
    abbreviations.update(data["word_abbreviations"])
    return _Titles(
        abbreviations=abbreviations,
        qualifiers=frozenset(data["qualifiers"]),
        courtesy=frozenset(h.lower() for h in shared["honorifics"]) | frozenset(data["courtesy"]),
        honours=frozenset(data["honours"]),
        categories={k: tuple(v) for k, v in data["categories"].items()},
        nicknames={k: tuple(v) for k, v in nick.items()},
    )


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s/]+", text.replace(".", " ").replace(",", " ")) if w]


@lru_cache(maxsize=4096)
def expand_title(title: str | None) -> str | None:
    """A title in full and in lower case ("Det Supt" -> "detective superintendent"), or None."""
    if not title:
        return None
    t = _titles()
    words = [w.lower() for w in _words(title)]
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in t.abbreviations:
            out.append(t.abbreviations[pair])
            i += 2
            continue
        out.append(t.abbreviations.get(words[i], words[i]))
        i += 1
    text = " ".join(out).strip()
    return text or None


@lru_cache(maxsize=4096)
def title_category(title: str | None) -> str | None:
    """The kind of role a title names: police, inspectorate, commissioner, politics; None when unknown or other."""
    full = expand_title(title)
    if not full:
        return None
    cats = _titles().categories
    for name in _CATEGORY_ORDER:
        if any(cue in full for cue in cats.get(name, ())):
            return name
    return None


@dataclass(frozen=True)
class NameParts:
    """A personal name taken apart: given names (formal forms), surname, and the title written before it."""

    given: tuple[str, ...]
    surname: str
    prefix: str | None

    @property
    def first(self) -> str | None:
        return self.given[0] if self.given else None


def split_name(name: str) -> NameParts:
    """Given names, surname and any rank or courtesy title written in front ("DCS Andy Slattery")."""
    t = _titles()
    words = _words(name)
    prefix: list[str] = []
    while len(words) > 1:
        low = words[0].lower()
        if (
            low in t.courtesy
            or low in t.qualifiers
            or low in t.abbreviations
            or title_category(low)
            or low in ("hm", "police", "crime", "and")
        ):
            prefix.append(words.pop(0))
            continue
        break
    while len(words) > 1 and words[-1].lower() in t.honours:
        words.pop()
    if not words:
        return NameParts((), "", None)
    surname = words[-1].lower()
    given = tuple(w.lower() for w in words[:-1])
    courtesy_only = all(p.lower() in t.courtesy for p in prefix)
    return NameParts(given, surname, None if courtesy_only or not prefix else " ".join(prefix))


def given_forms(word: str) -> frozenset[str]:
    """The formal names a given name may stand for (itself, and what a nickname shortens)."""
    return frozenset({word, *_titles().nicknames.get(word, ())})


def given_agree(a: str | None, b: str | None) -> bool:
    """Two given names of one person: equal, nickname and formal name, or an initial and a name."""
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(given_forms(a) & given_forms(b))


@dataclass
class Occurrence:
    """One document's entry for a person."""

    doc: Document
    person: Person
    parts: NameParts
    category: str | None
    force: str | None


@dataclass
class Identity:
    """One real person across the corpus, with every document entry that names them."""

    key: str
    name: str
    title: str | None
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({o.doc.id for o in self.occurrences})


def _compatible(a: Occurrence, b: Occurrence) -> bool:
    if a.parts.surname != b.parts.surname:
        return False
    if not given_agree(a.parts.first, b.parts.first):
        return False
    if a.category and b.category and a.category != b.category:
        return False
    same_force = a.force and b.force and a.force.lower() == b.force.lower()
    if same_force:
        return True
    # across forces only people whose role is not tied to a force (an HM Inspector), or where a force is unknown
    roaming = {a.category, b.category} <= {"inspectorate", "politics"} and a.category is not None
    unknown = not (a.force and b.force)
    return bool(a.parts.first and b.parts.first) and (roaming or (unknown and a.category == b.category))


def _display(occ: Occurrence) -> str:
    words = _words(occ.person.name)
    parts = occ.parts
    kept = [w for w in words if w.lower() in parts.given or w.lower() == parts.surname]
    return " ".join(kept) or occ.person.name


def resolve_people(documents: Sequence[Document]) -> list[Identity]:
    """Cluster every document's people into identities; the result is the same in whatever order the documents come."""
    occurrences = []
    for doc in sorted(documents, key=lambda d: d.id):
        for person in doc.people:
            parts = split_name(person.name)
            if not parts.surname:
                continue
            category = title_category(person.title) or title_category(parts.prefix)
            occurrences.append(Occurrence(doc, person, parts, category, doc.force))
    parent = list(range(len(occurrences)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_surname: dict[str, list[int]] = {}
    for i, occ in enumerate(occurrences):
        by_surname.setdefault(occ.parts.surname, []).append(i)
    for indices in by_surname.values():
        named = [i for i in indices if occurrences[i].parts.first]
        bare = [i for i in indices if not occurrences[i].parts.first]
        for x, i in enumerate(named):
            for j in named[x + 1 :]:
                if _compatible(occurrences[i], occurrences[j]):
                    parent[find(j)] = find(i)
        for i in bare:
            # "DCS Slattery": the one named person of that surname it can be
            targets = {find(j) for j in named if _bare_fits(occurrences[i], occurrences[j])}
            if len(targets) == 1:
                parent[find(i)] = targets.pop()
            else:
                for j in bare:
                    if j != i and _bare_fits(occurrences[i], occurrences[j]):
                        parent[find(j)] = find(i)
    clusters: dict[int, list[Occurrence]] = {}
    for i, occ in enumerate(occurrences):
        clusters.setdefault(find(i), []).append(occ)
    return _name_identities(clusters.values())


def _bare_fits(bare: Occurrence, other: Occurrence) -> bool:
    if bare.parts.surname != other.parts.surname:
        return False
    if bare.category and other.category and bare.category != other.category:
        return False
    return (
        bool(bare.force and other.force and bare.force.lower() == other.force.lower())
        or bare.doc.id == other.doc.id
    )


def normalised_name(occ: Occurrence) -> str:
    """Lower-case "given surname" as the document writes it: never a formal name no document uses ("wendy
    williams" stays so; the identity's best occurrence already prefers "andrew" where a document writes it)."""
    return " ".join(filter(None, [occ.parts.first, occ.parts.surname]))


def _name_identities(groups: Iterable[list[Occurrence]]) -> list[Identity]:
    identities = []
    for occs in groups:
        best = max(
            occs,
            key=lambda o: (
                len(o.parts.given),
                bool(o.parts.first and o.parts.first not in _titles().nicknames),
                len(o.parts.first or ""),
                o.doc.published or "",
                o.doc.id,
            ),
        )
        latest = max(occs, key=lambda o: (bool(o.person.title), o.doc.published or "", o.doc.id))
        identities.append(
            Identity(
                normalised_name(best),
                _display(best),
                latest.person.title,
                sorted(occs, key=lambda o: o.doc.id),
            )
        )
    # the same normalised name for two people: tell them apart by force (then by first document)
    counts: dict[str, int] = {}
    for ident in identities:
        counts[ident.key] = counts.get(ident.key, 0) + 1
    for ident in identities:
        if counts[ident.key] > 1:
            forces = sorted({(o.force or "").lower() for o in ident.occurrences})
            ident.key = (
                f"{ident.key} ({re.sub(r'[^a-z0-9]+', '-', forces[0]).strip('-') or ident.documents[0]})"
            )
    seen: dict[str, int] = {}
    for ident in sorted(identities, key=lambda i: (i.key, i.documents)):
        seen[ident.key] = seen.get(ident.key, 0) + 1
        if seen[ident.key] > 1:
            ident.key = f"{ident.key} #{seen[ident.key]}"
    return sorted(identities, key=lambda i: i.key)
