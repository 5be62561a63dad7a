"""Extraction on a Dask cluster, for corpora past one machine (``pip install 'reportmine[dask]'``).

Batches of document paths go to the cluster's workers; every worker loads the pipeline
once, through a worker plugin, and keeps it for all its batches (no pickled ``nlp``
travels). Workers read the documents from the same paths as the client, so the corpus
must sit on storage every machine sees (a shared or network file system). Records are
those of a single process: each batch runs the very loop ``iter_documents`` runs.

>>> from distributed import Client
>>> import reportmine.dask
>>> with Client("tcp://scheduler:8786") as client:
...     for result in reportmine.dask.extract(paths, client):
...         ...

The same records come as a Dask bag from :func:`to_bag`, and go straight to a partitioned
Parquet folder with :func:`to_parquet`.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    import dask.bag
    import dask.config
    from distributed import Client, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError(
        "reportmine.dask needs Dask's distributed scheduler: pip install 'reportmine[dask]'"
    ) from exc

from .extraction import Failure, batch_cost, iter_serial
from .io.inputs import discover
from .io.writers import write_records
from .limits import Limits
from .model import Document
from .parallel import chunked, freeze_loaded

#: What names a worker plugin, so that registering it again replaces it rather than adding a second.
PLUGIN = "reportmine-pipeline"
_lock = threading.Lock()  # a worker with several threads runs one batch at a time through its one pipeline


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline in each worker process as it starts (and in workers that join later)."""

    name = PLUGIN

    def __init__(self, pipeline: str | None = None) -> None:
        self.pipeline = pipeline

    def setup(self, worker: Any) -> None:
        from .nlp.pipeline import get_pipeline

        get_pipeline(self.pipeline)  # built once per process and kept: the batches find it loaded
        freeze_loaded()  # the worker's pipeline lives as long as the worker


def _extract_batch(
    paths: list[str], pipeline: str | None, batch_size: int, limits: Limits | None = None
) -> list[Document | Failure]:
    """A worker's task: one batch of files to records, with the pipeline the plugin loaded, each
    document within the client's ``limits`` (its time budget too)."""
    from .nlp.pipeline import get_pipeline

    with _lock:
        return list(iter_serial(paths, get_pipeline(pipeline), batch_size, limits))


def _extract_partition(
    batches: list[list[str]], pipeline: str | None, batch_size: int, limits: Limits
) -> list[Document | Failure]:
    """A bag partition's task: its batches of files (one, as :func:`to_bag` makes them) to records."""
    return [r for batch in batches for r in _extract_batch(batch, pipeline, batch_size, limits)]


def _write_part(
    paths: list[str], pipeline: str | None, batch_size: int, target: str, limits: Limits | None = None
) -> tuple[int, list[Failure]]:
    """A worker's task for a Parquet folder: write the batch's records as one part file, return the failures."""
    results = _extract_batch(paths, pipeline, batch_size, limits)
    records = [r.to_dict() for r in results if isinstance(r, Document)]
    if records:
        write_records(records, target, "parquet")  # atomic: a retried batch replaces, never adds
    return len(records), [r for r in results if isinstance(r, Failure)]


def _in_order(
    client: Client,
    paths: Iterable[str | os.PathLike[str]],
    batch_size: int,
    window: int | None,
    submit: Callable[[int, list[str]], Any],
) -> Iterator[tuple[list[str], Any]]:
    """Submit batches (``submit(index, batch)`` returns a future), at most ``window`` held (submitted,
    running, or done and waiting for an earlier one), and yield (batch, result) in input order.

    A batch whose worker dies is run again by the scheduler on another worker; it still comes back
    once, in its place. A batch that fails for good (it keeps killing workers) yields its exception.
    """
    window = window or 4 * max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    flight: deque[tuple[list[str], Any]] = deque()
    for index, batch in enumerate(chunked((str(p) for p in paths), batch_size)):
        flight.append((batch, submit(index, batch)))
        while len(flight) >= window:
            yield _result(*flight.popleft())
    while flight:
        yield _result(*flight.popleft())


def _submit(client: Client, run: str, index: int, task: Callable, batch: list[str], *args: Any) -> Any:
    """Submit one batch's task under a key of its own (a retried batch keeps it), at a priority by its
    cost: the scheduler runs the costliest of the batches held first, so a long report does not start last."""
    return client.submit(
        task, batch, *args, key=f"reportmine-{run}-{index}", pure=False, priority=int(batch_cost(batch))
    )


def _result(batch: list[str], future: Any) -> tuple[list[str], Any]:
    try:
        return batch, future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: the batch is reported, the run goes on
        return batch, exc
    finally:
        future.release()


def extract(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    client: Client,
    batch_size: int = 4,
    pipeline: str | os.PathLike[str] | None = None,
    window: int | None = None,
    limits: Limits | None = None,
    walk: bool = True,
) -> Iterator[Document | Failure]:
    """Records for many files computed on a Dask cluster, in input order; a bad file yields a Failure.

    The same results as :func:`reportmine.iter_documents`. ``window`` bounds the batches held
    (default: four per worker), so memory does not grow with the corpus; of those, the scheduler runs
    the costliest (by file size) first. ``limits`` bounds what one document may cost on the workers,
    its time budget too (default: this process's :class:`~reportmine.limits.Limits`). Folders are
    walked as by :func:`reportmine.iter_documents` (``walk=False``: the paths are files already found).
    """
    limits = limits or Limits()
    config, run = _register(client, pipeline), uuid.uuid4().hex[:8]

    def submit(index: int, batch: list[str]) -> Any:
        return _submit(client, run, index, _extract_batch, batch, config, batch_size, limits)

    for batch, results in _in_order(client, _files(paths, walk), batch_size, window, submit):
        if isinstance(results, BaseException):
            yield from (Failure(p, f"internal error on the cluster: {results!r}") for p in batch)
        else:
            yield from results


def to_bag(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    client: Client,
    batch_size: int = 4,
    pipeline: str | os.PathLike[str] | None = None,
    limits: Limits | None = None,
    walk: bool = True,
) -> dask.bag.Bag:
    """The records as a lazy Dask bag, one partition per batch of ``batch_size`` files, in input order:
    each element a :class:`~reportmine.model.Document`, or a :class:`~reportmine.model.Failure` for a
    file that could not be read. Nothing is extracted until the bag is computed; ``client``'s workers
    are given the pipeline now (``limits`` as for :func:`extract`).

    >>> bag = reportmine.dask.to_bag(paths, client)
    >>> records = bag.filter(lambda r: isinstance(r, Document)).map(Document.to_dict)
    >>> frame = records.to_dataframe()  # a Dask dataframe, one row per record
    """
    config = _register(client, pipeline)
    batches = list(chunked(_files(paths, walk), batch_size))
    return dask.bag.from_sequence(batches, partition_size=1).map_partitions(
        _extract_partition, config, batch_size, limits or Limits()
    )


def to_parquet(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    client: Client,
    folder: str | os.PathLike[str],
    batch_size: int = 4,
    pipeline: str | os.PathLike[str] | None = None,
    window: int | None = None,
    limits: Limits | None = None,
    walk: bool = True,
) -> Iterator[int | Failure]:
    """Records written by the workers straight into a partitioned Parquet folder (one part per batch,
    ``part-NNNNNN.parquet`` in input order); yields each batch's count of records, and the failures.

    ``pandas.read_parquet(folder)`` reads them back as one table in input order. ``limits`` as for
    :func:`extract`.
    """
    limits = limits or Limits()
    config, run = _register(client, pipeline), uuid.uuid4().hex[:8]
    target = Path(folder).resolve()
    target.mkdir(parents=True, exist_ok=True)

    def submit(index: int, batch: list[str]) -> Any:
        part = str(target / f"part-{index:06d}.parquet")
        return _submit(client, run, index, _write_part, batch, config, batch_size, part, limits)

    for batch, result in _in_order(client, _files(paths, walk), batch_size, window, submit):
        if isinstance(result, BaseException):
            yield from (Failure(p, f"internal error on the cluster: {result!r}") for p in batch)
        else:
            written, failures = result
            yield written
            yield from failures


def _files(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], walk: bool) -> Iterator[str]:
    """The files to extract: folders walked, unless ``walk`` is False (the paths were found by ``discover``)."""
    named = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    return discover(named) if walk else (str(p) for p in named)


def _register(client: Client, pipeline: str | os.PathLike[str] | None) -> str | None:
    """Load the pipeline on every worker, present and future; the config path made absolute for them."""
    config = str(Path(pipeline).resolve()) if pipeline else None
    client.register_plugin(PipelinePlugin(config), name=PLUGIN)
    return config


def local_worker_settings() -> dict[str, Any]:
    """Dask settings for the workers of ``local:N``, measured on 100 documents (see docs/cluster.md):
    no sampling profiler (it stops the task's thread every 10 ms to read its stack), and no
    ``MALLOC_TRIM_THRESHOLD_`` in their environment (setting it turns off glibc's adaptive mmap
    threshold, so every large array is mapped and unmapped again: 7 s of system time per worker)."""
    return {
        "distributed.worker.profile.enabled": False,
        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: not set at all
    }


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client for ``tcp://host:port`` (a running scheduler) or ``local:N`` (N worker processes here)."""
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"{address!r}: say how many local workers, e.g. local:2")
        with (
            dask.config.set(local_worker_settings()),
            LocalCluster(
                n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    with Client(address, timeout="30s") as client:
        yield client
