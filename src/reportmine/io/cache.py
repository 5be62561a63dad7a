"""A folder of extracted records keyed by document id and reportmine build, so a corpus is extracted once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import DocumentError
from ..model import Document
from ..parsers import read_file
from ..parsers.document import document_id
from ..resources import code_fingerprint
from ..version import __version__
from .writers import atomic_output


def default_cache_dir() -> Path:
    """$REPORTMINE_CACHE, else $XDG_CACHE_HOME/reportmine, else ~/.cache/reportmine."""
    if os.environ.get("REPORTMINE_CACHE"):
        return Path(os.environ["REPORTMINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reportmine"


def build_id(tag: str = "") -> str:
    """This reportmine build: version, fingerprint of its code and pipelines/ data, and a custom pipeline's tag."""
    return f"{__version__}-{code_fingerprint()}" + (f"-{tag}" if tag else "")


def pipeline_tag(pipeline: str | os.PathLike[str] | None) -> str:
    """A short tag of a custom pipeline's contents ('' for the default), so its records are kept apart:
    a config file's bytes, or every file of a pipeline folder saved with ``nlp.to_disk``."""
    if not pipeline:
        return ""
    path = Path(pipeline)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        data = b"".join(p.relative_to(path).as_posix().encode() + b"\0" + p.read_bytes() for p in files)
    else:
        data = path.read_bytes()
    return "p" + document_id(data)[:8]


class ExtractionCache:
    """Records stored as ``<dir>/<version>-<code fingerprint>[-<pipeline tag>]/<id>.json``.

    The fingerprint hashes reportmine's code and pipelines/ data, so an upgrade or a local edit of a rule
    never reads a record extracted by other rules.
    """

    def __init__(
        self, directory: str | os.PathLike[str] | None = None, version: str | None = None, tag: str = ""
    ) -> None:
        self.root = Path(directory) if directory else default_cache_dir()
        self.folder = self.root / (build_id(tag) if version is None else version + (f"-{tag}" if tag else ""))

    pipeline_tag = staticmethod(pipeline_tag)

    def key(self, path: str | os.PathLike[str]) -> str:
        """The document id of a file (sha256 of its bytes, as the record's own ``id``)."""
        return document_id(read_file(path))

    def get(self, path: str | os.PathLike[str]) -> Document | None:
        """The cached record of this file (its ``source`` set to this path), or None."""
        try:
            data = json.loads((self.folder / f"{self.key(path)}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, DocumentError):  # not cached, or unreadable: extraction says why
            return None
        data["source"] = str(path)
        return Document.from_dict(data)

    def documents(self) -> Iterator[Document]:
        """Every record this build has stored (each file that is not a readable record is passed over)."""
        for path in sorted(self.folder.glob("*.json")):
            try:
                yield Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue

    def put(self, doc: Document) -> None:
        """Store one record atomically (a crash never leaves half a file)."""
        with atomic_output(self.folder / f"{doc.id}.json") as fh:
            json.dump(doc.to_dict(), fh, ensure_ascii=False)
