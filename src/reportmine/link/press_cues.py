"""The press cues the linking layer reads (pipelines/press_cues.json, shared with reportmine.nlp.reported)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from ..resources import resource_path


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resource_path("press_cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def press_pattern(name: str) -> re.Pattern[str]:
    """One cue of press_cues.json compiled (case-insensitive): ``inspectorate_speaker``, ``frame_words``, ..."""
    return re.compile(_data()[name], re.IGNORECASE)


@lru_cache(maxsize=1)
def restate_synonyms() -> dict[str, str]:
    """Word -> the word that stands for its group in ``restate_synonyms`` ("cells" -> "custody")."""
    return {word.lower(): group[0].lower() for group in _data()["restate_synonyms"] for word in group}
