"""The hostile cases of issue 13 through every front end, on a fresh folder (not run in CI).

One folder of every case of tests/hostile.py (a named pipe, a socket, a 1 GiB flate bomb, PDFs
and pages that sniffing must get right, names with newlines and escape sequences, ...), a path
that does not exist given among them, and a ``.part`` file that a killed run left in the output
folder. Each front end gets them all, in a process of its own:

* ``extract`` serial, ``--jobs 2`` and ``--dask local:2``;
* ``graph``;
* the library: ``reportmine.extract`` on each path, and ``reportmine.iter_documents`` on them all.

For each: exit code, wall time, peak RSS, records written (lost ones named), one escaped line per
failing input (no raw control character, no traceback), and no ``.part`` file left.

    python tools/hostile_matrix.py [--bomb-mib 1024] [--only extract,graph,...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import cases  # noqa: E402

from reportmine.errors import escape  # noqa: E402
from reportmine.io.writers import temp_name  # noqa: E402

#: a library run in a process of its own: every path's outcome as one JSON line
LIBRARY = """
import json, sys
import reportmine
paths = sys.argv[1:]
for p in paths:
    try:
        print(json.dumps({"path": p, "record": reportmine.extract(p).source}))
    except reportmine.DocumentError as exc:
        print(json.dumps({"path": p, "error": str(exc)}))
for r in reportmine.iter_documents(paths):
    print(json.dumps({"iter": r.source, "ok": not isinstance(r, reportmine.Failure),
                      "line": "" if not isinstance(r, reportmine.Failure) else r.reason}))
"""


def run(command: list[str], folder: Path) -> dict:
    """Exit code, wall seconds, peak RSS (MiB, the largest process of its tree), stdout and stderr."""
    started = time.monotonic()
    with open(folder / "stdout", "w+") as out, open(folder / "stderr", "w+") as err:
        proc = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0), err.seek(0)
        return {
            "exit": os.waitstatus_to_exitcode(status),
            "seconds": round(time.monotonic() - started, 1),
            "peak_rss_mib": round(usage.ru_maxrss / 1024),
            "stdout": out.read(),
            "stderr": err.read(),
        }


def check_lines(stderr: str, bad: list[str]) -> list[str]:
    """What is wrong with the error lines: a failing input without exactly one escaped line, raw controls."""
    problems = []
    lines = [ln for ln in stderr.splitlines() if ln.startswith("reportmine: ")]
    for path in bad:
        count = sum(ln.startswith(f"reportmine: {escape(path)}: ") for ln in lines)
        if count != 1:
            problems.append(f"{escape(path)}: {count} lines")
    if any(c in stderr for c in "\x1b\x07"):
        problems.append("a raw control character reached the terminal")
    if "Traceback" in stderr:
        problems.append("a traceback")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bomb-mib", type=int, default=1024, help="how far the flate bomb inflates")
    parser.add_argument("--only", default="extract,jobs,dask,graph,library")
    parser.add_argument("--keep", type=Path, default=None, help="a folder to keep the inputs and outputs in")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="reportmine-matrix-"))
    docs, out = root / "docs", root / "out"
    shutil.rmtree(root, ignore_errors=True)
    docs.mkdir(parents=True)
    out.mkdir()
    made = {name: (make(docs), expected) for name, (make, expected) in cases(args.bomb_mib << 20).items()}
    missing = str(docs.parent / "missing\x1b[2J.pdf")
    good = sorted(str(p) for p, expected in made.values() if expected is None)
    bad = [str(p) for p, expected in made.values() if expected is not None] + [missing]
    cli = [sys.executable, "-m", "reportmine.cli"]
    figures: dict = {"cases": len(made) + 1, "good": len(good), "failing": len(bad)}

    def leftover(target: Path) -> Path:
        """A .part file as a run killed while writing ``target`` leaves it (its process long gone)."""
        prefix, suffix = temp_name(target, pid=2**22 + 7)
        part = out / f"{prefix}dead{suffix}"
        part.write_text('{"half": ')
        return part

    for front in args.only.split(","):
        target = out / (f"{front}.json" if front == "graph" else f"{front}.jsonl")
        part = leftover(target) if front != "library" else None  # the library writes no file
        if front == "library":
            result = run([sys.executable, "-c", LIBRARY, *good, *bad], root)
            lines = [json.loads(x) for x in result["stdout"].splitlines()]
            direct = {x["path"]: x for x in lines if "path" in x}
            written = sorted(p for p, x in direct.items() if "record" in x)
            stream = [x for x in lines if "iter" in x]
            problems = [
                f"{escape(p)}: {x['error']!r}" for p, x in direct.items() if "\n" in x.get("error", "")
            ]
            problems += [
                f"iter_documents lost {escape(x['iter'])}"
                for x in stream
                if x["iter"] in good and not x["ok"]
            ]
            problems += [f"{escape(p)}: a record" for p in bad if "record" in direct.get(p, {})]
            if len(stream) != len(good) + len(bad):
                problems.append(
                    f"iter_documents gave {len(stream)} results for {len(good) + len(bad)} inputs"
                )
            result["exit"] = None
        else:
            extra = {"jobs": ["--jobs", "2"], "dask": ["--dask", "local:2"]}.get(front, [])
            command = "graph" if front == "graph" else "extract"
            records = out / "graph-records.jsonl" if front == "graph" else target
            extra += ["--no-cache", "--records", str(records)] if front == "graph" else []
            result = run([*cli, command, str(docs), missing, "-o", str(target), *extra], root)
            lines = records.read_text().splitlines() if records.exists() else []
            written = sorted(json.loads(x)["source"] for x in lines)
            problems = check_lines(result["stderr"], bad)
        lost = sorted(set(good) - set(written))
        figures[front] = {
            "exit": result["exit"],
            "seconds": result["seconds"],
            "peak_rss_mib": result["peak_rss_mib"],
            "records": len(written),
            "lost": [escape(p) for p in lost],
            "problems": problems,
            "part files left": [p.name for p in out.glob(".*.part")],
            "planted part removed": None if part is None else not part.exists(),
        }
        print(front, json.dumps(figures[front]), flush=True)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
