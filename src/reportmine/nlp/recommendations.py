"""Recommendations: each one whole, with its printed number (or position), deadline, due date and addressee.

A recommendation is found by where it sits (a list or a labelled paragraph under a
"Recommendations" heading, a box, a bullet under a shared lead such as "Within three months,
the force should:") and by how it is worded (a subject followed by "should"/"must", "We
recommend that ..."). Deadlines come from the recommendation itself, else its lead, else a
heading over its group ("Within six months"). In a follow-up, the same wording is a
recommendation quoted again: those spans go to ``doc.spans["restated"]`` for the outcomes component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions
from .cues import CueComponent, Cues
from .deadlines import deadline_label, deadline_span_end, find_deadline, first_deadline, resolve_due
from .layout import (
    Placed,
    doc_text,
    end_before_reference,
    place_blocks,
    sentences_of,
    statement_key,
    text_span,
)
from .register import register_entry

extensions.register()

_END_PUNCT = re.compile(r"[.;:!?)\]”\"]$")
# the reference cell of a table row of recommendations: "R3", "Rec 3", "3", "3."
_ROW_REFERENCE = re.compile(r"^(?:r|rec\.?|recommendation)?\s*(\d{1,3})\.?$", re.IGNORECASE)
# a list item that ends "...; and" is complete: the conjunction joins it to the next item
_LIST_JOINER = re.compile(r"[;,]\s*(?:and|or)$")
# a lettered sub-item: "(a) ...", "b) ..."
_LETTERED = re.compile(r"^\(?[a-h]\)\s")
_DETERMINERS = {"the", "all", "every", "each", "its", "their", "those", "these", "his", "her", "our", "any"}
_MODAL = re.compile(r"\b(?:should|must|ought to|are to|is to)\b", re.IGNORECASE)
# how far past the modal verb a deadline still qualifies the recommendation ("should immediately ...")
_DEADLINE_REACH = 30


@dataclass
class Candidate:
    """One recommendation as found: where its text lies and what its context says about it."""

    start: int
    end: int
    number: int | None = None
    lead: str | None = None
    group_deadline: str | None = None
    restated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def addressee_of(text: str, c: Cues) -> str | None:
    """The body a recommendation is addressed to: the subject of its first "should"/"must" ("the force", "chief constables")."""
    recommend = c.we_recommend.search(text)
    if recommend:
        text = text[recommend.end() :]
    modal = _MODAL.search(text)
    if modal is None and recommend and text.rstrip().endswith(":"):
        modal_at = len(text.rstrip()) - 1  # "We recommend that, by the end of the year, the Home Office:"
    elif modal is None or modal.start() > 200:
        return None
    else:
        modal_at = modal.start()
    subject = text[:modal_at].strip(" ,")
    # an opening deadline ("Within six months the force") and a closing relative clause (", that have not yet
    # done so") are not the subject; nor is an opening clause ("Within three months,", "Working with its partners,")
    opening = c.deadline.match(subject)
    if opening:
        subject = subject[opening.end() :].strip(" ,")
    chunks = [k.strip() for k in subject.split(",") if k.strip()]
    while len(chunks) > 1 and chunks[-1].split()[0].lower() in {"that", "which", "who", "where"}:
        chunks.pop()
    # a list inside the subject ("those forces using a threat, harm and risk policy") goes on in lower case
    while len(chunks) > 1 and chunks[-1][:1].islower() and chunks[-1].split()[0].lower() not in _DETERMINERS:
        chunks[-2:] = [f"{chunks[-2]}, {chunks[-1]}"]
    subject = chunks[-1] if chunks else ""
    if not subject or subject.lower() in {"we", "it", "they", "this", "that"} or len(subject.split()) > 12:
        return None
    return (
        subject[0].lower() + subject[1:]
        if subject.split()[0] in {"The", "All", "Every", "Each", "Its", "Their"}
        else subject
    )


def own_deadline(text: str, c: Cues) -> str | None:
    """A deadline the recommendation states itself: before or just after its modal verb, or "by <date>" anywhere."""
    match = first_deadline(text, c)
    if match is None:
        return None
    modal = _MODAL.search(text)
    if (
        modal is None
        or match.start() <= modal.end() + _DEADLINE_REACH
        or match.group(0).lower().startswith("by ")
    ):
        return match.group(0)
    return None


def looks_like_recommendation(text: str, c: Cues) -> bool:
    """Worded as a recommendation: a subject and "should"/"must" early on, or "We recommend that ..."."""
    if c.we_recommend.search(text[:200]):
        return True
    match = c.recommendation_verb.match(text.strip())
    return match is not None and len(match.group(0)) < 200


def _lettered(placed: list[Placed], k: int) -> bool:
    """Whether the list below block ``k`` is lettered ("(a) ...", "b) ..."): the items of one recommendation."""
    nxt = placed[k + 1].block if k + 1 < len(placed) else None
    if nxt is None or nxt.kind != "list_item":
        return False
    return bool(_LETTERED.match(nxt.text.strip())) or (nxt.marker or "").strip("().").isalpha()


def _heading_deadline(heading: Any, c: Cues) -> str | None:
    """The deadline a heading that is little more than one gives ("Within six months"), else None."""
    text = heading.text.strip()
    match = first_deadline(text, c)
    if match is None:
        return None
    rest = len(text) - (
        deadline_span_end(text, match, c) - match.start()
    )  # "... of the publication of this report"
    return match.group(0) if rest <= 25 else None


class Recommendations(CueComponent):
    """Write ``doc.spans["recommendations"]`` (and ``["restated"]`` in follow-ups) with number, deadline, due, addressee."""

    @cached_property
    def minor_headings(self) -> re.Pattern[str]:
        """The headings of a list's own parts, which do not end the section they are in."""
        c = self.cues
        return re.compile(
            "|".join(
                p.pattern
                for p in (c.recommendation_label, c.area_for_improvement_heading, c.cause_of_concern_heading)
            ),
            re.IGNORECASE,
        )

    def _region(self, item: Placed) -> Any:
        return next(
            (h for h in item.headings if self.cues.recommendation_heading.match(h.text.strip())), None
        )

    def _group_deadline(self, item: Placed) -> str | None:
        return next((d for h in reversed(item.headings) if (d := _heading_deadline(h, self.cues))), None)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every recommendation-shaped passage of the document, in reading order."""
        c = self.cues
        register = self._register_candidate(doc)
        if register is not None:
            return [register]
        placed = place_blocks(doc._.blocks, self.minor_headings)
        follow_up = doc._.kind == "follow_up_report"
        out: list[Candidate] = []
        label_number: int | None = None
        fresh_regions: set[int] = (
            set()
        )  # "Recommendations" sections a follow-up opens with "We make two new recommendations."
        # a deadline heading ("Immediately") set at the same level as the labels under it ("Recommendation 1") still leads them
        heading_deadline: str | None = None
        absorbed_until = -1  # a recommendation taken with its lettered or bulleted items ends here
        bare_label = c.more.get("recommendation_bare_label")
        bare_pending = False  # a line that is only "Recommendation" labels the paragraph below it
        for k, item in enumerate(placed):
            block = item.block
            text = block.text.strip()
            if block.kind == "paragraph" and bare_label is not None and bare_label.match(text):
                bare_pending, label_number = True, None
                continue
            label = c.recommendation_label.match(text) if block.kind in ("heading", "paragraph") else None
            if block.kind == "heading" and not label:
                heading_deadline = _heading_deadline(block, c)
            if block.kind == "table" and block.rows and not follow_up:
                out.extend(self._table_rows(item))
            if block.kind not in ("paragraph", "list_item") and not label:
                label_number = None
                continue
            if label and len(text) < 40:
                label_number = int(label.group("number"))
                continue
            number, labelled, label_number = label_number, label_number is not None or bare_pending, None
            bare_pending = False
            region = self._region(item)
            if region is not None and c.new_recommendation_intro.search(text):
                fresh_regions.add(region.start)
            heading = item.heading
            heading_text = heading.text.strip() if heading is not None else ""
            start, end = block.start, block.end
            # "Recommendation 2:", "R3 -"; or "Recommendation:" and "Recommendation 4.2:" (a paragraph number), which give no number
            numbered_tag = c.recommendation_inline_label.match(text)
            tagged = numbered_tag or c.recommendation_unnumbered_label.match(text)
            inline = numbered_tag or (region is not None and c.recommendation_numbering.match(text))
            lead = (
                item.lead.text.strip()
                if item.lead is not None and c.group_lead.search(item.lead.text)
                else None
            )
            under_statement = c.area_for_improvement_heading.match(
                heading_text
            ) or c.cause_of_concern_heading.match(heading_text)
            if under_statement and not (tagged or lead or labelled):
                continue
            if inline:
                number = int(inline.group("number"))
            if tagged:
                start += tagged.end()
            elif inline:
                start += inline.end()
            if block.kind == "list_item" and block.marker and block.marker.isdigit() and number is None:
                number = int(block.marker)
            body = block.text[start - block.start :]
            if block.start < absorbed_until:
                continue  # an item of the recommendation just taken whole
            items_follow = text.endswith(":")
            if items_follow and self._shared_lead(text) and not (inline or labelled or _lettered(placed, k)):
                continue  # "Within three months, the force should:": each item below is a recommendation
            accepted = (
                lead is not None
                or labelled  # the text under a printed "Recommendation 3" is that recommendation
                or tagged is not None
                and looks_like_recommendation(body, c)
                or number is not None
                and (looks_like_recommendation(body, c) or region is not None)
                or region is not None
                and (block.kind == "list_item" or looks_like_recommendation(body, c))
                or item.boxed
                and looks_like_recommendation(body, c)
            )
            if not accepted:
                if not c.we_recommend.search(text):
                    continue
                for sent in sentences_of(doc, block.start, block.end):
                    if c.we_recommend.search(sent.text):
                        out.append(Candidate(sent.start_char, sent.end_char, restated=follow_up))
                continue
            end = self._continuation(placed, k, end)
            if items_follow:
                end = absorbed_until = self._items_end(placed, k, end)
            # a follow-up quotes the old recommendations, but those under "New recommendation" are its own
            fresh = any(c.new_recommendation_heading.match(h.text.strip()) for h in item.headings) or (
                region is not None and region.start in fresh_regions
            )
            restated = (
                follow_up and not fresh or any(c.restating_heading.search(h.text) for h in item.headings)
            )
            out.append(
                Candidate(start, end, number, lead, self._group_deadline(item) or heading_deadline, restated)
            )
        return out

    def _shared_lead(self, text: str) -> bool:
        """A lead that gives several recommendations one addressee and deadline ("Within three months, chief
        constables should:", "We recommend that, by the end of the year, the Home Office:"), not one
        recommendation that goes on in items ("... The plan should include:", "... by:")."""
        shared = self.cues.more.get("shared_lead")
        return shared is not None and bool(shared.search(text.strip()))

    @staticmethod
    def _items_end(placed: list[Placed], k: int, end: int) -> int:
        """The end of the list items that follow block ``k`` (its sub-items), else ``end``; a numbered item after a
        numbered lead is the next recommendation, not a sub-item."""
        numbered = (placed[k].block.marker or "").isdigit()
        for item in placed[k + 1 :]:
            if item.kind != "list_item" or numbered and (item.block.marker or "").isdigit():
                break
            end = item.block.end
        return end

    def _register_candidate(self, doc: Doc) -> Candidate | None:
        """A register entry page: its recommendation is the text before the first dated line, from the first
        block worded as one (a register entry holds one recommendation, whatever its sub-items)."""
        blocks = list(doc._.blocks or [])
        entry = register_entry(blocks, self.cues)
        if entry is None:
            return None
        body = [b for b in blocks[: entry.first_line] if b.kind in ("paragraph", "list_item")]
        first = next((k for k, b in enumerate(body) if looks_like_recommendation(b.text, self.cues)), None)
        if first is None:
            return None
        return Candidate(body[first].start, body[-1].end)

    def _table_rows(self, item: Placed) -> list[Candidate]:
        """Recommendations printed as table rows (Ref | Recommendation | Deadline): a row whose cell is worded as one.

        The reference cell ("R2", "3") gives the number; a cell that is only a deadline gives the deadline.
        """
        c = self.cues
        block = item.block
        rows = block.rows or []
        header = " ".join(rows[0]).lower() if rows else ""
        if self._region(item) is None and "recommendation" not in header:
            return []
        out = []
        cursor = 0
        for row in rows:
            texts = [cell.strip() for cell in row]
            body = max(texts, key=len, default="")
            at = block.text.find(body, cursor) if body else -1
            if at >= 0:
                cursor = at + len(body)
            if at < 0 or not looks_like_recommendation(body, c):
                continue
            number = None
            deadline = None
            for cell in texts:
                ref = _ROW_REFERENCE.match(cell)
                if ref and number is None:
                    number = int(ref.group(1))
                elif cell != body and (found := find_deadline(cell, c)) and len(cell) <= len(found) + 5:
                    deadline = found
            start = block.start + at
            out.append(Candidate(start, start + len(body), number, None, deadline))
        return out

    @staticmethod
    def _continuation(placed: list[Placed], k: int, end: int) -> int:
        """Extend a recommendation cut by a page break: the next block goes on in lower case."""
        text = placed[k].block.text.rstrip()
        if _END_PUNCT.search(text) or _LIST_JOINER.search(text) or k + 1 >= len(placed):
            return end
        nxt = placed[k + 1].block
        if nxt.kind in ("paragraph", "list_item") and nxt.text[:1].islower():
            return nxt.end
        return end

    def __call__(self, doc: Doc) -> Doc:
        c = self.cues
        # a register or tracker page quotes recommendations of other reports: its own date counts nothing from
        published = doc._.published if doc._.kind != "other" else None
        made: list[Span] = []
        restated: list[Span] = []
        made_keys: set[str] = set()
        for cand in self.candidates(doc):
            span = text_span(
                doc,
                cand.start,
                end_before_reference(doc_text(doc), cand.start, cand.end),
                label=extensions.span_label("restated" if cand.restated else "recommendations"),
            )
            if span is None:
                continue
            if not cand.restated:
                key = statement_key(span.text)
                if key in made_keys:
                    continue  # repeated word for word in a summary list: the same recommendation
                made_keys.add(key)
            text = span.text
            deadline = (
                own_deadline(text, c)
                or (find_deadline(cand.lead, c) if cand.lead else None)
                or cand.group_deadline
            )
            span._.deadline = deadline_label(deadline)
            span._.due = None if cand.restated else resolve_due(deadline, published, c)
            span._.addressee = addressee_of(cand.lead or text, c)
            if cand.lead:
                span._.extra = {"lead": cand.lead}
            if cand.restated:
                span._.number = cand.number
                restated.append(span)
            else:
                span._.number = cand.number if cand.number is not None else len(made) + 1
                made.append(span)
        doc.spans["recommendations"] = made
        doc.spans["restated"] = restated
        return doc


@Language.factory(
    "reportmine_recommendations",
    default_config={"cues": "inspection_cues.json"},
    requires=["doc.sents"],
    assigns=[
        "doc.spans",
        "span._.number",
        "span._.deadline",
        "span._.due",
        "span._.addressee",
        "span._.extra",
    ],
)
def make_recommendations(nlp: Language, name: str, cues: str) -> Recommendations:
    """Factory for :class:`Recommendations`; ``cues`` names the cue file under pipelines/."""
    return Recommendations(cues=cues)
