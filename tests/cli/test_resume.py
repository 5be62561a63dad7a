"""`extract --resume`: records of documents done before (same path, bytes and build) are reused, never redone."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportmine.cli import main
from reportmine.io.writers import journal_path

TEXTS = [
    "Kent Police must improve how it protects children, inspectors said.\n\nThe report was published on 26 January 2017.",
    "Fenmarsh Constabulary was praised for its work with victims, the inspectorate said on 3 March 2019.",
    "Inspectors found that Wessex Vale Police had not reviewed missing person cases in time.",
]


@pytest.fixture(scope="module", autouse=True)
def _warm_pipeline(nlp):
    return nlp


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def corpus(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def count_extractions(monkeypatch) -> list[str]:
    """Record the path of every document the pipeline really parses."""
    import reportmine.extraction as extraction

    seen: list[str] = []
    real = extraction.parse

    def parse(path, *args):
        seen.append(Path(path).name)
        return real(path, *args)

    monkeypatch.setattr(extraction, "parse", parse)
    return seen


def test_resumed_run_reuses_every_record_and_writes_the_same_output(tmp_path, monkeypatch) -> None:
    docs = corpus(tmp_path / "docs", TEXTS)
    out = tmp_path / "out.jsonl"
    plain = tmp_path / "plain.jsonl"
    assert run("extract", *map(str, docs), "-o", str(plain)).exit_code == 0
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    assert out.read_bytes() == plain.read_bytes()
    seen = count_extractions(monkeypatch)
    out.unlink()
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    assert seen == []
    assert out.read_bytes() == plain.read_bytes()


def test_extended_and_changed_documents_are_the_only_ones_extracted(tmp_path, monkeypatch) -> None:
    docs = corpus(tmp_path / "docs", TEXTS[:2])
    out = tmp_path / "out.jsonl"
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    docs = corpus(tmp_path / "docs", [TEXTS[0], TEXTS[1].replace("2019", "2020"), TEXTS[2]])
    seen = count_extractions(monkeypatch)
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    assert seen == ["doc1.txt", "doc2.txt"]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == [str(d) for d in docs]
    assert "2020-03-03" in json.dumps(records[1])
    journal = journal_path(out).read_text().splitlines()
    assert len(journal) == 1 + 3  # the build line and exactly the output's records


def test_killed_run_keeps_what_it_finished(tmp_path, monkeypatch) -> None:
    docs = corpus(tmp_path / "docs", TEXTS)
    out = tmp_path / "out.jsonl"
    import reportmine.extraction as extraction

    real = extraction.parse

    def dies_on_third(path, *args):
        if Path(path).name == "doc2.txt":
            raise KeyboardInterrupt  # the run is stopped while reading the third document
        return real(path, *args)

    monkeypatch.setattr(extraction, "parse", dies_on_third)
    stopped = run("extract", *map(str, docs), "-o", str(out), "--resume", "--batch-size", "1")
    assert stopped.exit_code == 1 and "Aborted" in stopped.output  # Ctrl-C as click reports it
    assert not out.exists()  # output stays atomic
    assert not list(tmp_path.glob(".out.jsonl.*.part"))
    monkeypatch.setattr(extraction, "parse", real)
    seen = count_extractions(monkeypatch)
    assert run("extract", *map(str, docs), "-o", str(out), "--resume", "--batch-size", "1").exit_code == 0
    assert seen == ["doc2.txt"]
    assert len(out.read_text().splitlines()) == 3


def test_another_build_never_reuses_records(tmp_path, monkeypatch) -> None:
    docs = corpus(tmp_path / "docs", TEXTS[:1])
    out = tmp_path / "out.jsonl"
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    import reportmine.cli as cli
    from reportmine.io.resume import Journal

    monkeypatch.setattr(cli, "_journal", lambda output, pipeline: Journal(output, "0.0.0-otherbuild"))
    seen = count_extractions(monkeypatch)
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    assert seen == ["doc0.txt"]


def test_resume_needs_an_output_file(tmp_path) -> None:
    docs = corpus(tmp_path / "docs", TEXTS[:1])
    result = CliRunner().invoke(main, ["extract", str(docs[0]), "--resume"])
    assert result.exit_code == 2
    assert "--resume needs an output file" in result.output


def test_resumed_run_with_nothing_left_starts_no_cluster(tmp_path, monkeypatch) -> None:
    pytest.importorskip("distributed")
    import reportmine.dask

    docs = corpus(tmp_path / "docs", TEXTS[:2])
    out = tmp_path / "out.jsonl"
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    before = out.read_bytes()

    @contextmanager
    def no_cluster(address):
        raise AssertionError("a cluster was started with nothing left to extract")
        yield

    monkeypatch.setattr(reportmine.dask, "connect", no_cluster)
    assert run("extract", *map(str, docs), "-o", str(out), "--resume", "--dask", "local:2").exit_code == 0
    assert out.read_bytes() == before


def test_resumed_run_and_help_load_no_model_library(tmp_path) -> None:
    """A resumed run with nothing left, and ``--help``, start in a fraction of a second: the command line
    imports spaCy, pandas and networkx only for a command that needs them."""
    import subprocess
    import sys

    docs = corpus(tmp_path / "docs", TEXTS[:2])
    out = tmp_path / "out.jsonl"
    assert run("extract", *map(str, docs), "-o", str(out), "--resume").exit_code == 0
    before = out.read_bytes()
    probe = (
        "import sys\n"
        "from reportmine.cli import main\n"
        "for args in (['--help'], ['extract', '--help'], ['extract', *sys.argv[2:], '-o', sys.argv[1], '--resume']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, (args, exc.code)\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'pandas', 'networkx', 'pyarrow') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(out), *map(str, docs)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert out.read_bytes() == before
