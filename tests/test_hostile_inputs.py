"""Hostile inputs: each gives a right record or one escaped line naming the file and the reason,
the other documents' records are all written, nothing is left half-written, within stated bounds."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import GOOD, SLOW, cases

from reportmine.cli import main
from reportmine.errors import escape
from reportmine.extraction import Failure, iter_documents
from reportmine.io.writers import leftover_parts, temp_name
from reportmine.limits import Limits, OverBudget, time_budget

#: the bounds this suite holds every case to
SECONDS_PER_CASE = 20
EXTRA_MEMORY_MIB = 400  # growth of the test process's peak RSS over the whole suite of cases
LIMITS = {"REPORTMINE_MAX_INFLATED": str(32 << 20), "REPORTMINE_MAX_PAGES": "10"}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, tuple[Path, str | None]]]:
    folder = tmp_path_factory.mktemp("hostile")
    made = {name: (make(folder), expected) for name, (make, expected) in cases(bomb_bytes=96 << 20).items()}
    return folder, made


def test_every_case_gives_a_record_or_one_escaped_line(hostile, nlp, monkeypatch) -> None:
    folder, made = hostile
    for key, value in LIMITS.items():
        monkeypatch.setenv(key, value)
    before = _peak_mib()
    started = time.monotonic()
    results = {}
    for result in iter_documents(folder, nlp=nlp, limits=Limits()):
        results[result.source] = result
    took = time.monotonic() - started
    for name, (path, expected) in made.items():
        result = results.pop(str(path), None)
        assert result is not None, f"{name}: no result at all"
        if expected is None:
            assert not isinstance(result, Failure), f"{name}: {result}"
            assert "inspectors said" in result.text or "improved" in result.text, name
        else:
            assert isinstance(result, Failure), f"{name}: gave a record"
            assert expected in result.reason.lower(), f"{name}: {result.reason}"
            assert "\n" not in result.reason and "Traceback" not in result.reason, name
    assert not results, f"results for inputs nobody made: {list(results)}"
    assert took < SECONDS_PER_CASE * len(made), f"{took:.0f} s for {len(made)} cases"
    grew = _peak_mib() - before
    assert grew < EXTRA_MEMORY_MIB, f"peak RSS grew {grew:.0f} MiB"
    print(f"\nhostile suite: {len(made)} cases in {took:.1f} s, peak RSS growth {grew:.0f} MiB")


@pytest.mark.parametrize(
    "command",
    [["extract"], ["extract", "--jobs", "2"], ["graph", "--no-cache", "--records"]],
    ids=["extract", "extract --jobs 2", "graph"],
)
def test_the_command_line_writes_every_good_record_and_one_escaped_line_per_failure(
    command, hostile, tmp_path, monkeypatch
) -> None:
    folder, made = hostile
    for key, value in LIMITS.items():
        monkeypatch.setenv(key, value)
    missing = tmp_path / "gone\n.txt"
    out = tmp_path / "out.jsonl"
    if command[0] == "graph":  # the graph, and beside it the records it was built from
        args = [
            "graph",
            str(folder),
            str(missing),
            "-o",
            str(tmp_path / "graph.json"),
            *command[1:],
            str(out),
        ]
    else:
        args = [*command, str(folder), str(missing), "-o", str(out)]
    killed = tmp_path / f"{temp_name(out, 2**22 + 7)[0]}x.part"  # what a run killed long ago left
    killed.write_text('{"half": ')
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    written = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    good = [str(p) for p, expected in made.values() if expected is None]
    assert sorted(written) == sorted(good)  # no record lost
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("reportmine: ")]
    lines = [ln for ln in lines if not ln.startswith(("reportmine: wrote", "reportmine: graph of"))]
    bad = [p for p, expected in made.values() if expected is not None] + [missing]
    assert len(lines) == len(bad), lines
    for path in bad:
        assert sum(ln.startswith(f"reportmine: {escape(str(path))}: ") for ln in lines) == 1, path
    assert all("\x1b" not in ln and "\x07" not in ln for ln in result.stderr.splitlines())
    assert not leftover_parts(tmp_path) and not list(tmp_path.glob(".*.part"))


def test_a_missing_path_fails_alone_and_the_rest_are_written(tmp_path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(GOOD)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.pdf"), str(good), "-o", str(out)])
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in out.read_text().splitlines()] == [str(good)]
    assert "nope.pdf: cannot read file: No such file or directory" in result.stderr


def test_a_slow_document_fails_on_its_time_budget_and_the_run_goes_on(tmp_path, nlp) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "slow.txt", tmp_path / "b.txt"]
    paths[0].write_text(GOOD)
    paths[2].write_text(GOOD.replace("Kent", "Essex"))
    paths[1].write_text(SLOW)
    started = time.monotonic()
    results = list(iter_documents(paths, nlp=nlp, limits=Limits(timeout=3)))
    assert time.monotonic() - started < 60  # the budget stops a document when it next returns to Python
    assert [isinstance(r, Failure) for r in results] == [False, True, False], results
    assert "time budget of 3 s" in results[1].reason and results[1].source == str(paths[1])


def _stubborn(source: str) -> None:
    """Code that swallows the first budget error it gets (as a library's broad except, or Python in a
    garbage-collector callback, does) and goes on spinning."""
    with time_budget(0.3, source):
        try:
            while True:
                pass
        except OverBudget:
            pass
        while True:
            pass


def test_the_time_budget_holds_in_the_main_thread_even_when_its_first_error_is_swallowed() -> None:
    with pytest.raises(OverBudget, match="stubborn.pdf: took longer than the time budget of 0.3 s"):
        _stubborn("stubborn.pdf")
    time.sleep(0.6)  # and nothing is raised once the budget is over


def test_the_time_budget_holds_outside_the_main_thread_and_ends_with_its_code() -> None:
    outcome: dict[str, object] = {}

    def work() -> None:  # as a Dask worker's task or a caller's thread pool runs a document
        try:
            _stubborn("spin.pdf")
        except OverBudget as exc:
            outcome["failed"] = (exc.source, exc.reason)
        with time_budget(0.2, "quick.pdf"):
            pass
        time.sleep(0.6)  # past the second budget: nothing is raised once its code is done
        outcome["went on"] = True

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert outcome == {
        "failed": ("spin.pdf", "took longer than the time budget of 0.3 s per document; skipped"),
        "went on": True,
    }


def test_the_time_budget_holds_outside_the_main_thread_when_its_first_error_is_swallowed() -> None:
    outcome: dict[str, object] = {"swallowed": 0}

    def step() -> None:  # code that ignores what is raised in it once (as a garbage-collector callback does)
        try:
            time.sleep(0.05)
        except OverBudget:
            if outcome["swallowed"]:
                raise
            outcome["swallowed"] = 1

    def work() -> None:
        try:
            with time_budget(0.1, "spin.pdf"):
                for _ in range(200):  # ten seconds of steps
                    step()
        except OverBudget as exc:
            outcome["failed"] = exc.source

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert outcome == {"swallowed": 1, "failed": "spin.pdf"}


def test_named_pipe_given_directly_does_not_hang(tmp_path) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["extract", str(pipe), "/dev/null"])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert (
        "pipe.pdf: is a named pipe" in result.stderr and "/dev/null: is a character device" in result.stderr
    )


def test_a_killed_run_leaves_a_part_file_that_the_next_run_removes(tmp_path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(12):
        (docs / f"n{i:02}.txt").write_text(GOOD.replace("Kent", f"Area {i}"))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "reportmine.cli", *f"extract {docs} -o {out} --batch-size 1".split()]
    run = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    parts: list[Path] = []
    while time.monotonic() < deadline and run.poll() is None:
        parts = [p for p in tmp_path.glob(f"{temp_name(out, run.pid)[0]}*.part") if p.stat().st_size]
        if parts:
            break
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert parts, "the run never started writing"
    assert not out.exists() and leftover_parts(tmp_path) == parts  # a half-written file, but hidden
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == 12
    assert not list(tmp_path.glob(".*.part"))
