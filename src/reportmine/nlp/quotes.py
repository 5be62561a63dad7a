"""Direct quotations and who said them.

:mod:`.quote_marks` pairs the quote marks within each block (a web page's <blockquote> that a
speaker introduces is a quotation too); scare quotes (fewer than ``min_words`` words) and quoted
names of reports are not quotes. :mod:`.quote_speakers` finds who speaks each one. A quote with no
speech verb continues the previous speaker, or the speaker the paragraph before introduces.
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon.titles import compile_titles
from . import extensions
from .datafiles import DataComponent
from .layout import doc_text
from .quote_marks import alternation, find_quotes, is_title, paragraph_bounds, trim
from .quote_speakers import SpeakerFinder, as_written

extensions.register()


class QuoteFinder(DataComponent):
    """Fill ``doc.spans["quotes"]`` (the words inside the marks) with ``Span._.speaker``.

    Its ``quote_cues`` file gives the words of speech and attribution, its ``titles`` file the titles that
    stand for a person ("the chief constable said").
    """

    data_settings = ("quote_cues", "titles")

    @cached_property
    def min_words(self) -> int:
        """Fewer words than this in quote marks are scare quotes, not a quotation."""
        return int(self.data("quote_cues")["min_words"])

    @cached_property
    def named(self) -> re.Pattern[str]:
        """ "a report titled “...”": what is quoted after these words is a name, not speech."""
        return re.compile(rf"\b(?:{alternation(self.data('quote_cues')['title_cues'])}),?\s*$", re.IGNORECASE)

    @cached_property
    def speakers(self) -> SpeakerFinder:
        """Finds who speaks each quotation."""
        return SpeakerFinder(self.data("quote_cues"), compile_titles(self.data("titles")))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start_char)
        orgs = sorted(doc.spans.get("organisations", []), key=lambda s: s.start_char)
        spans: list[Span] = []
        runs: list[tuple[int, bool, bool]] = []  # per span: paragraph, opens it, runs on unattributed
        previous: tuple[str | None, int] = (None, -1)  # last speaker and the paragraph it spoke in
        set_apart = {b.start for b in doc._.blocks or [] if b.attrs.get("blockquote")}
        paragraphs = paragraph_bounds(doc)
        runs_on = False  # the paragraph before ended inside a quotation
        for index, (p_start, p_end) in enumerate(paragraphs):
            marks = find_quotes(text, p_start, p_end)
            if marks and not marks[-1].closed and marks[-1].start - 1 == p_start and text[p_start] in "‘'":
                # a single mark opening a paragraph and never closing is a quotation running over paragraphs only
                # where one runs into it or the next paragraph opens with one too (else: "‘Operation X’ is ...")
                following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
                if not runs_on and (following is None or text[following] not in "‘'"):
                    marks = marks[:-1]
            runs_on = bool(marks) and not marks[-1].closed
            if not marks and p_start in set_apart:
                # a web page's <blockquote> without marks is speech where a speaker introduces it (or its first
                # paragraph); a restated recommendation set apart in a report is not
                who = self.speakers.set_apart_speaker(
                    doc, index, paragraphs, set_apart, previous, people, orgs
                )
                span = doc.char_span(*trim(text, p_start, p_end), label="QUOTE", alignment_mode="expand")
                if who and span is not None and len(span) >= self.min_words:
                    span._.speaker = who
                    spans.append(span)
                    runs.append((index, False, False))
                    previous = (who, index)
                continue
            quotes = []
            for q in marks:
                start, end = trim(text, q.start, q.end)
                words = text[start:end]
                if (
                    len(words.split()) < self.min_words
                    or is_title(words)
                    or self.named.search(text, p_start, q.start - 1)
                ):
                    continue
                quotes.append((start, end, q))
            for start, end, q in quotes:
                span = doc.char_span(start, end, label="QUOTE", alignment_mode="expand")
                if span is None:
                    continue
                quoted = [(m.start - 1, m.end + 1) for m in marks]
                attributed, speaker = self.speakers.speaker(
                    doc, p_start, p_end, start, end, quoted, people, orgs
                )
                if not attributed and index > 0:
                    attributed, speaker = self.speakers.introduced(doc, index, people, orgs)
                if not attributed and previous[0] is not None and index - previous[1] <= 2:
                    # a quote with no attribution of its own continues the last speaker
                    speaker = previous[0]
                span._.speaker = speaker
                spans.append(span)
                runs.append((index, q.start - 1 == p_start, not q.closed and not attributed))
                if speaker:
                    previous = (speaker, index)
        # a paragraph of a quotation that runs on, with no speaker of its own, is said by whoever the
        # quotation's later paragraphs name ("“...¶“...,” said X")
        for i in range(len(runs) - 2, -1, -1):
            index, _, runs_on = runs[i]
            if runs_on and runs[i + 1][0] == index + 1 and runs[i + 1][1] and spans[i + 1]._.speaker:
                spans[i]._.speaker = spans[i + 1]._.speaker
        written = as_written(orgs)
        for span in spans:  # a body speaks under the name the piece gives it, never one it does not use
            span._.speaker = written.get(span._.speaker, span._.speaker)
        doc.spans["quotes"] = spans
        return doc


@Language.factory(
    "reportmine_quotes",
    default_config={"quote_cues": "quote_cues.json", "titles": "titles.json"},
    requires=["token.tag", "token.dep", "span._.person", "span._.organisation"],
    assigns=["doc.spans", "span._.speaker"],
)
def make_quotes(nlp: Language, name: str, quote_cues: str, titles: str) -> QuoteFinder:
    """Factory for :class:`QuoteFinder`; each setting names a data file (see :mod:`reportmine.nlp.datafiles`)."""
    return QuoteFinder(quote_cues=quote_cues, titles=titles)
