"""Outcomes: for each recommendation a follow-up assesses, the verdict sentence(s) and the status they give.

A follow-up is read as a series of assessments, each opened by a restated recommendation (a
quotation found by the recommendations component, or prose such as "The second recommendation
asked the force to ...") and running to the next one or to the end of its section. Inside one
assessment, an explicit judgement ("we consider this recommendation achieved", "only partly
met") wins over one given in prose ("some progress has been made, but further work is required");
among several, the last one is the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions
from .cues import Cues, cues
from .layout import Placed, place_blocks, sentences_of, text_span

extensions.register()


def judge(text: str, c: Cues) -> tuple[str, str] | None:
    """(status, "explicit" | "prose") of one sentence, or None when it judges nothing."""
    if c.status_explicit_requires.search(text):
        for status, pattern in c.status_explicit:
            if pattern.search(text):
                return status, "explicit"
    for status, pattern in c.status_prose:
        if pattern.search(text):
            return status, "prose"
    return None


@dataclass
class Anchor:
    """Where an assessment starts: a restated recommendation, with the number the follow-up prints (if any)."""

    start: int
    end: int
    number: int | None
    ordinal: int | None = None


class Outcomes:
    """Write ``doc.spans["outcomes"]`` with ``status``, ``recommendation`` and the assessed passage in ``extra``."""

    def __init__(self, cue_file: str = "inspection_cues.json") -> None:
        self.cues = cues(cue_file)

    def anchors(self, doc: Doc) -> list[Anchor]:
        """Restated recommendations, from the recommendations component and from prose restatements."""
        c = self.cues
        found = [Anchor(s.start_char, s.end_char, s._.number) for s in doc.spans.get("restated", [])]
        taken = [(a.start, a.end) for a in found]
        for block in doc._.blocks or []:
            if block.kind != "paragraph" or any(s <= block.start < e for s, e in taken):
                continue
            for sent in sentences_of(doc, block.start, block.end):
                match = c.restatement_sentence.search(sent.text)
                if match and match.start() < 20:
                    number = int(match.group("number")) if match.group("number") else None
                    ordinal = c.ordinals.get((match.group("ordinal") or "").lower())
                    found.append(Anchor(sent.start_char, sent.end_char, number, ordinal))
        return sorted(found, key=lambda a: a.start)

    @staticmethod
    def _section_end(placed: list[Placed], anchor: Anchor, limit: int) -> int:
        """Where the anchor's section ends: the next heading above the anchor's own heading level."""
        inside = [p for p in placed if p.block.start <= anchor.start]
        level = None
        real = [h for h in inside[-1].headings if not h.attrs.get("pseudo")] if inside else []
        if real:
            level = real[-1].level or 1
        for p in placed:
            if p.block.start <= anchor.end or p.block.start >= limit:
                continue
            if p.kind == "heading" and level is not None and (p.block.level or 1) < level:
                return p.block.start
            if p.kind == "footnote":
                return p.block.start
        return limit

    def __call__(self, doc: Doc) -> Doc:
        c = self.cues
        anchors = self.anchors(doc)
        placed = place_blocks(doc._.blocks, c.recommendation_label)
        text = doc.text
        spans: list[Span] = []
        covered: list[tuple[int, int]] = []
        for i, anchor in enumerate(anchors):
            limit = anchors[i + 1].start if i + 1 < len(anchors) else len(text)
            end = self._section_end(placed, anchor, limit)
            verdict = self._verdict(doc, anchor.end, end)
            if verdict is None:
                continue
            span, status, judgement = verdict
            number = anchor.number
            if number is None:
                ref = c.number_reference.search(span.text)
                number = int(ref.group("number")) if ref else None
            span._.status = status
            span._.recommendation = number
            extra = {"judgement": judgement, "passage": text[anchor.end:span.end_char].strip(), "position": i + 1}
            if anchor.ordinal:
                extra["ordinal"] = anchor.ordinal
            span._.extra = extra
            spans.append(span)
            covered.append((anchor.start, end))
        spans.extend(self._numbered_verdicts(doc, covered))
        doc.spans["outcomes"] = sorted(spans, key=lambda s: s.start_char)
        return doc

    def _blocks_between(self, doc: Doc, start: int, end: int) -> list:
        return [b for b in doc._.blocks or [] if start <= b.start < end and b.kind == "paragraph" and not b.attrs.get("box")]

    def _verdict(self, doc: Doc, start: int, end: int) -> tuple[Span, str, str] | None:
        """The verdict of one assessment: its last explicit judgement, else its last judgement in prose."""
        c = self.cues
        best: dict[str, tuple[int, list[Span], str]] = {}
        for block in self._blocks_between(doc, start, end):
            sents = sentences_of(doc, block.start, block.end)
            skip = 0
            for k, sent in enumerate(sents):
                if k < skip:
                    continue
                judged = judge(sent.text, c)
                if judged is None:
                    continue
                status, kind = judged
                group = [sent]
                for nxt in sents[k + 1:]:  # a verdict's own reasons, judged the same way, belong to it
                    follow = judge(nxt.text, c)
                    if follow is None or follow[0] != status:
                        break
                    group.append(nxt)
                skip = k + len(group)
                best[kind] = (sent.start_char, group, status)
        chosen = best.get("explicit") or best.get("prose")
        if chosen is None:
            return None
        _, group, status = chosen
        span = text_span(doc, group[0].start_char, group[-1].end_char)
        if span is None:
            return None
        return span, status, "explicit" if chosen is best.get("explicit") else "prose"

    def _numbered_verdicts(self, doc: Doc, covered: list[tuple[int, int]]) -> list[Span]:
        """Explicit verdicts outside any assessment that name their recommendation ("Recommendation 4 has been met")."""
        c = self.cues
        out = []
        for block in doc._.blocks or []:
            if block.kind not in ("paragraph", "list_item") or any(s <= block.start < e for s, e in covered):
                continue
            for sent in sentences_of(doc, block.start, block.end):
                ref = c.number_reference.search(sent.text)
                judged = judge(sent.text, c) if ref else None
                if judged is None or judged[1] != "explicit":
                    continue
                span = text_span(doc, sent.start_char, sent.end_char)
                if span is None:
                    continue
                span._.status = judged[0]
                span._.recommendation = int(ref.group("number"))
                span._.extra = {"judgement": "explicit"}
                out.append(span)
        return out


@Language.factory("reportmine_outcomes", default_config={"cues": "inspection_cues.json"})
def make_outcomes(nlp: Language, name: str, cues: str) -> Outcomes:
    """Factory for :class:`Outcomes`; ``cues`` names the cue file under pipelines/."""
    return Outcomes(cues)
