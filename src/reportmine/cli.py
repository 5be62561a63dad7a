"""``reportmine`` on the command line: a thin shell over the library functions."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from importlib import import_module
from pathlib import PurePath
from typing import Any

import click

from .errors import escape
from .io.inputs import count_pages, discover
from .io.writers import FORMATS, format_from_name, write_records
from .limits import Limits
from .model import Document, Failure


def report_failure(failure: Failure) -> None:
    """One line on standard error: the path and the reason."""
    click.echo(f"reportmine: {escape(failure.source)}: {escape(failure.reason)}", err=True)


@contextmanager
def _page_bar(files: list[str], label: str) -> Iterator[Callable[[Any], None]]:
    """A progress bar on a terminal's standard error that moves by pages, not files (a 200-page PDF is 200
    steps, a web page one); yields the function to call with each result. Nothing is drawn when piped."""
    if not sys.stderr.isatty() or len(files) < 2:
        yield lambda result: None
        return
    pages = {f: count_pages(f) for f in files}
    with click.progressbar(
        length=sum(pages.values()),
        label=label,
        file=sys.stderr,
        show_pos=True,
        item_show_func=lambda name: name and escape(name),
    ) as bar:

        def advance(result: Any) -> None:
            source = result.get("source") if isinstance(result, dict) else getattr(result, "source", None)
            if source is not None:
                bar.update(pages.get(source, 1), current_item=PurePath(source).name)

        yield advance


def _progress(results: Iterable[Any], files: list[str], label: str) -> Iterator[Any]:
    """Yield results as they come while a progress bar counts their pages."""
    with _page_bar(files, label) as advance:
        for result in results:
            advance(result)
            yield result


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


class _ChoiceOf(click.Choice):
    """A choice among names a library module owns (report formats, table names), read from it only when
    the command runs or shows its help: each command loads what it needs (spaCy, pandas, networkx), and a
    resumed ``extract`` or ``--help`` loads none of them."""

    def __init__(self, module: str, name: str) -> None:
        self.case_sensitive = True
        self._where = (module, name)

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        module, name = self._where
        return tuple(getattr(import_module(module, __package__), name))


def _format_option(module: str, name: str, default: str | None, help: str | None = None) -> Callable:
    """A command's --format, among the formats a library module owns (read when needed: :class:`_ChoiceOf`)."""
    return click.option(
        "--format",
        "fmt",
        type=_ChoiceOf(module, name),
        default=default,
        show_default=default is not None,
        help=help,
    )


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
#: --pipeline, for every command that extracts documents
PIPELINE = click.option(
    "--pipeline",
    type=click.Path(exists=True),
    default=None,
    help="A pipeline config file (default: pipelines/default.cfg), or a pipeline folder saved with nlp.to_disk.",
)


def load_nlp(pipeline: str | None):
    """The pipeline for a command that extracts, loaded once; this process is the command's own, so what
    is loaded is frozen for the run (:func:`~reportmine.parallel.freeze_loaded`)."""
    from .nlp.pipeline import get_pipeline
    from .parallel import freeze_loaded

    nlp = get_pipeline(pipeline)
    freeze_loaded()
    return nlp


def _corpus_options(command: Callable) -> Callable:
    """--cache, --no-cache and --pipeline: how the documents a command reads are extracted (or reused)."""
    command = PIPELINE(command)
    command = click.option(
        "--no-cache", is_flag=True, help="Extract every document afresh and store nothing."
    )(command)
    return click.option(
        "--cache",
        "cache_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Extraction cache folder.",
    )(command)


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
@PIPELINE
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
    fmt = fmt or ("jsonl" if folder else _output_format(output, FORMATS, "jsonl"))
    tally = _Tally()
    cluster = _dask_client(dask_address) if dask_address else None  # checked now, started when needed
    journal = _journal(output, pipeline) if resume else None
    stop_on_term = signal.signal(signal.SIGTERM, _exit_on_term)  # so that kill, like Ctrl-C, cleans up
    try:
        with ExitStack() as stack:
            if folder:
                assert cluster is not None  # an output folder needs --dask (refused above otherwise)
                written = _dask_parquet(
                    files, stack.enter_context(cluster), output, tally, batch_size, pipeline, _limits(timeout)
                )
            else:

                def run(todo: list) -> Iterator[Document | Failure]:
                    """Extract what is left (a resumed run with nothing left starts no cluster, loads no model)."""
                    if cluster is not None:
                        from .dask import extract as on_cluster

                        client = stack.enter_context(cluster)
                        return on_cluster(
                            todo,
                            client,
                            batch_size=batch_size,
                            pipeline=pipeline,
                            limits=_limits(timeout),
                            walk=False,
                        )
                    from .extraction import iter_documents

                    return iter_documents(
                        todo,
                        nlp=load_nlp(pipeline),
                        batch_size=batch_size,
                        jobs=jobs,
                        limits=_limits(timeout),
                        walk=False,  # the files were found once, above
                    )

                results: Iterable[Any] = run(files) if journal is None else _resumed(files, journal, run)
                written = write_records(tally.records(_progress(results, files, "Extracting")), output, fmt)
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
@_format_option(".evaluation", "FORMATS", "text", "Report format (json is what CI reads).")
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
@PIPELINE
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
    from .evaluation import check_floors, load_floors, render
    from .evaluation import evaluate as run_evaluation

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
            f"reportmine: {escape(str(doc.path or doc.file))}: {doc.status}: {escape(str(doc.reason))} "
            f"(gold {escape(str(doc.gold.path))})",
            err=True,
        )
    for skipped in result.skipped:
        click.echo(
            f"reportmine: skipped {escape(str(skipped.path))}: {escape(str(skipped.reason))}", err=True
        )
    failed_floors = [c for c in checks or [] if not c.passed]
    for check in failed_floors:
        click.echo(f"reportmine: floor not met: {check.name} {check.reason} (floor {check.floor})", err=True)
    sys.exit(1 if failed_floors or result.problems else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("-o", "--output", required=True, help="Output file.")
@_format_option(
    ".io.graphs", "GRAPH_FORMATS", None, "Graph format (default: from the -o file ending, else json)."
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
@PIPELINE
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
    from .corpus import collect_documents
    from .io.graphs import GRAPH_FORMATS, write_graph
    from .io.inputs import RECORD_SUFFIXES
    from .link import build_graph, resolved_documents

    fmt = fmt or _output_format(output, GRAPH_FORMATS, "json")
    tally = _Tally()
    found = list(discover(paths))  # once: the progress bar counts them, collect_documents reads them
    files = [f for f in found if PurePath(f).suffix.lower() not in RECORD_SUFFIXES + (".json",)]
    with _page_bar(files, "Reading") as advance:
        docs = collect_documents(
            found,
            walk=False,
            cache=None if no_cache else _cache(cache_dir, pipeline),
            on_failure=tally.fail,
            pipeline=pipeline,
            limits=_limits(timeout),
            progress=advance,
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
@click.argument("first", type=click.Path(dir_okay=False))
@click.argument("second", type=click.Path(dir_okay=False))
@_format_option(".views.comparison", "COMPARE_FORMATS", "text")
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for standard output.")
@click.option(
    "--with",
    "corpus",
    multiple=True,
    type=click.Path(),
    help="Other documents, folders or records files a press piece is checked against (does it fit one of "
    "them better than the report?). Default: every document already in the extraction cache.",
)
@_corpus_options
def compare(
    first: str,
    second: str,
    fmt: str,
    output: str,
    corpus: tuple[str, ...],
    cache_dir: str | None,
    no_cache: bool,
    pipeline: str | None,
) -> None:
    """Compare an inspection with its follow-up, or a report with its press coverage."""
    from .corpus import collect_documents
    from .link import compare as run_compare
    from .link.compare import Unrelated
    from .views.comparison import render_comparison

    tally = _Tally()
    cache = None if no_cache else _cache(cache_dir, pipeline)
    docs = [
        collect_documents([p], cache=cache, on_failure=tally.fail, pipeline=pipeline) for p in (first, second)
    ]
    if tally.failures or not all(len(d) == 1 for d in docs):
        if not tally.failures:
            raise click.UsageError(
                "each of A and B must be one document (or a records file holding one record)"
            )
        sys.exit(1)
    # the rest of the corpus: what else a press piece might cover, and the copies with pages of A and B
    others: list[Document] = []
    if corpus:
        others = collect_documents(corpus, cache=cache, on_failure=tally.fail, pipeline=pipeline)
    elif cache is not None:
        others = list(cache.documents())
    try:
        result = run_compare(docs[0][0], docs[1][0], others)
    except Unrelated as exc:
        click.echo(f"reportmine: not compared: {exc}", err=True)
        sys.exit(1)
    text = render_comparison(result, fmt)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(text)
    sys.exit(1 if tally.failures else 0)


def _row_types(frame) -> str:
    """How many rows of each type, where a table mixes types: " (12 recommendation, 6 area_for_improvement)"."""
    if "type" not in frame.columns:
        return ""
    counts = frame["type"].value_counts(sort=False)
    if len(counts) < 2:
        return ""
    return " (" + ", ".join(f"{n} {kind}" for kind, n in counts.items()) + ")"


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
    files: list, client, output: str, tally: _Tally, batch_size: int, pipeline: str | None, limits: Limits
) -> int:
    """Workers write the records as a partitioned Parquet folder; returns how many were written."""
    from .dask import to_parquet

    written = 0
    for item in _progress(
        to_parquet(
            files, client, output, batch_size=batch_size, pipeline=pipeline, limits=limits, walk=False
        ),
        [],
        "",
    ):
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


def _output_format(output: str, formats: tuple[str, ...], default: str | None) -> str:
    """The format named by the -o file's ending; a usage error (exit 2) for an ending no format has."""
    if output == "-" and default:
        return default
    try:
        return format_from_name(output, formats, default)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.argument("name", type=_ChoiceOf(".link.tables", "TABLE_NAMES"))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, help="Output file: .csv, .parquet or .xlsx.")
@_format_option(".io.tables", "TABLE_FORMATS", None, "Default: from -o.")
@click.option(
    "--fields", default=None, help="Comma-separated columns to keep, in that order (e.g. to leave out text)."
)
@_corpus_options
def table(
    name: str,
    paths: tuple[str, ...],
    output: str,
    fmt: str | None,
    fields: str | None,
    cache_dir: str | None,
    no_cache: bool,
    pipeline: str | None,
) -> None:
    """One row per recommendation, outcome, person, quote or finding across the documents (or records) named.

    A report's PDF and its web page are one publication: one row, both sources kept.
    """
    from .corpus import collect_documents
    from .io.tables import TABLE_FORMATS, write_table
    from .link import build_graph, resolved_documents
    from .link.tables import TABLES

    fmt = fmt or _output_format(output, TABLE_FORMATS, None)
    tally = _Tally()
    docs = collect_documents(
        paths,
        cache=None if no_cache else _cache(cache_dir, pipeline),
        on_failure=tally.fail,
        pipeline=pipeline,
    )
    if not docs:
        click.echo("reportmine: no documents could be read", err=True)
        sys.exit(1)
    built = build_graph(docs)
    frame = TABLES[name](built, resolved_documents(docs, built))
    if fields:
        wanted = [f.strip() for f in fields.split(",") if f.strip()]
        unknown = [f for f in wanted if f not in frame.columns]
        if unknown:
            raise click.UsageError(
                f"unknown field(s) {', '.join(unknown)} for table {name} (fields: {', '.join(frame.columns)})"
            )
        frame = frame[wanted]
    rows = write_table(frame, output, fmt)
    click.echo(
        f"reportmine: wrote {rows} {name} row(s){_row_types(frame)} from {len(docs)} document(s) to {output}"
        + (f"; {tally.failures} failed" if tally.failures else ""),
        err=True,
    )
    sys.exit(1 if tally.failures else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
