"""A web-page copy of one of the sample corpus's PDF reports, as the inspectorate also publishes reports online.

Written from the same content file the PDF is laid out from (corpora/content), so
the two copies say the same thing: tests use the pair as one publication in two formats.
"""

from __future__ import annotations

import json
from datetime import date
from html import escape
from pathlib import Path

CONTENT = Path(__file__).resolve().parents[1] / "corpora" / "content"


def write_web_copy(name: str, out_dir: Path) -> Path:
    """``corpora/content/<name>.json`` (a PDF's content) as ``<out_dir>/<name>.html``; returns its path."""
    doc = json.loads((CONTENT / f"{name}.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(doc["created"][:10])
    body = []
    for kind, *args in doc["blocks"]:
        if kind in ("h1", "h2", "h3"):
            level = {"h1": "h2", "h2": "h3", "h3": "h4"}[kind]
            body.append(f"<{level}>{escape(args[0], False)}</{level}>")
        elif kind in ("p", "quote"):
            body.append(f"<p>{escape(args[0], False)}</p>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(i, False)}</li>" for i in args[0]) + "</ul>")
        elif kind == "rec":
            body.append(f'<ol start="{args[0]}"><li>{escape(args[1], False)}</li></ol>')
        elif kind == "sig":
            body.append(f"<p><strong>{escape(args[0], False)}</strong><br>{escape(args[1], False)}</p>")
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(doc['title'])} - HMICFRS</title>"
        f'<meta property="article:published_time" content="{published.isoformat()}">'
        f"</head><body><main><h1>{escape(doc['title'], False)}</h1>"
        f"<p>Published: {published.day} {published:%B %Y}</p>" + "\n".join(body) + "</main></body></html>\n"
    )
    out = out_dir / f"{name}.html"
    out.write_text(page, encoding="utf-8")
    return out
