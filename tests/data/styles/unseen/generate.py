#!/usr/bin/env python3
"""Render the never-seen set (constructed documents, fictional forces) from content/*.txt.

    python tests/data/styles/unseen/generate.py

The content markup and the PDF layout are those of ``../followups/generate.py`` (its ``read`` and
``render_pdf`` are reused); the HTML is another site's template: a WordPress-style inspectorate page
with a ``<meta name="date">``, boxed panels whose heading sits inside the panel (a ``> **...**`` line)
and whose bullets follow it in the same panel, and tracker tables. Output is deterministic.
"""

from __future__ import annotations

import importlib.util
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "followups_generate", HERE.parent / "followups" / "generate.py"
)
assert _SPEC and _SPEC.loader
shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shared)

SITE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{title} | Inspectorate</title>
{date_meta}<link rel="stylesheet" href="/wp-content/themes/inspectorate/style.css">
</head>
<body class="single single-publication">
<div class="site-header"><a class="site-logo" href="/">Inspectorate home</a>
<form class="search-form" role="search"><label>Search <input type="search" name="s"></label></form></div>
<nav class="primary-menu"><ul><li><a href="/our-work/">Our work</a></li><li><a href="/publications/">Publications</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact us</a></li></ul></nav>
<div id="content" class="site-content">
<article class="publication type-{slug}">
<header class="entry-header">
<span class="entry-type">{type}</span>
<h1 class="entry-title">{title}</h1>
<p class="entry-date">{published_line}</p>
</header>
<div class="entry-content">
{body}
</div>
</article>
<aside class="widget related-publications"><h2>Related publications</h2><ul><li><a href="/publications/">All publications</a></li></ul></aside>
</div>
<footer class="site-footer"><p>Follow us on social media</p><p>&#169; Crown copyright. Content available under the Open Government Licence.</p></footer>
</body>
</html>
"""


def _panel_line(value: str) -> str:
    if value.startswith("**") and value.endswith("**"):
        return f'<h4 class="panel__heading">{escape(shared.plain(value))}</h4>'
    return f"<p>{shared.inline(value)}</p>"


def render_site(meta: dict[str, str], blocks: list[tuple[str, object]]) -> str:
    """One content file as a page of the WordPress-style site."""
    out: list[str] = []
    panel: list[str] | None = None
    bullets: list[str] = []

    def close_bullets() -> None:
        if bullets:
            (panel if panel is not None else out).append(
                "<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>"
            )
            bullets.clear()

    for kind, value in blocks + [("end", "")]:
        if kind == "li":
            bullets.append(shared.inline(str(value)))
            continue
        close_bullets()
        if kind == "box":
            panel = [] if panel is None else panel
            panel.append(_panel_line(str(value)))
            continue
        if panel is not None:
            out.append('<div class="panel">' + "\n".join(panel) + "</div>")
            panel = None
        if kind in ("h2", "h3", "h4"):
            out.append(f"<{kind}>{shared.inline(str(value))}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{shared.inline(str(value))}</p>")
        elif kind == "table":
            rows: list[list[str]] = value  # type: ignore[assignment]
            cells = ["<tr>" + "".join(f"<th>{escape(c)}</th>" for c in rows[0]) + "</tr>"]
            cells += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append('<table class="tracker">' + "\n".join(cells) + "</table>")
    date = meta.get("date")
    return SITE.format(
        title=escape(meta["title"]),
        date_meta=f'<meta name="date" content="{date}">\n' if date else "",
        slug=escape(meta.get("type", "report").lower().replace(" ", "-")),
        type=escape(meta.get("type", "Report")),
        published_line=escape(meta["published_line"]),
        body="\n".join(out),
    )


def main() -> None:
    for path in sorted((HERE / "content").glob("*.txt")):
        meta, blocks = shared.read(path)
        for fmt in meta.get("formats", "html").split():
            target = HERE / "docs" / f"{path.stem}.{fmt}"
            if fmt == "html":
                target.write_text(render_site(meta, blocks), encoding="utf-8")
            else:
                shared.render_pdf(meta, blocks, target)
            print(target.relative_to(HERE))


if __name__ == "__main__":
    main()
