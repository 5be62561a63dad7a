"""Rows to Parquet with native nested columns: lists stay lists, records stay structs.

One writer for ``extract --format parquet`` (document records) and ``table`` (frames): the rows are
spilled to a temporary file while their Arrow types are inferred and merged, then written in batches
under the one schema that fits them all, so a field first seen in a late row is kept and memory holds
one batch at a time. A schema given as ``base`` (the record model's) fixes the types of the fields it
names, so lists that are empty everywhere are still typed and every file of a corpus agrees.
"""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
import types
import typing
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..parallel import chunked

_SCALAR_TYPES: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _arrow_type(hint: Any, hints_of: dict[type, dict[str, Any]]) -> pa.DataType | None:
    """The Arrow type of one type hint of the record model (None: not typed here, inferred from values)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner[0], hints_of) if len(inner) == 1 else None
    if origin is list:
        item = _arrow_type(typing.get_args(hint)[0], hints_of)
        return pa.list_(item) if item is not None else None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint, hints_of))
    return _SCALAR_TYPES.get(hint)


def _fields(cls: type, hints_of: dict[type, dict[str, Any]]) -> list[pa.Field]:
    hints = hints_of.setdefault(cls, typing.get_type_hints(cls))
    out = []
    for f in dataclasses.fields(cls):
        if f.name == "extra":  # folded into the owner by to_dict(): typed from the values
            continue
        arrow = _arrow_type(hints[f.name], hints_of)
        if arrow is not None:
            out.append(pa.field(f.name, arrow))
    return out


@lru_cache(maxsize=1)
def record_schema() -> pa.Schema:
    """The contract's fields of a document record (``reportmine.model.Document``) as an Arrow schema."""
    from ..model import Document

    return pa.schema(_fields(Document, {}))


def _unify(schemas: list[pa.Schema]) -> pa.Schema:
    return pa.unify_schemas(schemas, promote_options="permissive")


def write_parquet(
    rows: Iterable[dict[str, Any]], fh: IO[bytes], base: pa.Schema | None = None, batch: int = 64
) -> int:
    """Write ``rows`` (dicts of plain values, lists and dicts) to ``fh`` as Parquet; returns how many.

    Fields of ``base`` keep its types (and its column order, first); other fields get the type their
    values have, merged over all rows (a struct gains the keys any row gives it)."""
    count = 0
    schema = base if base is not None else pa.schema([])
    with tempfile.TemporaryFile() as spill:
        for part in chunked(rows, batch):
            # every key of every row (from_pylist alone would take the first row's keys)
            schema = _unify([schema, pa.schema(list(pa.array(part).type))])
            pickle.dump(part, spill)
            count += len(part)
        spill.seek(0)
        with pq.ParquetWriter(fh, schema) as writer:
            for _ in range(0, count, batch):
                writer.write_table(pa.Table.from_pylist(pickle.load(spill), schema=schema))
    return count
