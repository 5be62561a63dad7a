"""`sentences_of`: the sentences that start in a stretch of text, read from the Doc's arrays."""

from __future__ import annotations

from spacy.tokens import Doc

from reportmine.nlp.layout import sentences_of

TEXT = (
    "Summary\n\nThe force has improved. Its call handling is good.\n\n\n"
    "Areas for improvement\n\nThe force should review its vetting. Supervisors did not check records.\n\n"
)


def _doc(nlp, text: str = TEXT) -> Doc:
    with nlp.select_pipes(enable=["tok2vec", "parser"]):
        return nlp(text)


def test_every_sentence_with_words_is_listed_once_in_order_as_doc_sents_has_it(nlp) -> None:
    doc = _doc(nlp)
    want = [(s.start, s.end) for s in doc.sents if s.text.strip()]
    assert [(s.start, s.end) for s in sentences_of(doc, 0, len(TEXT))] == want


def test_a_sentence_after_a_blank_line_belongs_where_its_first_word_is(nlp) -> None:
    doc = _doc(nlp)
    heading = TEXT.index("Areas for improvement")
    found = sentences_of(doc, heading, len(TEXT))
    assert found and found[0].text.strip().startswith("Areas for improvement")
    assert all(s.start_char >= heading - 3 for s in found)
    assert "The force has improved." not in " ".join(s.text for s in found)
    assert sentences_of(doc, TEXT.index("Its call"), TEXT.index("Its call") + 5)[0].text.startswith(
        "Its call"
    )


def test_a_doc_of_whitespace_only_or_no_tokens_has_no_sentences(nlp) -> None:
    assert sentences_of(_doc(nlp, "\n\n   \n"), 0, 6) == []
    assert sentences_of(_doc(nlp, ""), 0, 0) == []
