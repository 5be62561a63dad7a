"""``reportmine table``: one row per item and publication, as CSV, nested Parquet or xlsx, from the command line."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from reportmine.cli import main


@pytest.fixture(scope="module")
def records(sample_records):
    return sample_records


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_recommendations_one_row_per_publication_keeping_both_sources(records, tmp_path):
    out = tmp_path / "recs.csv"
    result = run("table", "recommendations", records, "-o", out)
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out)
    # the PDF and the web page of the inspection are one publication: 4 recommendations, not 8
    assert list(table["number"]) == [1, 2, 3, 4]
    assert list(table["status"]) == ["achieved", "partially_achieved", "partially_achieved", "not_achieved"]
    assert all(s.endswith(".pdf") for s in table["sources"].str.split("; ").str[0])
    assert all(s.endswith(".html") for s in table["sources"].str.split("; ").str[1])
    # page citations for both documents: where the recommendation is printed and where it is judged
    assert table["page"].between(1, 7).all() and table["evidence_page"].between(1, 4).all()
    assert table["due"].tolist() == ["2019-07", "2019-10", "2019-10", "2020-01"]


def test_parquet_has_native_nested_columns(records, tmp_path):
    out = tmp_path / "people.parquet"
    assert run("table", "people", records, "-o", out).exit_code == 0
    people = pd.read_parquet(out)
    marchbank = people[people["name"] == "Helena Marchbank"].iloc[0]
    # lists and records come back as lists and dicts, no json.loads needed
    assert list(marchbank["titles"]) == ["HM Inspector of Constabulary"]
    docs = list(marchbank["documents"])
    assert {d["report_id"] for d in docs} and all(isinstance(d, dict) for d in docs)
    assert marchbank["quoted_in"] >= 1
    # the inspection's two copies count once
    assert len(docs) == len({d["report"] for d in docs})
    assert run("table", "outcomes", records, "-o", tmp_path / "o.parquet").exit_code == 0
    outcomes = pd.read_parquet(tmp_path / "o.parquet")
    # the review's PDF copy gives the rows, so each judgement has a page to cite
    assert sorted(outcomes["number"]) == [1, 2, 3, 4] and outcomes["page"].notna().all()


def test_quotes_and_findings_tables_and_xlsx(records, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "quotes.xlsx"
    assert run("table", "quotes", records, "-o", out, "--fields", "report,speaker,text").exit_code == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("report", "speaker", "text")
    assert {"Helena Marchbank", "Adrian Thorley"} <= {r[1] for r in rows[1:]}
    findings = tmp_path / "findings.csv"
    assert run("table", "findings", records, "-o", findings, "--fields", "type,page").exit_code == 0
    table = pd.read_csv(findings)
    assert list(table.columns) == ["type", "page"] and {"finding", "concern"} <= set(table["type"])


@pytest.mark.parametrize(
    "args",
    [
        ("table", "recommendations", "{records}", "-o", "{tmp}/x.json"),
        ("table", "recommendations", "{records}", "-o", "{tmp}/x.csv", "--fields", "number,colour"),
        ("extract", "{corpus}/fenmarsh-news.html", "-o", "{tmp}/x.xlsx"),
        ("graph", "{records}", "-o", "{tmp}/x.xlsx"),
    ],
)
def test_unknown_output_ending_or_field_is_a_usage_error(args, records, sample_corpus, tmp_path):
    result = run(*(a.format(records=records, tmp=tmp_path, corpus=sample_corpus) for a in args))
    assert result.exit_code == 2
    assert "x." in result.output or "colour" in result.output
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("x.")]


def test_the_summary_line_counts_each_type_of_row(records, tmp_path):
    import json

    rows = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    inspection = next(r for r in rows if r["recommendations"] and r["kind"] == "inspection_report")
    inspection["areas_for_improvement"] = [
        {
            "number": 1,
            "text": "The force should improve how it records missing episodes.",
            "page": 5,
            "start": 0,
            "end": 10,
        }
    ]
    changed = tmp_path / "records.jsonl"
    changed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "items.csv"
    result = run("table", "recommendations", changed, "-o", out)
    assert result.exit_code == 0, result.output
    counts = pd.read_csv(out)["type"].value_counts().to_dict()
    assert counts == {"recommendation": 4, "area_for_improvement": 1}
    assert "wrote 5 recommendations row(s) (4 recommendation, 1 area_for_improvement)" in result.output
