"""Graph outputs (node-link JSON, GraphML, GEXF, the HTML page in a real browser), the table, compare and the commands."""

from __future__ import annotations

import json
import shutil
import subprocess

import networkx as nx
import pytest
from click.testing import CliRunner
from gold_documents import gold_document

from reportmine import build_graph, compare, recommendation_table
from reportmine.cli import main
from reportmine.io.graphs import graph_from_json, write_graph
from reportmine.link.compare import Unrelated, find_quote
from reportmine.model import Document
from reportmine.views.comparison import render_comparison

NAMES = ["northmoor-ncpi-2018", "northmoor-ncpi-review-2019", "seed004"]


@pytest.fixture(scope="module")
def docs(shared_corpus):
    return [gold_document(shared_corpus, f"{n}.gold.json", fmt="html") for n in NAMES]


@pytest.fixture(scope="module")
def graph(docs):
    return build_graph(docs)


def test_node_ids_and_types_follow_the_contract(graph, docs):
    report, follow_up, press = docs
    types = nx.get_node_attributes(graph, "type")
    assert (
        types[f"report:{press.id}"] == "report"
        and graph.nodes[f"report:{press.id}"]["kind"] == "press_release"
    )
    assert types[f"recommendation:{report.id}:7"] == "recommendation"
    assert types[f"outcome:{follow_up.id}:1"] == "outcome"
    assert types["person:rosalind pryce"] == "person"
    assert {"report", "recommendation", "outcome", "finding", "concern", "person", "organisation"} <= set(
        types.values()
    )
    edge_types = {d["type"] for _, _, d in graph.edges(data=True)}
    assert {"makes", "assessed_by", "follows_up", "mentioned_in"} <= edge_types
    for key in ("kind", "title", "published", "force", "source"):
        assert key in graph.nodes[f"report:{report.id}"]


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_graph_files_round_trip(graph, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    write_graph(graph, out, fmt)
    if fmt == "json":
        back = graph_from_json(json.loads(out.read_text()))
    else:
        back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    relation = "relation" if fmt == "gexf" else "type"  # GEXF keeps 'type' for directed/undirected
    assert set(back.nodes) == set(graph.nodes)
    statuses = sorted(d["status"] for _, _, d in back.edges(data=True) if d.get(relation) == "assessed_by")
    assert statuses == sorted(
        d["status"] for _, _, d in graph.edges(data=True) if d.get("type") == "assessed_by"
    )


def test_recommendation_table(graph):
    table = recommendation_table(graph)
    assert list(table["number"]) == [1, 2, 3, 4, 5, 6, 7]
    assert list(table["status"]) == [
        "achieved",
        "achieved",
        "partially_achieved",
        "partially_achieved",
        "partially_achieved",
        "achieved",
        "not_achieved",
    ]
    assert table["evidence"].str.len().gt(10).all() and (table["force"] == "Northmoor Police").all()


def _chromium() -> str | None:
    return next(
        (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None
    )


def _dom(browser: str, url: str, tmp_path) -> str:
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=3000",
        "--dump-dom",
        url,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout


def test_html_page_renders_in_a_real_browser(graph, docs, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium binary found (install Debian's 'chromium' package to run the browser test)")
    page = tmp_path / "graph.html"
    write_graph(graph, page, "html")
    text = page.read_text()
    assert (
        "http://" not in text.split("<script")[0]
        and "https://" not in text.replace("</script>", "").split('id="graph-data"')[0]
    )
    dom = _dom(browser, page.as_uri(), tmp_path)
    # the script built the recommendations of the first report, coloured by status
    assert dom.count('class="rec status-achieved"') == 3
    assert dom.count('class="rec status-partially_achieved"') == 3
    assert dom.count('class="rec status-not_achieved"') == 1
    assert "Followed up by" in dom and 'class="person-link"' in dom
    # following a person: the page routes on its #fragment
    person = _dom(browser, page.as_uri() + "#person/" + "person:simon okafor".replace(" ", "%20"), tmp_path)
    assert 'data-person="person:simon okafor"' in person and person.count('class="report-link"') == 2


def test_compare_follow_up_and_coverage(docs):
    report, follow_up, press = docs
    result = compare(follow_up, report)
    assert result["relation"] == "follow_up" and result["report"]["id"] == report.id
    assert [r["status"] for r in result["recommendations"]][6] == "not_achieved" and result[
        "unassessed"
    ] == []
    for fmt in ("text", "markdown", "html", "json"):
        assert "Recommendation 7" in render_comparison(result, fmt) or fmt == "json"
    # the press piece is about another force's inspection: refused, saying why
    with pytest.raises(Unrelated, match="different forces"):
        compare(press, report)


def test_find_quote_is_fuzzy():
    text = "The chief constable said: We accept the findings in full and have already begun to act on them. Later text."
    assert find_quote("We accept the findings in full", text)["verdict"] == "verbatim"
    assert (
        find_quote("we accept these findings in full and have begun to act on them", text)["verdict"]
        == "altered"
    )
    assert find_quote("Nothing of the sort was ever said here", text)["verdict"] == "not_found"


def test_graph_command_on_records_writes_resolved_outcomes(docs, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs))
    out, resolved = tmp_path / "g.json", tmp_path / "resolved.jsonl"
    result = CliRunner().invoke(main, ["graph", str(records), "-o", str(out), "--records", str(resolved)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["edges"]
    back = {d["id"]: d for d in map(json.loads, resolved.read_text().splitlines())}
    follow_up = back[docs[1].id]
    assert [o["recommendation"] for o in follow_up["outcomes"]] == [1, 2, 5, 3, 6, 4, 7]
    assert follow_up["follows_up"] == docs[0].source
    assert all(
        o["recommendation"] is None for o in json.loads(records.read_text().splitlines()[1])["outcomes"]
    )
    compared = CliRunner().invoke(main, ["compare", str(tmp_path / "one.jsonl"), str(records)])
    assert compared.exit_code != 0


def test_cache_reuses_an_extraction(tmp_path, monkeypatch):
    from reportmine.io.cache import ExtractionCache
    from reportmine.link import corpus

    doc_file = tmp_path / "a.txt"
    doc_file.write_text("HMIC inspection of Fenland Police.\n\nThe force should improve.\n")
    cache = ExtractionCache(tmp_path / "cache", version="test")
    key = cache.key(doc_file)
    cache.put(Document(id=key, source="elsewhere", kind="inspection_report", title="cached"))
    monkeypatch.setattr(corpus, "iter_documents", lambda *a, **k: pytest.fail("extracted although cached"))
    got = corpus.collect_documents([doc_file], cache=cache)
    assert [(d.id, d.title, d.source) for d in got] == [(key, "cached", str(doc_file))]
    assert list((tmp_path / "cache" / "test").glob("*.json")) == [tmp_path / "cache" / "test" / f"{key}.json"]


def test_cache_folder_changes_when_reportmine_code_or_data_changes(tmp_path, monkeypatch):
    """A rule edited locally (same version number) must not read records extracted under the old rule."""
    from reportmine import resources
    from reportmine.io.cache import ExtractionCache

    before = ExtractionCache(tmp_path).folder
    assert before == ExtractionCache(tmp_path).folder
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "edited")
    (tmp_path / "edited").mkdir()
    (tmp_path / "edited" / "rule.py").write_text("RULE = 2\n")
    resources.code_fingerprint.cache_clear()
    try:
        assert ExtractionCache(tmp_path).folder != before
    finally:
        resources.code_fingerprint.cache_clear()
