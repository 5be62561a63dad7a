"""An evaluation as a plain-text table, a Markdown page or JSON (the form CI and tests read)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from .floors import FloorCheck
from .matching import RULE
from .runner import DocumentResult, Evaluation
from .scoring import FieldScore

FORMATS = ("text", "json", "markdown")

PUBLISHED_RULE = "metadata: exact after whitespace normalisation; 'published' is also right when the prediction starts with the gold value (2018-07-12 for 2018-07)."
ZERO_RULE = "with no predictions, precision is 1 if there was nothing to find, else 0 (recall likewise)."


def render(
    evaluation: Evaluation,
    fmt: str = "text",
    floors: Sequence[FloorCheck] | None = None,
    verbose: bool = False,
) -> str:
    """The evaluation in one of ``FORMATS``; per-document tables in text and Markdown when ``verbose``."""
    if fmt == "json":
        data = evaluation.to_dict()
        if floors is not None:
            data["floors"] = [c.to_dict() for c in floors]
        return json.dumps(data, indent=2, ensure_ascii=False)
    markdown = fmt == "markdown"
    lines: list[str] = []
    lines.append("# reportmine evaluation" if markdown else "reportmine evaluation")
    lines.append("")
    notes = [
        f"Matching rule: {RULE}",
        f"Scores are micro-averaged over {len(evaluation.documents)} document(s); accuracies are over matched pairs; {ZERO_RULE}",
        PUBLISHED_RULE,
    ]
    for note in notes:
        lines += [note] if markdown else textwrap.wrap(note, width=100, subsequent_indent="  ")
    lines.append("")
    lines += _field_table(evaluation.totals(), markdown)
    if evaluation.with_baseline:
        lines += ["", "Statistical model alone (PERSON and DATE entities), beside reportmine:", ""]
        lines += _baseline_table(evaluation, markdown)
    if evaluation.links is not None:
        lines += [
            "",
            "Graph links against links.json (assessed_by edges of reportmine.build_graph over these documents):",
            "",
        ]
        lines += _field_table({"links": evaluation.links.score}, markdown)
        lines.append(
            f"follows_up pairs right: {_num(evaluation.links.follows_up.value)} "
            f"({evaluation.links.follows_up.correct}/{evaluation.links.follows_up.total}); "
            f"false assessed_by edges: {len(evaluation.links.false_edges)}"
        )
        for key in evaluation.links.false_edges:
            lines.append(f"  false edge: recommendation {key[1]} of {key[0]} -> {key[2]}")
        for key in evaluation.links.missed:
            lines.append(f"  missed: recommendation {key[1]} of {key[0]} -> {key[2]}")
    lines += ["", "Metadata accuracy:", ""]
    lines += _table(
        ["value", "accuracy", "right", "of"],
        [
            [name, _num(r.value), str(r.correct), str(r.total)]
            for name, r in evaluation.metadata_totals().items()
        ],
        markdown,
    )
    lines += ["", "Documents:", ""]
    lines += _table(
        ["status", "document", "gold", "note"], [_doc_row(d) for d in evaluation.documents], markdown
    )
    for skipped in evaluation.skipped:
        lines.append(f"skipped {skipped.path}: {skipped.reason}")
    if verbose:
        for doc in evaluation.documents:
            lines += ["", f"## {doc.file}" if markdown else f"{doc.file}:", ""]
            lines += _field_table(doc.fields, markdown)
    if floors is not None:
        lines += ["", _floor_summary(floors)]
        lines += [f"  FAILED {c.name}: floor {c.floor}: {c.reason}" for c in floors if not c.passed]
    return "\n".join(lines) + "\n"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _accuracies(score: FieldScore) -> str:
    return ", ".join(f"{name} {_num(r.value)} ({r.correct}/{r.total})" for name, r in score.accuracy.items())


def _field_table(totals: dict[str, FieldScore], markdown: bool) -> list[str]:
    rows = []
    for name, s in totals.items():
        note = _accuracies(s)
        if s.ignored:
            note = (note + "; " if note else "") + f"{s.ignored} duration(s) ignored"
        rows.append([name, _num(s.precision), _num(s.recall), _num(s.f1), str(s.n_gold), str(s.n_pred), note])
    return _table(
        ["field", "P", "R", "F1", "n gold", "n pred", "accuracy over matched pairs"], rows, markdown
    )


def _baseline_table(evaluation: Evaluation, markdown: bool) -> list[str]:
    ours = evaluation.totals()
    rows = []
    for name, base in evaluation.totals(baseline=True).items():
        mine = ours.get(name) or FieldScore()
        rows.append(
            [name, _num(base.precision), _num(base.recall), _num(base.f1), str(base.n_pred), _num(mine.f1)]
        )
    return _table(
        ["field", "model P", "model R", "model F1", "model n pred", "reportmine F1"], rows, markdown
    )


def _doc_row(doc: DocumentResult) -> list[str]:
    return [doc.status, str(doc.path or doc.file), doc.gold.name, doc.reason or ""]


def _floor_summary(checks: Sequence[FloorCheck]) -> str:
    failed = [c for c in checks if not c.passed]
    if not failed:
        return f"Floors: all {len(checks)} met."
    return f"Floors: {len(failed)} of {len(checks)} not met."


def _table(header: list[str], rows: list[list[Any]], markdown: bool) -> list[str]:
    """Columns padded to their widest cell; a Markdown pipe table when asked."""
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
        return out + ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda row: "  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip()  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]
