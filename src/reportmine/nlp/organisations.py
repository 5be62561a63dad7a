"""Organisations: police forces (with their variants), the inspectorate under all its names, other bodies."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.forces import find_forces, find_organisations
from ..model import Organisation
from . import extensions
from .layout import doc_text

extensions.register()


class OrganisationFinder:
    """Fill ``doc.spans["organisations"]`` (``Span._.organisation`` is the one name) and ``doc._.organisations``.

    The gazetteer and patterns of :mod:`reportmine.lexicon.forces` decide; the statistical ORG entities do not,
    as the small model splits and mislabels these names.
    """

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        forces = {f.name for f in find_forces(doc_text(doc))}
        for mention in find_organisations(doc_text(doc)):
            label = "FORCE" if mention.name in forces else "ORG"
            span = doc.char_span(mention.start, mention.end, label=label, alignment_mode="expand")
            if span is None:
                continue
            span._.organisation = mention.name
            spans.append(span)
        doc.spans["organisations"] = spans
        counts = Counter(s._.organisation for s in spans)
        doc._.organisations = [Organisation(name=name, mentions=n) for name, n in counts.most_common()]
        return doc


@Language.factory(
    "reportmine_organisations", assigns=["doc.spans", "doc._.organisations", "span._.organisation"]
)
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    """Factory for :class:`OrganisationFinder` (registered for ``nlp.add_pipe``)."""
    return OrganisationFinder()
