"""``reportmine`` on the command line: a thin shell over the library functions."""

from __future__ import annotations

import sys
from typing import Iterable, Iterator

import click

from .extraction import Failure, iter_documents
from .io.inputs import discover
from .io.writers import FORMATS, write_records
from .model import Document


def report_failure(failure: Failure) -> None:
    """One line on standard error: the path and the reason."""
    click.echo(f"reportmine: {failure.source}: {failure.reason}", err=True)


def _progress(items: list[str], label: str) -> Iterator[str]:
    """Yield items, drawing a progress bar on a terminal's standard error (nothing when piped)."""
    if not sys.stderr.isatty() or len(items) < 2:
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True, item_show_func=lambda p: p and p[-40:]) as bar:
        yield from bar


class _Tally:
    """Counts failures while passing records through to a writer."""

    def __init__(self) -> None:
        self.failures = 0

    def records(self, results: Iterable[Document | Failure]) -> Iterator[dict]:
        for result in results:
            if isinstance(result, Failure):
                self.failures += 1
                report_failure(result)
            else:
                yield result.to_dict()


def load_nlp(pipeline: str | None):
    from .nlp.pipeline import get_pipeline

    return get_pipeline(pipeline)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportmine")
def main() -> None:
    """Turn police inspection reports, follow-ups and press coverage into data."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: from the -o file ending, else jsonl).")
@click.option("--pipeline", type=click.Path(exists=True, dir_okay=False), default=None, help="A pipeline config file (default: pipelines/default.cfg).")
@click.option("--batch-size", type=click.IntRange(1, 256), default=4, show_default=True, help="Documents per spaCy batch.")
def extract(paths: tuple[str, ...], output: str, fmt: str | None, pipeline: str | None, batch_size: int) -> None:
    """Extract one record per document from PDF, HTML or text files (folders are walked)."""
    files = list(discover(paths))
    if not files:
        raise click.UsageError("no documents found in the paths given (folders are searched for .pdf, .html, .htm and .txt files)")
    fmt = fmt or _format_from_name(output)
    tally = _Tally()
    try:
        written = write_records(tally.records(iter_documents(_progress(files, "Extracting"), nlp=load_nlp(pipeline), batch_size=batch_size)), output, fmt)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if output != "-":
        click.echo(f"reportmine: wrote {written} record(s) to {output}" + (f"; {tally.failures} failed" if tally.failures else ""), err=True)
    sys.exit(1 if tally.failures else 0)


def _format_from_name(output: str) -> str:
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    return suffix if suffix in FORMATS else "jsonl"


if __name__ == "__main__":  # pragma: no cover
    main()
