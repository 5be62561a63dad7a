"""Where the data files under ``pipelines/`` live, installed or in a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
