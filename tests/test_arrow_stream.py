"""The writer hands its batch tables to DuckDB as Arrow C streams (``columns.arrow_stream``):
every column type the writer uses must arrive as it left, nulls included, and a stream is read
once."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
import pytest

from loaders.columns import arrow_stream
from loaders.result_batch import EVENT_SCHEMA


def _events() -> pa.Table:
    """Two rows of every written column of ``events``, the second all null where the type
    allows: each Arrow type the writer hands over (int64, int32, string, date32, float64, bool)."""
    values = {
        pa.int64(): 7,
        pa.int32(): -3,
        pa.string(): "strike, Aleppo",
        pa.date32(): dt.date(2016, 2, 29),
        pa.float64(): 0.25,
        pa.bool_(): True,
    }
    return pa.table(
        {f.name: pa.array([values[f.type], None], f.type) for f in EVENT_SCHEMA},
        schema=EVENT_SCHEMA,
    )


def test_a_stream_inserts_every_column_type_as_given() -> None:
    given = _events()
    columns = ", ".join(given.column_names)
    with duckdb.connect() as conn:
        conn.execute("CREATE TABLE events AS SELECT * FROM given LIMIT 0")
        batch_rows = arrow_stream(given)  # noqa: F841 (read by DuckDB by name)
        conn.execute(f"INSERT INTO events ({columns}) SELECT {columns} FROM batch_rows")
        stored = conn.execute(f"SELECT {columns} FROM events").to_arrow_table()
    assert stored.num_rows == 2
    assert stored.cast(EVENT_SCHEMA).equals(given)


def test_a_stream_is_read_once() -> None:
    with duckdb.connect() as conn:
        batch_rows = arrow_stream(pa.table({"n": [1, 2, 3]}))  # noqa: F841 (read by name)
        assert conn.execute("SELECT sum(n) FROM batch_rows").fetchone() == (6,)
        with pytest.raises(duckdb.Error):
            conn.execute("SELECT sum(n) FROM batch_rows").fetchall()
