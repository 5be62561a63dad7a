"""The main job as plain functions: files in, contract records out, one document at a time."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from spacy.language import Language
from spacy.tokens import Doc

from .errors import DocumentError
from .io.inputs import discover
from .limits import Limits, OverBudget, time_budget
from .metadata import DocumentInfo, describe
from .model import Document, Failure
from .nlp.pieces import analyse_in_pieces, is_long
from .nlp.pipeline import get_pipeline, make_doc
from .parallel import available_cpus, chunked, ordered_map
from .parsers import ParsedDocument, parse
from .records import to_document


def analyse(parsed: ParsedDocument, nlp: Language | None = None, limits: Limits | None = None) -> Doc:
    """Run the NLP pipeline over one parsed document and return the spaCy Doc (long ones in pieces)."""
    nlp = nlp or get_pipeline()
    limits = limits or Limits()
    info = describe(parsed)
    if is_long(parsed, limits.piece_chars):
        return analyse_in_pieces(nlp, parsed, limits.piece_chars, info)
    return nlp(make_doc(nlp, parsed, info))


def extract(
    path: str | os.PathLike[str], nlp: Language | None = None, limits: Limits | None = None
) -> Document:
    """Parse and analyse one file; raises DocumentError when it cannot be read."""
    result = next(iter_documents([path], nlp=nlp, limits=limits))
    if isinstance(result, Failure):
        raise DocumentError(result.source, result.reason)
    return result


def iter_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    nlp: Language | None = None,
    batch_size: int = 4,
    jobs: int = 1,
    limits: Limits | None = None,
    walk: bool = True,
) -> Iterator[Document | Failure]:
    """Stream records for many files, in input order; a bad file yields a Failure, never stops the rest.

    ``paths`` may be one path or many; folders are walked recursively as the command line does
    (``walk=False``: the paths are the files already found by :func:`~reportmine.io.inputs.discover`,
    taken as they are, so a caller that listed them does not walk the folders twice).
    Parsing happens lazily, and spaCy sees the documents in batches through ``nlp.pipe``.
    With ``jobs`` > 1 (0: one per CPU), that many worker processes each parse and analyse
    batches of ``batch_size`` files; the records are the same as with one process.
    ``limits`` bounds what one document may cost (size, pages, time: see :class:`Limits`);
    a document past a bound fails with its reason and the others go on.
    """
    jobs = jobs if jobs > 0 else available_cpus()
    limits = limits or Limits()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    chunks = chunked(discover(paths) if walk else (str(p) for p in paths), batch_size)
    head = list(islice(chunks, 2))
    if jobs == 1 or len(head) < 2:  # one batch is not worth starting processes for
        yield from iter_serial((p for chunk in chain(head, chunks) for p in chunk), nlp, batch_size, limits)
        return
    yield from ordered_map(
        _extract_chunk,
        chain(head, chunks),
        jobs,
        _crashed,
        _worker_init,
        (nlp, batch_size, limits),
        cost=batch_cost,
    )


_worker: tuple[Language | None, int, Limits | None] = (None, 4, None)


def _worker_init(nlp: Language | None, batch_size: int, limits: Limits) -> None:
    global _worker
    _worker = (nlp or get_pipeline(), batch_size, limits)


def _extract_chunk(paths: list[str]) -> list[Document | Failure]:
    """A worker's task: one batch of files to records."""
    nlp, batch_size, limits = _worker
    return list(iter_serial(paths, nlp, batch_size, limits or Limits()))


def batch_cost(paths: list[str]) -> float:
    """What a batch is likely to cost, to start the costliest first: the size of its files."""
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass  # it fails at once when read
    return float(total)


def _crashed(path: str | os.PathLike[str], reason: str) -> Failure:
    return Failure(str(path), f"internal error: {reason}")


@dataclass
class _Parsed:
    """A document read, its facts on its Doc, waiting for (or done with) the NLP pipeline."""

    parsed: ParsedDocument
    info: DocumentInfo
    doc: Doc
    analysed: bool
    seconds_left: float | None  # of its time budget
    budget: float | None = None  # the whole budget


def iter_serial(
    paths: Iterable[str | os.PathLike[str]],
    nlp: Language | None,
    batch_size: int,
    limits: Limits | None = None,
) -> Iterator[Document | Failure]:
    """Records for files in this process, in order, ``batch_size`` documents per ``nlp.pipe`` batch."""
    nlp = nlp or get_pipeline()
    limits = limits or Limits()
    pending: list[_Parsed | Failure] = []

    def flush() -> Iterator[Document | Failure]:
        waiting = [p for p in pending if isinstance(p, _Parsed) and not p.analysed]
        done = iter(_safe_pipe(nlp, waiting))
        for item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            doc = item.doc if item.analysed else next(done)
            if isinstance(doc, Failure):
                yield Failure(item.parsed.source, doc.reason)
                continue
            try:
                yield to_document(doc, item.parsed)
            except Exception as exc:  # a bug must not cost the other documents
                yield Failure(item.parsed.source, f"internal error while building the record: {exc!r}")
        pending.clear()

    for path in paths:
        pending.append(_prepare(path, nlp, limits))
        if sum(1 for p in pending if isinstance(p, _Parsed) and not p.analysed) >= batch_size:
            yield from flush()
        elif len(pending) >= 4 * batch_size:  # many failures or long documents in a row: pass them on
            yield from flush()
    yield from flush()


def _prepare(path: str | os.PathLike[str], nlp: Language, limits: Limits) -> _Parsed | Failure:
    """Parse and describe one file within its time budget; a long document is analysed here, in pieces."""
    source = str(path)
    started = time.monotonic()
    try:
        with time_budget(limits.timeout, source):
            parsed = parse(path, limits)
            info = describe(parsed)
            if is_long(parsed, limits.piece_chars):
                doc = analyse_in_pieces(nlp, parsed, limits.piece_chars, info)
                return _Parsed(parsed, info, doc, True, None)
            doc = make_doc(nlp, parsed, info)
    except DocumentError as exc:
        return Failure(exc.source, exc.reason)
    except Exception as exc:
        return Failure(source, f"internal error while parsing: {exc!r}")
    left = limits.timeout - (time.monotonic() - started) if limits.timeout else None
    return _Parsed(parsed, info, doc, False, max(left, 0.001) if left is not None else None, limits.timeout)


def _safe_pipe(nlp: Language, items: list[_Parsed]) -> list[Doc | Failure]:
    """Process a batch with ``nlp.pipe``, within the least time any of its documents has left; if the
    batch fails or runs out of time, process its documents one by one, each within what is left of its
    own budget, so that only the culprit fails and one slow document never costs the others theirs."""
    if not items:
        return []
    if len(items) > 1:
        left = [p.seconds_left for p in items if p.seconds_left is not None]
        try:
            with time_budget(min(left) if left else None, items[0].parsed.source):
                return list(nlp.pipe([p.doc for p in items], batch_size=len(items)))
        except Exception:  # noqa: BLE001 - OverBudget too: the documents are tried alone below
            pass
    out: list[Doc | Failure] = []
    for item in items:
        # made afresh after a failed batch, which may have annotated it in part
        doc = item.doc if len(items) == 1 else make_doc(nlp, item.parsed, item.info)
        try:
            with time_budget(item.seconds_left, item.parsed.source, item.budget):
                out.append(nlp(doc))
        except OverBudget as exc:
            out.append(Failure(item.parsed.source, exc.reason))
        except Exception as exc:
            out.append(Failure("", f"internal error in the NLP pipeline: {exc!r}"))
    return out
