"""reportmine's components behave as spaCy components: declared order checks, Docs that serialise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
import srsly
from spacy.tokens import Doc, DocBin

from reportmine import iter_documents, parse, parse_bytes, resources
from reportmine.io.writers import write_records
from reportmine.lexicon.forces import shipped_lexicon
from reportmine.lexicon.names import shipped_nicknames
from reportmine.lexicon.titles import title_data
from reportmine.metadata import describe
from reportmine.nlp.cues import cues
from reportmine.nlp.datafiles import DataComponent
from reportmine.nlp.pipeline import load_config, make_doc, resolve_model
from reportmine.parsers.document import Block
from reportmine.records import to_document
from reportmine.resources import read_data_file

# A custody inspection we wrote: a finding, a dated recommendation, a person who is quoted, a date.
REPORT = b"""<html><head><title>Fenland Constabulary: an inspection of custody</title>
<meta property="article:published_time" content="2021-03-04"></head><body><main>
<h1>Fenland Constabulary: an inspection of custody</h1>
<h2>Summary of findings</h2>
<p>We found that the force does not always record the reasons for detention.</p>
<h2>Recommendations</h2>
<ol><li>By 30 September 2021, the chief constable should ensure that detention is reviewed on time.</li></ol>
<p>Chief Constable Jane Marlow said: "We accept the findings and will act on them quickly."</p>
<p>The custody suite of Fenland Constabulary was built a score of years ago.</p>
</main></body></html>"""


@pytest.fixture(scope="module")
def analysed(nlp):
    parsed = parse_bytes(REPORT, "custody.html")
    info = describe(parsed)
    doc = nlp(make_doc(nlp, parsed, info))
    return parsed, info, doc


def test_the_default_pipeline_has_no_order_problems(nlp, capsys) -> None:
    analysis = nlp.analyze_pipes(pretty=True)
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    assert "No problems found" in capsys.readouterr().out
    # every reportmine component says what it writes
    assert all(nlp.get_pipe_meta(n).assigns for n in nlp.pipe_names if n.startswith("reportmine_"))


def test_a_component_placed_before_the_one_it_reads_from_is_reported() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("reportmine_outcomes")  # reads the restated recommendations' numbers
    nlp.add_pipe("reportmine_recommendations")
    nlp.add_pipe("reportmine_quotes")  # reads the people and organisations found before it
    nlp.add_pipe("reportmine_people")
    nlp.add_pipe("reportmine_reported")  # reads who speaks each quote
    nlp.add_pipe("reportmine_dates")  # reads sentences and the parse
    problems = nlp.analyze_pipes()["problems"]
    assert "span._.number" in problems["reportmine_outcomes"]
    assert {"span._.person", "span._.organisation"} <= set(problems["reportmine_quotes"])
    assert "doc.ents" in problems["reportmine_people"]  # no entity recogniser at all
    assert "span._.speaker" not in problems["reportmine_reported"]  # the quotes come before it
    assert {"doc.sents", "token.dep"} <= set(problems["reportmine_dates"])


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


def _jsonl(records: list[dict], path) -> bytes:
    write_records(records, path)
    return path.read_bytes()


def test_a_saved_pipeline_loads_with_spacy_load_and_gives_the_same_records(
    nlp, saved, sample_corpus, tmp_path
):
    loaded = spacy.load(saved)
    assert loaded.pipe_names == nlp.pipe_names
    paths = sorted(sample_corpus.glob("*.pdf")) + sorted(sample_corpus.glob("*.html"))
    before = [r.to_dict() for r in iter_documents(paths, nlp=nlp)]
    assert all(r["people"] or r["recommendations"] for r in before)  # real records, not empty ones
    after = [r.to_dict() for r in iter_documents(paths, nlp=loaded)]
    assert _jsonl(after, tmp_path / "loaded.jsonl") == _jsonl(before, tmp_path / "built.jsonl")


def test_a_saved_pipeline_needs_no_data_file_of_the_installation(
    nlp, saved, sample_corpus, tmp_path, monkeypatch
):
    parsed = [parse(p) for p in sorted(sample_corpus.glob("*.html"))]
    infos = [describe(p) for p in parsed]

    def out_of_reach() -> Path:
        raise FileNotFoundError("pipelines/ is out of reach in this test")

    monkeypatch.setattr(resources, "pipelines_dir", out_of_reach)
    # nor any data file read earlier, nor what the shipped files compile to
    for cached in (resources._read, shipped_lexicon, shipped_nicknames, title_data, cues):
        cached.cache_clear()
    with pytest.raises(FileNotFoundError):
        read_data_file("forces.json")
    loaded = spacy.load(saved)
    docs = [loaded(make_doc(loaded, p, i)) for p, i in zip(parsed, infos)]
    monkeypatch.undo()
    after = [to_document(d, p).to_dict() for d, p in zip(docs, parsed)]
    before = [to_document(nlp(make_doc(nlp, p, i)), p).to_dict() for p, i in zip(parsed, infos)]
    assert all(r["people"] for r in before)
    assert _jsonl(after, tmp_path / "loaded.jsonl") == _jsonl(before, tmp_path / "built.jsonl")


def test_every_component_with_data_saves_it_with_the_pipeline(nlp, saved) -> None:
    with_data = {name: pipe for name, pipe in nlp.pipeline if isinstance(pipe, DataComponent)}
    assert set(with_data) == {n for n in nlp.pipe_names if n.startswith("reportmine_")} - {
        "reportmine_structure"
    }
    for name, pipe in with_data.items():
        for setting in pipe.data_settings:
            assert srsly.read_json(saved / name / f"{setting}.json") == pipe.data(setting), (name, setting)


def test_every_data_setting_of_a_loaded_pipeline_comes_from_the_saved_folder(nlp, saved, tmp_path) -> None:
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    settings = [(n, s) for n, p in nlp.pipeline if isinstance(p, DataComponent) for s in p.data_settings]
    for name, setting in settings:
        path = edited / name / f"{setting}.json"
        srsly.write_json(path, {**srsly.read_json(path), "_saved_as": f"{name}/{setting}"})
    loaded = spacy.load(edited)
    assert [loaded.get_pipe(n).data(s).get("_saved_as") for n, s in settings] == [
        f"{n}/{s}" for n, s in settings
    ]


def _with(entries: dict, key: str, more: dict) -> dict:
    return {**entries, key: {**entries[key], **more}}


# a researcher edits one data file of a saved pipeline; what it changes, before and after
EDITS = {
    "deadline cue": (
        "reportmine_recommendations/cues.json",
        lambda d: {**d, "deadline": "^no deadline is written so$"},
        lambda doc: [s._.deadline for s in doc.spans["recommendations"]],
        ["by 30 September 2021"],
        [None],
    ),
    "a force's variant": (
        "reportmine_organisations/forces.json",
        lambda d: _with(d, "forces", {"Fenland Police Service": ["Fenland Constabulary"]}),
        lambda doc: [o.name for o in doc._.organisations],
        ["Fenland Constabulary"],
        ["Fenland Police Service"],
    ),
    "a title": (
        "reportmine_people/titles.json",
        lambda d: {**d, "titles": {k: v for k, v in d["titles"].items() if k != "Chief Constable"}},
        lambda doc: [(p.name, p.title) for p in doc._.people],
        [("Jane Marlow", "Chief Constable")],
        [("Jane Marlow", "Chief")],
    ),
    "the shortest quotation": (
        "reportmine_quotes/quote_cues.json",
        lambda d: {**d, "min_words": 50},
        lambda doc: [s._.speaker for s in doc.spans["quotes"]],
        ["Jane Marlow"],
        [],
    ),
    "a number word": (
        "reportmine_dates/date_words.json",
        lambda d: _with(d, "number_words", {"a score of": 20}),
        lambda doc: [(s.text, s._.date_value) for s in doc.spans["dates"] if "ago" in s.text],
        [],
        [("a score of years ago", "2001")],
    ),
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_loaded_pipeline_runs_on_the_data_saved_with_it(saved, analysed, tmp_path, edit) -> None:
    file, change, read, before, after = EDITS[edit]
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    srsly.write_json(edited / file, change(srsly.read_json(edited / file)))
    loaded = spacy.load(edited)
    parsed, info, doc = analysed
    assert read(doc) == before
    assert read(loaded(make_doc(loaded, parsed, info))) == after


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
