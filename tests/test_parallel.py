"""`iter_documents(jobs=N)` and `reportmine extract --jobs`: same records in the same order, failures and crashes
stay with their document, bounded look-ahead, interrupts leave no output and no worker behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import GOOD_TEXT, bad_inputs
from pdf_factory import text_pdf

import reportmine.extraction
from reportmine import Document, Failure, iter_documents
from reportmine.cli import _progress, main
from reportmine.io.writers import write_records
from reportmine.parallel import ordered_map, start_method

needs_fork = pytest.mark.skipif(
    start_method() != "fork", reason="the crash test patches the parent, which only forked workers inherit"
)

FORCES = ["Kent Police", "Durham Constabulary", "Essex Police", "Gwent Police", "Dorset Police"]


def _mixed_corpus(tmp: Path) -> list[str]:
    """Good text, HTML and PDF documents with every kind of bad input between them."""
    good = []
    for i, force in enumerate(FORCES):
        note = tmp / f"note{i}.txt"
        note.write_text(GOOD_TEXT.replace("Kent Police", force))
        good.append(note)
    page = tmp / "story.html"
    page.write_text(
        f"<html><body><article><p>{GOOD_TEXT}</p><p>\u201cWe will act,\u201d said Chief Constable Jane Smith.</p></article></body></html>"
    )
    pdf = text_pdf(
        tmp / "report.pdf",
        ["Durham Constabulary was inspected in March 2018.", "We found that staff were committed."],
    )
    bad = [str(p) for p, _ in bad_inputs(tmp).values()]
    return [str(good[0]), bad[0], str(page), *bad[1:4], str(pdf), str(good[1]), *bad[4:], *map(str, good[2:])]


def _as_data(results) -> list:
    return [r.to_dict() if isinstance(r, Document) else (r.source, r.reason) for r in results]


@pytest.mark.parametrize("batch_size", [1, 3])
def test_two_workers_give_the_single_process_records_in_input_order(
    tmp_path: Path, nlp, batch_size: int
) -> None:
    paths = _mixed_corpus(tmp_path)
    single = _as_data(iter_documents(paths, nlp=nlp, batch_size=batch_size))
    parallel = _as_data(iter_documents(paths, nlp=nlp, batch_size=batch_size, jobs=2))
    assert [d["source"] if isinstance(d, dict) else d[0] for d in parallel] == paths
    assert parallel == single
    failures = [d for d in parallel if isinstance(d, tuple)]
    assert len(failures) == 7 and all(
        "\n" not in reason and "Traceback" not in reason for _, reason in failures
    )


def _crash_on(name: str):
    real = reportmine.extraction.parse

    def parse(path, *args):
        if Path(path).name == name:
            os._exit(3)  # what a segfault in a C library looks like from outside
        return real(path, *args)

    return parse


@needs_fork
def test_a_worker_that_dies_costs_only_its_own_document(tmp_path: Path, nlp, monkeypatch) -> None:
    paths = []
    for i, force in enumerate(FORCES):
        note = tmp_path / f"note{i}.txt"
        note.write_text(GOOD_TEXT.replace("Kent Police", force))
        paths.append(str(note))
    paths.insert(3, str(tmp_path / "note1.txt").replace("note1", "crash"))
    Path(paths[3]).write_text(GOOD_TEXT)
    monkeypatch.setattr(reportmine.extraction, "parse", _crash_on("crash.txt"))
    results = list(iter_documents(paths, nlp=nlp, batch_size=2, jobs=2))
    assert [r.source for r in results] == paths
    assert [isinstance(r, Failure) for r in results] == [False, False, False, True, False, False]
    assert "stopped unexpectedly" in results[3].reason
    assert [r.force for r in results if isinstance(r, Document)] == FORCES
    assert multiprocessing.active_children() == []


def test_inputs_are_read_a_few_batches_ahead_not_all_at_once(tmp_path: Path, nlp) -> None:
    note = tmp_path / "note.txt"
    note.write_text(GOOD_TEXT)
    pulled = 0

    def paths():
        nonlocal pulled
        for _ in range(30):
            pulled += 1
            yield note

    results = iter_documents(paths(), nlp=nlp, batch_size=2, jobs=2)
    next(results)
    assert pulled <= 2 * 4 * 2  # four batches held per worker
    assert sum(1 for _ in results) == 29 and pulled == 30


def _log_start(chunk: list[tuple[str, int]]) -> list[int]:
    """Note which chunk a worker starts (module level, for the pool); a chunk of value -1 kills its worker."""
    log, value = chunk[0]
    if value < 0:
        os._exit(3)
    with open(log, "a") as out:
        out.write(f"{value}\n")
    return [value * 10 for _, value in chunk]


def _crash(item: tuple[str, int], reason: str) -> int:
    return -1


def test_the_costliest_batch_starts_first_and_results_keep_input_order(tmp_path: Path) -> None:
    log = str(tmp_path / "started.txt")
    costs = [1, 5, 2, 8, 3, 7, 4, 6, 0, 9]
    chunks = [[(log, c)] for c in costs]
    # one worker running one chunk at a time, so the order the chunks start in is the order they were sent in
    results = list(ordered_map(_log_start, chunks, 1, _crash, window=1, ahead=8, cost=lambda ch: ch[0][1]))
    assert results == [c * 10 for c in costs]
    started = [int(line) for line in Path(log).read_text().split()]
    assert started[:8] == [8, 7, 6, 5, 4, 3, 2, 1]  # the eight held at the start, costliest first
    assert sorted(started) == sorted(costs)  # each chunk ran once


@needs_fork
def test_a_crash_in_a_costly_batch_costs_only_its_own_input(tmp_path: Path) -> None:
    log = str(tmp_path / "started.txt")
    values = [1, 2, -1, 3, 4, 5]
    chunks = [[(log, v)] for v in values]
    results = list(ordered_map(_log_start, chunks, 2, _crash, window=2, ahead=2, cost=lambda ch: -ch[0][1]))
    assert results == [10, 20, -1, 30, 40, 50]
    assert multiprocessing.active_children() == []


def test_an_interrupt_leaves_no_output_file_and_no_worker(tmp_path: Path, nlp) -> None:
    note = tmp_path / "note.txt"
    note.write_text(GOOD_TEXT)
    out = tmp_path / "out.jsonl"

    def records():
        for i, result in enumerate(iter_documents([note] * 12, nlp=nlp, batch_size=1, jobs=2)):
            if i == 2:
                raise KeyboardInterrupt
            yield result.to_dict()

    with pytest.raises(KeyboardInterrupt):
        write_records(records(), out, "jsonl")
    assert list(tmp_path.iterdir()) == [note]
    assert multiprocessing.active_children() == []


def test_cli_jobs_option(tmp_path: Path, nlp) -> None:
    paths = _mixed_corpus(tmp_path)
    runner = CliRunner()
    one = runner.invoke(main, ["extract", *paths, "--batch-size", "2"])
    two = runner.invoke(main, ["extract", *paths, "--batch-size", "2", "--jobs", "2"])
    auto = runner.invoke(main, ["extract", *paths, "--batch-size", "2", "-j", "auto"])
    assert one.exit_code == two.exit_code == auto.exit_code == 1
    assert one.stdout == two.stdout == auto.stdout and len(one.stdout.splitlines()) == 7
    assert (
        one.stderr == two.stderr and len(two.stderr.splitlines()) == 7
    )  # one line per bad input, no bar when piped
    for bad in ("0", "-1", "many"):
        assert runner.invoke(main, ["extract", paths[0], "--jobs", bad]).exit_code == 2


def test_progress_counts_results_on_a_terminal_only(monkeypatch) -> None:
    class Terminal:
        def __init__(self, tty: bool) -> None:
            self.tty, self.text = tty, ""

        def isatty(self) -> bool:
            return self.tty

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    results = [Failure("a.pdf", "x"), Failure("b.pdf", "y"), Failure("c.pdf", "z")]
    for tty in (True, False):
        term = Terminal(tty)
        monkeypatch.setattr(sys, "stderr", term)
        files = [r.source for r in results]  # the bar counts pages: 1 each for files it cannot open
        assert list(_progress(iter(results), files, "Extracting")) == results
        assert ("3/3" in term.text and "c.pdf" in term.text) if tty else term.text == ""


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc to find the workers",
)
def test_killed_extract_leaves_no_output_and_no_worker(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(60):
        (docs / f"note{i:02d}.txt").write_text((GOOD_TEXT + "\n\n") * 40)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reportmine.cli",
            "extract",
            str(docs),
            "-o",
            str(out),
            "--jobs",
            "2",
            "--batch-size",
            "1",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while len(workers := _children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) == 2, "the workers never started"
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(60) == 128 + signal.SIGTERM, proc.stderr.read()
    assert "Traceback" not in proc.stderr.read()
    assert list(tmp_path.iterdir()) == [docs]
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
