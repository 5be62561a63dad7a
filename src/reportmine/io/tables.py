"""Write a table (a pandas DataFrame) as CSV, Parquet with nested columns, or an Excel workbook.

Parquet keeps lists and records as native list and struct columns, so
``pd.read_parquet`` gives them back without ``json.loads``; CSV and xlsx hold
only text, so a list of plain values is joined with "; " and anything deeper is JSON.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pandas as pd

from .arrow import write_parquet
from .writers import atomic_output

TABLE_FORMATS = ("csv", "parquet", "xlsx")


def _cell(value: Any) -> Any:
    """One CSV or spreadsheet cell: lists of plain values joined with '; ', deeper values as JSON."""
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, (str, int, float)) for v in value):
            return "; ".join(str(v) for v in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def flat_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every nested cell turned into text (for CSV and xlsx)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(_cell)
    return out


def frame_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows as plain dicts, missing values as None (not NaN), lists and dicts as they are."""
    return [
        {
            k: (None if not isinstance(v, (list, tuple, dict)) and pd.isna(v) else _plain(v))
            for k, v in row.items()
        }
        for row in frame.to_dict("records")
    ]


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)) else value


def _empty_schema(frame: pd.DataFrame):
    import pyarrow as pa

    return pa.Schema.from_pandas(frame, preserve_index=False)


def write_table(frame: pd.DataFrame, path: str | os.PathLike[str], fmt: str) -> int:
    """Write ``frame`` to ``path`` whole or not at all; returns the number of rows."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(TABLE_FORMATS)})")
    if fmt == "parquet":
        with atomic_output(path, binary=True) as fh:
            write_parquet(frame_rows(frame), fh, base=None if len(frame) else _empty_schema(frame))
    elif fmt == "xlsx":
        with atomic_output(path, binary=True) as fh:
            flat_frame(frame).to_excel(fh, index=False, engine="openpyxl", sheet_name="reportmine")
    else:
        with atomic_output(path) as fh:
            flat_frame(frame).to_csv(fh, index=False)
    return len(frame)
