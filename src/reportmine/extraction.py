"""The main job as plain functions: files in, contract records out, one document at a time."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from spacy.language import Language
from spacy.tokens import Doc

from .errors import DocumentError
from .io.inputs import discover
from .metadata import DocumentInfo, describe
from .model import Document
from .nlp.pipeline import get_pipeline, make_doc
from .parallel import available_cpus, chunked, ordered_map
from .parsers import ParsedDocument, parse
from .records import to_document


@dataclass
class Failure:
    """A document that could not be processed, and why (one line)."""

    source: str
    reason: str


def analyse(parsed: ParsedDocument, nlp: Language | None = None) -> Doc:
    """Run the NLP pipeline over one parsed document and return the spaCy Doc."""
    nlp = nlp or get_pipeline()
    info = describe(parsed)
    return nlp(make_doc(nlp, parsed, published=info.published, kind=info.kind))


def extract(path: str | os.PathLike[str], nlp: Language | None = None) -> Document:
    """Parse and analyse one file; raises DocumentError when it cannot be read."""
    result = next(iter_documents([path], nlp=nlp))
    if isinstance(result, Failure):
        raise DocumentError(result.source, result.reason)
    return result


def iter_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    nlp: Language | None = None,
    batch_size: int = 4,
    jobs: int = 1,
) -> Iterator[Document | Failure]:
    """Stream records for many files, in input order; a bad file yields a Failure, never stops the rest.

    ``paths`` may be one path or many; folders are walked recursively as the command line does.
    Parsing happens lazily, and spaCy sees the documents in batches through ``nlp.pipe``.
    With ``jobs`` > 1 (0: one per CPU), that many worker processes each parse and analyse
    batches of ``batch_size`` files; the records are the same as with one process.
    """
    jobs = jobs if jobs > 0 else available_cpus()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    chunks = chunked(discover(paths), batch_size)
    head = list(islice(chunks, 2))
    if jobs == 1 or len(head) < 2:  # one batch is not worth starting processes for
        yield from iter_serial((p for chunk in chain(head, chunks) for p in chunk), nlp, batch_size)
        return
    yield from ordered_map(
        _extract_chunk, chain(head, chunks), jobs, _crashed, _worker_init, (nlp, batch_size)
    )


_worker: tuple[Language | None, int] = (None, 4)


def _worker_init(nlp: Language | None, batch_size: int) -> None:
    global _worker
    _worker = (nlp or get_pipeline(), batch_size)


def _extract_chunk(paths: list[str | os.PathLike[str]]) -> list[Document | Failure]:
    """A worker's task: one batch of files to records."""
    nlp, batch_size = _worker
    return list(iter_serial(paths, nlp, batch_size))


def _crashed(path: str | os.PathLike[str], reason: str) -> Failure:
    return Failure(str(path), f"internal error: {reason}")


def iter_serial(
    paths: Iterable[str | os.PathLike[str]], nlp: Language | None, batch_size: int
) -> Iterator[Document | Failure]:
    """Records for files in this process, in order, ``batch_size`` documents per ``nlp.pipe`` batch."""
    nlp = nlp or get_pipeline()
    pending: list[tuple[ParsedDocument, DocumentInfo, Doc] | Failure] = []

    def flush() -> Iterator[Document | Failure]:
        ready = [p for p in pending if not isinstance(p, Failure)]
        done = iter(_safe_pipe(nlp, [d for _, _, d in ready]))
        for item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            parsed, info, _ = item
            doc = next(done)
            if isinstance(doc, Failure):
                yield Failure(parsed.source, doc.reason)
                continue
            try:
                yield to_document(doc, parsed, info)
            except Exception as exc:  # a bug must not cost the other documents
                yield Failure(parsed.source, f"internal error while building the record: {exc!r}")
        pending.clear()

    for path in paths:
        source = str(path)
        try:
            parsed = parse(path)
            info = describe(parsed)
            pending.append((parsed, info, make_doc(nlp, parsed, published=info.published, kind=info.kind)))
        except DocumentError as exc:
            pending.append(Failure(exc.source, exc.reason))
        except Exception as exc:
            pending.append(Failure(source, f"internal error while parsing: {exc!r}"))
        if sum(1 for p in pending if not isinstance(p, Failure)) >= batch_size:
            yield from flush()
    yield from flush()


def _safe_pipe(nlp: Language, docs: list[Doc]) -> list[Doc | Failure]:
    """Process a batch; if the batch fails, process its documents one by one to isolate the culprit."""
    if not docs:
        return []
    try:
        return list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception:
        out: list[Doc | Failure] = []
        for doc in docs:
            try:
                out.append(nlp(doc))
            except Exception as exc:
                out.append(Failure("", f"internal error in the NLP pipeline: {exc!r}"))
        return out
