"""Every ``Doc._`` / ``Span._`` attribute reportmine uses, registered once, in one place.

Components write spans into ``doc.spans`` groups (``findings``, ``concerns``,
``recommendations``, ``outcomes``, ``dates``, ``quotes``, ``people``) and
put per-span facts in these extensions. Each span carries its group's label
(:data:`SPAN_LABELS`: FINDING, CONCERN, AFI, RECOMMENDATION, ...), so displaCy's span
view shows a group straight from the Doc. The objects among the values have msgpack hooks
(:mod:`.serialisation`), so ``Doc.to_bytes`` and ``DocBin`` keep them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from . import serialisation

DOC_EXTENSIONS = {
    "blocks": None,  # list[parsers.Block]: the structure the parser recovered
    # the document's facts, decided once by metadata.describe and written by pipeline.make_doc:
    "kind": None,  # record kind (inspection_report, follow_up_report, press_release, ...)
    "title": None,  # the document's title
    "published": None,  # ISO date of the document, for resolving relative dates
    "force": None,  # the force the document is about ("the force said" is this force)
    "source_format": None,  # "pdf" | "html" | "text"
    "people": None,  # list[model.Person], set by the people component
    "organisations": None,  # list[model.Organisation]
    "extra": None,  # dict of extra record fields (e.g. PEEL grades)
}

SPAN_EXTENSIONS = {
    "number": None,  # recommendations: printed number or position
    "deadline": None,  # recommendations: deadline as written
    "due": None,  # recommendations: resolved ISO date
    "addressee": None,  # recommendations: body the recommendation is addressed to
    "status": None,  # outcomes: achieved | partially_achieved | not_achieved | unclear
    "recommendation": None,  # outcomes: number in the original report, when stated
    "speaker": None,  # quotes: a people name or an organisation
    "date_value": None,  # dates: ISO value or None
    "is_duration": False,  # dates: a duration or age, not a date
    "person": None,  # people mentions: the canonical name
    "title": None,  # people mentions: the title stated with this mention
    "organisation": None,  # organisation mentions: the organisation's one name in this document
    "extra": None,  # dict of extra record fields for this span
}


#: the label a span of each group carries (what displaCy shows over it), given when a component makes the span
SPAN_LABELS = {
    "findings": "FINDING",
    "concerns": "CONCERN",
    "recommendations": "RECOMMENDATION",
    "restated": "RESTATED_RECOMMENDATION",
    "outcomes": "OUTCOME",
    "quotes": "QUOTE",
    "people": "PERSON",
    "dates": "DATE",
}
#: a concern that the report prints as an area for improvement or a cause of concern (its ``extra`` flag)
CONCERN_LABELS = {"area_for_improvement": "AFI", "cause_of_concern": "CAUSE_OF_CONCERN"}


def span_label(group: str, extra: dict | None = None) -> str:
    """The label of a span of ``group`` (a concern's own kind where its ``extra`` says it): FINDING, AFI, ..."""
    if group == "concerns" and extra:
        flag = next((k for k in CONCERN_LABELS if extra.get(k)), None)
        if flag:
            return CONCERN_LABELS[flag]
    return SPAN_LABELS[group]


def register() -> None:
    """Register the extensions and the msgpack hooks of their values (idempotent: safe to call from every component)."""
    serialisation.register()
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
