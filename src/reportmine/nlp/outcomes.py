"""Outcomes: for each recommendation a follow-up assesses, the verdict sentence(s) and the status they give.

A follow-up is read as a series of assessments, each opened by an anchor: a restated recommendation
(a quotation found by the recommendations component, or prose such as "The second recommendation
asked the force to ...", "In our 2017 inspection, we recommended that ..."), a printed label
("Recommendation 3", "Area for improvement 2: ..."), or, in a follow-up that has none of these, its
own headings ("2. Risk assessment at the scene"). An assessment runs to the next anchor or to the
end of its section. Inside one, an explicit judgement ("we consider this recommendation achieved",
"only partly met") wins over one given in prose ("some progress has been made, but further work is
required"); among several, the last one is the verdict. Tables with a status column
(Recommendation | Status | Commentary) give one outcome per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon.dates import parse_date_expression
from . import extensions
from .cues import CueComponent, Cues
from .layout import Placed, doc_text, place_blocks, sentences_of, text_span
from .recommendations import looks_like_recommendation as looks_like_directive
from .register import register_entry, status_of

OUTCOME = extensions.SPAN_LABELS["outcomes"]

extensions.register()

_NAMES_RECOMMENDATION = re.compile(r"\brecommendation\b", re.IGNORECASE)
#: a restatement cue must start this close to the beginning of its sentence ("In our 2017 inspection, we recommended ...")
RESTATEMENT_LEAD = 60
#: a paragraph this short, without closing punctuation, can title an assessment in a follow-up without other anchors
LABEL_LENGTH = 80


def judge(text: str, c: Cues) -> tuple[str, str] | None:
    """(status, "explicit" | "prose") of one sentence, or None when it judges nothing."""
    text = text.strip()  # a sentence can end with the blank line after its paragraph
    label = c.more.get("status_label")
    labelled = label.match(text) if label is not None else None
    if labelled:  # "Status: partially achieved." / "Our assessment - little or no progress"
        value = labelled.group("value").strip()
        status = next((s for s, p in c.more.get("table_status", []) if p.search(value)), None)
        if status:
            return status, "explicit"
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
    """Where an assessment starts, with the number the follow-up prints for it (if any).

    ``search_from`` is where its verdict may begin (the label's own paragraph for an inline label);
    ``subject`` is "recommendation" or "area_for_improvement".
    """

    start: int
    end: int
    number: int | None
    ordinal: int | None = None
    subject: str = "recommendation"
    search_from: int | None = None

    @property
    def verdict_from(self) -> int:
        return self.end if self.search_from is None else self.search_from


class Outcomes(CueComponent):
    """Write ``doc.spans["outcomes"]`` with ``status``, ``recommendation`` and the assessed passage in ``extra``."""

    def _more(self, key: str) -> Any:
        """One of this component's own cues in the cue file (None where the file has no such entry)."""
        return self.cues.more.get(key)

    def anchors(self, doc: Doc) -> list[Anchor]:
        """Restated recommendations, printed labels and prose restatements, in reading order."""
        c = self.cues
        directive = self._more("directive")
        # a "restated recommendation" without a directive is the assessment printed under a label: judge inside it
        found = [
            Anchor(
                s.start_char,
                s.end_char,
                s._.number,
                search_from=None if directive is None or directive.search(s.text) else s.start_char,
            )
            for s in doc.spans.get("restated", [])
        ]
        taken = [(a.start, a.end) for a in found]
        blocks = list(doc._.blocks or [])
        afi_label = self._more("area_for_improvement_anchor")
        afi_sentence = self._more("area_for_improvement_sentence")
        scope = self._more("ordinal_scope")
        for k, block in enumerate(blocks):
            if block.kind not in ("paragraph", "heading", "list_item") or any(
                s <= block.start < e for s, e in taken
            ):
                continue
            text = block.text.strip()
            label = c.recommendation_label.match(text)
            if label and len(text) < 40:
                nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                if nxt is None or not any(
                    s <= nxt.start < e for s, e in taken
                ):  # a restated quotation anchors itself
                    found.append(Anchor(block.start, block.end, int(label.group("number"))))
                continue
            inline = c.recommendation_inline_label.match(text)
            if inline:
                found.append(
                    Anchor(
                        block.start,
                        block.start + inline.end(),
                        int(inline.group("number")),
                        search_from=block.start,
                    )
                )
                continue
            if len(text) < 40 and c.area_for_improvement_heading.match(text):
                # "Area for improvement" printed above the one being judged: its verdict is not the last recommendation's
                digits = re.search(r"\d{1,2}", text)
                found.append(
                    Anchor(
                        block.start,
                        block.end,
                        int(digits.group()) if digits else None,
                        subject="area_for_improvement",
                    )
                )
                continue
            afi = afi_label.match(text) if afi_label is not None else None
            if afi:
                found.append(
                    Anchor(
                        block.start,
                        block.start + afi.end(),
                        int(afi.group("number")),
                        subject="area_for_improvement",
                        search_from=block.start,
                    )
                )
                continue
            if block.kind != "paragraph":
                continue
            for sent in sentences_of(doc, block.start, block.end):
                match = c.restatement_sentence.search(sent.text)
                if match and match.start() < RESTATEMENT_LEAD:
                    groups = (
                        match.groupdict()
                    )  # the cue's alternatives name their groups number, number2, ...
                    number = next((int(v) for k, v in groups.items() if k.startswith("number") and v), None)
                    ordinal = next(
                        (
                            c.ordinals.get(v.lower())
                            for k, v in groups.items()
                            if k.startswith("ordinal") and v
                        ),
                        None,
                    )
                    if number is None and ordinal and (scope is None or not scope.search(sent.text)):
                        number = ordinal  # "Our first recommendation was that ...", not "the second ... under this cause of concern"
                    found.append(Anchor(sent.start_char, sent.end_char, number, ordinal))
                elif afi_sentence is not None and (afi := afi_sentence.search(sent.text)):
                    ordinal = c.ordinals.get((afi.groupdict().get("ordinal") or "").lower())
                    number = ordinal if scope is None or not scope.search(sent.text) else None
                    found.append(
                        Anchor(
                            sent.start_char, sent.end_char, number, ordinal, subject="area_for_improvement"
                        )
                    )
        found.extend(a for a in self._listed_anchors(blocks) if not any(s <= a.start < e for s, e in taken))
        if doc._.kind == "other":
            # a register or tracker page states each recommendation, then its status: each one opens its assessment
            found.extend(
                Anchor(s.start_char, s.end_char, s._.number)
                for s in doc.spans.get("recommendations", [])
                if not any(a.start <= s.start_char < a.end for a in found)
            )
        return sorted(found, key=lambda a: a.start)

    def _listed_anchors(self, blocks: list[Any]) -> list[Anchor]:
        """Items restated one by one after a lead that announces them ("In 2017, we identified two areas for
        improvement:"): each block worded as a recommendation, up to the next heading, opens an assessment. Where
        the lead's count equals the items given, the list is the whole of the original's, so position is number."""
        lead_cue = self._more("restated_group_lead")
        if lead_cue is None:
            return []
        out: list[Anchor] = []
        group: list[Anchor] = []
        count: int | None = None

        def close() -> None:
            if count is not None and count == len(group):
                for k, anchor in enumerate(group, start=1):
                    anchor.number = k
            out.extend(group)

        subject = None
        for block in blocks:
            text = block.text.strip()
            if block.kind == "heading":
                close()
                group, subject = [], None
                continue
            if block.kind not in ("paragraph", "list_item"):
                continue
            lead = lead_cue.search(text)
            if lead:
                close()
                named = (lead.group("subject") or lead.group("subject2") or "").lower()
                subject = "recommendation" if named.startswith("recommendation") else "area_for_improvement"
                word = (lead.group("count") or "").lower()
                count = int(word) if word.isdigit() else self.cues.number_words.get(word)
                group = []
                continue
            if subject is not None and looks_like_directive(text, self.cues):
                group.append(Anchor(block.start, block.end, None, len(group) + 1, subject=subject))
        close()
        return out

    def _follow_up_shaped(self, doc: Doc) -> bool:
        """A follow-up report, or a letter or page in the inspectorate's own voice whose opening says it is a
        revisit or review (a web page of one can be taken for an article)."""
        if doc._.kind == "follow_up_report":
            return True
        salutation, named, voice = (
            self._more("letter_salutation"),
            self._more("follow_up_opening"),
            self._more("inspectorate_voice"),
        )
        opening = doc_text(doc)[:1500]
        if named is None or not named.search(opening):
            return False
        letter = salutation is not None and any(
            salutation.match(b.text.strip()) for b in (doc._.blocks or [])[:20]
        )
        return letter or (voice is not None and voice.search(opening) is not None)

    @staticmethod
    def _title_anchors(doc: Doc) -> list[Anchor]:
        """A follow-up that neither quotes nor numbers the recommendations: its headings (or short title lines) open
        the assessments ("2. Risk assessment at the scene"); their numbers are the follow-up's own, not the report's."""
        out = []
        for block in doc._.blocks or []:
            text = block.text.strip()
            titled = block.kind == "heading" or (
                block.kind == "paragraph"
                and len(text) < LABEL_LENGTH
                and text[-1:] not in ".;:,!?"
                and (text[:1].isupper() or text[:1].isdigit())
            )
            if titled and text and parse_date_expression(text) is None:  # a date line titles nothing
                out.append(Anchor(block.start, block.end, None))
        return out

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

    def _with_topic_titles(self, doc: Doc, anchors: list[Anchor], placed: list[Placed]) -> list[Anchor]:
        """Anchors, plus each title line that comes after an assessment already judged in so many words, naming the
        recommendation ("Strategy meetings" after "We are satisfied that this recommendation has been discharged."): a letter that heads its sections by topic and restates only some
        recommendations opens an assessment at each topic, so one verdict does not swallow the next ones."""
        out = list(anchors)
        for title in self._title_anchors(doc):
            if any(a.start <= title.start < a.end for a in out):
                continue
            before = [a for a in out if a.start < title.start]
            if not before:
                continue
            last = max(before, key=lambda a: a.start)
            verdict = self._verdict(doc, last.verdict_from, self._section_end(placed, last, title.start))
            if (
                verdict is not None
                and verdict[2] == "explicit"
                and _NAMES_RECOMMENDATION.search(verdict[0].text)
            ):
                out.append(title)
        return sorted(out, key=lambda a: a.start)

    def _register_verdict(self, doc: Doc) -> Span | None:
        """A register entry's verdict: its latest comment, with the status its latest status word gives, else an
        explicit verdict in the comment, else ``unclear`` (a comment that reports progress decides nothing)."""
        entry = register_entry(doc._.blocks, self.cues)
        if entry is None or not entry.comment:
            return None
        span = text_span(doc, entry.comment[0].start, entry.comment[-1].end, label=OUTCOME)
        if span is None:
            return None
        status = status_of(entry.status, self.cues)
        judgement = "explicit"
        if status is None:
            pending = self._more("register_pending")
            verdicts = [
                judge(s.text, self.cues)
                for s in sentences_of(doc, span.start_char, span.end_char)
                if pending is None or not pending.search(s.text)
            ]
            status = next((v[0] for v in reversed(verdicts) if v and v[1] == "explicit"), None)
        if status is None:
            status, judgement = "unclear", "prose"
        made = doc.spans.get("recommendations", [])
        span._.status = status
        span._.recommendation = made[0]._.number if len(made) == 1 else None
        span._.extra = {"judgement": judgement, "register_status": entry.status}
        return span

    def __call__(self, doc: Doc) -> Doc:
        register = self._register_verdict(doc)
        if register is not None:
            doc.spans["outcomes"] = [register]
            return doc
        placed = place_blocks(doc._.blocks, self.cues.recommendation_label)
        shaped = self._follow_up_shaped(doc)
        anchors = self.anchors(doc)
        if anchors and shaped:
            anchors = self._with_topic_titles(doc, anchors, placed)
        spans, covered = self._assessments(doc, anchors, placed)
        tabled = self._table_verdicts(doc, covered)
        if not spans and shaped and not tabled:
            # nothing quoted, labelled, restated or tabled was judged: the follow-up's own headings open its assessments
            spans, covered = self._assessments(doc, self._title_anchors(doc), placed)
            tabled = self._table_verdicts(doc, covered)
        if spans and shaped and doc._.kind not in ("follow_up_report", "inspection_report"):
            # a follow-up by its own words, whatever kind its page was taken for: the graph pairs it as one
            doc._.extra = {**(doc._.extra or {}), "reads_as_follow_up": True}
        judged = {s._.recommendation for s in spans if s._.recommendation is not None}
        # a summary table that repeats verdicts the text gives by number adds nothing
        spans.extend(s for s in tabled if s._.recommendation not in judged)
        spans.extend(self._numbered_verdicts(doc, covered))
        if not spans:
            spans.extend(self._collective_verdicts(doc))
        doc.spans["outcomes"] = one_per_item(sorted(spans, key=lambda s: s.start_char))
        return doc

    def _assessments(
        self, doc: Doc, anchors: list[Anchor], placed: list[Placed]
    ) -> tuple[list[Span], list[tuple[int, int]]]:
        """The verdict of each anchor's assessment, and the stretches of text the assessments cover."""
        c = self.cues
        text = doc_text(doc)
        spans: list[Span] = []
        covered: list[tuple[int, int]] = []
        for i, anchor in enumerate(anchors):
            limit = anchors[i + 1].start if i + 1 < len(anchors) else len(text)
            end = self._section_end(placed, anchor, limit)
            verdict = self._verdict(doc, anchor.verdict_from, end)
            if verdict is None:
                continue
            span, status, judgement = verdict
            subject = self._subject(anchor, span.text)
            number = anchor.number if subject == "recommendation" else None
            if number is None and subject == "recommendation":
                ref = c.number_reference.search(span.text)
                number = int(ref.group("number")) if ref else None
            span._.status = status
            span._.recommendation = number
            passage_start = anchor.start if anchor.search_from is not None else anchor.end
            extra = {
                "judgement": judgement,
                "passage": text[passage_start : span.end_char].strip(),
                "position": i + 1,
                "anchor": text[anchor.start : anchor.end].strip(),
            }
            if anchor.ordinal:
                extra["ordinal"] = anchor.ordinal
            if subject == "area_for_improvement":
                extra["area_for_improvement"] = anchor.number if anchor.subject == subject else None
                extra["subject"] = "area_for_improvement"
            span._.extra = extra
            spans.append(span)
            covered.append((anchor.start, end))
        return spans, covered

    def _subject(self, anchor: Anchor, verdict: str) -> str:
        """What an assessment judges: its anchor's subject, unless the verdict itself names an area for
        improvement and no recommendation ("In 2021, we said the force should ... The force has addressed
        this area for improvement.")."""
        names_area = self._more("area_for_improvement_verdict")
        if (
            anchor.subject == "recommendation"
            and names_area is not None
            and names_area.search(verdict)
            and not _NAMES_RECOMMENDATION.search(verdict)
        ):
            return "area_for_improvement"
        return anchor.subject

    def _candidate_sentences(self, doc: Doc, start: int, end: int) -> Iterator[list[Span]]:
        """The sentences of each plain paragraph in text[start:end] that may carry a verdict, per paragraph."""
        directive = self._more("directive")
        excluded = self._more("verdict_excluded")
        label = self._more("status_label")
        for block in doc._.blocks or []:
            if block.end <= start or block.start >= end or block.attrs.get("box"):
                continue
            if block.kind != "paragraph" and not (
                block.kind == "heading" and label is not None and label.match(block.text.strip())
            ):
                continue  # a heading judges only as a status line ("Recommendation 3: partially achieved")
            sents = []
            for sent in sentences_of(doc, max(block.start, start), min(block.end, end)):
                if directive is not None and directive.search(sent.text):
                    continue  # "the force should ...": a recommendation, not a verdict
                if excluded is not None and excluded.search(sent.text.strip()):
                    continue  # the whole cause of concern, or a tally of every recommendation
                sents.append(sent)
            yield sents

    def _verdict(self, doc: Doc, start: int, end: int) -> tuple[Span, str, str] | None:
        """The verdict of one assessment: its last explicit judgement, else its last judgement in prose,
        else progress followed by a shortfall ("The force has made progress. However, ... still not ...")."""
        c = self.cues
        best: dict[str, tuple[int, list[Span], str]] = {}
        paragraphs = list(self._candidate_sentences(doc, start, end))
        for sents in paragraphs:
            skip = 0
            for k, sent in enumerate(sents):
                if k < skip:
                    continue
                judged = judge(sent.text, c)
                if judged is None:
                    continue
                status, kind = judged
                group = [sent]
                for nxt in sents[k + 1 :]:  # a verdict's own reasons, judged the same way, belong to it
                    follow = judge(nxt.text, c)
                    if follow is None or follow[0] != status:
                        break
                    group.append(nxt)
                skip = k + len(group)
                best[kind] = (sent.start_char, group, status)
        chosen = best.get("explicit") or best.get("prose")
        if chosen is None:
            chosen = self._progress_with_shortfall(paragraphs) or self._fallback(paragraphs)
            if chosen is None:
                return None
        _, group, status = chosen
        span = text_span(doc, group[0].start_char, group[-1].end_char, label=OUTCOME)
        if span is None:
            return None
        return span, status, "explicit" if chosen is best.get("explicit") else "prose"

    def _fallback(self, paragraphs: list[list[Span]]) -> tuple[int, list[Span], str] | None:
        """The last sentence a weak cue judges (things got worse), where no other sentence of the assessment does."""
        found = None
        for sents in paragraphs:
            for sent in sents:
                status = next(
                    (s for s, p in self._more("status_prose_fallback") or [] if p.search(sent.text)), None
                )
                if status is not None:
                    found = (sent.start_char, [sent], status)
        return found

    def _progress_with_shortfall(self, paragraphs: list[list[Span]]) -> tuple[int, list[Span], str] | None:
        """Progress stated, then a shortfall in a later sentence of the same paragraph: partly achieved."""
        progress, shortfall = self._more("progress_sentence"), self._more("shortfall_sentence")
        if progress is None or shortfall is None:
            return None
        for sents in paragraphs:
            for k, sent in enumerate(sents):
                if not progress.search(sent.text):
                    continue
                for j in range(k + 1, len(sents)):
                    if shortfall.search(sents[j].text.strip()):
                        return sent.start_char, sents[k : j + 1], "partially_achieved"
        return None

    def _table_verdicts(self, doc: Doc, covered: list[tuple[int, int]]) -> list[Span]:
        """One outcome per row of a table with a status column: the commentary cell, with the status cell's verdict."""
        status_header, commentary_header = (
            self._more("table_status_header"),
            self._more("table_commentary_header"),
        )
        vocabulary = self._more("table_status") or []
        if status_header is None:
            return []
        out = []
        for block in doc._.blocks or []:
            if block.kind != "table" or any(s <= block.start < e for s, e in covered):
                continue
            rows = _table_cells(block.text, block.start)
            if len(rows) < 2:
                continue
            header = [t.strip().lower() for t, _, _ in rows[0]]
            status_col = next((i for i, h in enumerate(header) if status_header.match(h)), None)
            if status_col is None:
                continue
            note_col = next(
                (
                    i
                    for i, h in enumerate(header)
                    if i != status_col and commentary_header is not None and commentary_header.match(h)
                ),
                None,
            )
            if note_col is None:
                note_col = next((i for i in range(len(header) - 1, 0, -1) if i != status_col), status_col)
            for row in rows[1:]:
                if len(row) <= max(status_col, note_col):
                    continue
                cell = row[status_col][0].strip()
                status = next((s for s, p in vocabulary if p.search(cell)), None)
                if status is None:
                    judged = judge(cell, self.cues)
                    status = judged[0] if judged else None
                if status is None:
                    continue
                text, s, e = row[note_col] if row[note_col][0].strip() else row[status_col]
                span = text_span(doc, s, e, label=OUTCOME)
                if span is None:
                    continue
                ref = re.match(r"^\s*(?:recommendation\s*)?(\d{1,3})\b", row[0][0], re.IGNORECASE)
                span._.status = status
                span._.recommendation = int(ref.group(1)) if ref and status_col != 0 else None
                span._.extra = {
                    "judgement": "explicit",
                    "table_status": cell,
                    "passage": " ".join(t for t, _, _ in row).strip(),
                }
                out.append(span)
        return out

    def _collective_verdicts(self, doc: Doc) -> list[Span]:
        """Where nothing is judged one by one, a sentence that judges the recommendations as a whole ("inspectors
        found that the force had made progress against these recommendations"): an outcome with no number."""
        cue, vocabulary = self._more("collective_verdict"), self._more("collective_status") or []
        if cue is None:
            return []
        out = []
        for block in doc._.blocks or []:
            if block.kind not in ("paragraph", "list_item"):
                continue
            for sent in sentences_of(doc, block.start, block.end):
                if not cue.search(sent.text):
                    continue
                status = next((s for s, p in vocabulary if p.search(sent.text)), None)
                span = text_span(doc, sent.start_char, sent.end_char, label=OUTCOME) if status else None
                if span is None:
                    continue
                span._.status = status
                span._.recommendation = None
                span._.extra = {"judgement": "prose", "collective": True}
                out.append(span)
        return out

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
                if ref is None or judged is None or judged[1] != "explicit":
                    continue
                span = text_span(doc, sent.start_char, sent.end_char, label=OUTCOME)
                if span is None:
                    continue
                span._.status = judged[0]
                span._.recommendation = int(ref.group("number"))
                span._.extra = {"judgement": "explicit"}
                out.append(span)
        return out


def one_per_item(spans: list[Span]) -> list[Span]:
    """At most one outcome per recommendation (and per area for improvement) the follow-up names: an explicit
    verdict before one given in prose, else the later (a summary that repeats a verdict adds no outcome)."""
    chosen: dict[tuple[str, int], Span] = {}
    for span in spans:
        extra = span._.extra or {}
        area = extra.get("area_for_improvement") if extra.get("subject") == "area_for_improvement" else None
        key = ("recommendation", span._.recommendation) if area is None else ("area_for_improvement", area)
        if key[1] is None:
            continue
        held = chosen.get(key)
        explicit = extra.get("judgement") == "explicit"
        if held is None or explicit or (held._.extra or {}).get("judgement") != "explicit":
            chosen[key] = span
    keep = {id(s) for s in chosen.values()}
    return [s for s in spans if id(s) in keep or _unnumbered(s)]


def _unnumbered(span: Span) -> bool:
    extra = span._.extra or {}
    if extra.get("subject") == "area_for_improvement":
        return extra.get("area_for_improvement") is None
    return span._.recommendation is None


def _table_cells(text: str, offset: int) -> list[list[tuple[str, int, int]]]:
    """Rows of a table block (rows on lines, cells split by tabs) as (cell text, start, end) in document offsets."""
    rows = []
    pos = offset
    for line in text.split("\n"):
        cells = []
        cell_pos = pos
        for cell in line.split("\t"):
            lead = len(cell) - len(cell.lstrip())
            cells.append((cell, cell_pos + lead, cell_pos + len(cell.rstrip())))
            cell_pos += len(cell) + 1
        rows.append(cells)
        pos += len(line) + 1
    return rows


@Language.factory(
    "reportmine_outcomes",
    default_config={"cues": "inspection_cues.json"},
    requires=["span._.number"],  # the recommendations a follow-up restates (doc.spans["restated"])
    assigns=["doc.spans", "doc._.extra", "span._.status", "span._.recommendation", "span._.extra"],
)
def make_outcomes(nlp: Language, name: str, cues: str) -> Outcomes:
    """Factory for :class:`Outcomes`; ``cues`` names the cue file under pipelines/."""
    return Outcomes(cues=cues)
