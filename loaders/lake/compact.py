"""``wirehouse compact`` on a lake: fewer, larger Parquet files and no stale snapshots.

Every commit of a small batch adds rows inlined in the catalog or a small Parquet file per
table, and every update or delete (run counters, reextraction) adds delete files and snapshots.
Compaction flushes inlined rows to Parquet, merges adjacent small files, rewrites files with
many deletions, expires snapshots older than ``keep`` and deletes the files no snapshot needs.
It runs under the writers' commit lock, so no loader commits meanwhile (loaders keep
extracting and wait only for their next commit); a conflict with a running build is retried.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import duckdb

from loaders.lake.connection import open_lake
from loaders.lake.locks import CatalogSession
from loaders.lake.settings import LAKE_ALIAS, LakeSettings

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Footprint:
    data_files: int
    delete_files: int
    bytes: int
    snapshots: int


@dataclass(frozen=True)
class CompactResult:
    before: Footprint
    after: Footprint
    seconds: float


def footprint(conn: duckdb.DuckDBPyConnection) -> Footprint:
    files = conn.execute(
        "SELECT coalesce(sum(file_count), 0), coalesce(sum(delete_file_count), 0), "
        "coalesce(sum(file_size_bytes + delete_file_size_bytes), 0) "
        f"FROM ducklake_table_info('{LAKE_ALIAS}')"
    ).fetchone()
    snapshots = conn.execute(f"SELECT count(*) FROM ducklake_snapshots('{LAKE_ALIAS}')").fetchone()
    assert files is not None and snapshots is not None
    return Footprint(int(files[0]), int(files[1]), int(files[2]), int(snapshots[0]))


def compact(settings: LakeSettings, keep: dt.timedelta) -> CompactResult:
    started = time.monotonic()
    conn = open_lake(settings)
    try:
        before = footprint(conn)
        with CatalogSession.for_catalog(settings.catalog).commit_lock():
            for attempt in range(1, MAX_ATTEMPTS + 1):
                try:
                    _maintain(conn, keep)
                    break
                except duckdb.TransactionException:
                    if attempt == MAX_ATTEMPTS:
                        raise
                    time.sleep(0.5 * attempt)
        return CompactResult(before, footprint(conn), time.monotonic() - started)
    finally:
        conn.close()


def _maintain(conn: duckdb.DuckDBPyConnection, keep: dt.timedelta) -> None:
    cutoff = dt.datetime.now(dt.UTC) - keep
    conn.execute(f"CALL ducklake_flush_inlined_data('{LAKE_ALIAS}')")
    conn.execute(f"CALL ducklake_merge_adjacent_files('{LAKE_ALIAS}')")
    conn.execute(f"CALL ducklake_rewrite_data_files('{LAKE_ALIAS}')")
    conn.execute(f"CALL ducklake_expire_snapshots('{LAKE_ALIAS}', older_than => ?)", [cutoff])
    conn.execute(f"CALL ducklake_cleanup_old_files('{LAKE_ALIAS}', cleanup_all => true)")
