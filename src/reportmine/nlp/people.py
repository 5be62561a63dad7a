"""People: every person named, once, with the fullest name given and their title as stated.

The component runs two steps, each a module of its own: :mod:`.people_candidates` finds every
mention of a person (a titled or role-prefixed name, a signature, the model's PERSON entities)
with the title and organisation stated there, and :mod:`.people_resolution` groups the mentions
into persons (surname alone, "Mr Woodcock", "DCC Dunmore"), adds the mentions only a known
person makes ("Slattery said", ", the force's head of crime,", "the chief constable") and
chooses each person's title.
"""

from __future__ import annotations

from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.names import Nicknames
from ..lexicon.titles import compile_titles
from ..model import Mention, Person
from . import extensions
from .datafiles import DataComponent
from .layout import doc_text
from .people_candidates import CandidateFinder
from .people_resolution import PeopleResolver

extensions.register()


class PeopleFinder(DataComponent):
    """Fill ``doc.spans["people"]`` (``Span._.person``, ``Span._.title``) and ``doc._.people``.

    :class:`~reportmine.nlp.people_candidates.CandidateFinder` finds who is named where, with the title and
    organisation stated there; :class:`~reportmine.nlp.people_resolution.PeopleResolver` makes persons of them.
    The titles and nicknames they know are the component's ``titles`` and ``nicknames`` files.
    """

    data_settings = ("titles", "nicknames")

    @cached_property
    def finder(self) -> CandidateFinder:
        """Finds the mentions of people, by this component's titles."""
        return CandidateFinder(compile_titles(self.data("titles")))

    @cached_property
    def resolver(self) -> PeopleResolver:
        """Makes persons of the mentions, by this component's nicknames."""
        return PeopleResolver(self.finder, Nicknames(self.data("nicknames")))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        bylines = self.finder.bylines(doc)
        found = [
            c for c in self.finder.candidates(doc, text) if not any(s <= c.name_start < e for s, e in bylines)
        ]
        clusters = self.resolver.resolve(found)
        self.resolver.bare_surnames(text, clusters)
        self.resolver.appositions(doc, text, clusters)
        titles = [self.resolver.title(k) for k in clusters]
        self.resolver.the_title(doc, text, clusters, titles)
        spans = []
        people = []
        for cluster, title in zip(clusters, titles):
            mentions = sorted(cluster.mentions, key=lambda c: c.start)
            organisation = next((m.organisation for m in mentions if m.organisation), None)
            person = Person(name=cluster.name, title=title, organisation=organisation)
            aliases: list[str] = []
            for m in mentions:
                span = doc.char_span(m.start, m.name_end, label="PERSON", alignment_mode="expand")
                if span is None:
                    continue
                span._.person = cluster.name
                span._.title = m.title
                spans.append(span)
                person.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
                if (
                    m.source in ("rule", "ner", "surname")
                    and span.text != cluster.name
                    and span.text not in aliases
                ):
                    aliases.append(span.text)
            person.extra["aliases"] = aliases
            people.append(person)
        doc.spans["people"] = spans
        doc._.people = people
        return doc


@Language.factory(
    "reportmine_people",
    default_config={"titles": "titles.json", "nicknames": "nicknames.json"},
    requires=["doc.ents", "token.ent_type", "token.tag", "token.dep", "span._.organisation"],
    assigns=["doc.spans", "doc._.people", "span._.person", "span._.title"],
)
def make_people(nlp: Language, name: str, titles: str, nicknames: str) -> PeopleFinder:
    """Factory for :class:`PeopleFinder`; each setting names a data file (see :mod:`reportmine.nlp.datafiles`)."""
    return PeopleFinder(titles=titles, nicknames=nicknames)
