"""reportmine.dask: a LocalCluster of two workers gives the records of one process, even when a worker dies."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from hostile import SLOW, cases

distributed = pytest.importorskip("distributed")

from reportmine.dask import connect, extract, to_bag, to_parquet  # noqa: E402
from reportmine.errors import escape  # noqa: E402
from reportmine.extraction import Failure, iter_documents  # noqa: E402
from reportmine.io.writers import dumps_jsonl, leftover_parts, temp_name  # noqa: E402
from reportmine.limits import Limits  # noqa: E402

FORCES = ["Kent Police", "Fenmarsh Constabulary", "Wessex Vale Police", "Northmoor Police"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """Sixteen short documents of our own, and one that is not a document at all."""
    folder = tmp_path_factory.mktemp("docs")
    paths = []
    for i in range(16):
        force = FORCES[i % len(FORCES)]
        path = folder / f"doc{i:02d}.txt"
        path.write_text(
            f"{force} must improve how it records crime, inspectors said on {i + 1} March 2021.\n\n"
            f"The force agreed with recommendation {i + 1} and said it would act by June 2022.",
            encoding="utf-8",
        )
        paths.append(path)
    bad = folder / "empty.txt"
    bad.write_bytes(b"")
    paths.insert(5, bad)
    return paths


@pytest.fixture(scope="module")
def serial(corpus) -> str:
    results = list(iter_documents(corpus, batch_size=2))
    return dumps_jsonl(r.to_dict() for r in results if not isinstance(r, Failure))


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as client:
        client.wait_for_workers(2, timeout=120)
        yield client


def test_two_workers_give_the_records_of_one_process(corpus, serial, client) -> None:
    results = list(extract(corpus, client, batch_size=2))
    assert [getattr(r, "source", None) for r in results] == [str(p) for p in corpus]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.source for f in failures] == [str(corpus[5])]
    assert dumps_jsonl(r.to_dict() for r in results if not isinstance(r, Failure)) == serial


def test_a_bag_holds_the_records_of_one_process_and_makes_a_dataframe(corpus, serial, client) -> None:
    from reportmine.model import Document

    bag = to_bag(corpus, client, batch_size=3)
    assert bag.npartitions == 6  # 17 files, three a batch
    results = bag.compute()
    assert [r.source for r in results] == [str(p) for p in corpus]
    assert [r.source for r in results if isinstance(r, Failure)] == [str(corpus[5])]
    assert dumps_jsonl(r.to_dict() for r in results if not isinstance(r, Failure)) == serial
    records = bag.filter(lambda r: isinstance(r, Document)).map(Document.to_dict)
    frame = records.to_dataframe().compute()
    expected = [json.loads(line) for line in serial.splitlines()]
    assert list(frame["id"]) == [r["id"] for r in expected]
    assert [len(recs) for recs in frame["recommendations"]] == [len(r["recommendations"]) for r in expected]


def test_parquet_folder_holds_every_record_once_in_input_order(corpus, serial, client, tmp_path) -> None:
    import pandas as pd

    out = tmp_path / "records"
    results = list(to_parquet(corpus, client, out, batch_size=3))
    assert sum(r for r in results if isinstance(r, int)) == 16
    table = pd.read_parquet(out)
    expected = [json.loads(line) for line in serial.splitlines()]
    assert list(table["id"]) == [r["id"] for r in expected]
    assert list(table["source"]) == [r["source"] for r in expected]


def test_command_line_runs_on_a_scheduler_and_writes_a_parquet_folder(
    corpus, serial, client, tmp_path
) -> None:
    import pandas as pd
    from click.testing import CliRunner

    from reportmine.cli import main

    address = client.scheduler.address
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", *map(str, corpus), "-o", str(out), "--dask", address])
    assert result.exit_code == 1  # the empty file failed, and said so
    assert f"{corpus[5]}: empty file" in result.stderr
    assert out.read_text(encoding="utf-8") == serial
    folder = tmp_path / "parts"
    result = CliRunner().invoke(main, ["extract", *map(str, corpus), "-o", f"{folder}/", "--dask", address])
    assert "wrote 16 record(s)" in result.stderr
    assert list(pd.read_parquet(folder)["source"]) == [str(p) for p in corpus if p != corpus[5]]


def test_a_worker_killed_mid_run_loses_no_document_and_repeats_none(corpus, serial, client) -> None:
    stream = extract(corpus * 2, client, batch_size=1, window=6)
    results = [next(stream)]  # the batches are out on both workers now
    deadline = time.monotonic() + 30
    busy: dict = {}
    while time.monotonic() < deadline and not busy:
        busy = {w: tasks for w, tasks in client.processing().items() if tasks}
    assert busy, "no worker was busy: nothing to kill"
    victim = next(iter(busy))
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    results.extend(stream)
    assert [getattr(r, "source", None) for r in results] == [str(p) for p in corpus * 2]
    assert not [r for r in results if isinstance(r, Failure) and r.source != str(corpus[5])]
    assert dumps_jsonl(r.to_dict() for r in results if not isinstance(r, Failure)) == serial * 2


def test_the_time_budget_holds_on_the_workers(corpus, serial, client, tmp_path) -> None:
    from click.testing import CliRunner

    from reportmine.cli import main

    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW)
    paths = [corpus[0], slow, corpus[1]]
    started = time.monotonic()
    results = list(extract(paths, client, batch_size=2, limits=Limits(timeout=3)))
    assert time.monotonic() - started < 60
    assert [isinstance(r, Failure) for r in results] == [False, True, False], results
    assert results[1].source == str(slow) and "time budget of 3 s" in results[1].reason
    assert dumps_jsonl(r.to_dict() for r in results if not isinstance(r, Failure)) == "".join(
        serial.splitlines(keepends=True)[:2]
    )
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    run = CliRunner().invoke(
        main, ["extract", *map(str, paths), "-o", str(out), "--dask", address, "--timeout", "3"]
    )
    assert run.exit_code == 1 and f"{slow}: took longer than the time budget of 3 s" in run.stderr
    assert len(out.read_text().splitlines()) == 2


#: the hostile cases of issue 13 that reach the workers (the bomb and the page bound have their own tests)
HOSTILE = [
    "good text",
    "pdf with junk before its header",
    "html mentioning %PDF-",
    "odd name",
    "named pipe",
    "symlink loop",
    "odd name, bad content",
    "empty",
]


def test_hostile_inputs_on_the_workers_cost_only_themselves(client, tmp_path) -> None:
    from click.testing import CliRunner

    from reportmine.cli import main

    folder = tmp_path / "docs"
    folder.mkdir()
    every = cases()
    made = {name: (every[name][0](folder), every[name][1]) for name in HOSTILE}
    missing = tmp_path / "gone\x1b[2J.pdf"
    out = tmp_path / "out.jsonl"
    (tmp_path / f"{temp_name(out, 2**22 + 7)[0]}x.part").write_text('{"half": ')  # a killed run's
    run = CliRunner().invoke(
        main, ["extract", str(folder), str(missing), "-o", str(out), "--dask", client.scheduler.address]
    )
    assert run.exit_code == 1, run.output
    good = sorted(str(p) for p, expected in made.values() if expected is None)
    assert sorted(json.loads(x)["source"] for x in out.read_text().splitlines()) == good
    lines = [ln for ln in run.stderr.splitlines() if not ln.startswith("reportmine: wrote")]
    bad = [p for p, expected in made.values() if expected is not None] + [missing]
    assert len(lines) == len(bad), lines
    for path in bad:
        assert sum(ln.startswith(f"reportmine: {escape(str(path))}: ") for ln in lines) == 1, path
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    assert not leftover_parts(tmp_path) and not list(tmp_path.glob(".*.part"))


def _worker_settings() -> tuple[str | None, str | None, bool]:
    import dask.config

    return (
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        os.environ.get("OMP_NUM_THREADS"),
        dask.config.get("distributed.worker.profile.enabled"),
    )


def test_local_workers_run_without_the_profiler_and_with_glibcs_adaptive_memory(client) -> None:
    # a trim threshold in the environment makes every large array a fresh mmap (7 s of system time per
    # worker over 100 documents); the sampling profiler stops the task every 10 ms
    assert set(client.run(_worker_settings).values()) == {(None, "1", False)}
