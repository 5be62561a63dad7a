"""Extraction throughput and memory: documents and pages per second, parse/NLP split, peak RSS per corpus size.

    python benchmarks/extract_throughput.py [--sizes 50,100,200] [--jobs 1,2] [--corpus DIR]

Builds, deterministically and in a temporary folder, a corpus of the largest size
asked for: multi-page report PDFs (the generator of benchmarks/pdf_throughput.py,
2 to 8 pages) and news pages about inspections, two PDFs to one page. Each size
takes the first N documents. Every (size, jobs) pair runs in a fresh process, so its
peak RSS is its own; a flat peak across sizes shows that memory does not grow with
the corpus. With --corpus, a folder of real documents is measured instead.
The parse/NLP split is the CPU time of a parse-only pass over the same files against
the whole run's (single-process runs only). Pages count PDF pages.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_throughput import make_report  # noqa: E402  (the one report generator)

FORCES = [
    "Kent Police",
    "Cumbria Constabulary",
    "Durham Constabulary",
    "Avon and Somerset Police",
    "Essex Police",
    "Lancashire Constabulary",
    "Gwent Police",
    "Thames Valley Police",
    "Norfolk Constabulary",
    "Dorset Police",
]
PEOPLE = [
    ("Chief Constable", "Helen Marsh"),
    ("Assistant Chief Constable", "Daniel Okafor"),
    ("HM Inspector of Constabulary", "Rachel Dunmore"),
    ("Police and Crime Commissioner", "Peter Lowry"),
]
MONTHS = "January February March April May June July August September October November December".split()
PARAGRAPHS = [
    "{force} must improve the way it protects vulnerable children, according to a report published on {day} {month} {year}.",
    "Inspectors from HM Inspectorate of Constabulary and Fire and Rescue Services visited the force in {prev} and "
    "examined more than {cases} cases involving children at risk of harm.",
    "\u201cWe found that too many children were left in situations of risk for too long,\u201d said {title2} {name2}. "
    "\u201cThe force has committed officers, but its leaders need to make sure that risk is assessed at the first contact.\u201d",
    "The report makes {recs} recommendations, including that the force should review how it shares information with "
    "children's social care within three months.",
    "{title1} {name1} said the force accepted the findings. \u201cWe have already started work on every recommendation "
    "and we will publish our progress by the end of {year},\u201d {surname1} said.",
    "Inspectors were pleased to find that officers in the control room identified vulnerable callers quickly, "
    "but they were concerned that supervisors did not always review investigations.",
    "The inspectorate will return to {force} next year to check on progress.",
]


def make_press_page(path: Path, index: int) -> Path:
    """Write a news page (site furniture around one article) that varies with ``index``."""
    force = FORCES[index % len(FORCES)]
    (title1, name1), (title2, name2) = PEOPLE[index % 2], PEOPLE[2 + index % 2]
    year = 2016 + index % 8
    fields = dict(
        force=force,
        title1=title1,
        name1=name1,
        surname1=name1.split()[-1],
        title2=title2,
        name2=name2,
        day=1 + index % 28,
        month=MONTHS[index % 12],
        year=year,
        prev=MONTHS[(index + 5) % 12],
        cases=60 + index,
        recs=3 + index % 6,
    )
    body = "\n".join(f"<p>{escape(p.format(**fields), False)}</p>" for p in PARAGRAPHS * (1 + index % 3))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(force)} told to improve child protection</title>
<meta property="article:published_time" content="{year}-{MONTHS.index(fields["month"]) + 1:02d}-{fields["day"]:02d}T06:00:00Z"></head>
<body><div class="cookie-banner">We use cookies. <a href="/cookies">Accept</a></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{escape(force)} told to improve child protection</h1>
<p class="byline">By Sam Reporter, Crime Correspondent</p>
{body}
</article><aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Council tax to rise</a></li></ul></aside></main>
<footer><p>&copy; {year} The Daily Example</p></footer></body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def build_corpus(folder: Path, size: int) -> list[Path]:
    """``size`` documents in input order: two report PDFs (2 to 8 pages), then one news page, repeated."""
    paths = []
    for i in range(size):
        if i % 3 == 2:
            paths.append(make_press_page(folder / f"doc{i:04d}.html", i))
        else:
            paths.append(make_report(folder / f"doc{i:04d}.pdf", 2 + (i * 5) % 7))
    return paths


def measure(paths: list[Path], jobs: int, split: bool) -> dict:
    """One run in this process: throughput, CPU time and peak RSS (this process and its workers)."""
    from reportmine import get_pipeline, iter_documents, parse

    nlp = get_pipeline()
    loaded = _rss_kib()
    result: dict = {"documents": len(paths), "jobs": jobs, "rss_after_load_mib": loaded / 1024}
    if split:
        start = time.process_time()
        for p in paths:
            try:
                parse(p)
            except Exception:
                pass
        result["parse_cpu_s"] = time.process_time() - start
    cpu0, start = os.times(), time.perf_counter()
    pages = failures = 0
    for item in iter_documents(paths, nlp=nlp, jobs=jobs):
        if hasattr(item, "pages"):
            pages += item.pages or 0
        else:
            failures += 1
    wall = time.perf_counter() - start
    cpu = os.times()
    result.update(
        wall_s=wall,
        pages=pages,
        failures=failures,
        user_s=cpu.user - cpu0.user,
        system_s=cpu.system - cpu0.system,
        children_user_s=cpu.children_user - cpu0.children_user,
        peak_rss_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        workers_peak_rss_mib=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )
    return result


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)


def _child(args: argparse.Namespace) -> None:
    paths = [Path(p) for p in json.loads(Path(args.child).read_text())][: args.size]
    print(json.dumps(measure(paths, args.child_jobs, split=args.split)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,100,200", help="corpus sizes, comma-separated")
    ap.add_argument(
        "--jobs", default="1,2", help="values of iter_documents(jobs=...) to compare, comma-separated"
    )
    ap.add_argument(
        "--corpus", type=Path, help="measure this folder's documents instead of a generated corpus"
    )
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-jobs", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--split", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return _child(args)
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            from reportmine.io.inputs import discover

            paths = [Path(p) for p in discover([args.corpus])]
            sizes = [len(paths)]
        else:
            sizes = sorted(int(n) for n in args.sizes.split(","))
            start = time.perf_counter()
            paths = build_corpus(Path(tmp), sizes[-1])
            print(f"generated {len(paths)} documents in {time.perf_counter() - start:.1f} s", flush=True)
        listing = Path(tmp) / "paths.json"
        listing.write_text(json.dumps([str(p) for p in paths]))
        print(
            f"{'docs':>5} {'jobs':>4} {'wall s':>7} {'user s':>7} {'+workers':>8} {'docs/s':>7} {'pages/s':>7} "
            f"{'parse':>6} {'NLP':>6} {'loaded':>6} {'peak MiB':>8} {'workers':>7}"
        )
        for size in sizes:
            for j in jobs:
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        str(listing),
                        "--size",
                        str(size),
                        "--child-jobs",
                        str(j),
                    ]
                    + (["--split"] if j == 1 else []),
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                r = json.loads(out.splitlines()[-1])
                share = r["parse_cpu_s"] / (r["user_s"] + r["system_s"]) if "parse_cpu_s" in r else None
                split = f"{share:6.0%} {1 - share:6.0%}" if share is not None else f"{'':6} {'':6}"
                print(
                    f"{r['documents']:5d} {j:4d} {r['wall_s']:7.1f} {r['user_s']:7.1f} {r['children_user_s']:8.1f} "
                    f"{r['documents'] / r['wall_s']:7.2f} {r['pages'] / r['wall_s']:7.1f} {split} "
                    f"{r['rss_after_load_mib']:6.0f} {r['peak_rss_mib']:8.0f} {r['workers_peak_rss_mib']:7.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
