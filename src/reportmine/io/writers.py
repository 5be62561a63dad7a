"""Write records as JSON Lines, JSON, CSV or Parquet; files appear whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import IO, Any

FORMATS = ("jsonl", "json", "csv", "parquet")

#: the first CSV columns: scalars as they are (lists follow as JSON text).
_SCALARS = ("id", "source", "kind", "title", "published", "force", "pages")


#: Ending of the temporary files that stand in for an output until it is whole.
PART_SUFFIX = ".part"
#: what :func:`temp_name` makes, with mkstemp's random part
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.part$")


def temp_name(target: str | os.PathLike[str], pid: int | None = None) -> tuple[str, str]:
    """The one naming scheme of temporary files beside an output ``target``: (prefix, suffix) of
    ``.<name>.<pid>.<random>.part``, owned by the writing process ``pid`` (default: this one).
    An interrupted run may leave one behind; it is never a finished output, and the next
    write into that folder removes it (:func:`remove_leftovers`)."""
    return f".{Path(target).name}.{os.getpid() if pid is None else pid}.", PART_SUFFIX


def leftover_parts(folder: str | os.PathLike[str], name: str | None = None) -> list[Path]:
    """Temporary files in ``folder`` (for the target ``name``, or any) whose writing process has gone.

    A run killed with SIGKILL, or by a power cut, cannot remove its temporary file; the next run
    finds it here. A file whose process still runs (another run writing beside us) is left alone.
    """
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if not _running(int(match["pid"])) and entry.is_file(follow_symlinks=False):
            found.append(Path(entry.path))
    return sorted(found)


def remove_leftovers(folder: str | os.PathLike[str], name: str | None = None) -> int:
    """Delete :func:`leftover_parts`; returns how many were removed."""
    removed = 0
    for path in leftover_parts(folder, name):
        with _suppress():
            path.unlink()
            removed += 1
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or nonsense): not ours to judge
    return True


_swept: set[Path] = set()


def journal_path(target: str | os.PathLike[str]) -> Path:
    """Where ``extract --resume`` keeps the records finished so far for ``target``: ``.<name>.resume.jsonl``.

    It outlives the run on purpose (a killed or extended run starts from it), so it is not a ``.part`` file.
    """
    target = Path(target)
    return target.parent / f".{target.name}.resume.jsonl"


@contextmanager
def atomic_output(path: str | os.PathLike[str], binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and move it into place only on success.

    The first write into a folder also removes temporary files that killed runs left there.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = target.parent.resolve()
    if folder not in _swept:
        remove_leftovers(folder)
        _swept.add(folder)
    prefix, suffix = temp_name(target)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    try:
        handle: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with handle as fh:
            yield fh
        # mkstemp makes the file owner-only; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with _suppress():
            os.unlink(tmp)
        raise


@contextmanager
def _suppress() -> Iterator[None]:
    try:
        yield
    except OSError:
        pass


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: contract scalars, the text, and every list as JSON text."""
    row = {k: record.get(k) for k in _SCALARS}
    for key, value in record.items():
        if key in row:
            continue
        row[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
    return row


def write_records(
    records: Iterable[dict[str, Any]], out: str | os.PathLike[str] | None, fmt: str = "jsonl"
) -> int:
    """Write records to ``out`` ("-" or None: standard output) in ``fmt``; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if out in (None, "-"):
        if fmt == "parquet":
            raise ValueError("parquet cannot be written to standard output; give -o FILE")
        return _write_stream(records, sys.stdout, fmt)
    if fmt == "parquet":
        with atomic_output(out, binary=True) as fh:
            return _write_parquet(records, fh)
    with atomic_output(out) as fh:
        return _write_stream(records, fh, fmt)


def _write_stream(records: Iterable[dict[str, Any]], fh: IO[str], fmt: str) -> int:
    count = 0
    if fmt == "jsonl":
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()
            count += 1
    elif fmt == "json":
        fh.write("[")
        for record in records:
            fh.write(("," if count else "") + "\n" + json.dumps(record, ensure_ascii=False, indent=1))
            count += 1
        fh.write("\n]\n")
    else:
        writer: csv.DictWriter | None = None
        for record in records:
            row = flat_row(record)
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(row)
            count += 1
    return count


def _write_parquet(records: Iterable[dict[str, Any]], fh: IO[bytes]) -> int:
    """Records as Parquet with native nested columns (typed by the record model; see :mod:`.arrow`)."""
    from .arrow import record_schema, write_parquet

    return write_parquet(records, fh, base=record_schema())


def dumps_jsonl(records: Iterable[dict[str, Any]]) -> str:
    """JSON Lines text for records (handy in notebooks and tests)."""
    buf = io.StringIO()
    _write_stream(records, buf, "jsonl")
    return buf.getvalue()


def format_from_name(
    path: str | os.PathLike[str], formats: tuple[str, ...], default: str | None = None
) -> str:
    """The format a file name's ending asks for; ValueError for an ending that is not one of ``formats``."""
    suffix = PurePath(str(path)).suffix.lower().lstrip(".")
    aliases = {"ndjson": "jsonl", "htm": "html", "pq": "parquet"}
    suffix = aliases.get(suffix, suffix)
    if suffix in formats:
        return suffix
    if not suffix and default:
        return default
    ending = f"'.{suffix}'" if suffix else "no ending"
    raise ValueError(
        f"cannot tell the format of {str(path)!r} ({ending}): name it .{', .'.join(formats)} or give --format"
    )
