"""Where the data files under ``pipelines/`` live, installed or in a checkout, and how they are read."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

import srsly

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def pipelines_dir() -> Path:
    """The pipelines folder: inside the installed wheel, else at the repository root."""
    for candidate in (_PACKAGE / "pipelines", _PACKAGE.parents[1] / "pipelines"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("reportmine's pipelines/ data folder is missing from this installation")


def resource_path(name: str) -> Path:
    """Path of a data file under pipelines/ (e.g. ``"forces.json"``)."""
    return pipelines_dir() / name


#: the key of a data file's list of other files whose entries it takes (its own entries win)
INCLUDE = "_include"


def data_file_path(name: str | Path) -> Path:
    """Where a data setting's file is: a bare name is under pipelines/, anything else is a path."""
    return resource_path(str(name)) if len(PurePath(name).parts) == 1 else Path(name)


def read_data_file(name: str | Path) -> dict[str, Any]:
    """A data file's entries, with those of the files its ``_include`` list names (beside it) merged in.

    Read once per process and file (do not change the dict returned).
    """
    return _read(str(data_file_path(name)))


@lru_cache(maxsize=32)
def _read(path: str) -> dict[str, Any]:
    data: dict[str, Any] = srsly.read_json(path)
    for included in data.get(INCLUDE, []):
        data = {**_read(str(Path(path).with_name(included))), **data}
    return data


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A short hash of reportmine's own code and data files, so results cached by one build are never read by another."""
    digest = hashlib.sha256()
    # installed, pipelines/ lies inside the package and is hashed with it; in a checkout it is beside src/
    roots = [_PACKAGE] if pipelines_dir().is_relative_to(_PACKAGE) else [_PACKAGE, pipelines_dir()]
    for root in roots:
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".json", ".cfg", ".txt"}
        ):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
