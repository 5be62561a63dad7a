"""The graph page (``graph --format html``) in a real headless Chromium: colours, one entry per publication,
coverage under its report, search and status filter, no horizontal scroll at 1400 and 420 px, no request out."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from reportmine import build_graph
from reportmine.io.graphs import write_graph
from reportmine.link.corpus import read_records

#: a script run after the page's own: what a reader would see, as JSON in a <pre id="probe">
PROBE = """<script>
window.addEventListener('load',()=>{const out={};
const badge=document.querySelector('li.rec.status-achieved .status');
out.badge=badge&&getComputedStyle(badge).backgroundColor;
out.border=badge&&getComputedStyle(badge.parentElement).borderLeftColor;
out.scroll=document.documentElement.scrollWidth-document.documentElement.clientWidth;
out.requests=performance.getEntriesByType('resource').map(e=>e.name);
out.nav=[...document.querySelectorAll('#nav a[data-id^="report:"]')].map(a=>a.textContent);
out.coverage=[...document.querySelectorAll('.coverage h4')].map(h=>h.textContent);
out.quotes=document.querySelectorAll('.coverage ul.quotes li').length;
const fs=document.getElementById('status-filter');fs.value='partially_achieved';fs.dispatchEvent(new Event('change'));
out.shown=[...document.querySelectorAll('li.rec:not(.hidden)')].map(li=>li.dataset.number);
fs.value='';fs.dispatchEvent(new Event('change'));
const q=document.getElementById('q');q.value='drug dealing';q.dispatchEvent(new Event('input'));
out.found=[...document.querySelectorAll('li.rec:not(.hidden)')].map(li=>li.dataset.number);
const pre=document.createElement('pre');pre.id='probe';pre.textContent=JSON.stringify(out);document.body.appendChild(pre);});
</script>"""


def _chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def _run(browser: str, url: str, tmp_path, width: int, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={width},1000",
        "--virtual-time-budget=3000",
        *args,
        url,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def page(sample_records, tmp_path_factory):
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium binary found (install Debian's 'chromium' package to run the browser test)")
    folder = tmp_path_factory.mktemp("graph-page")
    out = folder / "graph.html"
    write_graph(build_graph(read_records(sample_records)), out, "html")
    probed = folder / "probed.html"
    probed.write_text(out.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    return browser, out, probed


@pytest.mark.parametrize("width", [1400, 420])
def test_graph_page_in_chromium(page, tmp_path, width):
    browser, out, probed = page
    text = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert "/tmp/" not in text and str(tmp_path.parent) not in text  # sources by file name only
    dom = _run(browser, probed.as_uri(), tmp_path, width, "--dump-dom").stdout
    seen = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1).replace("&quot;", '"'))
    assert seen["scroll"] <= 0, f"horizontal scroll of {seen['scroll']} px at {width} px"
    assert seen["requests"] == []
    # the status colour, not the grey default, on the badge and the box's edge
    assert seen["badge"] == "rgb(46, 125, 50)" and seen["border"] == "rgb(46, 125, 50)"
    # the inspection's PDF and web page are one entry; so are the follow-up's
    assert sum("Inspection of the police response" in n for n in seen["nav"]) == 1
    assert sum("Post-inspection review" in n for n in seen["nav"]) == 1
    # the press release and the news story under the report they cover, with their quotes
    assert len(seen["coverage"]) == 2 and seen["quotes"] >= 5
    assert seen["shown"] == ["2", "3"] and seen["found"] == ["3"]
    shot = tmp_path / f"graph-{width}.png"
    _run(browser, out.as_uri(), tmp_path, width, f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
