"""Worker processes for per-document work: results in input order, few inputs in flight, a crash costs one input.

Work is sent in chunks (a list of inputs in, one result per input out). At most
``window`` chunks per worker are in flight, so memory does not grow with the number
of inputs. If a worker process dies (a crash in a C library, the OOM killer), the
chunks it may have held are run again one input per fresh process, so only the
input that kills its process is reported through ``crashed``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available_cpus() -> int:
    """CPUs this process may run on (what ``jobs=0``, "auto", means)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def start_method() -> str:
    """Fork on Linux (workers share the loaded model and start at once); the platform's safe default elsewhere."""
    return "fork" if sys.platform.startswith("linux") else multiprocessing.get_start_method()


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(
    work: Callable[[list[T]], Sequence[R]],
    chunks: Iterable[list[T]],
    jobs: int,
    crashed: Callable[[T, str], R],
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    window: int = 2,
) -> Iterator[R]:
    """Yield ``work(chunk)``'s results chunk after chunk, in input order, computed by ``jobs`` processes.

    ``work`` and ``initializer`` must be module-level functions; ``initializer(*initargs)``
    runs once in every worker (with the fork start method its arguments are inherited,
    not pickled). Workers ignore Ctrl-C and exit when this process goes away.
    """
    pool = _Pool(jobs, initializer, initargs)
    flight: deque[tuple[list[T], Future]] = deque()
    finished = False
    try:
        for chunk in chunks:
            flight.append((chunk, pool.submit(work, chunk)))
            while len(flight) >= window * jobs:
                yield from _take(flight, pool, work, crashed, initializer, initargs)
        while flight:
            yield from _take(flight, pool, work, crashed, initializer, initargs)
        finished = True
    finally:
        pool.close(graceful=finished)


def _take(
    flight: deque,
    pool: _Pool,
    work: Callable,
    crashed: Callable,
    initializer: Callable | None,
    initargs: tuple,
) -> Iterator:
    chunk, future = flight.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        pool.restart()
        for i, (other, f) in enumerate(flight):  # the crash may have been theirs: run them again
            if not _succeeded(f):
                flight[i] = (other, pool.submit(work, other))
    except Exception:  # e.g. a result that would not pickle: find the input to blame
        pass
    else:
        yield from results
        return
    for item in chunk:
        yield _alone(work, item, crashed, initializer, initargs)


def _alone(
    work: Callable, item: Any, crashed: Callable, initializer: Callable | None, initargs: tuple
) -> Any:
    """Run one input in a process of its own; what kills that process is this input's doing."""
    pool = _Pool(1, initializer, initargs)
    try:
        return pool.submit(work, [item]).result()[0]
    except BrokenProcessPool:
        return crashed(item, "its worker process stopped unexpectedly")
    except Exception as exc:
        return crashed(item, repr(exc))
    finally:
        pool.close(graceful=False)


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pool:
    """A ProcessPoolExecutor that can be restarted after a crash and stopped at once on an interrupt."""

    def __init__(self, jobs: int, initializer: Callable | None, initargs: tuple) -> None:
        self._args = (jobs, initializer, initargs)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        jobs, initializer, initargs = self._args
        context = multiprocessing.get_context(start_method())
        return ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_worker_init, initargs=(os.getpid(), initializer, initargs)
        )

    def submit(self, fn: Callable, *args: Any) -> Future:
        return self._executor.submit(fn, *args)

    def restart(self) -> None:
        self.close(graceful=False)
        self._executor = self._start()

    def close(self, graceful: bool) -> None:
        """Wait for the workers after a normal end; otherwise stop them now (Ctrl-C, an early break, a crash)."""
        if graceful:
            self._executor.shutdown(wait=True)
            return
        # Python < 3.14 has no public way to stop workers that are busy with a task
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(5)


def _worker_init(parent: int, initializer: Callable | None, initargs: tuple) -> None:
    signal.signal(
        signal.SIGINT, signal.SIG_IGN
    )  # Ctrl-C reaches the whole process group; the parent handles it
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _exit_with_parent(parent: int) -> None:
    """A killed parent cannot stop its workers, so each worker watches for it."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)
