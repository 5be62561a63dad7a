"""A comparison (``reportmine.link.compare``) as plain text, Markdown, JSON or a printable self-contained HTML page."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from .style import STATUS_CSS, source_label, status_label

COMPARE_FORMATS = ("text", "markdown", "html", "json")


def render_comparison(result: dict[str, Any], fmt: str = "text") -> str:
    """The comparison in ``fmt``: text, markdown, html or json."""
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if fmt == "markdown":
        return "\n".join(markdown_lines(result)) + "\n"
    if fmt == "text":
        return "\n".join(_plain(line) for line in markdown_lines(result)) + "\n"
    if fmt == "html":
        return html_page(result)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(COMPARE_FORMATS)})")


def _plain(line: str) -> str:
    line = re.sub(r"^#+ ", "", line)
    line = re.sub(r"^> ?", "    ", line)
    return line.replace("**", "")


def _label(summary: dict[str, Any]) -> str:
    return str(summary.get("title") or source_label(summary.get("source")) or summary.get("id") or "")


def _about(summary: dict[str, Any]) -> str:
    bits = [summary.get("kind", "").replace("_", " "), summary.get("force"), summary.get("published")]
    return f"{_label(summary)} ({', '.join(b for b in bits if b)}; {source_label(summary.get('source'))})"


def _pages(pages: list[int] | None) -> str:
    if not pages:
        return "no page"
    first, last = pages[0], pages[-1]
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def _page(page: int | None) -> str:
    return f"p. {page}" if page is not None else "no page"


def _quoted(text: str) -> list[str]:
    return [f"> {line}" if line.strip() else ">" for line in text.splitlines()]


def markdown_lines(result: dict[str, Any]) -> list[str]:
    """The comparison as Markdown lines (the text format is these without the markup)."""
    if result["relation"] == "follow_up":
        return _follow_up_lines(result)
    return _coverage_lines(result)


def _head(title: str, result: dict[str, Any], who: list[tuple[str, dict[str, Any]]]) -> list[str]:
    out = [f"# {title}", "", f"**{result['summary']}**", ""]
    out += [f"- {role}: {_about(s)}" for role, s in who] + [""]
    out += [f"**Note:** {note}" for note in result.get("notes", [])]
    return out + ([""] if result.get("notes") else [])


def _follow_up_lines(result: dict[str, Any]) -> list[str]:
    rep, fu = result["report"], result["follow_up"]
    out = _head(
        f"{_label(fu)} follows up {_label(rep)}",
        result,
        [("Report", rep), ("Follow-up", fu)],
    )
    for row in result["recommendations"]:
        out += [f"## Recommendation {row['number']}: {status_label(row['status'])}", ""]
        out += _quoted(row["text"]) + [""]
        when = ", ".join(x for x in (row["deadline"], row["due"] and f"due {row['due']}") if x)
        out += [f"Deadline: {when or 'none stated'} · report {_page(row['page'])}", ""]
        if row["reasoning"]:
            out += [f"**The follow-up's reasoning** ({_pages(row['reasoning_pages'])}):", ""]
            out += _quoted(row["reasoning"]) + [""]
            out += [f"Verdict ({_page(row['verdict_page'])}): {row['verdict']}", ""]
        else:
            out += ["The follow-up does not assess this recommendation.", ""]
    if result["unmatched_outcomes"]:
        out += ["## Judgements not matched to a recommendation", ""]
        out += [
            f"- {status_label(o['status'])} ({_page(o['page'])}): {o['text']}"
            for o in result["unmatched_outcomes"]
        ] + [""]
    return out


def _coverage_lines(result: dict[str, Any]) -> list[str]:
    rep, press = result["report"], result["press"]
    out = _head(f"{_label(press)} on {_label(rep)}", result, [("Report", rep), ("Press", press)])
    out += [f"## What the piece got right ({len(result['right'])})", ""]
    for item in result["right"]:
        out.append(f"- {item['kind']} ({_page(item['page'])}): {item['text']}")
        if item.get("press"):
            out.append(f"  - the piece: “{item['press']}”")
    out += ["", f"## What the piece left out ({len(result['left_out'])})", ""]
    out += [f"- {item['kind']} ({_page(item['page'])}): {item['text']}" for item in result["left_out"]]
    out += ["", f"## What the piece says that the report does not ({len(result['not_in_report'])})", ""]
    out += [f"- {item['text']}" for item in result["not_in_report"]]
    quotes = result["quotes"]
    out += ["", f"## Quotations given to the report or the inspectorate ({len(quotes['report'])})", ""]
    for q in quotes["report"]:
        out.append(f"- **{q['verdict'].replace('_', ' ')}**: {q['speaker']}: “{q['text']}”")
        if q["verdict"] == "verbatim":
            out.append(f"  - in the report, {_page(q['page'])}")
            continue
        for diff in q["differs"]:
            out.append(
                f"  - the piece has “{diff['press'] or '—'}” where the report has “{diff['report'] or '—'}”"
            )
        if q["passage"]:
            out.append(f"  - nearest report passage ({_page(q['page'])}): “{q['passage']}”")
    out += ["", f"## Other quotations, not checkable against the report ({len(quotes['others'])})", ""]
    out += [f"- {q['speaker'] or 'unknown speaker'}: “{q['text']}”" for q in quotes["others"]]
    return out + [""]


# -- html ---------------------------------------------------------------------

#: the parts of a comparison; :func:`parts_css` scopes them under a class for a notebook cell
_PARTS_CSS = """
h1{font-size:1.5em;line-height:1.25}h2{font-size:1.15em;margin:1.6em 0 .4em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.summary{font-size:1.1em;font-weight:600}.note{background:#fff6d6;border-left:4px solid #e0b000;padding:.4em .8em}
.meta{color:#555;font-size:.9em}ul{padding-left:1.3em}li{margin:.3em 0}
blockquote{margin:.5em 0;padding:.4em .9em;border-left:4px solid #ccd;background:#f6f7fa;white-space:pre-wrap}
.rec{border:1px solid #ddd;border-left:6px solid #9e9e9e;border-radius:4px;padding:.2em 1em .6em;margin:1em 0;break-inside:avoid}
.rec h2{border:0;margin-top:.6em}
.badge{display:inline-block;font-size:.75em;font-weight:700;text-transform:uppercase;letter-spacing:.03em;
 padding:.1em .5em;border-radius:3px;color:#fff;background:#757575;vertical-align:middle;margin-right:.4em}
.check-verbatim{background:#2e7d32}.check-altered{background:#b35c00}.check-not_found{background:#c62828}
.check-not_checkable{background:#757575}
del{color:#c62828}ins{color:#2e7d32;text-decoration:none;font-weight:600}
"""

_CSS = (
    """
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f;max-width:860px;margin:0 auto;padding:1.5em 1em}
"""
    + _PARTS_CSS
    + """@media print{body{max-width:none;font-size:11pt}a{color:inherit}.note{border-color:#999}}
"""
    + STATUS_CSS
)


def parts_css(scope: str) -> str:
    """The comparison's CSS with every selector under ``scope`` (".rm"), so a notebook's own page keeps its look."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", _PARTS_CSS + STATUS_CSS)
    return "".join(
        ",".join(f"{scope} {sel.strip()}" for sel in selectors.split(",")) + "{" + body + "}"
        for selectors, body in rules
    )


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def _badge(status: str) -> str:
    return f'<span class="badge status status-{_e(status)}">{_e(status_label(status))}</span>'


def _title(result: dict[str, Any]) -> str:
    if result["relation"] == "follow_up":
        return f"{_label(result['follow_up'])} follows up {_label(result['report'])}"
    return f"{_label(result['press'])} on {_label(result['report'])}"


def html_fragment(result: dict[str, Any]) -> str:
    """The comparison's body as HTML (title, summary, the two documents, notes, then each part)."""
    if result["relation"] == "follow_up":
        who = [("Report", result["report"]), ("Follow-up", result["follow_up"])]
        body = _follow_up_html(result)
    else:
        who = [("Report", result["report"]), ("Press", result["press"])]
        body = _coverage_html(result)
    head = [
        f"<h1>{_e(_title(result))}</h1>",
        f'<p class="summary">{_e(result["summary"])}</p>',
        '<ul class="meta">',
    ]
    head += [f"<li>{_e(role)}: {_e(_about(s))}</li>" for role, s in who] + ["</ul>"]
    head += [f'<p class="note">{_e(n)}</p>' for n in result.get("notes", [])]
    return "\n".join(head + body)


def html_page(result: dict[str, Any]) -> str:
    """A printable page that needs nothing but a browser: inline CSS, no script, no link out."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{_e(_title(result))}</title><style>{_CSS}</style></head><body>"
        + html_fragment(result)
        + "</body></html>\n"
    )


def _blockquote(text: str | None) -> str:
    return f"<blockquote>{_e(text)}</blockquote>" if text else ""


def _follow_up_html(result: dict[str, Any]) -> list[str]:
    out = []
    for row in result["recommendations"]:
        when = ", ".join(x for x in (row["deadline"], row["due"] and f"due {row['due']}") if x)
        part = [
            f'<section class="rec status-{_e(row["status"])}" data-number="{_e(row["number"])}">',
            f"<h2>{_badge(row['status'])} Recommendation {_e(row['number'])}</h2>",
            _blockquote(row["text"]),
            f'<p class="meta">Deadline: {_e(when or "none stated")} · report {_e(_page(row["page"]))}</p>',
        ]
        if row["reasoning"]:
            part += [
                f"<p><b>The follow-up’s reasoning</b> ({_e(_pages(row['reasoning_pages']))}):</p>",
                _blockquote(row["reasoning"]),
                f'<p class="meta">Verdict ({_e(_page(row["verdict_page"]))}): {_e(row["verdict"])}</p>',
            ]
        else:
            part.append("<p>The follow-up does not assess this recommendation.</p>")
        out += part + ["</section>"]
    if result["unmatched_outcomes"]:
        out += ["<h2>Judgements not matched to a recommendation</h2>", "<ul>"]
        out += [
            f"<li>{_badge(o['status'])} ({_e(_page(o['page']))}) {_e(o['text'])}</li>"
            for o in result["unmatched_outcomes"]
        ] + ["</ul>"]
    return out


def _list(title: str, items: list[str], css: str) -> list[str]:
    return [f"<h2>{_e(title)} ({len(items)})</h2>", f'<ul class="{css}">', *items, "</ul>"]


def _coverage_html(result: dict[str, Any]) -> list[str]:
    right = [
        f"<li>{_e(i['kind'])} ({_e(_page(i['page']))}): {_e(i['text'])}"
        + (f'<div class="meta">the piece: “{_e(i["press"])}”</div>' if i.get("press") else "")
        + "</li>"
        for i in result["right"]
    ]
    left = [f"<li>{_e(i['kind'])} ({_e(_page(i['page']))}): {_e(i['text'])}</li>" for i in result["left_out"]]
    added = [f"<li>{_e(i['text'])}</li>" for i in result["not_in_report"]]
    checked = []
    for q in result["quotes"]["report"]:
        item = (
            f'<li class="quote" data-check="{_e(q["verdict"])}"><span class="badge check-{_e(q["verdict"])}">'
        )
        item += f"{_e(q['verdict'].replace('_', ' '))}</span> {_e(q['speaker'])}: “{_e(q['text'])}”"
        if q["verdict"] == "verbatim":
            item += f'<div class="meta">in the report, {_e(_page(q["page"]))}</div>'
        else:
            item += "".join(
                f'<div class="meta">the piece has <del>{_e(d["press"] or "—")}</del> where the report has '
                f"<ins>{_e(d['report'] or '—')}</ins></div>"
                for d in q["differs"]
            )
            if q["passage"]:
                item += f'<div class="meta">nearest report passage ({_e(_page(q["page"]))}):</div>'
                item += _blockquote(q["passage"])
        checked.append(item + "</li>")
    others = [
        f'<li class="quote" data-check="not_checkable">{_e(q["speaker"] or "unknown speaker")}: “{_e(q["text"])}”</li>'
        for q in result["quotes"]["others"]
    ]
    return (
        _list("What the piece got right", right, "right")
        + _list("What the piece left out", left, "left-out")
        + _list("What the piece says that the report does not", added, "not-in-report")
        + _list("Quotations given to the report or the inspectorate", checked, "quotes-report")
        + _list("Other quotations, not checkable against the report", others, "quotes-others")
    )
