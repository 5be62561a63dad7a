"""Scores of one record against its gold: per field precision, recall, F1 and attribute accuracies.

Records are the contract's JSON dicts (``Document.to_dict()``), so a scorer
can equally read the output of ``reportmine extract`` saved earlier.
A field is scored only where the gold file gives its list; a metadata value
only where the gold file gives its key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .gold import FIELDS, METADATA, gold_areas
from .matching import Pair, assign, label, match_texts, person_score

#: The attribute accuracies measured over the matched pairs of each field.
ACCURACIES = {
    "findings": (),
    "concerns": (),
    "recommendations": ("number", "deadline"),
    "areas_for_improvement": ("number",),
    "outcomes": ("status", "recommendation", "area_for_improvement"),
    "people": ("title",),
    "dates": ("value",),
    "quotes": ("speaker",),
}

Item = Mapping[str, Any]


@dataclass
class Ratio:
    """Right answers out of those judged; ``value`` is None when nothing was judged."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, right: bool) -> None:
        self.correct += bool(right)
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.correct += other.correct
        self.total += other.total
        return self


@dataclass
class FieldScore:
    """True/false positives and misses of one field, with its attribute accuracies."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0  # predictions neither rewarded nor penalised (durations)
    accuracy: dict[str, Ratio] = field(default_factory=dict)

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """tp / (tp + fp); with no predictions, 1 if there was nothing to find, else 0."""
        if self.n_pred:
            return self.tp / self.n_pred
        return 1.0 if not self.n_gold else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); with nothing to find, 1 if nothing was predicted, else 0."""
        if self.n_gold:
            return self.tp / self.n_gold
        return 1.0 if not self.n_pred else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: FieldScore) -> FieldScore:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.ignored += other.ignored
        for name, ratio in other.accuracy.items():
            self.accuracy.setdefault(name, Ratio()).__iadd__(ratio)
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
        }
        if self.ignored:
            out["ignored"] = self.ignored
        for name, ratio in self.accuracy.items():
            out[f"{name}_accuracy"] = ratio.value
            out[f"{name}_judged"] = ratio.total
        return out


def _texts(items: Sequence[Item], key: str = "text") -> list[str | None]:
    return [i.get(key) for i in items]


def _tally(n_gold: int, n_pred: int, pairs: list[Pair], accuracies: Sequence[str]) -> FieldScore:
    return FieldScore(
        tp=len(pairs),
        fp=n_pred - len(pairs),
        fn=n_gold - len(pairs),
        accuracy={name: Ratio() for name in accuracies},
    )


def _same_label(a: Any, b: Any) -> bool:
    return label(None if a is None else str(a)) == label(None if b is None else str(b))


def _status(value: Any) -> str:
    return label(value).replace(" ", "_").replace("-", "_")


def _same_number(gold: Any, pred: Any) -> bool:
    try:
        return int(gold) == int(pred)
    except (TypeError, ValueError):
        return False


def score_spans(gold: Sequence[Item], pred: Sequence[Item], name: str) -> FieldScore:
    """Findings, concerns, recommendations or outcomes: text overlap, then the field's accuracies."""
    pairs = match_texts(_texts(gold), _texts(pred))
    score = _tally(len(gold), len(pred), pairs, ACCURACIES[name])
    for pair in pairs:
        g, p = gold[pair.gold], pred[pair.pred]
        if name in ("recommendations", "areas_for_improvement"):
            score.accuracy["number"].add(_same_number(g.get("number"), p.get("number")))
        if name == "recommendations":
            score.accuracy["deadline"].add(_same_label(g.get("deadline"), p.get("deadline")))
        elif name == "outcomes":
            score.accuracy["status"].add(_status(g.get("status")) == _status(p.get("status")))
            if g.get("recommendation") is not None:
                score.accuracy["recommendation"].add(
                    _same_number(g["recommendation"], p.get("recommendation"))
                )
            if g.get("area_for_improvement") is not None:
                score.accuracy["area_for_improvement"].add(
                    _same_number(g["area_for_improvement"], p.get("area_for_improvement"))
                )
    return score


def _speaker_right(gold_quote: Item, speaker: Any, people: Sequence[Item]) -> bool:
    """The gold speaker, one of its ``speaker_variants``, or an alias of the gold person of that name."""
    accepted = {label(gold_quote.get("speaker"))}
    accepted.update(label(v) for v in gold_quote.get("speaker_variants") or [])
    for person in people:
        if label(person.get("name")) in accepted:
            accepted.update(label(a) for a in person.get("aliases") or [])
    return label(speaker) in accepted if speaker else gold_quote.get("speaker") is None


def score_quotes(gold: Sequence[Item], pred: Sequence[Item], people: Sequence[Item]) -> FieldScore:
    """Quotes by text overlap; the speaker may be given by any name the gold accepts."""
    pairs = match_texts(_texts(gold), _texts(pred))
    score = _tally(len(gold), len(pred), pairs, ACCURACIES["quotes"])
    for pair in pairs:
        score.accuracy["speaker"].add(_speaker_right(gold[pair.gold], pred[pair.pred].get("speaker"), people))
    return score


def score_people(gold: Sequence[Item], pred: Sequence[Item]) -> FieldScore:
    """People by name (exact name or alias, else surname and first name), then title accuracy."""
    pairs = assign(
        len(gold),
        len(pred),
        lambda g, p: person_score(pred[p].get("name"), gold[g].get("name"), gold[g].get("aliases") or ()),
        threshold=0.5,
    )
    score = _tally(len(gold), len(pred), pairs, ACCURACIES["people"])
    for pair in pairs:
        score.accuracy["title"].add(_same_label(gold[pair.gold].get("title"), pred[pair.pred].get("title")))
    return score


def score_dates(gold: Sequence[Item], pred: Sequence[Item]) -> FieldScore:
    """Dates by text overlap, value accuracy on ISO strings; durations are neither required nor rewarded.

    Gold items marked ``duration: true`` are not counted as misses; a prediction
    left unmatched is not a false positive when it matches such an item, or when
    the extractor itself marks it ``duration: true``.
    """
    required = [g for g in gold if not g.get("duration")]
    durations = [g for g in gold if g.get("duration")]
    pairs = match_texts(_texts(required), _texts(pred))
    score = _tally(len(required), len(pred), pairs, ACCURACIES["dates"])
    for pair in pairs:
        score.accuracy["value"].add(required[pair.gold].get("value") == pred[pair.pred].get("value"))
    matched = {pair.pred for pair in pairs}
    rest = [i for i in range(len(pred)) if i not in matched]
    excused = {
        rest[pair.pred] for pair in match_texts(_texts(durations), [pred[i].get("text") for i in rest])
    }
    excused.update(i for i in rest if pred[i].get("duration"))
    score.fp -= len(excused)
    score.ignored = len(excused)
    return score


def _metadata_right(name: str, gold: Any, pred: Any) -> bool:
    g = " ".join(str(gold).split()) if gold is not None else None
    p = " ".join(str(pred).split()) if pred is not None else None
    if name == "published" and g and p:
        return p.startswith(g)  # a fuller date than the gold gives is still right
    return g == p


def score_metadata(gold: Mapping[str, Any], record: Mapping[str, Any] | None) -> dict[str, bool]:
    """Right or wrong for each metadata key the gold gives (exact after whitespace normalisation)."""
    return {
        name: record is not None and _metadata_right(name, gold[name], record.get(name))
        for name in METADATA
        if name in gold
    }


def score_record(gold: Mapping[str, Any], record: Mapping[str, Any] | None) -> dict[str, FieldScore]:
    """Every field the gold gives, scored against a record; no record (missing, failed) misses everything."""
    record = record or {}
    people = gold.get("people") or []
    scorers: dict[str, Callable[[Sequence[Item], Sequence[Item]], FieldScore]] = {
        "people": score_people,
        "dates": score_dates,
        "quotes": lambda g, p: score_quotes(g, p, people),
    }
    out = {}
    for name in FIELDS:
        expected = gold_areas(dict(gold)) if name == "areas_for_improvement" else gold.get(name)
        if expected is None:
            continue
        scorer = scorers.get(name)
        items = record.get(name) or []
        out[name] = scorer(expected, items) if scorer else score_spans(expected, items, name)
    return out
