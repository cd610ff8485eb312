"""Open a DuckDB connection on the lake: an in-memory DuckDB with the DuckLake attached.

Readers get the lake as their default database, so SQL written for the warehouse file (and
``current_database()``) works unchanged. Writers keep the (empty) in-memory database as default
and reach the lake through the search path after it: unqualified tables are the lake's, while a
writer's ``CHECKPOINT`` stays local instead of starting DuckLake maintenance (flushing inlined
rows, merging files) under other writers' feet; that is ``wirehouse compact``'s job.
"""

from __future__ import annotations

import duckdb

from loaders.db import WAREHOUSE_ALIAS
from loaders.lake.extensions import duckdb_config
from loaders.lake.settings import LAKE_ALIAS, LakeSettings

# Writers' local side: an empty in-memory database under the name the file mode gives its
# warehouse, so the load's closing ``CHECKPOINT warehouse`` is a no-op here.
LOCAL_ALIAS = WAREHOUSE_ALIAS
WRITER_SEARCH_PATH = f"{LOCAL_ALIAS}.main,{LAKE_ALIAS}.main"


def open_lake(settings: LakeSettings, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(config=duckdb_config())
    try:
        conn.execute(settings.attach_sql(read_only=read_only))
        if read_only:
            conn.execute(f"USE {LAKE_ALIAS}")
        else:
            conn.execute(f"ATTACH ':memory:' AS {LOCAL_ALIAS}")
            conn.execute(f"USE {LOCAL_ALIAS}")
            conn.execute(f"SET search_path = '{WRITER_SEARCH_PATH}'")
    except BaseException:
        conn.close()
        raise
    return conn


STAGE = "stage"  # the in-memory database staged writes run on (loaders.lake.stage)


def is_lake(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether writes on this connection go to a lake: the lake is attached and the connection
    is not currently running the file-mode writer on its stage."""
    # The names written into the SQL (constants): a bound parameter costs ~0.5 ms of CPU in
    # DuckDB's Python client without pandas installed (loaders/writer.py, the counters).
    row = conn.execute(
        f"SELECT current_database() <> '{STAGE}' AND EXISTS (SELECT 1 FROM duckdb_databases() "
        f"WHERE database_name = '{LAKE_ALIAS}' AND type = 'ducklake')"
    ).fetchone()
    return bool(row and row[0])
