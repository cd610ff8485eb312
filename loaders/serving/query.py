"""``query``: run SQL over the serving file (or, with ``live``, the warehouse), read only and
sandboxed (``loaders.serving.sandbox``), and write the result as an aligned table, CSV, JSON or
Parquet. Result files are written here in Python: the sandboxed connection cannot write files."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import duckdb

from loaders.db import warehouse_exists
from loaders.serving.sandbox import (
    logging_redirected,
    open_reader_connection,
    refusal,
    statement_refusal,
)

FORMATS = ("table", "csv", "json", "parquet")
# A terminal table of more rows than this helps nobody; csv/json/parquet write everything.
MAX_TABLE_ROWS = 10_000
# Rows per batch when streaming a result into a CSV or Parquet file.
_FILE_BATCH_ROWS = 65_536


class QueryError(RuntimeError):
    """A message for the user: DuckDB's own words, or why nothing could be opened."""


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    types: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    truncated: bool = False


def open_reader(path: Path, *, live: bool) -> duckdb.DuckDBPyConnection:
    """A read-only, sandboxed connection: to the serving file, or to the warehouse itself when
    ``live`` (waiting, like every command, while a load holds it)."""
    if not warehouse_exists(path):
        if live:
            raise QueryError(f"no warehouse at {path}: run `wirehouse load` first")
        raise QueryError(
            f"no serving file at {path}: run `wirehouse publish` (or query the warehouse "
            "itself with --live)"
        )
    return open_reader_connection(path)


def relation(
    conn: duckdb.DuckDBPyConnection, sql: str, where: Path
) -> duckdb.DuckDBPyRelation | None:
    """Bind ``sql``; None for a statement without a result (SET, CREATE TEMP TABLE...)."""
    try:
        problem = statement_refusal(conn, sql)
        if problem is not None:
            raise QueryError(problem)
        return conn.sql(sql)
    except duckdb.Error as exc:
        raise _explain(exc, where) from exc


def check_sandbox(conn: duckdb.DuckDBPyConnection, where: Path) -> None:
    """Refuse, after the fact, a query that redirected DuckDB's log (see the sandbox module)."""
    problem = logging_redirected(conn)
    if problem is not None:
        raise QueryError(f"refused: readers of {where} may not redirect DuckDB's log ({problem})")


def fetch(rel: duckdb.DuckDBPyRelation, where: Path, limit: int | None = None) -> Result:
    try:
        rows = rel.fetchmany(limit + 1) if limit is not None else rel.fetchall()
    except duckdb.Error as exc:
        raise _explain(exc, where) from exc
    truncated = limit is not None and len(rows) > limit
    return Result(
        columns=tuple(rel.columns),
        types=tuple(str(t) for t in rel.types),
        rows=rows[:limit] if truncated else rows,
        truncated=truncated,
    )


def write_file(rel: duckdb.DuckDBPyRelation, fmt: str, output: Path, where: Path) -> None:
    """CSV and Parquet are streamed in batches (Parquet through Arrow); JSON as one array."""
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            reader = rel.to_arrow_reader(_FILE_BATCH_ROWS)
            with pq.ParquetWriter(str(output), reader.schema) as parquet:
                for batch in reader:
                    parquet.write_batch(batch)
        elif fmt == "csv":
            with output.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(rel.columns)
                while rows := rel.fetchmany(_FILE_BATCH_ROWS):
                    writer.writerows(["" if v is None else _text(v) for v in row] for row in rows)
        else:
            with output.open("w", encoding="utf-8") as out:
                render(fetch(rel, where), fmt, out)
    except duckdb.Error as exc:
        raise _explain(exc, where) from exc


def render(result: Result, fmt: str, out: TextIO) -> None:
    """Write ``result`` as plain text: an aligned table, CSV or a JSON array of objects."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else _text(v) for v in row] for row in result.rows)
    elif fmt == "json":
        records = [
            dict(zip(result.columns, (_finite(v) for v in row), strict=True)) for row in result.rows
        ]
        json.dump(records, out, default=_json_value, ensure_ascii=False, indent=2, allow_nan=False)
        out.write("\n")
    elif fmt == "table":
        out.write(aligned_table(result))
    else:
        raise ValueError(f"cannot render {fmt!r} as text")


def aligned_table(result: Result) -> str:
    """A plain table for pipes and files: numbers right-aligned, NULL spelled out."""
    numeric = [_is_numeric(t) for t in result.types]
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [
        max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(result.columns)
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip() + "\n"

    text = line(result.columns) + line(["-" * w for w in widths])
    text += "".join(line(row) for row in cells)
    text += f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    text += f", first {MAX_TABLE_ROWS:,} shown)\n" if result.truncated else ")\n"
    return text


def rich_table(result: Result) -> Any:
    from rich.table import Table

    table = Table(show_edge=True, header_style="bold", caption_justify="left")
    for name, kind in zip(result.columns, result.types, strict=True):
        table.add_column(name, justify="right" if _is_numeric(kind) else "left", overflow="fold")
    for row in result.rows:
        table.add_row(*("[dim]NULL[/]" if v is None else _escape(_cell(v)) for v in row))
    count = f"{len(result.rows):,} row{'s' if len(result.rows) != 1 else ''}"
    table.caption = f"{count}, first {MAX_TABLE_ROWS:,} shown" if result.truncated else count
    return table


def _explain(exc: duckdb.Error, where: Path) -> QueryError:
    """One line for what the read-only sandbox refused; DuckDB's own message otherwise."""
    return QueryError(refusal(exc, where) or str(exc))


def _is_numeric(kind: str) -> bool:
    return kind.split("(")[0] in {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
        "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL",
    }  # fmt: skip


def _cell(value: Any) -> str:
    return "NULL" if value is None else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such a DOUBLE becomes null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(value)  # UUID, INTERVAL, BLOB...
