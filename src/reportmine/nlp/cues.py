"""The cue phrases of inspection prose (pipelines/inspection_cues.json), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from typing import Any

import srsly

from .. import regex
from .datafiles import DataComponent, read_data_file

_FLAGS = re.IGNORECASE


def _one(patterns: list[str]) -> re.Pattern[str]:
    """Many alternatives as one compiled pattern, so a sentence is scanned once per cue family."""
    return regex.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


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


def load_cues(name: str = "inspection_cues.json") -> Cues:
    """Read and compile a cue file (a bare name is under pipelines/, see :func:`data_file_path`)."""
    return compile_cues(read_data_file(name))


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
            kwargs[key] = [(v["status"], regex.compile(v["pattern"], _FLAGS)) for v in value]
        elif isinstance(value, list):
            kwargs[key] = _one(value)
        elif key == "grade_sentence":
            kwargs[key] = regex.compile(value)  # the force's name is capitalised: case matters here
        else:
            kwargs[key] = regex.compile(value, _FLAGS)
    return Cues(**kwargs, more=more)


def _compile_more(value: Any) -> Any:
    """A pattern, a list of patterns (one alternation), or a list of {status, pattern}; mappings stay as they are."""
    if isinstance(value, str):
        return regex.compile(value, _FLAGS)
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [(v["status"], regex.compile(v["pattern"], _FLAGS)) for v in value]
    if isinstance(value, list):
        return _one(value)
    return value


@lru_cache(maxsize=4)
def cues(name: str = "inspection_cues.json") -> Cues:
    """The compiled cues of a file, loaded once per process."""
    return load_cues(name)


@lru_cache(maxsize=8)
def _compiled(entries: str) -> Cues:
    return compile_cues(srsly.json_loads(entries))


class CueComponent(DataComponent):
    """A component whose rules are a cue file its config names (``cues = "inspection_cues.json"``).

    The file's entries (its includes merged in) are saved with the pipeline as ``<component>/cues.json``
    and read back from there (see :class:`reportmine.nlp.datafiles.DataComponent`).
    """

    data_settings = ("cues",)

    @cached_property
    def cues(self) -> Cues:
        """The compiled cues (components with the same entries share one compilation)."""
        return _compiled(srsly.json_dumps(self.data("cues")))
