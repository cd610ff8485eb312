"""The held connection's buffer pool gives back the table blocks it caches (loaders/buffer_pool)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from loaders.buffer_pool import CACHED_BLOCKS_MAX, limit_memory, release_cached_blocks


def cached_bytes(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'BASE_TABLE'"
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_cached_blocks_are_evicted_past_the_threshold_and_the_limit_restored(
    tmp_path: Path,
) -> None:
    with duckdb.connect(str(tmp_path / "pool.duckdb")) as conn:
        limit_memory(conn)
        limit = conn.execute("SELECT current_setting('memory_limit')").fetchone()
        conn.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, body VARCHAR)")
        conn.execute("INSERT INTO t SELECT i, repeat(md5(i::VARCHAR), 40) FROM range(60000) r(i)")
        conn.execute("CHECKPOINT")  # the written blocks stay loaded in the pool
        assert cached_bytes(conn) > CACHED_BLOCKS_MAX
        release_cached_blocks(conn)
        assert cached_bytes(conn) < CACHED_BLOCKS_MAX
        assert conn.execute("SELECT current_setting('memory_limit')").fetchone() == limit
        assert conn.execute("SELECT count(*), max(length(body)) FROM t").fetchone() == (
            60000,
            1280,
        )  # the rows are all there, read back from the file
