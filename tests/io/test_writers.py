"""Records reach disk whole, in every format, or not at all."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from reportmine.io.writers import write_records

RECORDS = [
    {
        "id": "a1",
        "source": "a.pdf",
        "kind": "inspection_report",
        "title": "A",
        "published": "2018-07",
        "force": "Kent Police",
        "pages": 3,
        "text": "x",
        "recommendations": [{"number": 1, "text": "Do it"}],
    },
    {
        "id": "b2",
        "source": "b.html",
        "kind": "news_article",
        "title": "B",
        "published": None,
        "force": None,
        "pages": None,
        "text": "y",
        "recommendations": [],
    },
]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_every_format_round_trips(tmp_path, fmt: str) -> None:
    out = tmp_path / f"records.{fmt}"
    assert write_records(iter(RECORDS), out, fmt) == 2
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert rows == RECORDS
    elif fmt == "json":
        assert json.loads(out.read_text()) == RECORDS
    else:
        frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
        assert list(frame["id"]) == ["a1", "b2"]
        recs = frame["recommendations"][0]
        # CSV holds text, so lists are JSON; Parquet gives them back as lists of records, no json.loads
        recs = json.loads(recs) if fmt == "csv" else [dict(r) for r in recs]
        if fmt == "parquet":  # every field of the record model is a column of the struct
            assert recs == [{**dict.fromkeys(recs[0]), "number": 1, "text": "Do it"}]
            assert len(frame["recommendations"][1]) == 0
        else:
            assert recs == RECORDS[0]["recommendations"]
        assert frame["pages"][0] == 3


def test_parquet_keeps_fields_first_seen_in_a_late_record_and_types_empty_lists(tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    late = {**RECORDS[1], "id": "c3", "people": [{"name": "Ann Lee", "aliases": ["Ms Lee"], "mentions": []}]}
    out = tmp_path / "records.parquet"
    # batches of 64: the extra ``aliases`` and ``grades`` arrive only in the 70th record
    rows = [dict(RECORDS[0], id=str(i)) for i in range(69)] + [
        {**late, "grades": [{"area": "x", "grade": "good"}]}
    ]
    assert write_records(iter(rows), out, "parquet") == 70
    schema = pq.read_schema(out)
    assert schema.field("outcomes").type.value_type.field("status").type == pa.string()  # empty everywhere
    frame = pd.read_parquet(out)
    assert list(frame["people"][69][0]["aliases"]) == ["Ms Lee"]
    assert frame["grades"][69][0]["grade"] == "good" and frame["grades"][0] is None


def test_failure_midway_keeps_the_old_file_and_leaves_no_debris(tmp_path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("previous run\n")

    def broken():
        yield RECORDS[0]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_records(broken(), out, "jsonl")
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_parquet_refuses_standard_output() -> None:
    with pytest.raises(ValueError, match="standard output"):
        write_records(iter(RECORDS), "-", "parquet")


def test_output_files_get_the_usual_permissions(tmp_path) -> None:
    import os

    out = tmp_path / "records.jsonl"
    write_records(iter(RECORDS), out, "jsonl")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
