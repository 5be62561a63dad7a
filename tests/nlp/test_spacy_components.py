"""reportmine's components behave as spaCy components: declared order checks, Docs that serialise."""

from __future__ import annotations

import shutil

import pytest
import spacy
import srsly
from spacy.tokens import Doc, DocBin

from reportmine import iter_documents, parse_bytes
from reportmine.metadata import describe
from reportmine.nlp.datafiles import read_data_file
from reportmine.nlp.pipeline import load_config, make_doc, resolve_model
from reportmine.parsers.document import Block
from reportmine.records import to_document

# A custody inspection we wrote: a finding, a dated recommendation, a person who is quoted.
REPORT = b"""<html><head><title>Fenland Constabulary: an inspection of custody</title>
<meta property="article:published_time" content="2021-03-04"></head><body><main>
<h1>Fenland Constabulary: an inspection of custody</h1>
<h2>Summary of findings</h2>
<p>We found that the force does not always record the reasons for detention.</p>
<h2>Recommendations</h2>
<ol><li>By 30 September 2021, the chief constable should ensure that detention is reviewed on time.</li></ol>
<p>Chief Constable Jane Marlow said: "We accept the findings and will act on them quickly."</p>
</main></body></html>"""


@pytest.fixture(scope="module")
def analysed(nlp):
    parsed = parse_bytes(REPORT, "custody.html")
    info = describe(parsed)
    doc = nlp(make_doc(nlp, parsed, info))
    return parsed, info, doc


def test_the_default_pipeline_has_no_order_problems(nlp) -> None:
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    # every reportmine component says what it writes
    assert all(nlp.get_pipe_meta(n).assigns for n in nlp.pipe_names if n.startswith("reportmine_"))


def test_a_component_placed_before_the_one_it_reads_from_is_reported() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("reportmine_outcomes")  # reads the restated recommendations' numbers
    nlp.add_pipe("reportmine_recommendations")
    nlp.add_pipe("reportmine_quotes")  # reads the people and organisations found before it
    nlp.add_pipe("reportmine_people")
    problems = nlp.analyze_pipes()["problems"]
    assert "span._.number" in problems["reportmine_outcomes"]
    assert {"span._.person", "span._.organisation"} <= set(problems["reportmine_quotes"])
    assert "doc.ents" in problems["reportmine_people"]  # no entity recogniser at all


def test_doc_to_bytes_keeps_blocks_people_and_spans(nlp, analysed) -> None:
    parsed, info, doc = analysed
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.blocks == parsed.blocks and all(isinstance(b, Block) for b in back._.blocks)
    assert back._.people == doc._.people and back._.people[0].name == "Jane Marlow"
    record = to_document(doc, parsed).to_dict()
    assert record["recommendations"] and record["quotes"] and record["concerns"]
    assert to_document(back, parsed).to_dict() == record


def test_docbin_round_trip_gives_the_same_record(nlp, analysed) -> None:
    parsed, info, doc = analysed
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert list(back._.blocks) == parsed.blocks  # DocBin unpacks every array as a tuple
    assert [s._.speaker for s in back.spans["quotes"]] == ["Jane Marlow"]
    assert to_document(back, parsed).to_dict() == to_document(doc, parsed).to_dict()


def test_the_config_is_spacy_format_with_the_model_sourced(nlp) -> None:
    config = load_config()
    assert config["nlp"]["pipeline"] == nlp.pipe_names
    sourced = {c.get("source") for c in config.interpolate()["components"].values()} - {None}
    assert sourced == {resolve_model("en_core_web_sm")}


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    """The default pipeline saved with nlp.to_disk."""
    path = tmp_path_factory.mktemp("saved") / "pipeline"
    nlp.to_disk(path)
    return path


def test_a_saved_pipeline_loads_with_spacy_load_and_gives_the_same_records(nlp, saved, sample_corpus):
    loaded = spacy.load(saved)
    assert loaded.pipe_names == nlp.pipe_names
    paths = sorted(sample_corpus.glob("*.pdf")) + sorted(sample_corpus.glob("*.html"))
    before = [r.to_dict() for r in iter_documents(paths, nlp=nlp)]
    assert all(r["people"] or r["recommendations"] for r in before)  # real records, not empty ones
    assert [r.to_dict() for r in iter_documents(paths, nlp=loaded)] == before


def test_a_saved_pipeline_runs_on_the_cues_saved_with_it(nlp, saved, analysed, tmp_path) -> None:
    for name in (
        "reportmine_findings",
        "reportmine_recommendations",
        "reportmine_outcomes",
        "reportmine_reported",
    ):
        assert srsly.read_json(saved / name / "cues.json") == nlp.get_pipe(name).data("cues")
    # a researcher edits the saved rules: the loaded pipeline follows them, not the installed file
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    cue_file = edited / "reportmine_recommendations" / "cues.json"
    srsly.write_json(cue_file, {**srsly.read_json(cue_file), "deadline": "^no deadline is written so$"})
    loaded = spacy.load(edited)
    parsed, info, doc = analysed
    again = loaded(make_doc(loaded, parsed, info))
    assert [s._.deadline for s in doc.spans["recommendations"]] == ["By 30 September 2021"]
    assert [s._.deadline for s in again.spans["recommendations"]] == [None]


def test_a_data_setting_takes_the_users_own_file_and_its_includes(tmp_path) -> None:
    # a researcher copies the shipped cues beside their own file, which changes two entries
    shipped = {k: v for k, v in read_data_file("inspection_cues.json").items() if k != "_include"}
    srsly.write_json(tmp_path / "base.json", {**shipped, "deadline": "\\bwithin a fortnight\\b"})
    mine = tmp_path / "my_cues.json"
    srsly.write_json(mine, {"_include": ["base.json"], "number_words": {"a dozen": 12}})
    nlp = spacy.blank("en")
    component = nlp.add_pipe("reportmine_recommendations", config={"cues": str(mine)})
    assert component.data("cues")["number_words"] == {"a dozen": 12}  # its own entries win
    assert component.cues.deadline.search("to be done within a fortnight")
    assert not component.cues.deadline.search("to be done within three months")
