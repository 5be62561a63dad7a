"""The cue phrases of inspection prose (pipelines/inspection_cues.json), compiled once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import srsly

from ..resources import resource_path

_FLAGS = re.IGNORECASE
#: the file a saved component keeps its cue entries in
CUES_FILE = "cues.json"


def _one(patterns: list[str]) -> re.Pattern[str]:
    """Many alternatives as one compiled pattern, so a sentence is scanned once per cue family."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


@dataclass(frozen=True)
class Cues:
    finding_leads: re.Pattern[str]
    concern_leads: re.Pattern[str]
    finding_headings: re.Pattern[str]
    concern_headings: re.Pattern[str]
    area_for_improvement_heading: re.Pattern[str]
    cause_of_concern_heading: re.Pattern[str]
    finding_sentence: re.Pattern[str]
    concern_sentence: re.Pattern[str]
    positive_evaluation: re.Pattern[str]
    positive_statement: re.Pattern[str]
    negative_evaluation: re.Pattern[str]
    meta_sentence: re.Pattern[str]
    elaboration_start: re.Pattern[str]
    grade_sentence: re.Pattern[str]
    grade_label: re.Pattern[str]
    grades: dict[str, str]
    statement_sections_excluded: re.Pattern[str]
    findings_sections: re.Pattern[str]
    summary_sections: re.Pattern[str]
    recommendation_heading: re.Pattern[str]
    new_recommendation_heading: re.Pattern[str]
    new_recommendation_intro: re.Pattern[str]
    restating_heading: re.Pattern[str]
    recommendation_label: re.Pattern[str]
    recommendation_inline_label: re.Pattern[str]
    recommendation_unnumbered_label: re.Pattern[str]
    recommendation_numbering: re.Pattern[str]
    recommendation_verb: re.Pattern[str]
    we_recommend: re.Pattern[str]
    group_lead: re.Pattern[str]
    deadline: re.Pattern[str]
    number_words: dict[str, int]
    ordinals: dict[str, int]
    restatement_sentence: re.Pattern[str]
    number_reference: re.Pattern[str]
    status_explicit: list[tuple[str, re.Pattern[str]]]
    status_explicit_requires: re.Pattern[str]
    status_prose: list[tuple[str, re.Pattern[str]]]
    #: entries this class does not name (a component's own cues), compiled the same way
    more: dict[str, Any] = field(default_factory=dict)


def _read_with_includes(name: str) -> dict[str, Any]:
    """A cue file's entries merged with those of the files its ``_include`` list names."""
    data: dict[str, Any] = json.loads(resource_path(name).read_text(encoding="utf-8"))
    for included in data.get("_include", []):
        data = {**_read_with_includes(included), **data}
    return data


@lru_cache(maxsize=4)
def cue_entries(name: str = "inspection_cues.json") -> dict[str, Any]:
    """A cue file's entries, its includes merged in, read once per process (do not change the dict)."""
    return _read_with_includes(name)


def load_cues(name: str = "inspection_cues.json") -> Cues:
    """Read and compile a cue file from pipelines/ (a component's ``cues`` setting names it)."""
    return compile_cues(_read_with_includes(name))


def compile_cues(data: dict[str, Any]) -> Cues:
    """Compile a cue file's entries."""
    kwargs: dict[str, Any] = {}
    more: dict[str, Any] = {}
    named = {f.name for f in fields(Cues)}
    for key, value in data.items():
        if key not in named and not key.startswith("_") and key != "addressee_fallback":
            more[key] = _compile_more(value)
            continue
        if key.startswith("_") or key == "addressee_fallback":
            continue
        if key in ("grades", "number_words", "ordinals"):
            kwargs[key] = value
        elif key.startswith("status_") and isinstance(value, list):
            kwargs[key] = [(v["status"], re.compile(v["pattern"], _FLAGS)) for v in value]
        elif isinstance(value, list):
            kwargs[key] = _one(value)
        elif key == "grade_sentence":
            kwargs[key] = re.compile(value)  # the force's name is capitalised: case matters here
        else:
            kwargs[key] = re.compile(value, _FLAGS)
    return Cues(**kwargs, more=more)


def _compile_more(value: Any) -> Any:
    """A pattern, a list of patterns (one alternation), or a list of {status, pattern}; mappings stay as they are."""
    if isinstance(value, str):
        return re.compile(value, _FLAGS)
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [(v["status"], re.compile(v["pattern"], _FLAGS)) for v in value]
    if isinstance(value, list):
        return _one(value)
    return value


@lru_cache(maxsize=4)
def cues(name: str = "inspection_cues.json") -> Cues:
    """The compiled cues of a file, loaded once per process."""
    return load_cues(name)


class CueComponent:
    """A component whose rules are a cue file its config names (``cues = "inspection_cues.json"``).

    As spaCy's span_ruler does with its patterns, the component keeps the file's entries and saves
    them with the pipeline (``to_disk`` / ``to_bytes``); a saved pipeline reads them back
    (``from_disk`` / ``from_bytes``), so it runs on the rules it was saved with, whatever the
    installed file says.
    """

    cues: Cues
    cue_entries: dict[str, Any]

    #: the cue file when none is named
    default_cues = "inspection_cues.json"

    def __init__(self, cue_file: str | None = None) -> None:
        cue_file = cue_file or self.default_cues
        self.use_cues(cue_entries(cue_file), cues(cue_file))

    def use_cues(self, entries: dict[str, Any], compiled: Cues | None = None) -> None:
        """Take these entries as the component's rules (``compiled``: the same entries, already compiled)."""
        self.cue_entries = entries
        self.cues = compiled or compile_cues(entries)
        self.prepare()

    def prepare(self) -> None:
        """Derive what the component needs from ``self.cues`` (run whenever the cues are set)."""

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.cue_entries).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        self.use_cues(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / CUES_FILE, self.cue_entries)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        self.use_cues(srsly.read_json(Path(path) / CUES_FILE))
        return self
