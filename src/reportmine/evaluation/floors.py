"""Quality floors: minimum scores a run must reach (CI fails when one is not met)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class FloorCheck:
    name: str
    floor: float
    score: float | None
    reason: str | None = None  # why it failed, when it did

    @property
    def passed(self) -> bool:
        return self.reason is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "floor": self.floor,
            "score": self.score,
            "passed": self.passed,
            "reason": self.reason,
        }


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key.startswith("_"):  # "_comment" and the like
            continue
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def load_floors(path: str | os.PathLike[str]) -> dict[str, float]:
    """Floors from a JSON object of score names to minimums; nested objects are joined with dots."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a floors file is a JSON object of score names to minimum values")
    floors = _flatten(data)
    bad = [k for k, v in floors.items() if isinstance(v, bool) or not isinstance(v, (int, float))]
    if bad:
        raise ValueError(f"{path}: floors must be numbers (not: {', '.join(bad)})")
    return {k: float(v) for k, v in floors.items()}


def check_floors(scores: Mapping[str, float | None], floors: Mapping[str, float]) -> list[FloorCheck]:
    """Each floor against the measured score. A name that is no score fails (a typo must not pass
    silently); a score that could not be measured (nothing judged) fails unless its floor is 0."""
    checks = []
    for name, floor in floors.items():
        if name not in scores:
            checks.append(FloorCheck(name, floor, None, "no such score in this run"))
            continue
        score = scores[name]
        if score is None:
            reason = None if floor <= 0 else "nothing to measure in this run"
        else:
            # compare at the precision floors are written in, so 2/3 meets a floor of 0.66
            reason = None if round(score, 6) >= floor else f"{score:.3f} < {floor}"
        checks.append(FloorCheck(name, floor, score, reason))
    return checks
