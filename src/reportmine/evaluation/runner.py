"""Extract every document the gold files name, score it, and keep per-document and corpus-wide results."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..extraction import Failure, iter_documents
from ..nlp.pipeline import get_pipeline, load_config, resolve_model
from .gold import FIELDS, METADATA, Gold, GoldError, Skipped, load_golds, locate
from .links import LINKS_FILE, LinkResult, expected_links, load_links, score_links
from .matching import RULE, THRESHOLD
from .scoring import ACCURACIES, FieldScore, Ratio, score_metadata, score_record

#: The fields the statistical model alone can be compared on (``--baseline``).
BASELINE_FIELDS = ("people", "dates")


@dataclass
class DocumentResult:
    """One document file named by a gold file, with its scores (all-missed when it was not extracted)."""

    gold: Gold
    file: str
    path: Path | None
    status: str = "ok"  # ok | missing | failed
    reason: str | None = None
    fields: dict[str, FieldScore] = field(default_factory=dict)
    metadata: dict[str, bool] = field(default_factory=dict)
    baseline: dict[str, FieldScore] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "path": str(self.path) if self.path else None,
            "gold": str(self.gold.path),
            "status": self.status,
            "reason": self.reason,
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "metadata": self.metadata,
        }
        if self.baseline is not None:
            out["baseline"] = {name: score.to_dict() for name, score in self.baseline.items()}
        return out


@dataclass
class Evaluation:
    """The results of one evaluation run; scores are micro-averaged over all documents."""

    documents: list[DocumentResult]
    skipped: list[Skipped] = field(default_factory=list)
    with_baseline: bool = False
    links: LinkResult | None = None  # the graph against links.json, where the gold gives one
    extracted: list[Any] = field(default_factory=list, repr=False)  # the Documents extracted, in order

    def totals(self, baseline: bool = False) -> dict[str, FieldScore]:
        """Each field's counts summed over the documents whose gold gives that field."""
        out: dict[str, FieldScore] = {}
        for doc in self.documents:
            scores = (doc.baseline or {}) if baseline else doc.fields
            for name, score in scores.items():
                out.setdefault(name, FieldScore(accuracy={a: Ratio() for a in ACCURACIES[name]}))
                out[name] += score
        order = BASELINE_FIELDS if baseline else tuple(FIELDS)
        return {name: out[name] for name in order if name in out}

    def metadata_totals(self) -> dict[str, Ratio]:
        out = {name: Ratio() for name in METADATA}
        for doc in self.documents:
            for name, right in doc.metadata.items():
                out[name].add(right)
        return {name: ratio for name, ratio in out.items() if ratio.total}

    @property
    def problems(self) -> list[DocumentResult]:
        """Documents that were not found or could not be extracted."""
        return [d for d in self.documents if d.status != "ok"]

    def scores(self) -> dict[str, float | None]:
        """Every score under a flat name (``recommendations.f1``, ``outcomes.status_accuracy``,
        ``metadata.kind``, ``baseline.people.f1``): the names a floors file uses."""
        flat: dict[str, float | None] = {}
        for prefix, totals in (
            ("", self.totals()),
            ("baseline.", self.totals(baseline=True) if self.with_baseline else {}),
        ):
            for name, score in totals.items():
                flat[f"{prefix}{name}.precision"] = score.precision
                flat[f"{prefix}{name}.recall"] = score.recall
                flat[f"{prefix}{name}.f1"] = score.f1
                if not prefix:
                    for acc, ratio in score.accuracy.items():
                        flat[f"{name}.{acc}_accuracy"] = ratio.value
        for name, ratio in self.metadata_totals().items():
            flat[f"metadata.{name}"] = ratio.value
        if self.links is not None:
            score = self.links.score
            flat.update(
                {
                    "links.precision": score.precision,
                    "links.recall": score.recall,
                    "links.f1": score.f1,
                    "links.status_accuracy": score.accuracy["status"].value,
                    "links.follows_up_accuracy": self.links.follows_up.value,
                }
            )
        return flat

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "matching": {"rule": RULE, "threshold": THRESHOLD},
            "n_documents": len(self.documents),
            "fields": {name: score.to_dict() for name, score in self.totals().items()},
            "metadata": {
                name: {"accuracy": r.value, "correct": r.correct, "n": r.total}
                for name, r in self.metadata_totals().items()
            },
            "scores": self.scores(),
            "documents": [d.to_dict() for d in self.documents],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
        }
        if self.with_baseline:
            out["baseline"] = {name: score.to_dict() for name, score in self.totals(baseline=True).items()}
        if self.links is not None:
            out["links"] = self.links.to_dict()
        return out


def baseline_model(pipeline: str | os.PathLike[str] | None = None) -> Language:
    """The statistical model the pipeline is built on, with only its entity recogniser running."""
    import spacy

    if pipeline and Path(pipeline).is_dir():  # a saved pipeline: its own entity recogniser
        return spacy.load(Path(pipeline), enable=["ner"])
    name = resolve_model((load_config(pipeline).get("model") or {}).get("name"))
    return spacy.load(name, enable=["ner"])


def baseline_record(doc) -> dict[str, Any]:
    """What the statistical model alone offers: one person per distinct PERSON text, every DATE entity (no value)."""
    people: dict[str, dict[str, Any]] = {}
    dates = []
    for ent in doc.ents:
        text = " ".join(ent.text.split())
        if ent.label_ == "PERSON":
            people.setdefault(text, {"name": text, "title": None})
        elif ent.label_ == "DATE":
            dates.append({"text": text, "value": None})
    return {"people": list(people.values()), "dates": dates}


def _baseline_gold(gold: Mapping[str, Any]) -> dict[str, Any]:
    return {name: gold[name] for name in BASELINE_FIELDS if gold.get(name) is not None}


def evaluate(
    gold: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    docs: Iterable[str | os.PathLike[str]] = (),
    nlp: Language | None = None,
    pipeline: str | os.PathLike[str] | None = None,
    baseline: bool = False,
    batch_size: int = 4,
) -> Evaluation:
    """Score reportmine's extraction of the documents that gold files (or folders of ``*.gold.json``) describe.

    Each file a gold names (``file`` and ``files``) is extracted and scored on its
    own. A document that is not found or fails to extract counts as all-missed.
    ``baseline=True`` also scores the statistical model's PERSON and DATE entities.
    """
    paths = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    docs = list(docs)
    golds, skipped = load_golds(paths)
    link_entries, skipped = _link_entries(golds, skipped)
    entries: list[DocumentResult] = []
    for g in golds:
        for name in g.files:
            path = locate(name, g, docs)
            entries.append(DocumentResult(g, name, path))
    for entry in entries:
        if entry.path is None:
            entry.status, entry.reason = "missing", "document not found beside the gold or in --docs"
            _score(entry, None)
            if baseline:
                entry.baseline = score_record(_baseline_gold(entry.gold.data), None)

    found = [e for e in entries if e.path is not None]
    extracted: list[Any] = []
    if found:
        results = iter_documents(
            [e.path for e in found if e.path is not None],
            nlp=nlp or get_pipeline(pipeline),
            batch_size=batch_size,
        )
        texts = _score_all(found, results, extracted)
        if baseline:
            model = baseline_model(pipeline)
            for doc, entry in model.pipe(texts, as_tuples=True, batch_size=batch_size):
                entry.baseline = score_record(_baseline_gold(entry.gold.data), baseline_record(doc))
        else:
            for _ in texts:
                pass
    links = score_links(expected_links(link_entries, golds), extracted) if link_entries is not None else None
    return Evaluation(entries, skipped, baseline, links, extracted)


def _link_entries(
    golds: list[Gold], skipped: list[Skipped]
) -> tuple[list[dict[str, Any]] | None, list[Skipped]]:
    """The links.json entries beside the gold files (or named among them); None when there are none."""
    beside = {g.path.parent / LINKS_FILE for g in golds if (g.path.parent / LINKS_FILE).is_file()}
    loaded = {f: load_links(f) for f in beside}
    rest = []
    for s in skipped:
        try:
            loaded[s.path] = load_links(s.path)
        except GoldError:
            rest.append(s)
    if not loaded:
        return None, rest
    return [entry for f in sorted(loaded) for entry in loaded[f]], rest


def _score(entry: DocumentResult, record: Mapping[str, Any] | None) -> None:
    entry.fields = score_record(entry.gold.data, record)
    entry.metadata = score_metadata(entry.gold.data, record)


def _score_all(
    entries: list[DocumentResult], results: Iterable[Any], extracted: list[Any]
) -> Iterator[tuple[str, DocumentResult]]:
    """Score records as they stream in (keeping each Document in ``extracted`` for the graph); yield each text
    for the baseline model."""
    for entry, result in zip(entries, results):
        if isinstance(result, Failure):
            entry.status, entry.reason = "failed", result.reason
            _score(entry, None)
            yield "", entry
            continue
        extracted.append(result)
        record = result.to_dict()
        _score(entry, record)
        yield record.get("text") or "", entry
