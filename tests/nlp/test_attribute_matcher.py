"""The attribute ruler matched over arrays: the same matches, and so the same POS, morphology and lemmas."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from reportmine.nlp.attribute_matcher import ArrayAttributeMatcher, match_by_arrays

TEXT = (
    "Within three months, the constabulary should make sure that its officers record crimes.\n\n"
    "We found that it hadn't, and he's not sure whether they'd done so; she said: \u201cWe will act.\u201d "
    "The force's 2019-20 plan (see 3.4) is ok -- i.e. it's fine, isn't it? Yes, 'twas."
)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_) for t in doc]


def test_the_model_ruler_finds_exactly_what_spacys_matcher_finds(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    before = [name for name in nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]]
    with nlp.select_pipes(enable=[n for n in before if not n.startswith("reportmine")]):
        doc = nlp(TEXT)
    assert ArrayAttributeMatcher(ruler).match(doc) == AttributeRuler.match(ruler, doc)


def _ruler() -> tuple[spacy.language.Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "The"}]], {"POS": "DET"})
    ruler.add([[{"LOWER": {"IN": ["force", "forces"]}}]], {"POS": "NOUN", "LEMMA": "force"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "force", "."]}, "IS_ALPHA": True}]], {"POS": "X"})
    ruler.add([[{"LOWER": {"REGEX": "^(?:must|should)$"}}]], {"POS": "AUX", "MORPH": "VerbType=Mod"})
    ruler.add([[{"LOWER": "should"}, {"LOWER": "improve"}]], {"LEMMA": "improve"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"ORTH": "."}]], {"POS": "PUNCT"})
    return nlp, ruler


def test_each_kind_of_test_and_later_rules_winning_are_kept() -> None:
    nlp, ruler = _ruler()
    spacys = ruler(nlp.make_doc("The force should improve.  The forces must act."))
    match_by_arrays(nlp)
    assert ruler.match != AttributeRuler.match.__get__(ruler)  # the array matcher is in place
    ours = ruler(nlp.make_doc("The force should improve.  The forces must act."))
    assert _annotations(ours) == _annotations(spacys)
    assert [t.pos_ for t in ours][:5] == ["DET", "NOUN", "AUX", "X", "PUNCT"]
    assert ours[3].lemma_ == "improve" and ours[7].lemma_ == "force"


def test_a_ruler_with_a_test_it_does_not_know_keeps_spacys_matcher() -> None:
    nlp, ruler = _ruler()
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"POS": "ADJ"}]], {"POS": "ADV"})
    match_by_arrays(nlp)
    assert "match" not in vars(ruler)
    assert ruler(nlp.make_doc("The force."))[0].pos_ == "DET"


def test_the_pipeline_matches_its_ruler_over_arrays_and_an_empty_doc_has_no_matches(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)
    assert ruler.match(nlp.make_doc("")) == []
