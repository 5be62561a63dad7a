"""Organisations: police forces (with their variants), the inspectorate under all its names, other bodies."""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.forces import ForceLexicon
from ..model import Organisation
from . import extensions
from .datafiles import DataComponent
from .layout import doc_text

extensions.register()


class OrganisationFinder(DataComponent):
    """Fill ``doc.spans["organisations"]`` (``Span._.organisation`` is the one name) and ``doc._.organisations``.

    A :class:`reportmine.lexicon.forces.ForceLexicon` of the component's ``forces``, ``force_pattern`` and
    ``organisations`` files decides; the statistical ORG entities do not, as the small model splits and
    mislabels these names.
    """

    data_settings = ("forces", "force_pattern", "organisations")

    @cached_property
    def lexicon(self) -> ForceLexicon:
        """The forces and bodies of this component's data."""
        return ForceLexicon(*map(self.data, self.data_settings))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        forces = {f.name for f in self.lexicon.find_forces(doc_text(doc))}
        for mention in self.lexicon.find_organisations(doc_text(doc)):
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
    "reportmine_organisations",
    default_config={
        "forces": "forces.json",
        "force_pattern": "force_pattern.json",
        "organisations": "organisations.json",
    },
    assigns=["doc.spans", "doc._.organisations", "span._.organisation"],
)
def make_organisations(
    nlp: Language, name: str, forces: str, force_pattern: str, organisations: str
) -> OrganisationFinder:
    """Factory for :class:`OrganisationFinder`; each setting names a data file (see :mod:`reportmine.nlp.datafiles`)."""
    return OrganisationFinder(forces=forces, force_pattern=force_pattern, organisations=organisations)
