"""Shared fixtures: the development corpus beside the repository, and one spaCy pipeline per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SAMPLE_CORPUS = REPO / "corpora"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The development corpus ../shared/corpus (present in CI; absent in a user's clone)."""
    if not (SHARED_CORPUS / "gold").is_dir():
        pytest.skip("development corpus ../shared/corpus not found")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    """The sample corpus shipped in corpora/."""
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def nlp():
    """The default reportmine pipeline, loaded once."""
    from reportmine import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def dev_records(shared_corpus, nlp) -> dict:
    """Every development document extracted once per test session: file name -> Document (or Failure)."""
    from reportmine import iter_documents

    paths = sorted(p for p in (shared_corpus / "docs").iterdir() if p.is_file())
    return {p.name: result for p, result in zip(paths, iter_documents(paths, nlp=nlp))}


@pytest.fixture(scope="session")
def sample_records(sample_corpus, nlp, tmp_path_factory) -> Path:
    """The sample corpus plus web-page copies of its two PDF reports, extracted once, as a JSON Lines file."""
    import json

    from web_copy import write_web_copy

    from reportmine import iter_documents

    folder = tmp_path_factory.mktemp("sample-records")
    web = [write_web_copy(n, folder) for n in ("fenmarsh-inspection-2019", "fenmarsh-review-2020")]
    paths = sorted(sample_corpus.glob("*.pdf")) + sorted(sample_corpus.glob("*.html")) + web
    out = folder / "records.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in iter_documents(paths, nlp=nlp):
            fh.write(json.dumps(doc.to_dict()) + "\n")
    return out
