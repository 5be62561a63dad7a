"""One identity per real person across a corpus.

"Andy Slattery", "Andrew Slattery" and "DCS Slattery" of the same force are one
man: given names agree through nicknames and initials, and titles agree by
kind (a police rank, an inspectorate post, a commissioner). Two people who
share a surname but not a given name, or a surname but not a kind of role, stay two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..lexicon.names import given_agree, name_words, nicknames
from ..lexicon.titles import NameParts, split_name, title_category
from ..model import Document, Person


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
    words = name_words(occ.person.name)
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
                bool(o.parts.first and o.parts.first not in nicknames()),
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
