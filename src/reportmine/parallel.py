"""Worker processes for per-document work: results in input order, few inputs in flight, a crash costs one input.

Work is sent in chunks (a list of inputs in, one result per input out). A few chunks
per worker are held at a time, so memory does not grow with the number of inputs, and
the costliest of them starts first. If a worker process dies (a crash in a C library,
the OOM killer), the chunks that had not finished are run again one input per fresh
process, so only the input that kills its process is reported through ``crashed``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
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


def freeze_loaded() -> None:
    """Set everything loaded so far (the pipeline, above all) outside the cyclic garbage collector's
    walks: it lives as long as the process, so walking it at each collection is wasted work, and a
    forked worker that walked it would copy the memory pages it shares with its parent."""
    gc.freeze()


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
    ahead: int = 4,
    cost: Callable[[list[T]], float] | None = None,
) -> Iterator[R]:
    """Yield ``work(chunk)``'s results chunk after chunk, in input order, computed by ``jobs`` processes.

    ``work`` and ``initializer`` must be module-level functions; ``initializer(*initargs)``
    runs once in every worker (with the fork start method its arguments are inherited,
    not pickled). Workers ignore Ctrl-C and exit when this process goes away.

    At most ``window`` chunks per worker are running, and ``ahead`` chunks per worker are held
    (read, running, or done and waiting for an earlier one). Of the chunks read but not started,
    the costliest by ``cost`` starts first, so a long document is not the last thing left to do
    while the other workers wait, and a slow chunk does not stop the others from going on.
    """
    pool = _Pool(jobs, initializer, initargs)
    source = enumerate(chunks)
    held: dict[int, _Task] = {}
    next_out = 0
    more = True
    finished = False
    try:
        while True:
            while more and len(held) < max(ahead, window) * jobs:
                item = next(source, None)
                if item is None:
                    more = False
                else:
                    held[item[0]] = _Task(item[1], cost(item[1]) if cost else 0.0)
            if not held:
                break
            _start_costliest(held, pool, work, window * jobs)
            task = held[next_out]
            if not task.suspect and (task.future is None or not task.future.done()):
                wait(_running(held), return_when=FIRST_COMPLETED)
                continue
            del held[next_out]
            next_out += 1
            yield from _results(task, held, pool, work, crashed, initializer, initargs)
        finished = True
    finally:
        pool.close(graceful=finished)


@dataclass
class _Task:
    """A chunk read from the input: not started (no future), running, or done."""

    chunk: list
    cost: float
    future: Future | None = None
    suspect: bool = False  # it was running when a worker died: it runs alone, one input per process


def _running(held: dict[int, _Task]) -> list[Future]:
    return [t.future for t in held.values() if t.future is not None and not t.future.done()]


def _start_costliest(held: dict[int, _Task], pool: _Pool, work: Callable, slots: int) -> None:
    """Start the costliest chunks not yet started (the earliest among equals) while workers are free."""
    waiting = sorted(
        (i for i, t in held.items() if t.future is None and not t.suspect), key=lambda i: (-held[i].cost, i)
    )
    for index in waiting[: max(0, slots - len(_running(held)))]:
        try:
            held[index].future = pool.submit(work, held[index].chunk)
        except BrokenProcessPool:  # a worker died since the last look: what it held is suspect
            _after_crash(held, pool)
            return


def _after_crash(held: dict[int, _Task], pool: _Pool) -> None:
    """A worker died: start a new pool, and run every chunk that had not finished alone, input by input
    (the one that killed the worker among them is then the only one to fail)."""
    pool.restart()
    for task in held.values():
        if task.future is not None and not _succeeded(task.future):
            task.future, task.suspect = None, True


def _results(
    task: _Task,
    held: dict[int, _Task],
    pool: _Pool,
    work: Callable,
    crashed: Callable,
    initializer: Callable | None,
    initargs: tuple,
) -> Iterator:
    if not task.suspect:
        assert task.future is not None
        try:
            results = task.future.result()
        except BrokenProcessPool:
            _after_crash(held, pool)
        except Exception:  # e.g. a result that would not pickle: find the input to blame
            pass
        else:
            yield from results
            return
    for item in task.chunk:
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
        manager = getattr(self._executor, "_executor_manager_thread", None)
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(5)
        if manager is not None:
            # the executor's own thread reaps the workers too: until it is done, one it reaped
            # first may still be counted among this process's children
            manager.join(5)


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
