"""Long and hostile documents, each extracted by a fresh ``reportmine extract`` process: wall time and peak RSS.

* a generated N-page report (default 1,500, about 2,000 characters a page) against a report of its
  first 50 pages alone: the per-page results must be the same, and peak RSS under 1.5 GB;
* optionally reports of other lengths (``--sizes 100,500``): peak RSS against page count;
* optionally the same report as one plain text and one web page (``--page-pages 1000``: over a
  million characters), each against its first 50 pages alone;
* a 1 MB PDF whose one stream inflates to 1 GiB (refused by the inflated-size bound);
* optionally a 200 MB text (``--text-mb 200``), refused by the character bound or read in pieces.

Run from the repository root with the project and its test extra installed::

    python benchmarks/long_document.py [--pages 1500] [--sizes 100,500] [--piece-chars N] [--text-mb 0]
        [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import flate_bomb_pdf  # noqa: E402
from long_report import first_pages, long_page, long_report  # noqa: E402


def run_extract(path: Path, out: Path, env: dict[str, str]) -> dict:
    """One ``reportmine extract`` in a process of its own: exit code, wall seconds, peak RSS (MiB), stderr."""
    command = [sys.executable, "-m", "reportmine.cli", "extract", str(path), "-o", str(out), "--timeout", "0"]
    started = time.monotonic()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, env={**os.environ, **env})
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode() if proc.stderr else ""
    return {
        "exit": os.waitstatus_to_exitcode(status),
        "seconds": round(time.monotonic() - started, 1),
        "peak_rss_mib": round(usage.ru_maxrss / 1024),
        "stderr": err.strip().splitlines()[-3:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument(
        "--sizes", default="", help="also reports of these page counts, for RSS against pages"
    )
    parser.add_argument(
        "--page-pages", type=int, default=0, help="also a .txt and an .html of this many pages"
    )
    parser.add_argument("--piece-chars", type=int, default=0, help="REPORTMINE_PIECE_CHARS (0: the default)")
    parser.add_argument("--text-mb", type=int, default=0, help="also a text of this many MB (0: none)")
    parser.add_argument("--no-bomb", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="a folder to keep the generated inputs in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="reportmine-long-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = {"REPORTMINE_PIECE_CHARS": str(args.piece_chars)} if args.piece_chars else {}
    figures: dict = {}

    whole, opening = folder / f"report-{args.pages}.pdf", folder / "report-50.pdf"
    for path, pages in ((whole, args.pages), (opening, 50)):
        if not path.exists():
            started = time.monotonic()
            long_report(path, pages, dense=True)
            print(
                f"generated {path.name}: {path.stat().st_size / 1e6:.1f} MB in {time.monotonic() - started:.0f} s"
            )
    records = {}
    for name, path in (("opening", opening), ("whole", whole)):
        out = folder / f"{name}.jsonl"
        figures[f"{name} ({path.name})"] = run_extract(path, out, env)
        records[name] = json.loads(out.read_text()) if out.exists() and out.stat().st_size else None
        print(name, figures[f"{name} ({path.name})"], flush=True)
    if records["whole"] and records["opening"]:
        long, alone = first_pages(records["whole"], 50), first_pages(records["opening"], 50)
        figures["first 50 pages identical"] = long == alone
        figures["differing fields"] = [k for k in alone if long[k] != alone[k]]
        figures["whole report"] = {
            "pages": records["whole"]["pages"],
            "characters": len(records["whole"]["text"]),
            **{
                k: len(records["whole"][k])
                for k in ("findings", "concerns", "recommendations", "people", "dates")
            },
        }
    for suffix in (".txt", ".html") if args.page_pages else ():
        runs = {}
        for pages in (args.page_pages, 50):
            path = long_page(folder / f"page-{pages}{suffix}", pages)
            runs[pages] = run_extract(path, folder / f"page-{pages}{suffix}.jsonl", env)
            out = folder / f"page-{pages}{suffix}.jsonl"
            runs[pages]["characters"] = len(json.loads(out.read_text())["text"]) if out.stat().st_size else 0
            print(path.name, runs[pages], flush=True)
        long, alone = (json.loads((folder / f"page-{n}{suffix}.jsonl").read_text()) for n in runs)
        figures[f"{args.page_pages}-page {suffix}"] = {
            **runs[args.page_pages],
            "first 50 pages identical": first_pages(long, 50) == first_pages(alone, 50),
            "findings": len(long["findings"]),
        }
    for pages in (int(n) for n in args.sizes.split(",") if n):
        path = folder / f"report-{pages}.pdf"
        if not path.exists():
            long_report(path, pages, dense=True)
        figures[f"{pages} pages"] = {
            k: v for k, v in run_extract(path, folder / f"{pages}.jsonl", env).items() if k != "stderr"
        }
        print(f"{pages} pages", figures[f"{pages} pages"], flush=True)
    if not args.no_bomb:
        bomb = folder / "bomb.pdf"
        if not bomb.exists():
            flate_bomb_pdf(bomb, 1 << 30)
        figures[f"flate bomb ({bomb.stat().st_size / 1e6:.1f} MB PDF, 1 GiB stream)"] = run_extract(
            bomb, folder / "bomb.jsonl", env
        )
    if args.text_mb:
        text = folder / f"text-{args.text_mb}mb.txt"
        if not text.exists():
            line = "We found that the force had improved how it answers emergency calls in the district.\n\n"
            with text.open("w") as fh:
                for _ in range(args.text_mb * 1_000_000 // len(line)):
                    fh.write(line)
        figures[f"{args.text_mb} MB text"] = run_extract(text, folder / "text.jsonl", env)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
