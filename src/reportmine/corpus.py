"""The documents a graph or a comparison is built from: records files as they are, other files extracted or cached."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .extraction import Failure, iter_documents
from .io.cache import ExtractionCache
from .io.inputs import RECORD_SUFFIXES, discover, read_records
from .limits import Limits
from .model import Document


def collect_documents(
    paths: Iterable[str | os.PathLike[str]],
    nlp=None,
    cache: ExtractionCache | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    batch_size: int = 4,
    pipeline: str | None = None,
    limits: Limits | None = None,
    progress: Callable[[Document | Failure], None] | None = None,
    walk: bool = True,
) -> list[Document]:
    """Every document named: records files read, documents taken from the cache or extracted (and then cached).

    ``progress`` is called with each document taken from the cache or extracted, and each failure.
    ``walk=False``: the paths are the files :func:`~reportmine.io.inputs.discover` already found."""
    docs: list[Document] = []
    to_extract: list[str] = []
    for path in paths:
        if Path(path).is_file() and Path(path).suffix.lower() in RECORD_SUFFIXES + (".json",):
            try:
                docs.extend(read_records(path))
            except (OSError, ValueError, TypeError, KeyError) as exc:
                if on_failure:
                    on_failure(Failure(str(path), f"not a records file: {exc}"))
            continue
        for file in discover([path]) if walk else [str(path)]:
            cached = cache.get(file) if cache else None
            if cached is not None:
                docs.append(cached)
                if progress:
                    progress(cached)
            else:
                to_extract.append(file)
    if to_extract:
        if nlp is None:
            from .nlp.pipeline import get_pipeline

            nlp = get_pipeline(pipeline)
        for result in iter_documents(to_extract, nlp=nlp, batch_size=batch_size, limits=limits, walk=False):
            if progress:
                progress(result)
            if isinstance(result, Failure):
                if on_failure:
                    on_failure(result)
                continue
            if cache:
                cache.put(result)
            docs.append(result)
    return docs
