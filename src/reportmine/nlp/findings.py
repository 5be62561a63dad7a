"""Findings and concerns: what inspectors found to be good or neutral, and what is wrong or must improve.

Structure first (the items of a list introduced by "Inspectors were pleased to find:", boxed areas
for improvement and causes of concern, the sentence that states a chapter's grade), then the
language of single sentences in the body ("We found that ...", "Inspectors were concerned that ...").
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions
from .cues import CueComponent, Cues
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

_MIN_WORDS = 6
_NAMES_RECOMMENDATION = re.compile(r"\brecommendations?\b", re.IGNORECASE)
_NAMES_ITEM = re.compile(r"\b(?:recommendations?|areas? for improvement|causes? of concern)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"^(?:but|however|yet|nevertheless)\b", re.IGNORECASE)
_AND = re.compile(r"^(?:and|also)\s+", re.IGNORECASE)
_CONNECTIVE = re.compile(r"^(?:and|but|however|yet|so|also)\b,?\s*", re.IGNORECASE)
_PERSONAL = re.compile(r"^(?:it|its|they|their)\b", re.IGNORECASE)
_EXPLETIVE = re.compile(
    r"^it (?:is|was|will be|would be|remains|seems)\b[\w ,’'-]{0,40}?\b(?:that|to|whether|how)\b", re.I
)


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (a list's lead-in is the sentence that ends in its colon)."""
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


def is_verdict(text: str, c: Cues) -> bool:
    """Whether a sentence judges a recommendation (an outcome's wording, not a finding)."""
    return any(p.search(text) for _, p in c.status_prose) or (
        c.status_explicit_requires.search(text) is not None
        and any(p.search(text) for _, p in c.status_explicit)
    )


def classify_sentence(text: str, c: Cues) -> str | None:
    """ "findings", "concerns" or None for one body sentence, from its cue phrases alone.

    Sentences about the report itself and verdicts on recommendations are neither; praise
    without an explicit cue counts only when it opens its own statement (not "Its ...", "They ...").
    """
    if c.meta_sentence.search(text) or is_verdict(text, c):
        return None
    if c.concern_sentence.search(text):
        return "concerns"
    negative = c.negative_evaluation.search(text) is not None
    if c.finding_sentence.search(text):
        return "concerns" if negative else "findings"
    if not negative and not c.elaboration_start.search(text) and c.positive_evaluation.search(text):
        return "findings"
    return None


def polarity(text: str, c: Cues) -> str:
    """ "concerns" where a statement says something is wrong or must improve, else "findings"."""
    return (
        "concerns"
        if c.concern_sentence.search(text) or c.negative_evaluation.search(text) or looks_like_advice(text, c)
        else "findings"
    )


def evaluate_statement(text: str, c: Cues, after_force: bool = False) -> str | None:
    """A sentence of a findings chapter without a cue phrase: a concern where it says something is wrong, else a finding.

    Not the report talking about itself, nor a recommendation ("The force should ...").
    """
    if c.meta_sentence.search(text) or looks_like_advice(text, c):
        return None
    despite = c.more["progress_despite"].match(text)
    if (
        despite
        and c.more["progress_statement"].search(despite.group("main"))
        and not _NAMES_ITEM.search(text)
    ):
        return "findings"  # progress, not yet finished, on no one recommendation: the progress is the point
    if is_verdict(text, c):
        return None
    progress = (
        c.more["progress_statement"].search(text) is not None
    )  # "It has changed ...", "these meetings now give ..."
    if c.negative_evaluation.search(text):
        return "concerns"
    if (
        c.elaboration_start.search(_AND.sub("", text))
        and not progress
        and not (after_force and c.more["force_pronoun"].search(text))
    ):
        return None  # "Its ...", "They ...": more about the sentence before (but "It has ..." after "The force ..." is the force)
    return (
        "findings" if progress or c.positive_statement.search(text) else None
    )  # a bare fact ("The force has 34 teams.") is context


def foreword_statement(text: str, c: Cues, after_statement: bool) -> str | None:
    """A sentence of a foreword that stands as the document's summary: a finding or a concern by what it says.

    Only statements about the forces, their people, their service or their grades count; not the report
    describing itself, nor a sentence that goes on ("It ...", "But they ...") about one that stated nothing.
    """
    more = c.more
    bare = _CONNECTIVE.sub("", text)
    # "They ..." speaks of the subject of the sentence before ("It is clear that ..." of nothing)
    goes_on = _PERSONAL.match(bare) is not None and _EXPLETIVE.match(bare) is None
    if (
        more["about_the_report"].search(text)
        or c.meta_sentence.search(text)
        or is_verdict(text, c)
        or looks_like_advice(text, c)
        or (goes_on and not after_statement)
        or not (goes_on or more["foreword_topic"].search(text))
    ):
        return None
    if (
        c.concern_sentence.search(text)
        or c.negative_evaluation.search(text)
        or more["strain_statement"].search(text)
    ):
        return "concerns"
    if (
        c.finding_sentence.search(text)
        or c.positive_statement.search(text)
        or c.positive_evaluation.search(text)
        or more["progress_statement"].search(text)
    ):
        return "findings"
    return None


def register_progress(text: str, c: Cues) -> bool:
    """Whether a sentence of a register entry's comment states what the force has done or shown since."""
    more = c.more
    if (
        text.rstrip().endswith(":")
        or _NAMES_RECOMMENDATION.search(text)
        or is_verdict(text, c)
        or more["register_pending"].search(text)
        or more["register_setback"].search(text)
        or c.concern_sentence.search(text)
    ):
        return False
    return bool(more["register_progress"].search(text) or more["progress_statement"].search(text))


def subject_is_force(sent: Span, c: Cues) -> bool:
    """Whether the subject of a sentence's root verb is the force itself ("The force ...", "<Name> Police ...")."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and c.more["force_subject"].match(t.lemma_)
        for t in sent.root.children
    )


def judges_the_force(sent: Span, c: Cues) -> bool:
    """Whether a clause says what the force or its people do well without a cue phrase ("supervisors regularly
    reviewed the records", "officers understood the legal requirements"): its subject is the force, its officers or
    staff and its verb a finished act of oversight or understanding, with nothing said against it."""
    text = sent.text.strip()
    if (
        text.endswith("?")
        or c.negative_evaluation.search(text)
        or c.meta_sentence.search(text)
        or c.elaboration_start.search(text)
        or looks_like_advice(text, c)
    ):
        return False
    for t in sent:
        if (
            t.pos_ == "VERB"
            and t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and c.more["evaluative_verb"].match(t.lemma_)
        ):
            if _negated(t):
                continue  # "no evidence that a supervisor had reviewed the case" states a failing
            if any(ch.dep_ == "nsubj" and c.more["evaluated_subject"].match(ch.lemma_) for ch in t.children):
                return True
    return False


def _negated(verb: Token) -> bool:
    """Whether a verb or a word it depends on is denied ("did not review", "no evidence that ... reviewed")."""
    return any(
        ch.dep_ == "neg" or ch.lower_ in ("no", "never") for t in (verb, *verb.ancestors) for ch in t.children
    )


def looks_like_advice(text: str, c: Cues) -> bool:
    """Worded as advice ("The force should ...", "We recommend that ..."), not as a finding."""
    match = c.recommendation_verb.match(text.strip())
    return c.we_recommend.search(text) is not None or (match is not None and len(match.group(0)) < 120)


def classify_lead(text: str, c: Cues) -> str | None:
    """The group a list's lead-in ("However, inspectors were concerned to find:") puts its items in."""
    if c.concern_leads.search(text):
        return "concerns"
    if c.finding_leads.search(text):
        return "findings"
    return None


def grade_of_sentence(text: str, c: Cues) -> str | None:
    """The grade a sentence such as "<Force> is good at preventing crime." states, in lower case."""
    match = c.grade_sentence.search(text)
    if not match:
        return None
    grade = (match.group("grade") or match.group("grade2")).lower()
    return "requires improvement" if "improvement" in grade else grade


def _split_areas(cell: str) -> list[str]:
    """The areas of policing listed in one cell of a table of judgements."""
    parts = (
        re.split(r"\s*[;\n]\s*", cell)
        if re.search(r"[;\n]", cell)
        else re.split(r"(?<=[a-z)])\s+(?=[A-Z])", cell)
    )
    # an area is named in words: a cell of figures is a count (a case audit's "good / requires improvement" table)
    return [p.strip(" ;,.") for p in parts if re.search(r"[A-Za-z]{3}", p)]


def grades_from_table(rows: list[list[str]], c: Cues) -> list[dict[str, str]]:
    """Rows of a table of graded judgements (a column per grade, areas under their grade) as {area, grade}."""
    if not rows:
        return []
    header = [cell.strip().lower() for cell in rows[0]]
    if sum(1 for h in header if h in c.grades) < 3:
        return []
    out: list[dict[str, str]] = []
    for col, grade in enumerate(header):
        if grade not in c.grades:
            continue
        for row in rows[1:]:
            if col < len(row):
                out.extend({"area": area, "grade": grade} for area in _split_areas(row[col]))
    return out


class FindingsConcerns(CueComponent):
    """Write ``doc.spans["findings"]`` and ``doc.spans["concerns"]`` (and PEEL grades in ``doc._.extra``)."""

    @cached_property
    def minor_headings(self) -> re.Pattern[str]:
        """The headings of a list's own parts, which do not end the section they are in."""
        c = self.cues
        return re.compile(
            "|".join(
                p.pattern
                for p in (
                    c.grade_label,
                    c.area_for_improvement_heading,
                    c.cause_of_concern_heading,
                    c.recommendation_heading,
                    c.recommendation_label,
                    c.finding_headings,
                    c.concern_headings,
                    c.more["key_finding_heading"],
                )
            ),
            re.IGNORECASE,
        )

    def _excluded(self, item: Placed) -> bool:
        return any(self.cues.statement_sections_excluded.match(h.text.strip()) for h in item.headings)

    def _findings_section(self, item: Placed) -> str | None:
        """ "chapter" under a chapter that reports what inspectors found ("3. Findings", "How effective is the force
        at ...?"), "summary" directly under a summary of them ("Summary", "Overall judgement"; not its signed
        observations), else None."""
        c = self.cues
        if any(c.findings_sections.match(h.text.strip()) for h in item.headings):
            return "chapter"
        heading = item.heading
        return "summary" if heading is not None and c.summary_sections.match(heading.text.strip()) else None

    def _recommendation_group(self, item: Placed) -> bool:
        """A lead that introduces recommendations ("... we recommend that the force should, within three months:") or an item under one."""
        c = self.cues
        lead = (
            item.block.text
            if item.block.kind != "list_item"
            else (item.lead.text if item.lead is not None else "")
        )
        return lead.rstrip().endswith(":") and (
            c.group_lead.search(lead) is not None or c.we_recommend.search(lead) is not None
        )

    def __call__(self, doc: Doc) -> Doc:
        c = self.cues
        groups: dict[str, list[Span]] = {"findings": [], "concerns": []}
        text_of_doc = doc_text(doc)  # spaCy rebuilds doc.text on each access
        afi_count = 0
        coc_count = 0
        coc_heading_seen: set[int] = set()
        inspection = (
            doc._.kind == "inspection_report"
        )  # a follow-up's sentences weigh progress, not fresh findings
        table_grades: list[dict[str, str]] = []
        chapter_grades: list[dict[str, str]] = []

        said: set[str] = set()

        def add(group: str, start: int, end: int, extra: dict | None = None) -> None:
            span = text_span(
                doc,
                start,
                end_before_reference(text_of_doc, start, end),
                label=extensions.span_label(group, extra),
            )
            if span is None:
                return
            key = statement_key(span.text)
            if key in said:
                return  # the same span again, or a summary repeating a statement word for word
            said.add(key)
            if extra:
                span._.extra = extra
            groups[group].append(span)

        placed = place_blocks(doc._.blocks, self.minor_headings)
        # a document with no summary or findings section of its own (a national overview) is summed up in its foreword
        summed_up = any(
            p.kind == "heading"
            and (
                c.summary_sections.match(p.block.text.strip())
                or c.findings_sections.match(p.block.text.strip())
                or c.more["follow_up_summary_sections"].match(p.block.text.strip())
            )
            for p in placed
        )
        register = register_entry(doc._.blocks, c)  # a register entry's comments report progress
        for item in placed:
            block = item.block
            text = block.text.strip()
            if block.kind == "table" and block.rows:
                table_grades.extend(grades_from_table(block.rows, c))
                continue
            area_grade = c.more["area_grade_line"].match(text) if block.kind == "paragraph" else None
            if area_grade:
                add(c.grades[area_grade.group("grade").lower()], block.start, block.end)
                continue
            label = c.grade_label.match(text)
            if label and item.headings:
                chapter = next(
                    (
                        h
                        for h in reversed(item.headings)
                        if h.start != block.start and not c.grade_label.match(h.text)
                    ),
                    None,
                )
                if chapter is not None:
                    chapter_grades.append(
                        {"area": chapter.text.strip(), "grade": label.group("grade").lower()}
                    )
                continue
            if (
                block.kind not in ("paragraph", "list_item")
                or self.minor_headings.match(text)
                and len(text) < 60
            ):
                continue
            if c.recommendation_inline_label.match(text) or c.recommendation_unnumbered_label.match(text):
                continue  # "Recommendation: The force should ..." is advice, not a statement of what was found
            heading = item.heading
            heading_text = heading.text.strip() if heading is not None else ""
            if block.kind == "paragraph" and text.endswith(":"):
                continue  # the lead-in of a list ("We also identified the following areas for improvement:") states nothing itself
            # the report talking about itself under the heading ("We set out our detailed findings below.") is no item of it
            in_box_of = (
                heading is not None
                and (not heading.attrs.get("box") or item.boxed)
                and not c.meta_sentence.search(text)
            )
            if in_box_of and heading is not None and c.area_for_improvement_heading.match(heading_text):
                afi_count += 1
                add("concerns", block.start, block.end, {"area_for_improvement": afi_count})
                continue
            if in_box_of and heading is not None and c.cause_of_concern_heading.match(heading_text):
                if self._recommendation_group(item):
                    continue
                if heading.start not in coc_heading_seen:
                    coc_heading_seen.add(heading.start)
                    coc_count += 1
                add("concerns", block.start, block.end, {"cause_of_concern": coc_count})
                continue
            key_finding = in_box_of and c.more["key_finding_heading"].match(heading_text) is not None
            if key_finding and item.boxed and block.kind == "paragraph":
                add(polarity(text, c), block.start, block.end)  # a boxed key finding, good or bad
                continue
            if block.kind == "list_item" and c.more["graded_count"].search(text):
                add(
                    "findings", block.start, block.end
                )  # an audit result counted by grade, wherever it stands
                continue
            if self._excluded(item):
                continue
            if block.kind == "list_item":
                group = None
                if item.lead is not None and item.lead.text.rstrip().endswith(":"):
                    if c.more["earlier_items_lead"].search(_last_sentence(item.lead.text)):
                        continue  # what an earlier inspection found or asked for, restated to be judged
                    group = classify_lead(item.lead.text, c)
                if group is None and heading is not None:
                    group = (
                        "concerns"
                        if c.concern_headings.match(heading_text)
                        else "findings"
                        if c.finding_headings.match(heading_text)
                        else None
                    )
                if group is None and key_finding:
                    group = polarity(text, c)
                if group is not None:
                    add(group, block.start, block.end)
                continue
            if item.boxed:
                continue
            sents = sentences_of(doc, block.start, block.end)
            if register is not None and item.index > register.first_line:
                for sent in sents:
                    if register_progress(sent.text.strip(), c):
                        add("findings", sent.start_char, sent.end_char)
                continue
            findings_section = self._findings_section(item)
            if not inspection:
                # a follow-up's chapters and conclusion weigh each recommendation; its summary states findings
                summary = c.more["follow_up_summary_sections"].match(heading_text)
                findings_section = "summary" if summary else None
            foreword = not summed_up and c.more["foreword_sections"].match(heading_text) is not None
            previous: str | None = None
            for k, sent in enumerate(sents):
                sentence = sent.text.strip()
                if len(sentence.split()) < _MIN_WORDS and not c.grade_sentence.search(sentence):
                    continue
                if foreword:
                    previous = foreword_statement(sentence, c, previous is not None)
                    if previous:
                        add(previous, sent.start_char, sent.end_char)
                    continue
                grade = grade_of_sentence(sentence, c)
                group = c.grades.get(grade) if grade else classify_sentence(sentence, c)
                if (
                    group is None
                    and inspection
                    and c.concern_sentence.search(sentence)
                    and not (c.meta_sentence.search(sentence) or _NAMES_RECOMMENDATION.search(sentence))
                ):
                    group = "concerns"  # worded like a verdict ("has not done enough"), but a report judges the force, not a recommendation
                if group is None and c.finding_headings.match(heading_text):
                    group = "findings"  # a paragraph under "Good practice" or "Strengths"
                if group is None and findings_section:
                    group = evaluate_statement(sentence, c, k > 0 and subject_is_force(sents[k - 1], c))
                if group is None and inspection and judges_the_force(sent, c):
                    group = "findings"
                explicit = grade is not None or c.finding_sentence.search(sentence) is not None
                # in a findings chapter the next sentence's "However" usually turns to another subject
                if (
                    group == "findings"
                    and not explicit
                    and findings_section != "chapter"
                    and k + 1 < len(sents)
                    and _CONTRAST.match(sents[k + 1].text.strip())
                ):
                    group = (
                        None  # praise taken back by the next sentence ("... polite. But they did not ...")
                    )
                if (
                    group is None
                    and k > 0
                    and _CONTRAST.match(sentence)
                    and c.finding_sentence.search(sents[k - 1].text)
                ):
                    group = "concerns"  # "We found that ... However, ..." goes on reporting what was found, now the bad
                if group:
                    add(group, sent.start_char, sent.end_char)

        for name, spans in groups.items():
            doc.spans[name] = sorted(spans, key=lambda s: s.start_char)
        grades = table_grades or chapter_grades
        if grades:
            extra = dict(doc._.extra or {})
            extra["grades"] = grades
            doc._.extra = extra
        return doc


@Language.factory(
    "reportmine_findings",
    default_config={"cues": "inspection_cues.json"},
    requires=["doc.sents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc.spans", "doc._.extra", "span._.extra"],
)
def make_findings(nlp: Language, name: str, cues: str) -> FindingsConcerns:
    """Factory for :class:`FindingsConcerns`; ``cues`` names the cue file under pipelines/."""
    return FindingsConcerns(cues=cues)
