"""Direct quotations and who said them.

Quote marks are paired within each block (curly or straight double marks; single marks
inside stay part of the quote). A paragraph that opens a quote and never closes it is one
quote of a multi-paragraph quotation. The speaker is found around the nearest speech verb
("X said: “…”", "“…,” said X", "“…,” she added") among the people and organisations the
earlier components found; a quote without one continues the previous speaker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import resource_path
from . import extensions

extensions.register()

OPENERS = "“\"«„"
CLOSERS = {"“": "”", "\"": "\"", "«": "»", "„": "“"}
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’]|$)")
# Single-mark quotations (the house style of some papers) share their marks with apostrophes, so they
# count only when they open a paragraph or follow "said:"/a comma, and close right after punctuation.
_SINGLE = re.compile(r"(?:^|(?<=[:,]\s)|(?<=[:,]))['‘](?P<inner>[^'‘’\n]*?(?:['’][a-z][^'‘’\n]*?)*[.,!?])['’](?=\s|$)")


@dataclass(frozen=True)
class QuoteMarks:
    """One quotation in the text: ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    closed: bool  # False: runs to the end of its paragraph (a multi-paragraph quotation)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return json.loads(resource_path("quote_cues.json").read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteMarks]:
    """Every double-quoted passage in ``text[start:end]`` (one paragraph), scare quotes included."""
    end = len(text) if end is None else end
    found = []
    i = start
    while i < end:
        ch = text[i]
        straight_opener = ch == '"' and (i == start or text[i - 1].isspace() or text[i - 1] in "([—–-:;")
        if ch in OPENERS and (ch != '"' or straight_opener):
            closer = CLOSERS[ch]
            j = i + 1
            while j < end:
                c = text[j]
                if c == closer and (closer != '"' or j + 1 == end or not text[j + 1].isalnum()):
                    break
                if ch != '"' and c == ch and closer != ch:  # a new opening mark before any close: unclosed
                    j = end
                    break
                j += 1
            inner_start, inner_end = i + 1, min(j, end)
            found.append(QuoteMarks(inner_start, inner_end, j < end))
            i = j + 1
        else:
            i += 1
    if not found:
        found = [QuoteMarks(start + m.start("inner"), start + m.end("inner"), True) for m in _SINGLE.finditer(text[start:end])]
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


class QuoteFinder:
    """Fill ``doc.spans["quotes"]`` (the words inside the marks) with ``Span._.speaker``."""

    def __init__(self) -> None:
        cues = _cues()
        self.min_words = int(cues["min_words"])
        self.verb = re.compile(rf"\b(?:{_alt(cues['speech_verbs'])})\b", re.IGNORECASE)
        self.pronoun = re.compile(rf"\b(?:{_alt(cues['pronouns'])})\b", re.IGNORECASE)
        self.report = re.compile(rf"\b(?:{_alt(cues['report_nouns'])})\b", re.IGNORECASE)
        self.force = re.compile(rf"\b(?:{_alt(cues['force_nouns'])})\b", re.IGNORECASE)
        self.spokes = re.compile(rf"\b(?:{_alt(cues['spokesperson_nouns'])})\b", re.IGNORECASE)
        self.the_noun = re.compile(r"\bthe\s+((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*$", re.IGNORECASE)

    def _paragraphs(self, doc: Doc) -> list[tuple[int, int]]:
        if doc._.blocks:
            return [(b.start, b.end) for b in doc._.blocks if b.kind in ("paragraph", "list_item", "caption")]
        return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", doc.text)]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start_char)
        orgs = sorted(doc.spans.get("organisations", []), key=lambda s: s.start_char)
        spans: list[Span] = []
        previous: tuple[str | None, int] = (None, -1)  # last speaker and the paragraph it spoke in
        for index, (p_start, p_end) in enumerate(self._paragraphs(doc)):
            marks = find_quotes(text, p_start, p_end)
            quotes = []
            for q in marks:
                start, end = _trim(text, q.start, q.end)
                if len(text[start:end].split()) < self.min_words or _is_title(text[start:end]):
                    continue
                quotes.append((start, end, q))
            for start, end, q in quotes:
                span = doc.char_span(start, end, label="QUOTE", alignment_mode="expand")
                if span is None:
                    continue
                quoted = [(m.start - 1, m.end + 1) for m in marks]
                attributed, speaker = self._speaker(doc, p_start, p_end, start, end, quoted, people, orgs)
                if not attributed and index > 0:
                    attributed, speaker = self._introduced(doc, index, people, orgs)
                if not attributed and previous[0] is not None and index - previous[1] <= 2:
                    # a quote with no attribution of its own continues the last speaker
                    speaker = previous[0]
                span._.speaker = speaker
                spans.append(span)
                if speaker:
                    previous = (speaker, index)
        doc.spans["quotes"] = spans
        return doc

    def _introduced(self, doc: Doc, index: int, people: list[Span], orgs: list[Span]) -> tuple[bool, str | None]:
        """The speaker named in the paragraph before a quote-only paragraph ("X said:", "X said the ...")."""
        p_start, p_end = self._paragraphs(doc)[index - 1]
        tail = doc.text[p_start:p_end].rstrip()
        end = p_start + len(tail) - (1 if tail[-1:] in ".:" else 0)
        if find_quotes(doc.text, p_start, p_end):
            return False, None  # that paragraph's own quotes carry their speaker on (see __call__)
        attributed, who = self._speaker(doc, p_start, p_end, end, end, [], people, orgs)
        return attributed and who is not None, who

    def _speaker(
        self, doc: Doc, p_start: int, p_end: int, q_start: int, q_end: int,
        quoted: list[tuple[int, int]], people: list[Span], orgs: list[Span],
    ) -> tuple[bool, str | None]:
        """(whether a speech verb attributes the quote, and to whom: None when it cannot be resolved)."""
        text = doc.text
        after_end = min([s for s, _ in quoted if s > q_end] + [p_end])
        after = text[q_end:after_end]
        stop = _SENTENCE_END.search(after)
        after_window = (q_end, q_end + (stop.end() if stop else len(after)))
        before_start = max([e for _, e in quoted if e <= q_start] + [p_start])
        before = text[before_start:q_start]
        ends = [m.end() for m in _SENTENCE_END.finditer(before)]
        before_window = (before_start + (ends[-1] if ends else 0), q_start)
        attributed = False
        for lo, hi in (after_window, before_window):
            verb = self.verb.search(text, lo, hi)
            if verb is None:
                continue
            attributed = True
            who = self._who(doc, lo, hi, verb, people, orgs)
            if who:
                return True, who
        return attributed, None

    def _who(self, doc: Doc, lo: int, hi: int, verb: re.Match[str], people: list[Span], orgs: list[Span]) -> str | None:
        """The person or organisation next to the speech verb inside ``[lo, hi)``."""
        text = doc.text
        inside = [s for s in people if lo <= s.start_char and s.end_char <= hi]
        if inside:
            return min(inside, key=lambda s: min(abs(s.end_char - verb.start()), abs(s.start_char - verb.end())))._.person
        bodies = [s for s in orgs if lo <= s.start_char and s.end_char <= hi]
        if bodies and (self.spokes.search(text, lo, hi) or len(bodies) == 1):
            return bodies[0]._.organisation
        window = text[lo:hi]
        if self.pronoun.search(window):
            earlier = [s for s in people if s.end_char <= lo]
            return earlier[-1]._.person if earlier else None
        if self.report.search(window):
            return _inspectorate(doc)
        noun = self.the_noun.search(text[lo : verb.start()]) or re.match(
            r"\s*,?\s*the\s+((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)", text[verb.end() : hi], re.IGNORECASE
        )
        if noun:
            person = _titled(doc, noun.group(1), lo)
            if person:
                return person
        if self.force.search(window):
            return _main_force(doc)
        return None


def _is_title(quoted: str) -> bool:
    """A quoted title ("In Harm's Way: The Role of the Police") rather than speech."""
    words = quoted.split()
    if quoted.rstrip()[-1:] in ".!?" or len(words) > 15:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) > 0.6


def _main_force(doc: Doc) -> str | None:
    """The force the document is about: as set, else the force it names most."""
    if doc._.force:
        return doc._.force
    forces = [s._.organisation for s in doc.spans.get("organisations", []) if s.label_ == "FORCE"]
    return max(set(forces), key=forces.count) if forces else None


def _inspectorate(doc: Doc) -> str | None:
    names = [o.name for o in (doc._.organisations or []) if "nspectorate" in o.name]
    return names[0] if names else None


def _titled(doc: Doc, noun: str, before: int) -> str | None:
    """The person a title noun stands for ("the MP", "the chief constable"), the nearest mentioned before."""
    noun = noun.lower()
    titled = [
        s for s in doc.spans.get("people", [])
        if s.start_char < before and any(
            p.name == s._.person and p.title and (noun == p.title.lower() or p.title.lower().startswith(noun + " ") or noun.endswith(" " + p.title.lower()))
            for p in doc._.people or []
        )
    ]
    return titled[-1]._.person if titled else None


@Language.factory("reportmine_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Factory for :class:`QuoteFinder` (registered for ``nlp.add_pipe``)."""
    return QuoteFinder()
