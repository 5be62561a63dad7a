"""docs/tutorial.ipynb runs from top to bottom in a real kernel and shows what the text says it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_tutorial_notebook_runs():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(DOCS / "tutorial.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
    ).execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "\n".join(o.get("data", {}).get("text/html", "") for o in outputs)
    # the record, the graph and the comparison each show themselves; the displaCy view labels the spans
    assert 'class="rm"' in html and "4 publications" in html and "follows up" in html
    assert "RECOMMENDATION 1" in html and "FINDING" in html
    # the press piece against the report, and the pipeline's own Doc labelled for displaCy
    assert "What the piece got right" in html and "verbatim" in html
    assert ">CONCERN<" in html.replace(" ", "").replace("\n", "")
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "<Document " in text and "fenmarsh-news.html" in text
