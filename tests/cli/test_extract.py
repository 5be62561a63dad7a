"""`reportmine extract`: the record shape, output options, and per-document failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import GOOD_TEXT, bad_inputs
from pdf_factory import text_pdf

from reportmine.cli import main

CONTRACT_KEYS = [
    "id",
    "source",
    "kind",
    "title",
    "published",
    "force",
    "pages",
    "text",
    "sections",
    "findings",
    "concerns",
    "recommendations",
    "areas_for_improvement",
    "outcomes",
    "people",
    "dates",
    "quotes",
    "organisations",
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module", autouse=True)
def _warm_pipeline(nlp):
    """Load the pipeline once for the module (the CLI reuses the cached one)."""
    return nlp


def test_record_has_every_contract_field(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text(GOOD_TEXT, encoding="utf-8")
    result = run("extract", str(doc))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert list(record)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert record["id"] == __import__("hashlib").sha256(doc.read_bytes()).hexdigest()[:16]
    assert record["source"] == str(doc)
    assert record["force"] == "Kent Police"
    assert record["text"].startswith("Kent Police must improve")


def test_folders_are_walked_and_only_documents_taken(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(GOOD_TEXT)
    (tmp_path / "a" / "top.htm").write_text(
        "<html><body><article><p>" + GOOD_TEXT + "</p></article></body></html>"
    )
    (tmp_path / "a" / "notes.md").write_text("# not a document of the corpus")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sorted(Path(s).name for s in sources) == ["deep.txt", "top.htm"]


def test_the_folders_are_walked_once_per_run(tmp_path: Path, monkeypatch) -> None:
    import reportmine.cli
    import reportmine.corpus
    import reportmine.extraction
    from reportmine.io.inputs import discover

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "note.txt").write_text(GOOD_TEXT)
    walks: list[list[str]] = []

    def counted(paths):
        walks.append([str(p) for p in paths])
        return discover(walks[-1])

    for module in (reportmine.cli, reportmine.extraction, reportmine.corpus):
        monkeypatch.setattr(module, "discover", counted)
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert walks == [[str(tmp_path)]] and len(result.stdout.splitlines()) == 1
    walks.clear()
    result = run("graph", str(tmp_path), "--no-cache", "-o", str(tmp_path / "graph.json"))
    assert result.exit_code == 0, result.stderr
    assert walks == [[str(tmp_path)]]


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
def test_output_file_formats(tmp_path: Path, fmt: str) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text(GOOD_TEXT)
    out = tmp_path / f"out.{fmt}"
    result = run("extract", str(doc), "-o", str(out))  # format from the file ending
    assert result.exit_code == 0, result.stderr
    assert out.exists() and out.stat().st_size > 0
    if fmt == "json":
        assert json.loads(out.read_text())[0]["kind"]
    if fmt == "parquet":  # native nested columns: a list of records, not JSON text
        import pandas as pd

        dates = pd.read_parquet(out)["dates"][0]
        assert dates[0]["text"] and isinstance(dates[0], dict)


def test_each_bad_input_gets_one_line_and_the_good_ones_are_written(tmp_path: Path) -> None:
    good1 = tmp_path / "good1.txt"
    good1.write_text(GOOD_TEXT)
    good2 = text_pdf(
        tmp_path / "good2.pdf",
        ["Durham Constabulary was inspected in March 2018.", "We found that staff were committed."],
    )
    bad = bad_inputs(tmp_path)
    out = tmp_path / "records.jsonl"
    paths = [str(good1)] + [str(p) for p, _ in bad.values()] + [str(good2)]
    result = run("extract", *paths, "-o", str(out))
    assert result.exit_code == 1
    written = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert written == [str(good1), str(good2)]
    errors = [line for line in result.stderr.splitlines() if not line.startswith("reportmine: wrote")]
    assert len(errors) == len(bad)
    for name, (path, fragment) in bad.items():
        line = next((e for e in errors if str(path) in e), None)
        assert line is not None, f"no error line for {name}"
        assert fragment in line.lower(), f"{name}: {line}"
        assert "Traceback" not in line


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REPORTMINE_MAX_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    result = run("extract", str(big))
    assert result.exit_code == 1
    assert "too large" in result.stderr


def test_wrong_encoding_still_decodes(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    body = (
        "<p>The chief constable\u2019s \u00a31m plan was welcomed by the caf\u00e9 owners of Kent Police\u2019s area.</p>"
        * 3
    )
    page.write_bytes(
        f"<html><head><meta charset='iso-8859-1'></head><body><article>{body}</article></body></html>".encode(
            "cp1252"
        )
    )
    result = run("extract", str(page))
    assert result.exit_code == 0, result.stderr
    assert "constable\u2019s \u00a31m" in json.loads(result.stdout)["text"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("extract").exit_code == 2
    missing = run("extract", str(tmp_path / "missing.pdf"))  # a missing input fails as an input, not as usage
    assert missing.exit_code == 1 and "no such file" in missing.stderr.lower()
    (tmp_path / "only.md").write_text("x")
    assert run("extract", str(tmp_path)).exit_code == 2


def test_a_pipeline_folder_saved_with_to_disk_is_a_pipeline_option(
    tmp_path: Path, nlp, sample_corpus
) -> None:
    from reportmine.io.cache import pipeline_tag

    saved = tmp_path / "saved"
    nlp.to_disk(saved)
    docs = [str(sample_corpus / "fenmarsh-news.html"), str(sample_corpus / "fenmarsh-press-release.html")]
    built = run("extract", *docs)
    loaded = run("extract", "--pipeline", str(saved), *docs)
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stdout == built.stdout and json.loads(loaded.stdout.splitlines()[0])["people"]
    # records extracted by a changed saved pipeline are cached apart from the others
    tag = pipeline_tag(saved)
    (saved / "reportmine_people" / "nicknames.json").write_text('{"nicknames": {}}', encoding="utf-8")
    assert pipeline_tag(saved) not in ("", tag)
