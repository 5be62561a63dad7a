"""Candidate mentions of people, before they are resolved to persons: the finding half of the people component.

Titles (ranks, roles, abbreviations, honorifics) come from ``pipelines/titles.json`` and are
found with regular expressions compiled once from it: abbreviated ranks ("Det Ch Supt",
"T/Det Supt", "Ch.Supt") do not tokenise predictably, so a token Matcher would miss them.
A title binds to the capitalised words right after it ("Chief Constable Gareth Holloway"),
to a name just before it ("Rosalind Pryce, HM Inspector of Constabulary", a signature
line), and the statistical model's PERSON entities add untitled names ("Poppi Worthington").
An office takes its place or portfolio along ("Mayor of London Sadiq Khan", "Minister for Policing and
the Fire Service"), and a role noun before or after a name ("Unison branch secretary Mary Brown") is the
title where no rank is stated. Each candidate carries the title and organisation the text states with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .. import regex
from ..lexicon.names import NAME, NAME_WORD, PARTICLE, PLACE, UPPER
from ..lexicon.titles import TitleData
from .layout import doc_text

# ", the force's head of crime," / ", a spokeswoman for X." right after a name: a candidate apposition
APPOSITION = re.compile(
    r",[ \t]+(?P<np>(?:(?P<det>the|a|an|his|her|their|(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*(?:['’]s?)?)[ \t]+|(?=[a-z]))"
    r"[^,;:()\"“”\n]{1,90}?)"
    r"(?=[ \t]*,(?![ \t]+(?:and|or|but)\b)|[ \t]*[.;:!?](?:\s|$)|[ \t]*$)"
)
# "of/for [the] A, B and the C" after an office: capitalised words, "of [the]" inside a part, parts joined by commas
# and a last "and"/"&" ("for Policing, Crime and Fire", "of the Home Affairs Committee", "for Barrow and Furness")
_TAIL_WORD = rf"[{UPPER}][\w'’-]*"
_TAIL_PART = rf"{_TAIL_WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{_TAIL_WORD})*"
TAIL = (
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_TAIL_PART}(?:,[ \t]+{_TAIL_PART})*"
    rf"(?:,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{_TAIL_PART})?"
)
# a tail that ends the title: punctuation, the end, or a lower-case word follows
_TAIL_AFTER = re.compile(rf"{TAIL}(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+[a-z])")
_PORTFOLIO_AFTER = re.compile(
    rf"(?:,[ \t]+{_TAIL_PART})*,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{_TAIL_PART}(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+[a-z])"
)
_TAIL_AND = re.compile(r",?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")
_TAIL_LINK = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
_WORKPLACE = re.compile(rf"[ \t]+at[ \t]+(?:the[ \t]+)?(?P<body>{NAME})$")
_COORDINATED = re.compile(r"\b(?:and|or)[ \t]+(?:the|a|an|his|her|their)\b")
_AFTER_TITLE = re.compile(r"[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


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
    role: bool = False  # the title is a role noun ("spokesman"), which a rank stated elsewhere outranks

    @property
    def words(self) -> list[str]:
        return self.name.split()


class CandidateFinder:
    """Every titled, honorific, role-prefixed or NER-found name of a Doc, with the title and organisation it states."""

    def __init__(self, data: TitleData) -> None:
        self.data = data
        self.data = data
        # "the chief constable of Cumbria Police, Jerry Graham": the body comes between title and name
        body = rf"[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?(?P<body>{NAME}(?:[ \t]+(?:and|&|of)[ \t]+{NAME})?),"
        chain = rf"(?:(?:{data.title.pattern}|{data.honorific.pattern})(?:{body})?[ \t]*,?[ \t]+)+"
        self.prefixed = regex.compile(rf"(?P<chain>{chain})(?P<name>{NAME})")
        self.suffixed = re.compile(
            rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?P<sep>,?[ \t]+|[ \t]*\n+[ \t]*)(?:(?:the|a|an)[ \t]+)?(?P<title>{data.office.pattern})"
        )
        self.chain_part = regex.compile(rf"{data.title.pattern}|{data.honorific.pattern}")
        honours = "|".join(map(re.escape, data.post_nominals))
        # "Mayor of London Sadiq Khan": an office, its tail, and a name of two words that ends the capitalised run
        self.tailed = regex.compile(
            rf"(?P<chain>(?P<head>{data.office.pattern})(?P<tail>{TAIL})[ \t]+)"
            rf"(?P<name>{NAME_WORD}[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD})(?!\w|[ \t]+(?!(?:{honours})\b)[{UPPER}])"
        )
        # "union representative Mark Jones", "head of policy Anna Edmundson", "spokeswoman, Jane Doe,"
        roles = "|".join(
            f"[{r[0]}{r[0].upper()}]{re.escape(r[1:])}"
            for r in sorted(data.role_nouns, key=len, reverse=True)
        )
        self.role_prefixed = regex.compile(
            rf"(?<![\w-])(?P<role>(?:{roles})(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?!the\b)[a-z][a-z-]+(?:[ \t]+(?:and[ \t]+)?[a-z][a-z-]+){{0,2}})?)"
            rf"(?P<sep>,?[ \t]+)(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{1,2}})(?![\w'’-])"
        )
        self.list_link = re.compile(r"[ \t]+(?:and|or|&)[ \t]+")

    def _clean_name(self, start: int, text: str) -> tuple[int, str] | None:
        """Drop words that cannot be part of a name from both ends; None when nothing is left."""
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
        while words and (
            words[0][1].rstrip(".,") in self.data.not_name or self.chain_part.fullmatch(words[0][1])
        ):
            words = words[1:]
        while words and (
            words[-1][1].rstrip(".,") in self.data.not_name or words[-1][1] in self.data.rank_words
        ):
            words = words[:-1]
        if not words or any(w.rstrip(".,") in self.data.not_name for _, w in words):
            return None
        first = words[0][0]
        return start + first, text[first : words[-1][0] + len(words[-1][1])]

    def _title_of_chain(self, chain: str) -> tuple[str | None, bool]:
        """The fullest title in a run of titles ("Chief Con Chief Constable" -> Chief Constable)."""
        best: tuple[str | None, bool] = (None, False)
        for m in self.data.title.finditer(chain):
            title, is_full = self.data.canonical(m.group(0))
            if title and (
                best[0] is None
                or (is_full and not best[1])
                or (is_full == best[1] and len(title) > len(best[0]))
            ):
                best = (title, is_full)
        return best

    def _unmodified(self, title: str) -> str:
        """A title without the modifiers in front of it ("former Mayor" -> "Mayor")."""
        words = title.split()
        while len(words) > 1 and words[0] in self.data.modifiers.values():
            words = words[1:]
        return " ".join(words)

    def _tailed_title(
        self, doc: Doc, text: str, head: str, head_start: int, tail_start: int, tail_end: int
    ) -> tuple[str | None, bool, str | None]:
        """(title, whether written in full, organisation) of an office and its "of/for ..." tail.

        A known body in the tail is the organisation; a commissioner's place gives the office; an office
        head or tail title takes the tail into the title ("Mayor of London"); a rank keeps its title alone.
        """
        title, is_full = self.data.canonical(head)
        if title is None:
            title, is_full = " ".join(head.split()), True  # an office head ("Secretary of State")
        link = _TAIL_LINK.match(text, tail_start)
        place_start = link.end() if link else tail_start
        named = [
            s
            for s in doc.spans.get("organisations", [])
            if s.start_char == place_start and s.end_char == tail_end
        ]
        if named:
            return title, is_full, named[0]._.organisation
        office = self._office(title, text[place_start:tail_end])
        if office:
            return title, is_full, office
        if self._unmodified(title) in self.data.tail_titles:
            return title + re.sub(r"\s+", " ", text[tail_start:tail_end]), is_full, None
        return title, is_full, self._organisation(doc, text, None, head_start, title, after=tail_start)

    def _title_at(
        self, doc: Doc, text: str, start: int, end: int
    ) -> tuple[str | None, bool, str | None, int]:
        """(title, whether written in full, organisation, where the title ends) of a title written at start:end after a name."""
        tail = _TAIL_AFTER.match(text, end)
        if tail is None and re.search(r" (?:of|for) ", text[start:end]):
            tail = _PORTFOLIO_AFTER.match(
                text, end
            )  # a title's own portfolio goes on ("Minister for Policing and the Fire Service")
        if tail:
            tail_end = self._tail_end(doc, text, end, tail.end())
            return (*self._tailed_title(doc, text, text[start:end], start, end, tail_end), tail_end)
        title, is_full = self.data.canonical(text[start:end])
        title = self._seat(text, title, start, end)
        return title, is_full, self._organisation(doc, text, None, start, title, after=end), end

    def _tail_end(self, doc: Doc, text: str, start: int, end: int) -> int:
        """Where a tail after a name's title ends: before a last "and ..." that starts a list's next item.

        That item is a title ("the Mayor of Greater Manchester and the PCC"), a person the model names, or the
        second of two items set off by ", and" ("Mayor of London, and Cressida Dick").
        """
        links = list(_TAIL_AND.finditer(text, start, end))
        link = links[-1] if links else None
        if link is None:
            return end
        if link.group(0).startswith(",") and "," not in text[start : link.start()]:
            return link.start()
        if self.data.title.match(text, link.end()):
            return link.start()
        if any(e.label_ == "PERSON" and e.start_char == link.end() and len(e) > 1 for e in doc.ents):
            return link.start()
        return end

    def _listed(self, text: str, end: int) -> bool:
        """Whether a title ending at ``end`` is one item of a list ("Jo Smith, the chief constable and the PCC met").

        Only a clear list counts: "and"/"or" and then a determiner, another titled name or a name; a second
        title with no name after it is a second office of the same person ("Chief Constable and Chief Executive").
        """
        link = self.list_link.match(text, end)
        if not link:
            return False
        at = link.end()
        if re.match(r"(?:the|a|an|his|her|their|its)\b", text[at:]):
            return True
        if self.prefixed.match(text, at) or self.tailed.match(text, at):
            return True
        if self.data.office.match(text, at):
            return False
        return bool(re.compile(rf"{NAME_WORD}[ \t]+{NAME_WORD}").match(text, at))

    def _role_phrase(self, doc: Doc, text: str, m: re.Match[str]) -> tuple[str, str | None] | None:
        """(role as stated, organisation) of a role noun written before a name; None when the noun is no role there.

        Lower-case nouns and adjectives right before the role are part of it ("branch secretary"); a known body,
        "force" or a proper noun before those is the organisation ("Police Federation chairman", "Unison ...").
        """
        role = doc.char_span(m.start("role"), m.end("role"), alignment_mode="contract")
        if (
            role is None
            or role[0].pos_ not in ("NOUN", "PROPN")
            or any(t.pos_ in ("VERB", "AUX", "PRON") for t in role)
        ):
            return None
        orgs = doc.spans.get("organisations", [])
        i = role.start
        while i > role.start - 2 and i > 0:
            t = doc[i - 1]
            if (
                t.pos_ not in ("NOUN", "ADJ")
                or t.lower_ == "force"
                or not t.is_alpha
                or any(o.start <= t.i < o.end for o in orgs)
            ):
                break
            if not (t.is_lower or t.is_sent_start):
                break
            i -= 1
        start = doc[i].idx
        words = text[start : m.end("role")]
        if doc[i].is_sent_start and doc[i].pos_ == "NOUN":  # "Union representative ..." opening a sentence
            words = words[0].lower() + words[1:]
        organisation = None
        owner = re.search(r"(?:['’]s)?[ \t]*$", text[max(0, start - 3) : start])
        owner_end = start - len(owner.group(0)) if owner else start
        named = [o for o in orgs if o.end_char == owner_end]
        if named:
            organisation = named[-1]._.organisation
        elif (
            i > 0
            and doc[i - 1].lower_ == "force"
            or (i > 1 and doc[i - 1].text in ("'s", "’s") and doc[i - 2].lower_ == "force")
        ):
            organisation = doc._.force
        elif (
            i > 0
            and doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].ent_type_ not in ("GPE", "LOC", "NORP", "PERSON", "DATE")
        ):
            j = i - 1
            while j > 0 and doc[j - 1].pos_ == "PROPN":
                j -= 1
            organisation = doc[j:i].text
        return words, organisation

    def _place_before(self, text: str, before: int) -> str | None:
        """The place named right before a title ("Kent's PCC", "Northumbria PCC"), party and other labels set aside."""
        place = re.search(rf"({NAME})(?:['’]s)?[ \t]+$", text[max(0, before - 60) : before])
        if not place:
            return None
        words = place.group(1).split()
        while words and words[0] in self.data.not_seat:
            words = words[1:]
        if words and not any(w in self.data.not_seat or w in self.data.not_name for w in words):
            return " ".join(words)
        return None

    def _seat(self, text: str, title: str | None, before: int, after: int) -> str | None:
        """ "MP for <seat>" where the text says whom the member represents ("who represents X" after the name).

        A place before the title ("Lincoln MP") is left as written: the title stated is "MP".
        """
        if title not in self.data.seat_titles:
            return title
        m = self.data.represents.match(text[after : after + 120])
        return f"{title} for {m.group('seat')}" if m else title

    def _office(self, title: str | None, place: str) -> str | None:
        """The office a title holds for a place ("Office of the Police and Crime Commissioner for Cumbria")."""
        if not title:
            return None
        office = self.data.offices.get(self.data.rank_key(title))
        words = place.split()
        if not office or not words or any(w in self.data.not_name for w in words):
            return None
        return office.format(place=place)

    def _organisation(
        self,
        doc: Doc,
        text: str,
        body: tuple[int, int] | None,
        title_start: int,
        title: str | None,
        after: int | None = None,
    ) -> str | None:
        """The body a title is held in, where the text states it.

        "of X," between title and name (``body``), "of/for/at X" right after the title or name (``after``),
        "X's"/"X" right before the title; a commissioner's place gives their office.
        """
        orgs = doc.spans.get("organisations", [])
        if body:
            inside = [s for s in orgs if body[0] <= s.start_char and s.end_char <= body[1]]
            if inside:
                return inside[0]._.organisation
            return self._office(title, text[body[0] : body[1]]) or text[body[0] : body[1]]
        link = _AFTER_TITLE.match(text, after) if after is not None else None
        if link:
            named = [s for s in orgs if s.start_char == link.end()]
            if named:
                return named[0]._.organisation
            place = re.compile(PLACE).match(text, link.end())
            office = self._office(title, place.group(0)) if place else None
            if office:
                return office
        before = [
            s
            for s in orgs
            if 0 <= title_start - s.end_char <= 3
            and re.fullmatch(r"(?:['’]s)?[ \t]*", text[s.end_char : title_start])
        ]
        if before:
            return before[-1]._.organisation
        if title and self.data.offices.get(self.data.rank_key(title)):
            place_name = self._place_before(text, title_start)
            if place_name:
                return self._office(title, place_name)
        if title and "Inspector" in title and "Constabulary" in title:
            names = [s._.organisation for s in orgs if "nspectorate" in (s._.organisation or "")]
            return names[0] if names else None
        return None

    def candidates(self, doc: Doc, text: str | None = None) -> list[Candidate]:
        """Every titled, honorific or NER-found name, outside organisation names (``text`` is ``doc.text``, if at hand)."""
        text = doc_text(doc) if text is None else text
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get("organisations", [])]

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in blocked)

        found: list[Candidate] = []
        bound_titles: set[int] = set()
        bound_spans: list[tuple[int, int]] = []
        bound: list[Candidate] = []  # the candidates those spans bind, in the same order
        prefixed = list(self.prefixed.finditer(text))
        # a full title written before an office and its tail names the same person with more of the title
        # ("Her Majesty's Inspector of Constabulary Roy Wilsher" over "Inspector of Constabulary Roy Wilsher")
        tailed = [
            t
            for t in self.tailed.finditer(text)
            if not any(p.start() < t.start() and p.start("name") == t.start("name") for p in prefixed)
        ]
        matches = tailed + [
            m for m in prefixed if not any(t.start() < m.end() and m.start() < t.end() for t in tailed)
        ]
        for m in sorted(matches, key=lambda m: m.start()):
            name_text = m.group("name")
            # a name run into an organisation (a flattened address block): keep the words before it
            cut = min((s for s, e in blocked if m.start("name") < s < m.end("name")), default=None)
            if cut is not None:
                name_text = text[m.start("name") : cut]
            cleaned = self._clean_name(m.start("name"), name_text)
            if not cleaned or not free(cleaned[0], cleaned[0] + len(cleaned[1])):
                continue
            chain = m.group("chain")
            chain_start = m.start("chain")
            if m.re is self.tailed:
                title, is_full, organisation = self._tailed_title(
                    doc, text, m.group("head"), m.start("head"), m.start("tail"), m.end("tail")
                )
            else:
                title, is_full = self._title_of_chain(chain)
            # the chain's titles bind here; the last part written right before the name is its prefix
            for part in self.chain_part.finditer(chain):
                bound_titles.add(chain_start + part.start())
            if title and title in self.data.seat_titles:
                title = self._seat(text, title, chain_start, cleaned[0] + len(cleaned[1]))
            parts = list(self.chain_part.finditer(chain))
            prefix_start = chain_start + (parts[-1].start() if parts else 0)
            name_start, name = cleaned
            if m.re is self.tailed:
                if len(name.split()) < 2:
                    continue  # a place or office word was all the name had
            else:
                organisation = self._organisation(
                    doc,
                    text,
                    m.span("body") if m.group("body") else None,
                    chain_start,
                    title,
                    after=name_start + len(name),
                )
            found.append(
                Candidate(
                    name_start,
                    name_start + len(name),
                    name,
                    prefix_start if len(name.split()) == 1 else name_start,
                    title,
                    is_full,
                    organisation=organisation,
                )
            )
            bound_spans.append((chain_start, name_start + len(name)))
            bound.append(found[-1])
        for m in self.suffixed.finditer(text):
            title_start = m.start("title")
            if title_start in bound_titles:
                continue
            overlapping = [c for (s, e), c in zip(bound_spans, bound) if s < m.end() and m.start() < e]
            if overlapping:
                # "Sir Tom Winsor, HM Chief Inspector of Constabulary": an honorific bound the name, the title follows it
                c = overlapping[0]
                if (
                    len(overlapping) == 1
                    and c.title is None
                    and c.name_end <= title_start
                    and "," in m.group("sep")
                ):
                    title, is_full, organisation, end = self._title_at(doc, text, title_start, m.end())
                    if not self._listed(text, end):
                        c.title, c.title_full = title, is_full
                        c.organisation = c.organisation or organisation
                continue
            if "\n" in m.group("sep"):
                # a signature: the name is a line of its own
                line_start = text.rfind("\n", 0, m.start()) + 1
                if text[line_start : m.start()].strip():
                    continue
            title_text = m.group("title")
            if self.data.canonical(title_text)[0] is None and not _TAIL_AFTER.match(text, m.end()):
                continue  # an office head ("Secretary") is a title only with its tail
            if "," not in m.group("sep") and "\n" not in m.group("sep") and not title_text[:1].isupper():
                continue
            cleaned = self._clean_name(m.start("name"), m.group("name"))
            if (
                not cleaned
                or len(cleaned[1].split()) < 2
                or not free(cleaned[0], cleaned[0] + len(cleaned[1]))
            ):
                continue
            title, is_full, organisation, end = self._title_at(doc, text, title_start, m.end())
            if self._listed(text, end):
                continue
            found.append(
                Candidate(
                    cleaned[0],
                    cleaned[0] + len(cleaned[1]),
                    cleaned[1],
                    cleaned[0],
                    title,
                    is_full,
                    organisation=organisation,
                )
            )
        taken = [
            (c.name_start, c.name_end) for c in found
        ] + bound_spans  # names, and the titles bound to them
        for m in self.role_prefixed.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or not free(
                m.start("name"), m.end("name")
            ):
                continue
            if "," in m.group("sep") and not re.match(r"[ \t]*,", text[m.end("name") :]):
                continue  # "The spokeswoman, Jane Doe and ...": a list, not a name set apart
            if self.data.named_body.search(text, m.start(), m.start("name")):
                continue  # "the chief executive of the charity Missing People": a body's name
            cleaned = self._clean_name(m.start("name"), m.group("name"))
            if m.group("role")[0].isupper() and (
                not cleaned
                or len(cleaned[1].split()) != 2
                or re.match(rf"[ \t]+[{UPPER}]", text[m.end("name") :])
            ):
                continue  # a capitalised role names exactly the two words that end its run ("Director General Jane Smith": no)
            described = self._role_phrase(doc, text, m) if cleaned and len(cleaned[1].split()) >= 2 else None
            if described is None or cleaned is None:
                continue
            role, organisation = described
            start, name = cleaned
            found.append(
                Candidate(
                    start, start + len(name), name, start, role, False, organisation=organisation, role=True
                )
            )
            taken.append((m.start(), start + len(name)))
        misread: list[Candidate] = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            cleaned = self._clean_name(ent.start_char, ent.text)
            if not cleaned:
                continue
            start, name = cleaned
            end = start + len(name)
            if self.data.title.fullmatch(name):
                continue  # an abbreviated rank the model took for a name ("Det Supt")
            if (
                not free(start, end)
                or any(s < end and start < e for s, e in taken)
                or not re.fullmatch(NAME, name)
            ):
                continue
            candidate = Candidate(start, end, name, start, source="ner")
            if ent.label_ == "PERSON":
                found.append(candidate)
            elif len(candidate.words) >= 2:
                misread.append(candidate)
        found = [c for c in found if c.source != "ner" or not self._names_a_body(doc, text, c)]
        # the small model often reads a person as an ORG ("Poppi Worthington"): a name-shaped entity
        # that shares its given name or surname with a person found elsewhere is a person too
        known = {w for c in found for w in (c.words[0], c.words[-1])}
        found.extend(c for c in misread if c.words[0] in known or c.words[-1] in known)
        found.sort(key=lambda c: c.name_start)
        return found

    def _names_a_body(self, doc: Doc, text: str, c: Candidate) -> bool:
        """ "the charity Missing People North": a name after an organisation noun, unless it goes on as a clause's subject."""
        if not self.data.named_body.search(text, max(0, c.name_start - 60), c.name_start):
            return False
        after = doc.char_span(c.name_start, c.name_end, alignment_mode="expand")
        following = doc[after.end] if after is not None and after.end < len(doc) else None
        return following is None or following.pos_ not in ("VERB", "AUX")

    def bylines(self, doc: Doc) -> list[tuple[int, int]]:
        """Byline blocks ("By Jane Smith, Crime Reporter"): their writers are not people of the article."""
        return [
            (b.start, b.end)
            for b in (doc._.blocks or [])
            if len(b.text.split()) <= 12 and re.match(rf"\s*By[ \t]+{NAME}", b.text)
        ]

    def described(
        self, doc: Doc, text: str, start: int, end: int
    ) -> tuple[str | None, bool, str | None] | None:
        """(title, whether formal, organisation) stated by a noun phrase in apposition; None when it is not one.

        The phrase is singular, has no finite verb or relative pronoun, does not coordinate a second
        determiner phrase ("the mayor and the commissioner") and is not a time ("the day before").
        """
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or _COORDINATED.search(span.text):
            return None
        if any(t.tag_ in _FINITE or t.lower_ in _RELATIVE for t in span):
            return None
        root = span.root
        if (
            root.pos_ not in ("NOUN", "PROPN")
            or root.tag_ in ("NNS", "NNPS")
            or root.ent_type_ in ("DATE", "TIME")
        ):
            return None
        orgs = [s for s in doc.spans.get("organisations", []) if start <= s.start_char and s.end_char <= end]
        if any(s.start_char <= root.idx < s.end_char for s in orgs):
            return None  # the phrase names a body, not a person
        organisation = orgs[0]._.organisation if orgs else None
        if organisation is None and re.match(r"(?i)(?:the[ \t]+)?force(?:['’]s?)?[ \t]", span.text):
            organisation = doc._.force
        formal = self.data.title.search(span.text)
        if formal and self.data.canonical(formal.group(0))[0]:
            title, _, stated, title_end = self._title_at(
                doc, text, start + formal.start(), start + formal.end()
            )
            if title_end <= end:
                return title, True, organisation or stated
        if root.lower_ not in self.data.role_nouns:
            return None, False, organisation
        # the role as stated: without its determiner or possessor, nor the body it is held in at the end
        first = next(
            (
                t
                for t in span
                if t.dep_ not in ("det", "poss", "case")
                and not any(t.i in range(o.start, o.end) for o in orgs if o.end <= root.i)
            ),
            root,
        )
        role_end = end
        if orgs and orgs[-1].end_char == end:
            link = re.search(
                r"[ \t]+(?:of|for|at|with)[ \t]+(?:the[ \t]+)?$", text[start : orgs[-1].start_char]
            )
            if link:
                role_end = start + link.start()
        owner = self._proper_owner(doc, first.i, root.i) if organisation is None else None
        if owner:  # "Unison branch secretary": the body, then the role
            organisation, first = owner.text, doc[owner.end]
        role = text[first.idx : role_end].strip()
        if re.match(r"(?i)force(?:['’]s?)?[ \t]", role):
            role = role.split(None, 1)[1]
        workplace = None if organisation else _WORKPLACE.search(role)
        if workplace:  # "a criminologist at Leeds University": the role, and where it is held
            role, organisation = role[: workplace.start()], workplace.group("body")
        return (role or None), False, organisation

    def _proper_owner(self, doc: Doc, first: int, role: int) -> Span | None:
        """The proper nouns that open a role phrase and name its body ("Unison" in "Unison branch secretary"), if any."""
        end = first
        while (
            end < role
            and doc[end].pos_ == "PROPN"
            and doc[end].ent_type_ not in ("GPE", "LOC", "NORP", "PERSON", "DATE")
        ):
            end += 1
        return doc[first:end] if first < end < role + 1 and doc[end].is_lower else None
