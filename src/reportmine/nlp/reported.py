"""Reported findings and concerns: what a press piece says an inspection found, whoever relays it.

News stories, press releases and statements relay a report in their own words: reported speech
("The report said officers did not always ..."), attributions ("..., according to the report"),
grades given as news ("... has been rated inadequate at ..."), the journalist's own praise or
criticism of the force with the inspection as its source, and lists under a lead-in that announces
what was found ("The inspectors' worries included:"). Praise is a finding, criticism a concern;
a response ("We accept the findings", "we have already acted") is neither. The inspectorate's own
people speak its findings in the first person ("I was concerned to find ..."), which count only
when they speak for the inspectorate.

Applied to press kinds only (``news_article``, ``press_release``); reports are the job of
:mod:`reportmine.nlp.findings`. The cues are data: ``pipelines/press_cues.json``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions
from .cues import CueComponent, Cues
from .findings import classify_lead, classify_sentence, looks_like_advice
from .layout import Placed, place_blocks, sentences_of, statement_key, text_span

extensions.register()

PRESS_KINDS = ("news_article", "press_release")
_MIN_WORDS = 5
_GRADE_GROUP = {
    "outstanding": "findings",
    "good": "findings",
    "adequate": "findings",
    "requires improvement": "concerns",
    "inadequate": "concerns",
}


def polarity(text: str, c: Cues) -> str:
    """ "concerns" where a relayed statement says something is wrong, else "findings".

    The main clause decides ("X has improved ..., but there is more to do" is praise); a clause
    with no polarity of its own gives way to the rest of the sentence.
    """
    more = c.more
    for part in (more["contrast"].split(text, maxsplit=1)[0], text):
        negative = more["press_negative"].search(part) or c.negative_evaluation.search(
            re.sub(r"\b(?:but|however|although|despite)\b", "", part, flags=re.I)
        )
        positive = more["press_positive"].search(part) or c.positive_statement.search(part)
        if negative and not positive:
            return "concerns"
        if positive and not negative:
            return "findings"
        if negative and positive:
            if negative.start() < positive.start() and more["earlier_inspection"].search(
                part, 0, negative.start()
            ):
                return (
                    "findings"  # "The first report was a cause for concern and it is encouraging to see ..."
                )
            return "concerns" if negative.start() < positive.start() else "findings"
    return "findings"


def grade_news(text: str, c: Cues) -> str | None:
    """The group of the first grade a sentence gives as news ("rated inadequate at ..."), else None."""
    match = c.more["grade_news"].search(text)
    return _GRADE_GROUP[match.group("grade").lower()] if match else None


def classify_reported(text: str, c: Cues, inspectorate_voice: bool | str) -> str | None:
    """ "findings", "concerns" or None for one sentence of a press piece.

    ``inspectorate_voice``: the sentence is the inspectorate's own (or its inspectors'), so its
    first-person judgements ("I am pleased that ...") report the inspection; ``"quoted"`` where it is
    a quotation of theirs, whose praise or criticism of the force is a finding or concern too.
    """
    more = c.more
    if more["response"].search(text) or more["not_a_finding"].search(text) or looks_like_advice(text, c):
        return None
    grade = grade_news(text, c)
    if grade:
        return grade
    if more["reporting_frame"].search(text):
        if inspectorate_voice is False and not _judges(text, c):
            return None  # someone else's words that name the report but relay no praise or criticism from it
        return polarity(text, c)
    if inspectorate_voice or not more["first_person"].search(text):
        group = classify_sentence(text, c)
        if group is None and inspectorate_voice == "quoted" and _judges(text, c):
            group = polarity(
                text, c
            )  # an inspector's own words about the force ("Too many children are ...")
        return group
    return None


def _judges(text: str, c: Cues) -> bool:
    """Whether a sentence praises or criticises at all (a polarity cue of either kind)."""
    more = c.more
    return bool(more["press_negative"].search(text) or more["press_positive"].search(text))


class ReportedFindings(CueComponent):
    """Write ``doc.spans["findings"]`` and ``doc.spans["concerns"]`` for press pieces."""

    def _lead_group(self, lead: str, items: list[str]) -> list[str | None]:
        """The groups of a list's items from its lead-in: the lead's own group, else each item's polarity;
        nothing where the lead does not announce what was found."""
        c = self.cues
        if not lead.rstrip().endswith(":"):
            return [None] * len(items)
        announces = c.more["report_lead"].search(lead) or c.more["reporting_frame"].search(lead)
        if not announces and not classify_lead(lead, c):
            return [None] * len(items)
        if c.more["response"].search(lead) or looks_like_advice(lead, c):
            return [None] * len(items)
        if c.concern_leads.search(lead) or c.more["concern_lead"].search(lead):
            return ["concerns"] * len(items)
        if c.finding_leads.search(lead) and c.more["finding_lead"].search(lead):
            return ["findings"] * len(items)
        return [polarity(item, c) for item in items]

    def _voice(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, speaks for the inspectorate) of every quote in the piece."""
        pattern = self.cues.more["inspectorate_speaker"]
        titles = {p.name: p.title or "" for p in doc._.people or []}
        out = []
        for quote in doc.spans.get("quotes", []):
            speaker = quote._.speaker or ""
            official = bool(pattern.search(speaker) or pattern.search(titles.get(speaker, "")))
            out.append((quote.start_char, quote.end_char, official))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if doc._.kind not in PRESS_KINDS:
            return doc
        c = self.cues
        voices = self._voice(doc)
        groups: dict[str, list[Span]] = {"findings": [], "concerns": []}
        said: set[str] = set()

        def add(group: str | None, start: int, end: int) -> None:
            span = text_span(doc, start, end, label=extensions.span_label(group)) if group else None
            if span is None or group is None:
                return
            key = statement_key(span.text)
            if key not in said:
                said.add(key)
                groups[group].append(span)

        def inspectorate_voice(start: int, end: int) -> bool | str:
            inside = [v for s, e, v in voices if s < end and start < e]
            if not inside:
                return True  # the journalist's own words relay the report
            return "quoted" if all(inside) else False

        placed = [p for p in place_blocks(doc._.blocks) if p.block.kind in ("paragraph", "list_item")]
        runs: dict[int, list[Placed]] = {}
        for item in placed:
            if item.block.kind == "list_item" and item.lead is not None:
                runs.setdefault(item.lead.start, []).append(item)
        for item in placed:
            block = item.block
            if block.kind == "list_item" and item.lead is not None:
                run = runs[item.lead.start]
                groups_of_run = self._lead_group(item.lead.text, [i.block.text for i in run])
                add(groups_of_run[run.index(item)], block.start, block.end)
                continue
            # a paragraph, or a list with no lead-in (a summary in bullets): sentence by sentence
            if block.text.rstrip().endswith(":") and len(block.text) < 200:
                continue  # a lead-in states nothing itself
            for sent in sentences_of(doc, block.start, block.end):
                text = sent.text.strip()
                if len(text.split()) < _MIN_WORDS:
                    continue
                group = classify_reported(text, c, inspectorate_voice(sent.start_char, sent.end_char))
                add(group, sent.start_char, sent.end_char)
        for name, spans in groups.items():
            doc.spans[name] = sorted(spans, key=lambda s: s.start_char)
        return doc


@Language.factory(
    "reportmine_reported",
    default_config={"cues": "press_cues.json"},
    requires=[
        "doc.sents",
        "span._.speaker",
        "span._.person",
    ],  # who speaks each quote, and the people's titles
    assigns=["doc.spans"],
)
def make_reported(nlp: Language, name: str, cues: str) -> ReportedFindings:
    """Factory for :class:`ReportedFindings`; ``cues`` names the cue file under pipelines/."""
    return ReportedFindings(cues=cues)
