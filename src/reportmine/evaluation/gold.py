"""Gold files: finding them, reading them, and finding the documents they describe."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_SUFFIX = ".gold.json"

#: The per-document lists a gold file may give, and the key that carries each item's text.
FIELDS = {
    "findings": "text",
    "concerns": "text",
    "recommendations": "text",
    "areas_for_improvement": "text",
    "outcomes": "text",
    "people": "name",
    "dates": "text",
    "quotes": "text",
}
METADATA = ("kind", "title", "published", "force")


class GoldError(ValueError):
    """A gold file that cannot be used, with the reason."""


@dataclass
class Gold:
    """One gold file: the expected extraction of a document (or of the same report in several formats)."""

    path: Path
    data: dict[str, Any]
    files: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Skipped:
    path: Path
    reason: str


def gold_areas(data: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The areas for improvement a gold gives: its own list, else its concerns marked ``area_for_improvement``
    (numbered by that position); None where it marks none (not scored there)."""
    if data.get("areas_for_improvement") is not None:
        return data["areas_for_improvement"]
    marked = [
        {**c, "number": c["area_for_improvement"]}
        for c in data.get("concerns") or []
        if isinstance(c, dict) and isinstance(c.get("area_for_improvement"), int)
    ]
    return marked or None


def gold_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Named files as they are; folders searched (recursively, sorted) for ``*.gold.json``."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from sorted(q for q in p.rglob(f"*{GOLD_SUFFIX}") if q.is_file())
        else:
            yield p


def load_gold(path: str | os.PathLike[str]) -> Gold:
    """Read and check one gold file; raises GoldError when it is not a document gold file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read it as JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("file"), str):
        raise GoldError("not a document gold file (a JSON object with a 'file' name is expected)")
    files = [data["file"]] + [f for f in data.get("files") or [] if isinstance(f, str) and f != data["file"]]
    for name, key in FIELDS.items():
        items = data.get(name)
        if items is None:
            continue
        if not isinstance(items, list) or not all(
            isinstance(i, dict) and isinstance(i.get(key), str) for i in items
        ):
            raise GoldError(f"'{name}' must be a list of objects, each with a '{key}' string")
    return Gold(path=path, data=data, files=files)


def load_golds(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Gold], list[Skipped]]:
    """Every usable gold file under the paths, and those left out with the reason."""
    golds: list[Gold] = []
    skipped: list[Skipped] = []
    for path in gold_paths(paths):
        try:
            golds.append(load_gold(path))
        except GoldError as exc:
            skipped.append(Skipped(path, str(exc)))
    return golds, skipped


def locate(name: str, gold: Gold, docs: Iterable[str | os.PathLike[str]] = ()) -> Path | None:
    """The document a gold file names: in a --docs folder, in ``../docs`` beside the gold folder, or beside the gold."""
    named = Path(name)
    if named.is_absolute():
        return named if named.is_file() else None
    folder = gold.path.parent
    up = (
        folder.parent if folder != folder.parent else folder / ".."
    )  # "x.gold.json" named from its own folder
    for base in [*map(Path, docs), up / "docs", folder]:
        candidate = base / named
        if candidate.is_file():
            return candidate
    return None
