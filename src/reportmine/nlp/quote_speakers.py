"""Who speaks a quotation: the speaking half of the quotes component.

The speaker is the grammatical subject of the speech verb that governs the quote ("X said:
“…”", "“…,” said X", "X said the force was “…”", "according to X") where the parse gives one,
resolved among the people and organisations the earlier components found (a pronoun, "the
report", "a spokesman for X", "the MP" each stand for one); else the names next to the verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon.titles import TitleData
from .layout import doc_text
from .people_candidates import TAIL
from .quote_marks import alternation, find_quotes, paragraph_bounds

_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’]|$)")
_POSSESSIVE = re.compile(r"['’](?:s\b|\s)")


class SpeakerFinder:
    """The person or body a quotation is attributed to, from the entries of a quote cues file and the titles
    people hold."""

    def __init__(self, cues: dict, titles: TitleData) -> None:
        self.verb = re.compile(rf"\b(?:{alternation(cues['speech_verbs'])})\b", re.IGNORECASE)
        self.pronoun = re.compile(rf"\b(?:{alternation(cues['pronouns'])})\b", re.IGNORECASE)
        self.pronoun_words = frozenset(w.lower() for w in cues["pronouns"])
        self.body_pronouns = frozenset(w.lower() for w in cues["organisation_pronouns"])
        self.report = re.compile(rf"\b(?:{alternation(cues['report_nouns'])})\b", re.IGNORECASE)
        self.force = re.compile(rf"\b(?:{alternation(cues['force_nouns'])})\b", re.IGNORECASE)
        self.spokes = re.compile(rf"\b(?:{alternation(cues['spokesperson_nouns'])})\b", re.IGNORECASE)
        self.document_parts = frozenset(w.lower() for w in cues.get("document_parts", []))
        self.collective = frozenset(w.lower() for w in cues.get("collective_nouns", []))
        # "the team have provided ...": a group just before the verb (at most an auxiliary between)
        self.group_before = re.compile(
            rf"\bthe\s+(?:[A-Za-z]+\s+){{0,2}}(?:{alternation(self.collective) or '(?!)'})(?=\s+(?:[a-z]+\s+)?$)",
            re.IGNORECASE,
        )
        self.the_noun = re.compile(r"\bthe\s+((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*$", re.IGNORECASE)
        # a title with its "of/for ..." tail, as the whole of the words before a name
        self.title_phrase = re.compile(
            rf"(?:(?:the|a|an)\s+)?(?:{titles.office.pattern})(?:{TAIL})?[ \t]*,?[ \t]*"
        )
        # last words of the titles people hold ("constable", "commissioner", "mp"): nouns that can stand for a person
        heads = {
            re.split(r" (?:of|for) ", t)[0].split()[-1] for t in titles.full
        }  # "hm inspector of constabulary"
        self.role_words = frozenset(heads | {t.lower() for t in titles.seat_titles})

    def set_apart_speaker(
        self,
        doc: Doc,
        index: int,
        paragraphs: list[tuple[int, int]],
        set_apart: set[int],
        previous: tuple[str | None, int],
        people: list[Span],
        orgs: list[Span],
    ) -> str | None:
        """Who speaks an unmarked blockquote paragraph: the speaker of the set-apart paragraph just before, or
        the person the paragraph before introduces ("X said:")."""
        if index == 0:
            return None
        if paragraphs[index - 1][0] in set_apart:
            return previous[0] if previous[1] == index - 1 else None
        return self.introduced(doc, index, people, orgs)[1]

    def introduced(
        self, doc: Doc, index: int, people: list[Span], orgs: list[Span]
    ) -> tuple[bool, str | None]:
        """The speaker named in the paragraph before a quote-only paragraph ("X said:", "X said the ...")."""
        p_start, p_end = paragraph_bounds(doc)[index - 1]
        tail = doc_text(doc)[p_start:p_end].rstrip()
        end = p_start + len(tail) - (1 if tail[-1:] in ".:" else 0)
        if find_quotes(doc_text(doc), p_start, p_end):
            return False, None  # that paragraph's own quotes carry their speaker on (see __call__)
        attributed, who = self.speaker(doc, p_start, p_end, end, end, [], people, orgs)
        return attributed and who is not None, who

    def speaker(
        self,
        doc: Doc,
        p_start: int,
        p_end: int,
        q_start: int,
        q_end: int,
        quoted: list[tuple[int, int]],
        people: list[Span],
        orgs: list[Span],
    ) -> tuple[bool, str | None]:
        """(whether a speech verb attributes the quote, and to whom: None when it cannot be resolved)."""
        text = doc_text(doc)
        after_end = min([s for s, _ in quoted if s > q_end] + [p_end])
        after = text[q_end:after_end]
        stop = _SENTENCE_END.search(after)
        after_window = (q_end, q_end + (stop.end() if stop else len(after)))
        if not stop and after_end < p_end and text[q_start:q_end].rstrip()[-1:] in ".!?":
            # a finished sentence, then "X said: “...”": that verb introduces the next quote, not this one
            after_window = (q_end, q_end)
        # before the quote, its sentence reaches back over earlier quotes in it ("X said the report showed
        # “...” but that there was “...”"): it starts after a full stop outside quotes or one that closes a quote
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(text, p_start, q_start)
            if not any(s < m.start() < e - 2 for s, e in quoted)
        ]
        before_window = (ends[-1] if ends else p_start, q_start)
        attributed = False
        for lo, hi in (after_window, before_window):
            verbs = [
                v for v in self.verb.finditer(text, lo, hi) if not any(s <= v.start() < e for s, e in quoted)
            ]
            if not verbs:
                continue
            # the main clause's verb governs the quote ("After the report said ..., X told reporters: “...”"),
            # between verbs as high in the parse, the one nearest the quote
            verb = min(
                verbs,
                key=lambda v: (
                    _depth(doc, v.start()),
                    abs(v.start() - q_end) if lo == q_end else hi - v.end(),
                ),
            )
            attributed = True
            who = self._who(doc, lo, hi, verb, people, orgs)
            if who:
                return True, who
        return attributed, None

    def _who(
        self, doc: Doc, lo: int, hi: int, verb: re.Match[str], people: list[Span], orgs: list[Span]
    ) -> str | None:
        """The person or organisation the speech verb attributes the quote to, inside ``[lo, hi)``.

        The verb's grammatical subject decides where the parse gives one ("He said the force was
        “...”" is his quote, not the force's); otherwise the names next to the verb do.
        """
        subject = _subject(doc, verb.start(), verb.end())
        # trust the parse where its subject is a noun phrase inside the window (not a stray symbol)
        if subject is not None and lo <= subject.idx < hi and subject.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._resolve_subject(doc, subject, people, orgs)
        text = doc_text(doc)
        inside = [s for s in people if lo <= s.start_char and s.end_char <= hi]
        if inside:
            return min(
                inside, key=lambda s: min(abs(s.end_char - verb.start()), abs(s.start_char - verb.end()))
            )._.person
        bodies = [s for s in orgs if lo <= s.start_char and s.end_char <= hi]
        if bodies and (self.spokes.search(text, lo, hi) or len(bodies) == 1):
            return bodies[0]._.organisation
        window = text[lo:hi]
        if self.pronoun.search(window):
            return _antecedent(doc, lo, people, self.verb)
        if self.report.search(window):
            return _inspectorate(doc)
        group = self.group_before.search(text[lo : verb.start()])
        if group:
            return " ".join(group.group(0).split())
        noun = self.the_noun.search(text[lo : verb.start()]) or re.match(
            r"\s*,?\s*the\s+((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)", text[verb.end() : hi], re.IGNORECASE
        )
        if noun:
            person = self._titled(doc, noun.group(1), lo)
            if person:
                return person
        if self.force.search(window):
            return doc._.force
        return None

    def _resolve_subject(self, doc: Doc, head: Token, people: list[Span], orgs: list[Span]) -> str | None:
        """Who the subject phrase headed by ``head`` names: a person, a body, a pronoun, "the report", "a spokesman for X"."""
        text = doc_text(doc)
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        h_lo, h_hi = head.idx, head.idx + len(head)
        for span in people:
            if span.start_char <= h_lo < span.end_char:
                return span._.person
        for span in orgs:
            if span.start_char <= h_lo < span.end_char:
                return span._.organisation
        upto_head = text[lo:h_hi]
        named = self._named_by_phrase(doc, head, people, lo)
        if named:
            return named

        def ends_head(regex: re.Pattern[str]) -> bool:
            return any(m.end() == len(upto_head) for m in regex.finditer(upto_head))

        if head.lower_ in self.pronoun_words:
            return _antecedent(doc, h_lo, people, self.verb)
        if head.lower_ in self.body_pronouns:
            return self._recent_body(doc, h_lo, orgs)
        if ends_head(self.spokes):
            return self._spoken_for(doc, lo, hi, orgs)
        if ends_head(self.report):
            return _inspectorate(doc)
        if ends_head(self.force):
            return doc._.force
        if head.lower_ in self.document_parts:  # "paragraph 106 (of its policy document), which states: “…”"
            authors = [s for s in orgs if not _in_quoted_title(text, s.start_char)]
            return self._recent_body(doc, h_lo, authors)  # bodies inside a quoted title did not write it
        if head.lower_ in self.collective:  # "the team have provided the below update:"
            bodies = [s for s in orgs if lo <= s.start_char and s.end_char <= hi]
            return bodies[0]._.organisation if bodies else " ".join(upto_head.split())
        if (
            head.lower_ in self.role_words
        ):  # "the chief constable", "Lancashire Police's chief constable", "the Labour MP"
            person = self._titled(doc, " ".join(upto_head.split()[-5:]), lo)
            if person:
                return person
        # "HM Inspector of Constabulary Zoe Billingham": the parse may head the phrase on the title
        inside = [
            s
            for s in people
            if lo <= s.start_char and s.end_char <= hi and not _POSSESSIVE.match(text, s.end_char)
        ]
        return inside[0]._.person if inside else None

    def _spoken_for(self, doc: Doc, lo: int, hi: int, orgs: list[Span]) -> str | None:
        """The body a spokesperson speaks for: named in the phrase, "for the <noun>" of a body named
        before, "a police spokesman", else the body named last just before."""
        text = doc_text(doc)
        bodies = [s for s in orgs if lo <= s.start_char and s.end_char <= hi]
        if bodies:
            return bodies[0]._.organisation
        back = re.search(r"\bfor\s+the\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)", text[lo:hi])
        if back:
            noun = back.group(1).lower()
            if self.force.fullmatch("the " + noun):
                return doc._.force
            named = [
                s
                for s in orgs
                if s.end_char <= lo and (s._.organisation or "").lower().endswith(noun.split()[-1])
            ]
            return named[-1]._.organisation if named else None
        if self.force.search(text, lo, hi):
            return doc._.force
        return self._recent_body(doc, lo, orgs)

    def _recent_body(self, doc: Doc, before: int, orgs: list[Span]) -> str | None:
        """The body named last before ``before`` in its paragraph or the one before it ("it said", "a spokeswoman said")."""
        starts = [b for b, _ in paragraph_bounds(doc) if b <= before]
        since = starts[-2] if len(starts) > 1 else 0
        recent = [s for s in orgs if since <= s.start_char and s.end_char <= before]
        return recent[-1]._.organisation if recent else None

    def _named_by_phrase(self, doc: Doc, head: Token, people: list[Span], lo: int) -> str | None:
        """The person a subject phrase names beside its head: a name in apposition ("A Cumbria Police spokeswoman,
        Jane Doe, said"), or the name its title leads up to ("Police, Fire and Crime Commissioner for Essex Roger
        Hirst said", which the parse may head on a title word)."""
        for child in head.children:
            if child.dep_ == "appos":
                named = [s for s in people if s.start_char <= child.idx < s.end_char]
                if named:
                    return named[0]._.person
        hi = head.right_edge.idx + len(head.right_edge)
        for span in people:
            if (
                lo < span.start_char
                and span.end_char <= hi
                and self.title_phrase.fullmatch(doc_text(doc), lo, span.start_char)
            ):
                return span._.person
        return None

    def _titled(self, doc: Doc, noun: str, before: int) -> str | None:
        """The person a title noun stands for ("the MP", "the chief constable"): the nearest mentioned before
        with that title, else (for a role word, "the Labour MP") the nearest whose title the text never gave."""
        noun = noun.lower()
        titles = {p.name: (p.title or "").lower() for p in doc._.people or []}
        earlier = [s for s in doc.spans.get("people", []) if s.start_char < before]

        def fits(title: str) -> bool:
            return bool(title) and (
                noun == title or title.startswith(noun + " ") or noun.endswith(" " + title)
            )

        titled = [s for s in earlier if fits(titles.get(s._.person, ""))]
        if titled:
            return titled[-1]._.person
        if noun.split()[-1] in self.role_words:
            untitled = [s for s in earlier if not titles.get(s._.person)]
            return untitled[-1]._.person if untitled else None
        return None


def _in_quoted_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside a passage in quote marks (a quoted title names a body that did not write it)."""
    for opener, closer in (("‘", "’"), ("“", "”")):
        opened = text.rfind(opener, 0, at)
        if opened != -1 and text.find(closer, opened) > at:
            return True
    return False


def as_written(orgs: list[Span]) -> dict[str, str]:
    """Body name -> the fullest form the document itself writes, for the bodies it names only in other forms
    (a piece that says only "HMICFRS" is quoted as "HMICFRS", not as the full name a gazetteer knows)."""
    forms: dict[str, list[str]] = {}
    for span in orgs:
        forms.setdefault(span._.organisation, []).append(" ".join(span.text.replace("’", "'").split()))
    return {
        name: max(used, key=len)
        for name, used in forms.items()
        if name and name.replace("’", "'") not in used
    }


def _subject(doc: Doc, start: int, end: int) -> Token | None:
    """Head of the phrase that says the words: the speech verb's subject, the agent of a passive,
    the object of "according to"; None where the parse gives none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span[0].lower_ == "according":
        objects = [c for c in span[-1].children if c.dep_ == "pobj"]
        return objects[0] if objects else None
    token = span[0]
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.text[:1].isalnum()]
        if subjects:
            child = min(subjects, key=lambda c: abs(c.i - token.i))
            # "Wendy Williams, who said ...": the relative pronoun stands for the noun its clause hangs on
            return token.head if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl" else child
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        if token.dep_ not in ("conj", "advcl", "xcomp") or token.head.i == token.i:
            break
        token = token.head  # "... paused and added", "..., adding": the subject of the verb it hangs on
    return None


def _depth(doc: Doc, char: int) -> int:
    """How many heads lie between the word at ``char`` and its sentence's root."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    token, depth = span[0], 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _antecedent(doc: Doc, before: int, people: list[Span], verb: re.Pattern[str]) -> str | None:
    """The person a pronoun stands for: the last person named as the subject of a sentence or of a speech
    verb before it ("Chief Constable X said ... HM Inspector Y. '...,' he said" is X), else the last person named."""
    earlier = [s for s in people if s.end_char <= before]
    for span in reversed(earlier):
        token = span.root
        while (
            token.dep_ in ("compound", "appos", "flat", "pobj", "prep", "amod", "poss")
            and token.head.i != token.i
        ):
            token = token.head
        if token.dep_ == "nsubj" and (token.head.dep_ == "ROOT" or verb.fullmatch(token.head.text)):
            return span._.person
    return earlier[-1]._.person if earlier else None


def _inspectorate(doc: Doc) -> str | None:
    """The inspectorate the document names (the police inspectorate before any other)."""
    names = [o.name for o in (doc._.organisations or []) if "nspectorate" in o.name]
    return min(names, key=lambda n: "Constabulary" not in n) if names else None
