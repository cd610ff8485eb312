"""The load_runs ledger: a run row is opened before any batch and closed at the end."""

from __future__ import annotations

import datetime as dt
import json

import duckdb

from loaders import __version__
from loaders.lake.connection import is_lake


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def start_run(
    conn: duckdb.DuckDBPyConnection, command: str, inputs: list[str], extractor_version: str | None
) -> int:
    """Open a run. Runs left 'running' by a killed process are marked 'interrupted' first:
    DuckDB lets one process write at a time, so no other run can really be in progress."""
    if is_lake(conn):  # many writers: the lake decides which runs are dead (loaders/lake)
        from loaders.lake import writes

        return writes.start_run(conn, lambda: start_run(conn, command, inputs, extractor_version))
    conn.execute("UPDATE load_runs SET status = 'interrupted' WHERE status = 'running'")
    row = conn.execute(
        "INSERT INTO load_runs (command, started_at, status, loader_version, "
        "extractor_version, inputs) VALUES (?, ?, 'running', ?, ?, ?) RETURNING run_id",
        [command, _now(), __version__, extractor_version, json.dumps(inputs)],
    ).fetchone()
    assert row is not None
    return int(row[0])


def finish_run(conn: duckdb.DuckDBPyConnection, run_id: int, status: str) -> None:
    if is_lake(conn):
        from loaders.lake import writes

        return writes.finish_run(conn, run_id, lambda: finish_run(conn, run_id, status))
    conn.execute(
        "UPDATE load_runs SET status = ?, ended_at = ? WHERE run_id = ?",
        [status, _now(), run_id],
    )
