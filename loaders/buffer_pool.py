"""The memory of the DuckDB connection a load holds for its whole run.

Two things grew with what a load wrote. DuckDB's buffer pool may grow to 80% of RAM, and it keeps
every block a checkpoint wrote loaded (cached, evictable) until memory runs short; its allocator
keeps up to 128 MiB of freed memory. ``limit_memory`` caps the pool ($WIREHOUSE_LOAD_MEMORY,
default 256MB; joins that need more spill to disk) and has freed memory go back to the system past
16MB. The cap is no lower because key indexes (ART) count against it and stay in memory: with
64MB, a load failed past ~300k articles ("failed to allocate"). ``release_cached_blocks`` evicts
the cached table blocks instead, once they pass 8 MiB: a load never reads its own blocks back
(duplicates are found in a run-long key set, names in a run-long id cache), so caching them only
made peak memory grow with the warehouse.
"""

from __future__ import annotations

import math
import os
import re

import duckdb

LOAD_MEMORY_LIMIT = "256MB"
CACHED_BLOCKS_MAX = 8 * 2**20
_MEMORY_SIZE = re.compile(r"^\d+(?:\.\d+)?\s*(?:[KMGT]i?B|[KMGT])$", re.IGNORECASE)


def memory_limit() -> str:
    """$WIREHOUSE_LOAD_MEMORY, else 256MB."""
    limit = os.environ.get("WIREHOUSE_LOAD_MEMORY") or LOAD_MEMORY_LIMIT
    if not _MEMORY_SIZE.match(limit):
        raise ValueError(f"WIREHOUSE_LOAD_MEMORY={limit!r} is not a size such as 256MB or 1GiB")
    return limit


def limit_memory(conn: duckdb.DuckDBPyConnection) -> None:
    """Cap the buffer pool and return freed memory to the system (see the module's doc)."""
    conn.execute(f"SET memory_limit = '{memory_limit()}'")
    conn.execute("SET allocator_flush_threshold = '16MB'")
    conn.execute("SET allocator_bulk_deallocation_flush_threshold = '16MB'")


def release_cached_blocks(conn: duckdb.DuckDBPyConnection) -> None:
    """Evict the table blocks the buffer pool caches once they pass ``CACHED_BLOCKS_MAX``.
    Call between transactions. DuckDB has no statement for it: lowering the limit to what is in
    use besides them evicts them, and the limit is then set back."""
    row = conn.execute(
        "SELECT coalesce(sum(memory_usage_bytes) FILTER (WHERE tag = 'BASE_TABLE'), 0), "
        "coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()"
    ).fetchone()
    assert row is not None
    cached, used = int(row[0]), int(row[1])
    if cached <= CACHED_BLOCKS_MAX:
        return
    floor = math.ceil((used - cached + CACHED_BLOCKS_MAX // 2) / 2**20)  # MiB: what stays
    try:
        conn.execute(f"SET memory_limit = '{floor}MiB'")
    except duckdb.Error:
        pass  # more was pinned than measured: the blocks that could go have gone
    finally:
        conn.execute(f"SET memory_limit = '{memory_limit()}'")
