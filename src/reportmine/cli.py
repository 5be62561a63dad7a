"""``reportmine`` on the command line: a thin shell over the library functions."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any

import click

from .errors import escape
from .evaluation import FORMATS as REPORT_FORMATS
from .evaluation import check_floors, load_floors, render
from .evaluation import evaluate as run_evaluation
from .extraction import Failure, iter_documents
from .io.graphs import GRAPH_FORMATS, write_graph
from .io.inputs import discover
from .io.writers import FORMATS, write_records
from .limits import Limits
from .link.compare import COMPARE_FORMATS
from .model import Document


def report_failure(failure: Failure) -> None:
    """One line on standard error: the path and the reason."""
    click.echo(f"reportmine: {escape(failure.source)}: {escape(failure.reason)}", err=True)


def _progress(results: Iterable[Document | Failure | dict], total: int, label: str) -> Iterator[Any]:
    """Yield results as they come, drawing a progress bar on a terminal's standard error (nothing when piped)."""
    if not sys.stderr.isatty() or total < 2:
        yield from results
        return
    with click.progressbar(
        results,
        length=total,
        label=label,
        file=sys.stderr,
        show_pos=True,
        item_show_func=lambda r: r and escape((r["source"] if isinstance(r, dict) else r.source)[-40:]),
    ) as bar:
        yield from bar


class _Tally:
    """Counts failures while passing records through to a writer."""

    def __init__(self) -> None:
        self.failures = 0

    def records(self, results: Iterable[Document | Failure | dict]) -> Iterator[dict]:
        for result in results:
            if isinstance(result, dict):  # a record taken from an earlier run
                yield result
            elif isinstance(result, Failure):
                self.failures += 1
                report_failure(result)
            else:
                yield result.to_dict()

    def fail(self, failure: Failure) -> None:
        self.failures += 1
        report_failure(failure)


def _exit_on_term(signum: int, frame) -> None:
    """SIGTERM as an exception: the partial output file is removed and worker processes are stopped."""
    raise SystemExit(128 + signum)


class _Jobs(click.ParamType):
    """A positive number of processes, or 'auto' (one per CPU, given to iter_documents as 0)."""

    name = "N|auto"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int) or str(value).isdigit():
            if int(value) >= 1:
                return int(value)
        elif str(value).lower() == "auto":
            return 0
        self.fail(f"{value!r} is not a positive number of processes or 'auto'", param, ctx)


JOBS = _Jobs()


def load_nlp(pipeline: str | None):
    from .nlp.pipeline import get_pipeline

    return get_pipeline(pipeline)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportmine")
def main() -> None:
    """Turn police inspection reports, follow-ups and press coverage into data."""


#: a missing or unreadable path fails that input with one line; the others are still read
PATHS = click.Path()

TIMEOUT = click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds one document may take; past it the document fails and the run goes on "
    "(default: 600, or $REPORTMINE_TIMEOUT; 0: no limit).",
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for standard output.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the -o file ending, else jsonl).",
)
@click.option(
    "--pipeline",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A pipeline config file (default: pipelines/default.cfg).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 256),
    default=4,
    show_default=True,
    help="Documents per spaCy batch.",
)
@click.option(
    "-j",
    "--jobs",
    type=JOBS,
    default="1",
    show_default=True,
    help="Worker processes that parse and analyse documents (auto: one per CPU).",
)
@TIMEOUT
@click.option(
    "--resume",
    is_flag=True,
    help="Keep each record as it is made (beside OUT) and take from there the records of documents "
    "an earlier --resume run of this build finished (same path, same bytes); only the rest are extracted.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    default=None,
    help="Run on a Dask cluster: a scheduler's tcp://host:8786, or local:N for N worker processes here "
    "(needs reportmine[dask]). With -o ending in '/', the workers write a partitioned Parquet folder.",
)
def extract(
    paths: tuple[str, ...],
    output: str,
    fmt: str | None,
    pipeline: str | None,
    batch_size: int,
    jobs: int,
    timeout: float | None,
    resume: bool,
    dask_address: str | None,
) -> None:
    """Extract one record per document from PDF, HTML or text files (folders are walked)."""
    files = list(discover(paths))
    if not files:
        raise click.UsageError(
            "no documents found in the paths given (folders are searched for .pdf, .html, .htm and .txt files)"
        )
    folder = output.endswith("/")
    if resume and (output == "-" or folder):
        raise click.UsageError("--resume needs an output file (-o OUT): its records are kept beside it")
    if folder and not dask_address:
        raise click.UsageError("an output folder (-o OUT/) is written by a Dask cluster: add --dask ADDRESS")
    fmt = fmt or _format_from_name(output)
    tally = _Tally()
    cluster = _dask_client(dask_address) if dask_address else nullcontext()
    journal = _journal(output, pipeline) if resume else None
    stop_on_term = signal.signal(signal.SIGTERM, _exit_on_term)  # so that kill, like Ctrl-C, cleans up
    try:
        with cluster as client:
            if folder:
                written = _dask_parquet(files, client, output, tally, batch_size, pipeline)
            else:

                def run(todo: list) -> Iterator[Document | Failure]:
                    if client is not None:
                        from .dask import extract as on_cluster

                        return on_cluster(todo, client, batch_size=batch_size, pipeline=pipeline)
                    return iter_documents(
                        todo,
                        nlp=load_nlp(pipeline),
                        batch_size=batch_size,
                        jobs=jobs,
                        limits=_limits(timeout),
                    )

                results: Iterable[Any] = run(files) if journal is None else _resumed(files, journal, run)
                written = write_records(
                    tally.records(_progress(results, len(files), "Extracting")), output, fmt
                )
                if journal is not None:
                    journal.settle()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, stop_on_term)
        if journal is not None:
            journal.close()
    if output != "-":
        click.echo(
            f"reportmine: wrote {written} record(s) to {output}"
            + (f"; {tally.failures} failed" if tally.failures else ""),
            err=True,
        )
    sys.exit(1 if tally.failures else 0)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--docs",
    "docs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="A folder of the documents the gold files name (repeatable; default: ../docs beside the gold folder, then the gold folder).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="Report format (json is what CI reads).",
)
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A JSON file of minimum scores; exit 1 when one is not met.",
)
@click.option(
    "--baseline", is_flag=True, help="Also score the statistical model alone (its PERSON and DATE entities)."
)
@click.option("-v", "--verbose", is_flag=True, help="Add a table per document (text and markdown).")
@click.option("-o", "--output", default="-", show_default=True, help="Report file, or - for standard output.")
@click.option(
    "--pipeline",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A pipeline config file (default: pipelines/default.cfg).",
)
def evaluate(
    gold: tuple[str, ...],
    docs: tuple[str, ...],
    fmt: str,
    floors: str | None,
    baseline: bool,
    verbose: bool,
    output: str,
    pipeline: str | None,
) -> None:
    """Score extraction against gold files (or folders of *.gold.json): precision, recall, F1 per field.

    Exit status 1 when a floor is not met or a document named by a gold file
    was not found or failed to extract.
    """
    try:
        minimums = load_floors(floors) if floors else None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    result = run_evaluation(gold, docs=docs, pipeline=pipeline, baseline=baseline)
    if not result.documents:
        raise click.UsageError(
            "no document gold files found (a gold file is a JSON object naming its 'file'; folders are searched for *.gold.json)"
        )
    checks = check_floors(result.scores(), minimums) if minimums is not None else None
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(render(result, fmt, floors=checks, verbose=verbose))
    for doc in result.problems:
        click.echo(
            f"reportmine: {doc.path or doc.file}: {doc.status}: {doc.reason} (gold {doc.gold.path})", err=True
        )
    for skipped in result.skipped:
        click.echo(f"reportmine: skipped {skipped.path}: {skipped.reason}", err=True)
    failed_floors = [c for c in checks or [] if not c.passed]
    for check in failed_floors:
        click.echo(f"reportmine: floor not met: {check.name} {check.reason} (floor {check.floor})", err=True)
    sys.exit(1 if failed_floors or result.problems else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("-o", "--output", required=True, help="Output file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(GRAPH_FORMATS),
    default=None,
    help="Graph format (default: from the -o file ending, else json).",
)
@click.option(
    "--records",
    "records_out",
    default=None,
    help="Also write the records, with outcomes resolved against their reports, as JSON Lines.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Extraction cache folder (default: $REPORTMINE_CACHE or ~/.cache/reportmine).",
)
@click.option("--no-cache", is_flag=True, help="Extract every document afresh and store nothing.")
@click.option(
    "--pipeline",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A pipeline config file (default: pipelines/default.cfg).",
)
@TIMEOUT
def graph(
    paths: tuple[str, ...],
    output: str,
    fmt: str | None,
    records_out: str | None,
    cache_dir: str | None,
    no_cache: bool,
    pipeline: str | None,
    timeout: float | None,
) -> None:
    """Link reports, follow-ups, press coverage and people into one graph (documents or extract's .jsonl records)."""
    from .link import build_graph, collect_documents, resolved_documents

    fmt = fmt or _suffix_format(output, GRAPH_FORMATS, "json")
    tally = _Tally()
    docs = collect_documents(
        paths,
        cache=None if no_cache else _cache(cache_dir, pipeline),
        on_failure=tally.fail,
        pipeline=pipeline,
        limits=_limits(timeout),
    )
    if not docs:
        if tally.failures:
            sys.exit(1)
        raise click.UsageError("no documents or records found in the paths given")
    built = build_graph(docs)
    write_graph(built, output, fmt)
    if records_out:
        write_records((d.to_dict() for d in resolved_documents(docs, built)), records_out, "jsonl")
    click.echo(
        f"reportmine: graph of {len(docs)} document(s), {built.number_of_nodes()} nodes, {built.number_of_edges()} edges written to {output}"
        + (f"; {tally.failures} failed" if tally.failures else ""),
        err=True,
    )
    sys.exit(1 if tally.failures else 0)


@main.command()
@click.argument("first", type=click.Path(exists=True, dir_okay=False))
@click.argument("second", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(COMPARE_FORMATS), default="text", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for standard output.")
@click.option(
    "--cache", "cache_dir", type=click.Path(file_okay=False), default=None, help="Extraction cache folder."
)
@click.option("--no-cache", is_flag=True, help="Extract both documents afresh.")
@click.option(
    "--pipeline", type=click.Path(exists=True, dir_okay=False), default=None, help="A pipeline config file."
)
def compare(
    first: str,
    second: str,
    fmt: str,
    output: str,
    cache_dir: str | None,
    no_cache: bool,
    pipeline: str | None,
) -> None:
    """Compare an inspection with its follow-up, or a report with its press coverage."""
    from .link import collect_documents, render_comparison
    from .link import compare as run_compare

    tally = _Tally()
    docs = [
        collect_documents(
            [p],
            cache=None if no_cache else _cache(cache_dir, pipeline),
            on_failure=tally.fail,
            pipeline=pipeline,
        )
        for p in (first, second)
    ]
    if tally.failures or not all(len(d) == 1 for d in docs):
        if not tally.failures:
            raise click.UsageError(
                "each of A and B must be one document (or a records file holding one record)"
            )
        sys.exit(1)
    text = render_comparison(run_compare(docs[0][0], docs[1][0]), fmt)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(text)


def _limits(timeout: float | None) -> Limits:
    """The default bounds, with the time budget given on the command line (0: none)."""
    return Limits() if timeout is None else Limits(timeout=timeout or None)


def _dask_client(address: str):
    """A Dask client for --dask, or a usage error saying what is missing."""
    try:
        from .dask import connect
    except ImportError as exc:
        raise click.UsageError(str(exc)) from None
    if not (address.startswith("local:") or "://" in address):
        raise click.UsageError(f"--dask {address!r}: give tcp://host:port of a scheduler, or local:N")
    return connect(address)


def _dask_parquet(
    files: list, client, output: str, tally: _Tally, batch_size: int, pipeline: str | None
) -> int:
    """Workers write the records as a partitioned Parquet folder; returns how many were written."""
    from .dask import to_parquet

    written = 0
    for item in _progress(to_parquet(files, client, output, batch_size=batch_size, pipeline=pipeline), 0, ""):
        if isinstance(item, Failure):
            tally.fail(item)
        else:
            written += item
    return written


def _journal(output: str, pipeline: str | None):
    from .io.cache import build_id, pipeline_tag
    from .io.resume import Journal

    return Journal(output, build_id(pipeline_tag(pipeline)))


def _resumed(files: list, journal, run) -> Iterator[Any]:
    from .io.resume import resumed

    return resumed(files, journal, run, lambda r: r.to_dict() if isinstance(r, Document) else None)


def _cache(cache_dir: str | None, pipeline: str | None):
    from .io.cache import ExtractionCache

    return ExtractionCache(cache_dir, tag=ExtractionCache.pipeline_tag(pipeline))


def _suffix_format(output: str, formats: tuple[str, ...], default: str) -> str:
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    return suffix if suffix in formats else default


def _format_from_name(output: str) -> str:
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    return suffix if suffix in FORMATS else "jsonl"


if __name__ == "__main__":  # pragma: no cover
    main()
