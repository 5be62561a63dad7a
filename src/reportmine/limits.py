"""How much one document may cost: bytes, pages, inflated streams, characters and seconds.

Every bound refuses the one document that passes it (a :class:`~reportmine.errors.DocumentError`
with a clear reason) and the run goes on. Defaults can be changed per run (``Limits(...)``, the
command line's options) or for a whole installation through ``REPORTMINE_*`` environment variables.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .errors import DocumentError

MIB = 1024 * 1024


def _env(name: str, default: float) -> float:
    value = os.environ.get(f"REPORTMINE_{name}")
    return float(value) if value else default


@dataclass(frozen=True)
class Limits:
    """Per-document bounds (0 or None: no bound for that one)."""

    #: a file larger than this is refused before it is read
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", 200 * MIB)))
    #: a PDF with more pages is refused before its pages are read
    max_pages: int = field(default_factory=lambda: int(_env("MAX_PAGES", 5000)))
    #: a PDF whose compressed streams inflate to more than this is refused (a "zip bomb")
    max_inflated: int = field(default_factory=lambda: int(_env("MAX_INFLATED", 512 * MIB)))
    #: a document whose text is longer than this is refused: memory grows with the text (the whole
    #: Doc the rule components read), about 180 bytes a character; 5,000,000 peaked at 1,258 MiB
    max_chars: int = field(default_factory=lambda: int(_env("MAX_CHARS", 5_000_000)))
    #: longer texts go through the statistical model in pieces of about this many characters (the
    #: model's memory grows with the text it sees at once: about 15 KiB a token, 150 MiB a piece)
    piece_chars: int = field(default_factory=lambda: int(_env("PIECE_CHARS", 50_000)))
    #: seconds one document may take to parse and analyse (None: no budget)
    timeout: float | None = field(default_factory=lambda: _env("TIMEOUT", 600.0) or None)


class OverBudget(DocumentError):
    """A document took longer than its time budget."""


@contextmanager
def time_budget(seconds: float | None, source: str, budget: float | None = None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the code inside if it runs longer than ``seconds``
    (what is left of the document's whole ``budget``, which the reason names).

    In a process's main thread (the command line, each worker of ``jobs`` > 1) the real-time timer
    interrupts the code; in any other thread (a Dask worker's task, a caller's own thread pool) a
    timer thread raises the error in it. Either way, code stuck inside a C library is stopped when
    it next returns to Python. Without a budget it only runs the code.
    """
    if not seconds or seconds <= 0:
        yield
        return
    reason = f"took longer than the time budget of {budget or seconds:g} s per document; skipped"
    if threading.current_thread() is threading.main_thread():
        with _alarm(seconds, source, reason):
            yield
    else:
        with _watchdog(seconds, source, reason):
            yield


#: seconds between repeats of the error once a budget has run out: Python drops an error raised while
#: it runs a garbage-collector callback or a ``__del__`` ("Exception ignored in ..."), so it comes again
REPEAT = 0.25


@contextmanager
def _alarm(seconds: float, source: str, reason: str) -> Iterator[None]:
    """The main thread's budget: SIGALRM, nested budgets keeping the outer one running."""
    started = time.monotonic()

    def expired(signum: int, frame: object) -> None:
        raise OverBudget(source, reason)

    previous = signal.signal(signal.SIGALRM, expired)
    outer = signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)[0]
    try:
        yield
    finally:
        _settle(lambda: signal.setitimer(signal.ITIMER_REAL, 0), OverBudget)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # an enclosing budget keeps running, less the time spent here
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001), REPEAT)


@contextmanager
def _watchdog(seconds: float, source: str, reason: str) -> Iterator[None]:
    """Another thread's budget: a timer thread raises, in the thread that runs the code, an
    :class:`OverBudget` made for this document (Python raises an asynchronous error by its class)."""

    class Expired(OverBudget):
        def __init__(self) -> None:
            super().__init__(source, reason)

    target, lock, done = threading.get_ident(), threading.Lock(), threading.Event()

    def expire() -> None:
        if done.wait(seconds):
            return
        while True:
            with lock:
                if done.is_set():
                    return
                _async_raise(target, Expired)
            if done.wait(REPEAT):
                return

    def stop() -> None:
        with lock:
            done.set()
            _async_raise(target, None)  # one not yet raised, if the code ended as the time ran out

    threading.Thread(target=expire, name=f"time budget of {source}", daemon=True).start()
    try:
        yield
    finally:
        _settle(stop, Expired)


def _settle(stop: Callable[[], object], late: type[BaseException]) -> None:
    """Run ``stop`` (it ends a budget's timer) through, whatever ``late`` error of that timer comes meanwhile."""
    while True:
        try:
            stop()
            _checkpoint()  # an error still pending is raised here, inside the try, not after
            return
        except late:
            continue


def _checkpoint() -> None:
    """A Python call: where Python raises pending signal handlers' and other threads' errors."""


def _async_raise(thread: int, error: type[BaseException] | None) -> bool:
    """Have ``thread`` raise ``error`` when it next runs Python code (None: withdraw a pending one)."""
    import ctypes

    value = ctypes.py_object(error) if error is not None else None
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), value) == 1


def check_size(source: str, what: str, size: int, limit: int, unit: str = "MiB") -> None:
    """Refuse a document when ``size`` passes ``limit`` (0: no limit), naming both in the reason."""
    if limit and size > limit:
        if unit == "MiB":
            raise DocumentError(
                source, f"{what} too large ({size / MIB:.0f} MiB; limit {limit / MIB:.0f} MiB)"
            )
        raise DocumentError(source, f"{what} too large ({size:,} {unit}; limit {limit:,} {unit})")
