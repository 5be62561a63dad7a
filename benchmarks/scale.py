"""Speed and scale side by side in one run: PDF readers, extraction against the bare model, processes,
Dask, memory by corpus size, and a cold run against a resumed one.

    python benchmarks/scale.py [--documents 1000] [--sizes 100,1000] [--reader-docs 4] [--nlp-docs 40]
                               [--corpus-dir DIR] [--no-dask] [--big-jobs 2]

Generates (once, deterministically; kept in --corpus-dir when given) a corpus of ``--documents``
documents: one report PDF of 10 to 80 pages (running heads and folios, headings, justified
paragraphs, bullets, note markers and footnotes, a ruled table every fifth page) to three news
pages. Then prints:

1. PDF reading, CPU time in this process over the first ``--reader-docs`` reports: reportmine's
   reader, pypdfium2's plain text, and pdfplumber's ``extract_text``, in pages/s (each in turn, five
   rounds, the median).
2. Words/s of extraction (``iter_documents``: parsing, the model, reportmine's components, the
   records) against the bare model's ``nlp.pipe`` over the same extracted text, first
   ``--nlp-docs`` documents, CPU time in this process: the two in turn, three rounds, the median
   ratio of a round.
3. ``reportmine extract`` as a user runs it, each run a fresh process timed from outside: wall and
   CPU seconds (all processes), peak RSS of the largest process and the load average when it ended,
   for each corpus size of ``--sizes`` (one process, with --resume, then the same command again: the
   resumed run), and at the smallest size ``--jobs 2`` and ``--dask local:2``. ``--big-jobs N`` runs
   the cold run of the largest size with ``--jobs N`` (a 1,000-document run in one process is about
   half an hour of one core).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_throughput import make_press_page  # noqa: E402  (the one news page generator)
from pdf_throughput import make_report  # noqa: E402  (the one report generator)


def report_pages(index: int) -> int:
    """10 to 80 pages, spread evenly and deterministically."""
    return 10 + (index * 37) % 71


def build_corpus(folder: Path, size: int) -> list[Path]:
    """``size`` documents in input order: a report PDF, then three news pages, repeated (made once)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(size):
        if i % 4 == 0:
            path = folder / f"doc{i:05d}.pdf"
            if not path.exists():
                make_report(path, report_pages(i // 4))
        else:
            path = folder / f"doc{i:05d}.html"
            if not path.exists():
                make_press_page(path, i)
        paths.append(path)
    return paths


def readers(pdfs: list[Path]) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from reportmine.parsers.pdf import parse_pdf

    datas = [p.read_bytes() for p in pdfs]
    pages = sum(len(pdfium.PdfDocument(d)) for d in datas)

    def ours() -> None:
        for d in datas:
            parse_pdf(d)

    def plain() -> None:
        for d in datas:
            pdf = pdfium.PdfDocument(d)
            for page in pdf:
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
            pdf.close()

    def plumber() -> None:
        for d in datas:
            with pdfplumber.open(io.BytesIO(d)) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    readers = (("reportmine", ours), ("pypdfium2", plain), ("pdfplumber", plumber))
    rounds = [{name: _cpu(fn) for name, fn in readers} for _ in range(5)]  # in turn, five times
    times = {name: statistics.median(r[name] for r in rounds) for name, _ in readers}
    print(
        f"\n1. PDF reading: {len(pdfs)} reports, {pages} pages (CPU time, this process, median of 5 rounds)"
    )
    for name, seconds in times.items():
        print(f"   {name:28s} {pages / seconds:8.1f} pages/s")
    print(f"   reportmine / pdfplumber's extract_text: {times['pdfplumber'] / times['reportmine']:.1f}x")
    print(f"   load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def words(paths: list[Path]) -> None:
    import spacy

    from reportmine import get_pipeline, iter_documents, parse
    from reportmine.nlp.pipeline import resolve_model

    nlp, bare = get_pipeline(), spacy.load(resolve_model())
    texts = [parse(p).text for p in paths]
    count = sum(len(t.split()) for t in texts)
    list(bare.pipe(texts[:2]))  # warm both
    list(iter_documents(paths[:2], nlp=nlp))
    rounds = [  # in turn, three times: a burst on the shared machine then lands on one round, not one side
        (
            _cpu(lambda: [r.to_dict() for r in iter_documents(paths, nlp=nlp)]),
            _cpu(lambda: list(bare.pipe(texts, batch_size=4))),
        )
        for _ in range(3)
    ]
    extraction = statistics.median(e for e, _ in rounds)
    model = statistics.median(m for _, m in rounds)
    ratios = ", ".join(f"{m / e:.3f}" for e, m in rounds)
    print(
        f"\n2. Extraction against the bare model: {len(paths)} documents, {count} words (CPU time, 3 rounds)"
    )
    print(f"   reportmine extraction (parse, model, components, records) {count / extraction:8.0f} words/s")
    print(f"   bare nlp.pipe of {resolve_model()} over the same text      {count / model:8.0f} words/s")
    print(
        f"   ratio (target at least 0.8): {statistics.median(m / e for e, m in rounds):.3f} (rounds: {ratios})"
    )
    print(f"   load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def _cpu(fn) -> float:
    """CPU seconds of ``fn()``, started on a collected heap: what one reader leaves for the cyclic garbage
    collector (pdfplumber leaves some 400,000 objects per run) is not charged to the next."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def runs(paths: list[Path], sizes: list[int], dask: bool, work: Path, big_jobs: int = 1) -> None:
    print(
        "\n3. `reportmine extract` runs, each a fresh process (wall s, CPU s of all processes, peak RSS MiB"
        " of the largest process, load average at the end)"
    )
    print(
        f"   {'documents':>9} {'run':28s} {'wall s':>8} {'CPU s':>8} {'docs/s':>7} {'peak RSS':>8} {'load':>5}"
    )
    for n in sizes:
        listing = [str(p) for p in paths[:n]]
        out = work / f"records-{n}.jsonl"
        jobs = big_jobs if n == sizes[-1] and len(sizes) > 1 else 1
        cold = ("one process, cold (--resume)", ["--resume"])
        if jobs > 1:
            cold = (f"--jobs {jobs}, cold (--resume)", ["--resume", "--jobs", str(jobs)])
        for label, extra in (cold, ("same again: resumed", ["--resume"])):
            _row(n, label, listing, out, extra)
        if n == sizes[0]:
            _row(n, "--jobs 2", listing, work / f"jobs2-{n}.jsonl", ["--jobs", "2"])
            if dask:
                _row(n, "--dask local:2", listing, work / f"dask-{n}.jsonl", ["--dask", "local:2"])
            first = (work / f"records-{n}.jsonl").read_bytes()
            for other in ("jobs2", "dask"):
                path = work / f"{other}-{n}.jsonl"
                if path.exists():
                    print(
                        f"   {'':9} records of {other} identical to one process: {path.read_bytes() == first}"
                    )


def _row(n: int, label: str, listing: list[str], out: Path, extra: list[str]) -> None:
    cmd = [sys.executable, "-m", "reportmine.cli", "extract", *listing, "-o", str(out), *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--measure", json.dumps(cmd)],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = json.loads((out.parent / ".peak").read_text())
    load = os.getloadavg()[0]
    print(
        f"   {n:9d} {label:28s} {wall:8.1f} {cpu:8.1f} {n / wall:7.2f} {peak / 1024:8.0f} {load:5.1f}",
        flush=True,
    )


def _measure(cmd: list[str], where: Path) -> None:
    """Run one command as this process's only child; write the largest RSS among it and its descendants."""
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (where / ".peak").write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--sizes", default="100,1000", help="corpus sizes for the command-line runs")
    ap.add_argument("--reader-docs", type=int, default=4, help="report PDFs for the PDF reader comparison")
    ap.add_argument(
        "--nlp-docs", type=int, default=40, help="documents for extraction against the bare model"
    )
    ap.add_argument("--corpus-dir", type=Path, help="keep the generated corpus here (reused when present)")
    ap.add_argument("--no-dask", action="store_true", help="leave out the --dask local:2 run")
    ap.add_argument(
        "--big-jobs", type=int, default=1, help="worker processes for the cold run of the largest size"
    )
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        cmd = json.loads(args.measure)
        return _measure(cmd, Path(cmd[cmd.index("-o") + 1]).parent)
    sizes = sorted(int(n) for n in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus_dir or Path(tmp) / "corpus"
        start = time.perf_counter()
        paths = build_corpus(folder, max(args.documents, sizes[-1]))
        pdfs = [p for p in paths if p.suffix == ".pdf"]
        pages = sum(report_pages(i) for i in range(len(pdfs)))
        print(
            f"corpus: {len(paths)} documents ({len(pdfs)} report PDFs, {pages} pages; "
            f"{len(paths) - len(pdfs)} news pages) in {folder} ({time.perf_counter() - start:.0f} s)"
        )
        print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        readers(pdfs[: args.reader_docs])
        words(paths[: args.nlp_docs])
        runs(paths, sizes, not args.no_dask, Path(tmp), args.big_jobs)
        print(f"machine load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
