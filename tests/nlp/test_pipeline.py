"""The pipeline is a config file; reportmine's factories work in anyone's spaCy pipeline."""

from __future__ import annotations

import spacy

from reportmine import analyse, build_pipeline, load_config, parse_bytes


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
