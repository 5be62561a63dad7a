"""People: every person named, once, with the fullest name given and their title as stated.

Titles (ranks, roles, abbreviations, honorifics) come from ``pipelines/titles.json`` and are
found with regular expressions compiled once from it: abbreviated ranks ("Det Ch Supt",
"T/Det Supt", "Ch.Supt") do not tokenise predictably, so a token Matcher would miss them.
A title binds to the capitalised words right after it ("Chief Constable Gareth Holloway"),
to a name just before it ("Rosalind Pryce, HM Inspector of Constabulary", a signature
line), and the statistical model's PERSON entities add untitled names ("Poppi Worthington").
Every mention is then resolved to one person: surname alone, "Mr Woodcock", "DCC Dunmore".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Mention, Person
from ..resources import resource_path
from . import extensions

extensions.register()

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}]*[{_UPPER}]?[{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)*|[{_UPPER}]\.)"
PARTICLE = r"(?:de|da|di|van|von|der|den|le|la|du|bin|al|ibn)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}}"


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace(".", " ").replace("&", " and ").lower().split())


def _abbr_key(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


@dataclass(frozen=True)
class TitleData:
    """The compiled title vocabulary."""

    title: re.Pattern[str]  # one title, with an optional modifier ("T/Det Supt")
    honorific: re.Pattern[str]
    full: dict[str, str]  # normalised full form -> title as written in titles.json
    abbreviations: dict[str, str]  # abbreviation without dots/spaces -> full title
    modifiers: dict[str, str]  # modifier (or its abbreviation) -> modifier
    seat_titles: frozenset[str]
    represents: re.Pattern[str]
    not_seat: frozenset[str]
    not_name: frozenset[str]
    rank_words: frozenset[str]


def _words_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word == "&":
            parts.append(r"(?:&|and)")
        elif word.lower() == "and":
            parts.append(r"(?:and|&)")
        else:
            parts.append(re.escape(word).replace("'", "['’]").replace(",", ",?"))
    return r"[ \t]+".join(parts)


def _abbr_pattern(abbr: str) -> str:
    pieces = [p for p in re.split(r"(\s+|/)", abbr) if p and not p.isspace()]
    out = ""
    for piece in pieces:
        out += "/[ \\t]*" if piece == "/" else re.escape(piece) + r"\.?[ \t]*"
    return out.rstrip("[ \\t]*") if out.endswith("[ \\t]*") else out


@lru_cache(maxsize=1)
def title_data() -> TitleData:
    """Load and compile ``pipelines/titles.json`` (once per process)."""
    data = json.loads(resource_path("titles.json").read_text(encoding="utf-8"))
    full = {_norm(t): t for t in data["titles"]}
    abbreviations = {_abbr_key(a): t for t, abbrs in data["titles"].items() for a in abbrs}
    modifiers = {m: m for m in data["modifiers"]}
    modifiers.update({_abbr_key(a): m for m, abbrs in data["modifiers"].items() for a in abbrs})
    full_alt = "|".join(_words_pattern(t) for t in sorted(data["titles"], key=len, reverse=True))
    abbr_alt = "|".join(
        _abbr_pattern(a) for a in sorted({a for v in data["titles"].values() for a in v}, key=len, reverse=True)
    )
    mod_alt = "|".join(
        [re.escape(a.strip()) + r"[ \t]*" for v in data["modifiers"].values() for a in v if a.endswith("/")]
        + [rf"(?i:{re.escape(m)})[ \t]+" for m in data["modifiers"]]
        + [re.escape(a) + r"\.?[ \t]+" for v in data["modifiers"].values() for a in v if not a.strip().endswith("/")]
    )
    title = re.compile(rf"(?<![\w/])(?P<mod>{mod_alt})?(?P<t>(?i:{full_alt})|{abbr_alt})(?![\w/])")
    honorific = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(h) for h in data["honorifics"]) + r")\.?(?![\w/])")
    rank_words = frozenset(w for t in data["titles"] for w in t.split() if w[0].isupper() and len(w) > 3)
    represents = re.compile(
        r"^,?[ \t]+(?:" + "|".join(_words_pattern(c) for c in data["represents_cues"]) + rf")[ \t]+(?P<seat>{NAME}(?:[ \t]+(?:and|&)[ \t]+{NAME})?)"
    )
    return TitleData(
        title=title,
        honorific=honorific,
        full=full,
        abbreviations=abbreviations,
        modifiers=modifiers,
        seat_titles=frozenset(data["seat_titles"]),
        represents=represents,
        not_seat=frozenset(data["not_seat_words"]),
        not_name=frozenset(data["not_name_words"]),
        rank_words=rank_words,
    )


def canonical_title(text: str) -> tuple[str | None, bool]:
    """(the title a written form stands for, whether it was written in full): "Det Supt" -> ("Detective Superintendent", False)."""
    data = title_data()
    m = data.title.fullmatch(text.strip())
    if not m:
        return None, False
    written = m.group("t")
    base = data.abbreviations.get(_abbr_key(written))
    is_full = base is None
    if base is None:
        base = data.full.get(_norm(written))
    if base is None:
        return None, False
    mod = (m.group("mod") or "").strip()
    if mod:
        base = f"{data.modifiers.get(_abbr_key(mod), data.modifiers.get(mod.capitalize(), mod))} {base}"
    return base, is_full


@dataclass
class Candidate:
    """One mention of a person before resolution."""

    name_start: int
    name_end: int
    name: str
    start: int  # with the title/honorific that prefixes a surname-only mention
    title: str | None = None
    title_full: bool = False
    source: str = "rule"  # rule | ner
    organisation: str | None = None

    @property
    def words(self) -> list[str]:
        return self.name.split()


@dataclass
class _Cluster:
    name: str
    mentions: list[Candidate] = field(default_factory=list)


class PeopleFinder:
    """Fill ``doc.spans["people"]`` (``Span._.person``, ``Span._.title``) and ``doc._.people``."""

    def __init__(self) -> None:
        data = title_data()
        self.data = data
        # "the chief constable of Cumbria Police, Jerry Graham": the body comes between title and name
        body = rf"[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?(?P<body>{NAME}(?:[ \t]+(?:and|&|of)[ \t]+{NAME})?),"
        chain = rf"(?:(?:{data.title.pattern}|{data.honorific.pattern})(?:{body})?[ \t]*,?[ \t]+)+"
        self.prefixed = re.compile(rf"(?P<chain>{chain})(?P<name>{NAME})")
        self.suffixed = re.compile(
            rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?P<sep>,?[ \t]+|[ \t]*\n+[ \t]*)(?:(?:the|a|an)[ \t]+)?(?P<title>{data.title.pattern})"
        )
        self.chain_part = re.compile(rf"{data.title.pattern}|{data.honorific.pattern}")

    # --- finding candidates

    def _clean_name(self, start: int, text: str) -> tuple[int, str] | None:
        """Drop words that cannot be part of a name from both ends; None when nothing is left."""
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
        while words and (words[0][1].rstrip(".,") in self.data.not_name or self.chain_part.fullmatch(words[0][1])):
            words = words[1:]
        while words and (words[-1][1].rstrip(".,") in self.data.not_name or words[-1][1] in self.data.rank_words):
            words = words[:-1]
        if not words or any(w.rstrip(".,") in self.data.not_name for _, w in words):
            return None
        first = words[0][0]
        return start + first, text[first : words[-1][0] + len(words[-1][1])]

    def _title_of_chain(self, chain: str) -> tuple[str | None, bool]:
        """The fullest title in a run of titles ("Chief Con Chief Constable" -> Chief Constable)."""
        best: tuple[str | None, bool] = (None, False)
        for m in self.data.title.finditer(chain):
            title, is_full = canonical_title(m.group(0))
            if title and (best[0] is None or (is_full and not best[1]) or (is_full == best[1] and len(title) > len(best[0]))):
                best = (title, is_full)
        return best

    def _seat(self, text: str, title: str | None, before: int, after: int) -> str | None:
        """ "MP for <seat>": from "who represents X" after the name or "<Place> MP" before the title."""
        if title not in self.data.seat_titles:
            return title
        m = self.data.represents.match(text[after : after + 120])
        if m:
            return f"{title} for {m.group('seat')}"
        place = re.search(rf"({NAME})[ \t]+$", text[max(0, before - 60) : before])
        if place:
            words = place.group(1).split()
            while words and words[0] in self.data.not_seat:
                words = words[1:]
            if words and not any(w in self.data.not_seat or w in self.data.not_name for w in words):
                return f"{title} for {' '.join(words)}"
        return title

    def _organisation(self, doc: Doc, body: tuple[int, int] | None, title_start: int, title: str | None) -> str | None:
        """The body a title is held in, where the text states it: "of X," after it or "X's"/"X" right before it."""
        orgs = doc.spans.get("organisations", [])
        if body:
            inside = [s for s in orgs if body[0] <= s.start_char and s.end_char <= body[1]]
            return inside[0]._.organisation if inside else doc.text[body[0] : body[1]]
        before = [s for s in orgs if 0 <= title_start - s.end_char <= 3 and re.fullmatch(r"(?:['’]s)?[ \t]*", doc.text[s.end_char : title_start])]
        if before:
            return before[-1]._.organisation
        if title and "Inspector" in title and "Constabulary" in title:
            names = [s._.organisation for s in orgs if "nspectorate" in (s._.organisation or "")]
            return names[0] if names else None
        return None

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every titled, honorific or NER-found name, outside organisation names."""
        text = doc.text
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get("organisations", [])]

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in blocked)

        found: list[Candidate] = []
        bound_titles: set[int] = set()
        bound_spans: list[tuple[int, int]] = []
        for m in self.prefixed.finditer(text):
            name_text = m.group("name")
            # a name run into an organisation (a flattened address block): keep the words before it
            cut = min((s for s, e in blocked if m.start("name") < s < m.end("name")), default=None)
            if cut is not None:
                name_text = text[m.start("name") : cut]
            cleaned = self._clean_name(m.start("name"), name_text)
            if not cleaned or not free(cleaned[0], cleaned[0] + len(cleaned[1])):
                continue
            chain = m.group("chain")
            title, is_full = self._title_of_chain(chain)
            chain_start = m.start("chain")
            # the chain's titles bind here; the last part written right before the name is its prefix
            for part in self.chain_part.finditer(chain):
                bound_titles.add(chain_start + part.start())
            if title and title in self.data.seat_titles:
                title = self._seat(text, title, chain_start, cleaned[0] + len(cleaned[1]))
            last = list(self.chain_part.finditer(chain))[-1]
            prefix_start = chain_start + last.start()
            name_start, name = cleaned
            organisation = self._organisation(doc, m.span("body") if m.group("body") else None, chain_start, title)
            found.append(
                Candidate(
                    name_start, name_start + len(name), name,
                    prefix_start if len(name.split()) == 1 else name_start, title, is_full, organisation=organisation,
                )
            )
            bound_spans.append((chain_start, name_start + len(name)))
        for m in self.suffixed.finditer(text):
            title_start = m.start("title")
            if title_start in bound_titles or any(s < m.end() and m.start() < e for s, e in bound_spans):
                continue
            if "\n" in m.group("sep"):
                # a signature: the name is a line of its own
                line_start = text.rfind("\n", 0, m.start()) + 1
                if text[line_start : m.start()].strip():
                    continue
            title_text = m.group("title")
            if "," not in m.group("sep") and "\n" not in m.group("sep") and not title_text[:1].isupper():
                continue
            cleaned = self._clean_name(m.start("name"), m.group("name"))
            if not cleaned or len(cleaned[1].split()) < 2 or not free(cleaned[0], cleaned[0] + len(cleaned[1])):
                continue
            title, is_full = canonical_title(title_text)
            title = self._seat(text, title, title_start, m.end())
            organisation = self._organisation(doc, None, title_start, title)
            found.append(
                Candidate(cleaned[0], cleaned[0] + len(cleaned[1]), cleaned[1], cleaned[0], title, is_full, organisation=organisation)
            )
        taken = [(c.name_start, c.name_end) for c in found]
        misread: list[Candidate] = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            cleaned = self._clean_name(ent.start_char, ent.text)
            if not cleaned:
                continue
            start, name = cleaned
            end = start + len(name)
            if not free(start, end) or any(s < end and start < e for s, e in taken) or not re.fullmatch(NAME, name):
                continue
            candidate = Candidate(start, end, name, start, source="ner")
            if ent.label_ == "PERSON":
                found.append(candidate)
            elif len(candidate.words) >= 2:
                misread.append(candidate)
        # the small model often reads a person as an ORG ("Poppi Worthington"): a name-shaped entity
        # that shares its given name or surname with a person found elsewhere is a person too
        known = {w for c in found for w in (c.words[0], c.words[-1])}
        found.extend(c for c in misread if c.words[0] in known or c.words[-1] in known)
        found.sort(key=lambda c: c.name_start)
        return found

    # --- resolving them to people

    def resolve(self, found: list[Candidate]) -> list[_Cluster]:
        """Group mentions into people: full names first, then surnames and given names alone."""
        clusters: list[_Cluster] = []
        by_last: dict[str, list[_Cluster]] = {}
        for c in found:
            if len(c.words) < 2:
                continue
            same = [k for k in by_last.get(c.words[-1], []) if _compatible(k.name.split(), c.words)]
            if same:
                cluster = same[-1]
                if len(c.name) > len(cluster.name):
                    cluster.name = c.name
            else:
                cluster = _Cluster(c.name)
                clusters.append(cluster)
                by_last.setdefault(c.words[-1], []).append(cluster)
            cluster.mentions.append(c)
        for c in found:
            if len(c.words) != 1:
                continue
            word = c.words[0]
            pool = by_last.get(word) or [k for k in clusters if k.name.split()[0] == word]
            if pool:
                # the nearest person of that name mentioned before (else the first after)
                before = [k for k in pool if min(m.name_start for m in k.mentions) < c.name_start]
                (before or pool)[-1 if before else 0].mentions.append(c)
            elif c.title or c.start < c.name_start:
                cluster = _Cluster(word, [c])
                clusters.append(cluster)
                by_last.setdefault(word, []).append(cluster)
        return [k for k in clusters if any(m.source == "rule" or len(m.words) > 1 for m in k.mentions)]

    def _bylines(self, doc: Doc) -> list[tuple[int, int]]:
        """Byline blocks ("By Jane Smith, Crime Reporter"): their writers are not people of the article."""
        return [
            (b.start, b.end) for b in (doc._.blocks or [])
            if len(b.text.split()) <= 12 and re.match(rf"\s*By[ \t]+{NAME}", b.text)
        ]

    def _bare_surnames(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """Add the mentions of a known person by surname alone that no earlier step caught ("Slattery said")."""
        taken = [(m.start, m.name_end) for k in clusters for m in k.mentions]
        owners: dict[str, list[_Cluster]] = {}
        for k in clusters:
            words = k.name.split()
            if len(words) > 1:
                owners.setdefault(words[-1], []).append(k)
        surnames = [s for s, ks in owners.items() if len(ks) == 1]
        if not surnames:
            return
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(s) for s in surnames) + r")(?![\w-])")
        for m in pattern.finditer(doc.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            owners[m.group(0)][0].mentions.append(Candidate(m.start(), m.end(), m.group(0), m.start(), source="surname"))

    def __call__(self, doc: Doc) -> Doc:
        bylines = self._bylines(doc)
        found = [c for c in self.candidates(doc) if not any(s <= c.name_start < e for s, e in bylines)]
        clusters = self.resolve(found)
        self._bare_surnames(doc, clusters)
        spans = []
        people = []
        for cluster in clusters:
            mentions = sorted(cluster.mentions, key=lambda c: c.start)
            titled = [m for m in mentions if m.title]
            best = next((m for m in titled if m.title_full), titled[0] if titled else None)
            title = best.title if best else None
            organisation = next((m.organisation for m in mentions if m.organisation), None)
            person = Person(name=cluster.name, title=title, organisation=organisation)
            aliases: list[str] = []
            for m in mentions:
                span = doc.char_span(m.start, m.name_end, label="PERSON", alignment_mode="expand")
                if span is None:
                    continue
                span._.person = cluster.name
                span._.title = m.title
                spans.append(span)
                person.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
                if span.text != cluster.name and span.text not in aliases:
                    aliases.append(span.text)
            person.extra["aliases"] = aliases
            people.append(person)
        doc.spans["people"] = spans
        doc._.people = people
        return doc


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: same surname and same (or initial-matching) given name."""
    if a[-1] != b[-1]:
        return False
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


@Language.factory("reportmine_people")
def make_people(nlp: Language, name: str) -> PeopleFinder:
    """Factory for :class:`PeopleFinder` (registered for ``nlp.add_pipe``)."""
    return PeopleFinder()
