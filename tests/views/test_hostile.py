"""Script payloads in documents never run in the HTML views (graph page, comparison), checked in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportmine import build_graph, compare
from reportmine.io.graphs import write_graph
from reportmine.model import Document, Mention, Person, Quote, Recommendation, Statement
from reportmine.views.comparison import render_comparison

#: each payload, if it ran, would add an element whose id is built at run time (so the payload's own
#: text, shown escaped, never contains the finished marker)
RUN = "document.body.appendChild(Object.assign(document.createElement('b'),{id:'ran'+'-payload'}))"
PAYLOADS = [
    f"<script>{RUN}</script>",
    f"</script><script>{RUN}</script>",
    f'<img src=x onerror="{RUN}">',
    f'"\'><svg onload="{RUN}">',
    f"javascript:{RUN}",
    f"<!--<script>{RUN}</script>-->",
    f"\u2028</script><script>{RUN}</script>",
]


def _browser() -> str | None:
    return next(
        (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None
    )


def _dom(browser: str, page: Path, profile: Path) -> str:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        "--dump-dom",
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


def _hostile_documents() -> tuple[Document, Document]:
    text = " ".join(PAYLOADS)
    report = Document(
        id="r" * 16,
        source="<script>r.pdf",
        kind="inspection_report",
        title=PAYLOADS[0],
        text=text,
        force="Westshire Police",
        published="2020-01",
        findings=[Statement(text=p, start=0, end=1, page=1) for p in PAYLOADS],
        recommendations=[
            Recommendation(number=i + 1, text=p, start=0, end=1) for i, p in enumerate(PAYLOADS)
        ],
        people=[Person(name=PAYLOADS[1], title=PAYLOADS[2], mentions=[Mention(PAYLOADS[1], 0, 1)])],
    )
    press = Document(
        id="p" * 16,
        source="p.html",
        kind="news_article",
        title=PAYLOADS[3],
        text=text,
        published="2020-02",
        force="Westshire Police",
        quotes=[Quote(PAYLOADS[4], PAYLOADS[5], 0, 1)],
    )
    return report, press


def test_payloads_in_documents_never_run_in_the_views(tmp_path) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("no chromium binary found (install Debian's 'chromium' package to run the browser test)")
    report, press = _hostile_documents()
    pages = {"graph": tmp_path / "graph.html", "compare": tmp_path / "compare.html"}
    write_graph(build_graph([report, press]), pages["graph"], "html")
    pages["compare"].write_text(render_comparison(compare(press, report), "html"), encoding="utf-8")
    for name, page in pages.items():
        dom = _dom(browser, page, tmp_path / f"profile-{name}")
        assert "<body" in dom, name
        assert 'id="ran-payload"' not in dom, f"a payload ran in the {name} view"
