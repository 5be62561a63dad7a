"""A comparison (``link.compare``'s result) as plain text, Markdown, a small HTML page or JSON."""

from __future__ import annotations

import html
import json
import re
from typing import Any

COMPARE_FORMATS = ("text", "markdown", "html", "json")


def render_comparison(result: dict[str, Any], fmt: str = "text") -> str:
    """The comparison as plain text, Markdown, a small HTML page or JSON."""
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    lines = _markdown(result)
    if fmt == "markdown":
        return "\n".join(lines) + "\n"
    if fmt == "text":
        return "\n".join(re.sub(r"^#+ |\*\*|`", "", line) for line in lines) + "\n"
    if fmt == "html":
        return _html(result)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(COMPARE_FORMATS)})")


def _markdown(result: dict[str, Any]) -> list[str]:
    rep = result["report"]
    if result["relation"] == "follow_up":
        fu = result["follow_up"]
        out = [
            f"# {_label_of(fu)} follows up {_label_of(rep)}",
            "",
            f"Pairing confidence: {result['pairing_score']:.2f}. Status counts: "
            + ", ".join(f"{k} {v}" for k, v in sorted(result["status_counts"].items())),
            "",
        ]
        for row in result["recommendations"]:
            out.append(f"## Recommendation {row['number']}: {row['status'].replace('_', ' ')}")
            out += ["", row["text"], ""]
            if row["evidence"]:
                out += [f"**Evidence** (link confidence {row['score']:.2f}): {row['evidence']}", ""]
        if result["unassessed"]:
            out += [
                "## Not assessed in the follow-up",
                "",
                ", ".join(str(n) for n in result["unassessed"]),
                "",
            ]
        if result["unmatched_outcomes"]:
            out += (
                ["## Judgements not matched to a recommendation", ""]
                + [f"- {o['status']}: {o['text']}" for o in result["unmatched_outcomes"]]
                + [""]
            )
        return out
    press = result["press"]
    out = [
        f"# {_label_of(press)} on {_label_of(rep)}",
        "",
        f"Coverage confidence: {result['coverage_score']:.2f}.",
        "",
        f"## Left out by the press ({len(result['left_out'])} of {len(result['left_out']) + len(result['reflected'])})",
        "",
    ]
    out += [f"- {item['kind']}: {item['text']}" for item in result["left_out"]] + [""]
    out += ["## Relayed", ""] + [f"- {item['kind']}: {item['text']}" for item in result["reflected"]] + [""]
    out += ["## Quotations", ""]
    for q in result["quotes"]:
        out.append(
            f"- `{q['found']}` ({q['similarity']:.2f}) {q['speaker'] or 'unknown speaker'}: \u201c{q['text']}\u201d"
        )
    return out + [""]


def _label_of(summary: dict[str, Any]) -> str:
    return summary.get("title") or summary.get("source") or summary.get("id")


def _html(result: dict[str, Any]) -> str:
    body = []
    for line in _markdown(result):
        if line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("- "):
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line:
            body.append(f"<p>{html.escape(line).replace('**', '')}</p>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reportmine compare</title>'
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}h2{margin-top:1.4em}</style>"
        "</head><body>" + "\n".join(body) + "</body></html>\n"
    )
