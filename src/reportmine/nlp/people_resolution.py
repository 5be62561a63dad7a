"""Candidate mentions to persons: the resolving half of the people component.

Mentions of one person are grouped: full names first, then a surname alone, "Mr Woodcock", "DCC
Dunmore", a nickname or an initial; then the mentions no candidate gave are added (a surname said
alone, a description in apposition, "the chief constable"), and each person's title is chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..lexicon.names import Nicknames
from ..lexicon.titles import words_pattern
from .people_candidates import APPOSITION, Candidate, CandidateFinder


@dataclass
class Cluster:
    """One person: the fullest name given, and every mention of them."""

    name: str
    mentions: list[Candidate] = field(default_factory=list)


class PeopleResolver:
    """Group candidates into people and add the mentions that only a known person makes one."""

    def __init__(self, finder: CandidateFinder, nicknames: Nicknames) -> None:
        self.finder = finder
        self.data = finder.data
        self.nicknames = nicknames

    def resolve(self, found: list[Candidate]) -> list[Cluster]:
        """Group mentions into people: full names first, then surnames and given names alone."""
        clusters: list[Cluster] = []
        by_last: dict[str, list[Cluster]] = {}
        for c in found:
            if len(c.words) < 2:
                continue
            same = [
                k
                for k in by_last.get(c.words[-1], [])
                if self._compatible(k.name.split(), c.words)
                and (k.name.split()[0] == c.words[0] or self._ranks_agree(k, c))
            ]
            if same:
                cluster = same[-1]
                cluster.name = self._fuller(cluster.name, c.name)
            else:
                cluster = Cluster(c.name)
                clusters.append(cluster)
                by_last.setdefault(c.words[-1], []).append(cluster)
            cluster.mentions.append(c)
        for c in found:
            if len(c.words) != 1:
                continue
            word = c.words[0]
            pool = (
                by_last.get(word)
                or [k for k in clusters if k.name.split()[0] == word]
                or [
                    k
                    for k in clusters
                    if c.start < c.name_start and self._given_agree(k.name.split()[0], word)
                ]
            )
            if pool:
                # the nearest person of that name mentioned before (else the first after)
                before = [k for k in pool if min(m.name_start for m in k.mentions) < c.name_start]
                (before or pool)[-1 if before else 0].mentions.append(c)
            elif c.title or c.start < c.name_start:
                cluster = Cluster(word, [c])
                clusters.append(cluster)
                by_last.setdefault(word, []).append(cluster)
        return [k for k in clusters if any(m.source == "rule" or len(m.words) > 1 for m in k.mentions)]

    def _ranks_agree(self, cluster: Cluster, c: Candidate) -> bool:
        """Whether a nickname or initial variant may join a person: no rank stated, or the same rank."""
        ranks = {self.data.rank_key(m.title) for m in cluster.mentions if m.title}
        return not c.title or not ranks or self.data.rank_key(c.title) in ranks

    def bare_surnames(self, text: str, clusters: list[Cluster]) -> None:
        """Add the mentions of a known person by surname alone that no earlier step caught ("Slattery said")."""
        taken = [(m.start, m.name_end) for k in clusters for m in k.mentions]
        owners: dict[str, list[Cluster]] = {}
        for k in clusters:
            words = k.name.split()
            if len(words) > 1:
                owners.setdefault(words[-1], []).append(k)
        surnames = [s for s, ks in owners.items() if len(ks) == 1]
        if not surnames:
            return
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(s) for s in surnames) + r")(?![\w-])")
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            owners[m.group(0)][0].mentions.append(
                Candidate(m.start(), m.end(), m.group(0), m.start(), source="surname")
            )

    def appositions(self, doc: Doc, text: str, clusters: list[Cluster]) -> None:
        """Add ", the force's crime and investigations boss," after a name as a mention of that person."""
        taken = [(m.start, m.name_end) for k in clusters for m in k.mentions]
        for cluster in clusters:
            for mention in list(cluster.mentions):
                m = APPOSITION.match(text, mention.name_end)
                if not m or mention.source == "apposition":
                    continue
                start, end = m.span("np")
                if any(s < end and start < e for s, e in taken):
                    continue
                inside = self.data.title.search(text, start, end + 80)
                if inside and inside.start() < end < inside.end():
                    continue  # "the Police, Fire and Crime Commissioner": the comma is the title's
                described = self.finder.described(doc, text, start, end)
                det = m.group("det")
                if described is None or (det is None and described[0] is None):
                    continue  # without a determiner only a title or role is in apposition ("head of CID")
                if (
                    det
                    and det[0].isupper()
                    and not re.search(r"['’]", det)
                    and (described[0] is None or described[1])
                ):
                    continue  # capitalised words in front: only a body's role ("Police Federation chairman")
                title, formal, organisation = described
                cluster.mentions.append(
                    Candidate(
                        start,
                        end,
                        text[start:end],
                        start,
                        title,
                        formal,
                        source="apposition",
                        organisation=organisation,
                    )
                )
                taken.append((start, end))

    def _head_of(self, title: str) -> str:
        """The office of a title without its tail ("Mayor of London" -> "Mayor"), the title itself where it has none."""
        for link in reversed(list(re.finditer(r" (?:of|for) ", title))):
            head = title[: link.start()]
            if self.data.canonical(head)[0] or self.data.office.fullmatch(head):
                return head
        return title

    def title(self, cluster: Cluster) -> str | None:
        """The title stated for a person: a rank or formal title in full, else abbreviated, else a role in apposition."""
        titled = [m for m in sorted(cluster.mentions, key=lambda c: c.start) if m.title]
        # "Constable Wendy Marsh, chair of the federation": a rank written as part of the name gives way to the
        # title or role the document states for the person
        titled = [m for m in titled if (m.title or "").lower() not in self.data.name_ranks] or titled
        formal = [m for m in titled if not m.role and (m.source != "apposition" or m.title_full)]
        pool = formal or titled
        best = next((m for m in pool if m.title_full), pool[0] if pool else None)
        return best.title if best else None

    def the_title(self, doc: Doc, text: str, clusters: list[Cluster], titles: list[str | None]) -> None:
        """Add "the chief constable", "the commissioner" as mentions of the one person named with that title before."""
        forms: dict[str, list[int]] = {}
        for i, title in enumerate(titles):
            if not title:
                continue
            base = self.data.rank_key(title.split(" for ")[0])
            for form in {title, base, self._head_of(title), *self.data.the_forms.get(base, ())}:
                forms.setdefault(form.lower(), []).append(i)
        unique = {form: owners[0] for form, owners in forms.items() if len(set(owners)) == 1}
        if not unique:
            return
        pattern = re.compile(
            r"(?i)\bthe[ \t]+(?:"
            + "|".join(words_pattern(f) for f in sorted(unique, key=len, reverse=True))
            + r")\b"
            r"(?![ \t]+(?:of|for)\b|-)"
        )
        taken = [(m.start, m.name_end) for k in clusters for m in k.mentions]
        taken += [(s.start_char, s.end_char) for s in doc.spans.get("organisations", [])]
        for m in pattern.finditer(text):
            form = " ".join(m.group(0).split()[1:]).lower().replace("’", "'")
            owner = unique.get(form)
            if owner is None or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            cluster = clusters[owner]
            if min(c.start for c in cluster.mentions) > m.start():
                continue  # only once the person has been introduced
            cluster.mentions.append(Candidate(m.start(), m.end(), m.group(0), m.start(), source="title"))

    def _compatible(self, a: list[str], b: list[str]) -> bool:
        """Two multi-word names of one person: same surname and given names that agree (equal, initial, nickname)."""
        if a[-1] != b[-1]:
            return False
        return self._given_agree(a[0], b[0])

    def _given_agree(self, a: str, b: str) -> bool:
        """Two given names of one person: equal, an initial and a name, or a nickname and its formal name."""
        return self.nicknames.given_agree(a.rstrip(".").lower(), b.rstrip(".").lower())

    def _fuller(self, a: str, b: str) -> str:
        """The fuller of two names of one person: more words, then a formal given name over a nickname or initial."""
        short_forms = self.nicknames.short_forms

        def rank(name: str) -> tuple[int, bool, int]:
            words = name.split()
            first = words[0].rstrip(".").lower()
            return len(words), len(first) > 1 and first not in short_forms, len(name)

        return b if rank(b) > rank(a) else a
