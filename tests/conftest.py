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
