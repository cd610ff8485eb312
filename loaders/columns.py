"""Column lists and Arrow types of the warehouse tables, read from the models' metadata.

The writer's batch tables and INSERT statements take their columns from here, so a column added
to a model (and its migration) reaches the loader without a second list to keep in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa
import sqlalchemy as sa

import models

# Most specific type first: BigInteger is an Integer, DateTime is not a Date.
_ARROW_TYPES: tuple[tuple[type, pa.DataType], ...] = (
    (sa.BigInteger, pa.int64()),
    (sa.Integer, pa.int32()),
    (sa.Boolean, pa.bool_()),
    (sa.Double, pa.float64()),
    (sa.Float, pa.float64()),
    (sa.DateTime, pa.timestamp("us")),
    (sa.Date, pa.date32()),
    (sa.String, pa.string()),
)


def arrow_type(column: sa.Column) -> pa.DataType:
    for sql_type, arrow in _ARROW_TYPES:
        if isinstance(column.type, sql_type):
            return arrow
    raise TypeError(f"no Arrow type for {column.table.name}.{column.name} ({column.type})")


def written_columns(table: str, exclude: Iterable[str] = ()) -> list[str]:
    """The columns the loader writes: all but those the database fills (keys drawn from a
    sequence, timestamps, counters) and those in ``exclude``."""
    skipped = set(exclude)
    return [
        column.name
        for column in models.metadata.tables[table].columns
        if column.server_default is None and column.name not in skipped
    ]


def arrow_types(
    table: str,
    exclude: Iterable[str] = (),
    extra: Mapping[str, pa.DataType] | None = None,
) -> dict[str, pa.DataType]:
    """Arrow types of a batch table: the written columns of ``table`` plus ``extra`` keys."""
    columns = models.metadata.tables[table].columns
    types = {name: arrow_type(columns[name]) for name in written_columns(table, exclude)}
    return {**(extra or {}), **types}


def insert_select(
    table: str, batch: str, resolved: Mapping[str, str] | None = None, joins: str = ""
) -> str:
    """``INSERT INTO table (...) SELECT ... FROM batch AS v joins``: every written column of
    ``table`` is read from the batch under its own name unless ``resolved`` gives the SQL
    expression that looks it up (a reference resolved by a join)."""
    resolved = resolved or {}
    written = written_columns(table)
    names = written + [name for name in resolved if name not in written]
    expressions = [resolved.get(name, f"v.{name}") for name in names]
    return (
        f"INSERT INTO {table} ({', '.join(names)}) "
        f"SELECT {', '.join(expressions)} FROM {batch} v {joins}"
    )


def arrow_stream(rows: pa.Table) -> Any:
    """``rows`` as an Arrow C stream (a PyCapsule), for one ``INSERT ... SELECT ... FROM`` it.
    DuckDB scans a pyarrow Table through a pyarrow dataset scanner, whose batches come from
    pyarrow's thread pool: ~1 ms of CPU per statement whatever its size, and a wait for that
    pool's threads (ms on a busy machine). A capsule it reads directly, with no pushdown (an
    insert reads every column anyway): ~0.25 ms. Read once: one statement per stream."""
    return rows.__arrow_c_stream__()
