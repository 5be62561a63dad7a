"""Resumable extraction: a journal beside the output holds every record finished so far.

``extract -o OUT --resume`` appends each new record to ``.OUT.resume.jsonl`` (see
:func:`writers.journal_path`) as soon as it is made, under a first line naming the
reportmine build. A later run with ``--resume`` (after a kill, or over a corpus that
grew) takes a document's record from the journal when its path and bytes are the same
and the build is the same, and extracts only the rest. OUT itself is still written
whole or not at all; at the end the journal is rewritten to hold exactly OUT's records.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..parsers.document import document_id
from .writers import atomic_output, journal_path

Key = tuple[str, str]  # (source path, document id)


def document_key(path: str | os.PathLike[str]) -> Key | None:
    """What makes a record reusable: the same path and the same bytes (None when the file cannot be read)."""
    try:
        return str(path), document_id(Path(path).read_bytes())
    except OSError:
        return None


class Journal:
    """The records of earlier runs for one output (same build only), and the file new ones are added to."""

    def __init__(self, output: str | os.PathLike[str], build: str) -> None:
        self.output = output
        self.path = journal_path(output)
        self.build = build
        self.kept: set[Key] = set()  # the records of this run's output
        self.done: dict[Key, dict[str, Any]] = self._load()
        self._fh: TextIO | None = None  # the side file, opened on the first record

    def _load(self) -> dict[Key, dict[str, Any]]:
        try:
            with self.path.open(encoding="utf-8") as fh:
                if _build_of(fh.readline()) != self.build:
                    return {}  # another build's records are never reused
                done = {}
                for line in fh:
                    try:
                        record = json.loads(line)
                    except ValueError:
                        continue  # the last line of a killed run may be cut short
                    if isinstance(record, dict) and {"source", "id"} <= record.keys():
                        done[(record["source"], record["id"])] = record
                return done
        except OSError:
            return {}

    def add(self, record: dict[str, Any]) -> None:
        """Append one finished record, on disk at once (a kill after this loses nothing)."""
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.done:  # same build: go on; a newline first in case a kill cut the last line short
                self._fh = self.path.open("a", encoding="utf-8")
                self._fh.write("\n")
            else:  # absent, empty, or another build's: start over
                self._fh = self.path.open("w", encoding="utf-8")
                self._fh.write(json.dumps({"reportmine_build": self.build}) + "\n")
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def settle(self) -> None:
        """After a finished run: the journal keeps just the records of its output, rewritten atomically."""
        self.close()
        records = Journal(self.output, self.build).done
        with atomic_output(self.path) as fh:
            fh.write(json.dumps({"reportmine_build": self.build}) + "\n")
            for key, record in records.items():
                if key in self.kept:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _build_of(line: str) -> str | None:
    try:
        head = json.loads(line)
    except ValueError:
        return None
    return head.get("reportmine_build") if isinstance(head, dict) else None


def resumed(
    paths: list[str | os.PathLike[str]],
    journal: Journal,
    extract: Callable[[list[str | os.PathLike[str]]], Iterator[Any]],
    to_record: Callable[[Any], dict[str, Any] | None],
) -> Iterator[Any]:
    """Results for ``paths`` in input order: journalled records as they are, the rest from ``extract``.

    ``extract`` gets only the paths still to do and must yield one result per path, in order;
    ``to_record`` turns a result into a record dict (None for a failure, which is not journalled,
    so the next run tries that document again). Yields record dicts and the failures as they came.
    """
    keys = [document_key(p) for p in paths]
    todo = [p for p, k in zip(paths, keys, strict=True) if k is None or k not in journal.done]
    fresh = extract(todo) if todo else iter(())
    for key in keys:
        if key is not None and key in journal.done:
            journal.kept.add(key)
            yield journal.done[key]
            continue
        result = next(fresh)
        record = to_record(result)
        if record is None:
            yield result
            continue
        journal.add(record)
        journal.kept.add((record["source"], record["id"]))
        yield record
