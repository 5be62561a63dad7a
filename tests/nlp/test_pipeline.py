"""The pipeline is a config file; reportmine's factories work in anyone's spaCy pipeline."""

from __future__ import annotations

import pytest
import spacy

from reportmine import analyse, build_pipeline, describe, load_config, parse_bytes
from reportmine.nlp.pieces import analyse_in_pieces
from reportmine.records import to_document


def test_factories_load_through_the_entry_point_in_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("reportmine_structure")
    doc = nlp("First block ends here\n\nSecond block starts here")
    assert [t.is_sent_start for t in doc if t.text == "Second"] == [True]


def test_sentences_never_cross_parser_blocks(nlp) -> None:
    parsed = parse_bytes(
        b"Summary of findings\n\nthe force should act quickly and\n\nwell-established joint working",
        "mem.txt",
    )
    doc = analyse(parsed, nlp)
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()


def test_a_config_file_assembles_the_pipeline(tmp_path) -> None:
    cfg = load_config()
    cfg["nlp"]["pipeline"] = [name for name in cfg["nlp"]["pipeline"] if name != "lemmatizer"]
    path = tmp_path / "mine.cfg"
    cfg.to_disk(path)
    nlp = build_pipeline(load_config(path))
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index("reportmine_structure") < nlp.pipe_names.index("parser")
    # the components that read lemmas say so
    assert "token.lemma" in nlp.analyze_pipes()["problems"]["reportmine_findings"]


# A press story we wrote: its headline names Fenmarsh Police, its body names Kent Police more often, and
# its opening line (a sentence, not a headline) names Kent Police too.
FORCE_STORY_PAGE = b"""<html><head><meta charset="utf-8"><title>Fenmarsh Police told to improve child protection</title>
</head><body><main><h1>Fenmarsh Police told to improve child protection</h1>
<p>Inspectors have told Fenmarsh Police to improve how it protects children at risk of harm.</p>
<p>Kent Police was praised in the same report, and Kent Police officers had helped the inspectors. A Kent Police
spokesman said the two forces worked well together.</p>
<p>Ann Tate, the force's head of public protection, said lessons had been learnt.</p>
<p>&#8220;We accept the findings in full and we are already putting them right,&#8221; the force said.</p>
</main></body></html>"""
FORCE_STORY_TEXT = b"""Kent Police officers joined the search for the missing teenager on Monday.

Inspectors said Fenmarsh Police must improve how it protects children at risk of harm. The inspection of Fenmarsh Police found that referrals were often left for days.

Fenmarsh Police has been given six months to act on the findings.

"We accept the findings in full and we are already putting them right," the force said.
"""


@pytest.mark.parametrize(
    "data, name, people",
    [
        (FORCE_STORY_PAGE, "story.html", [("Ann Tate", "Fenmarsh Police")]),
        (FORCE_STORY_TEXT, "story.txt", []),
    ],
)
def test_the_documents_facts_are_decided_once_and_the_record_gives_them(nlp, data, name, people) -> None:
    parsed = parse_bytes(data, name)
    info = describe(parsed)
    doc = analyse(parsed, nlp)
    facts = (info.kind, info.title, info.published, info.force)
    assert (doc._.kind, doc._.title, doc._.published, doc._.force) == facts
    record = to_document(doc, parsed)
    assert (record.kind, record.title, record.published, record.force) == facts
    assert record.force == "Fenmarsh Police"
    # "the force said" and "the force's head of ..." mean the record's force, not the force named most
    # often or in the opening line
    assert [q.speaker for q in record.quotes] == [record.force]
    assert [(p.name, p.organisation) for p in record.people] == people


def test_a_long_document_carries_its_facts_into_every_piece(nlp) -> None:
    parsed = parse_bytes(FORCE_STORY_TEXT * 6, "long.txt")
    info = describe(parsed)
    doc = analyse_in_pieces(nlp, parsed, 1000, info)
    assert (doc._.kind, doc._.title, doc._.published, doc._.force) == (
        info.kind,
        info.title,
        info.published,
        info.force,
    )
    assert {q._.speaker for q in doc.spans["quotes"]} == {"Fenmarsh Police"}
