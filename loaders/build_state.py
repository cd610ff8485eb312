"""What the last successful ``wirehouse build`` of a warehouse was built from.

A build after a load changes the data, not the project: the views (staging, lookups) and the
seeds the last build created are still exactly what the project declares, and rebuilding them
is dbt's per-node cost for nothing (at 100k articles, views over half a million rows took
0.1-0.7 s each). So each successful build records a fingerprint of everything that decides
those relations (the project's files, dbt's and the adapter's versions, the schema revision,
and the file's name, which DuckDB writes into every view as its catalog); a later build whose
fingerprint is the same leaves the views and seeds alone and runs every other model and every
data test (their tests included). Any change, a failed build or a lake target: everything runs.
"""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import version
from pathlib import Path

import duckdb

# In dbt's `intermediate` schema (never published); loaders/dbt_orphans.py keeps it.
STATE_TABLE = "wirehouse_build_state"
STATE_SCHEMA = "intermediate"
# What the project writes or dbt leaves in its directory: not inputs of the relations.
NOT_INPUTS = {"target", "logs", "dbt_packages", ".user.yml"}


def project_fingerprint(project: Path, db: Path, revision: str) -> str:
    """sha256 over the project's files (paths and bytes), dbt's versions, the warehouse's
    schema revision and its file name."""
    digest = hashlib.sha256()
    for name in ("dbt-core", "dbt-duckdb", "duckdb"):
        digest.update(f"{name}={version(name)}\n".encode())
    digest.update(f"revision={revision}\ncatalog={db.stem}\n".encode())
    for relative in _project_files(project):
        digest.update(f"{relative}\n".encode())
        digest.update(hashlib.sha256((project / relative).read_bytes()).digest())
    return digest.hexdigest()


def _project_files(project: Path) -> list[str]:
    """The project's files, relative, sorted; target/ and logs/ not walked (thousands of files)."""
    found = []
    for folder, subfolders, files in os.walk(project):
        relative = Path(folder).relative_to(project)
        if relative == Path("."):
            subfolders[:] = [name for name in subfolders if name not in NOT_INPUTS]
        found += [(relative / name).as_posix() for name in files if name not in NOT_INPUTS]
    return sorted(found)


def stored_fingerprint(conn: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint of the warehouse's last successful full-node build, if any."""
    found = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = ? AND table_name = ?",
        [STATE_SCHEMA, STATE_TABLE],
    ).fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute(f"SELECT project_fingerprint FROM {STATE_SCHEMA}.{STATE_TABLE}").fetchone()
    return str(row[0]) if row else None


def record_fingerprint(conn: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {STATE_SCHEMA}")
    conn.execute(
        f"CREATE OR REPLACE TABLE {STATE_SCHEMA}.{STATE_TABLE} AS "
        "SELECT ?::VARCHAR AS project_fingerprint",
        [fingerprint],
    )


def forget_fingerprint(conn: duckdb.DuckDBPyConnection) -> None:
    """Before a build that rebuilds views or seeds: if it fails half way, the next build must
    not trust the old record."""
    conn.execute(f"DROP TABLE IF EXISTS {STATE_SCHEMA}.{STATE_TABLE}")


# The loader's tables that are updated in place (the others only get rows with ever larger
# keys, macros/new_rows.sql): event reports join them, and their tests read every row. A
# data-only build told that they are unchanged since the last successful build
# (WIREHOUSE_UNCHANGED_TABLES, read by macros/data_only_build.sql) computes only the reports of
# new or shrunken articles, and leaves out the tests that read nothing else.
LOOKUP_TABLES = ("sources", "entities", "locations")
SEEDS = "seeds"  # recorded beside them: the seeds as the project fingerprint gives them
HASHES_SCHEMA = "build_scope"  # never published, never dropped as a leftover
HASHES_TABLE = "input_hashes"


def lookup_hashes(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Row count and xor of the row hashes of each lookup table (keys are unique, so no two
    equal rows cancel), as text."""
    parts = [
        f"SELECT '{table}' AS table_name, count(*) || ':' || coalesce(bit_xor(hash(t)), 0) "
        f"AS content_hash FROM main.{table} AS t"
        for table in LOOKUP_TABLES
    ]
    return dict(conn.execute(" UNION ALL ".join(parts)).fetchall())


def _has_scope_table(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = ? AND table_name = ?",
        [HASHES_SCHEMA, table],
    ).fetchone()
    return bool(found and found[0])


MARKS_TABLE = "new_row_marks"  # written at the end of a recorded build (macros/new_rows.sql)


def new_row_marks(conn: duckdb.DuckDBPyConnection) -> str:
    """The largest key of each insert-only staging model as the last recorded build saw it,
    as `model:key_column:last_key` joined by commas (WIREHOUSE_NEW_ROW_MARKS, read by
    macros/new_rows.sql instead of two queries per test; '' when none was recorded)."""
    if not _has_scope_table(conn, MARKS_TABLE):
        return ""
    rows = conn.execute(
        f"SELECT model, key_column, last_key FROM {HASHES_SCHEMA}.{MARKS_TABLE} "
        "WHERE last_key IS NOT NULL ORDER BY model"
    ).fetchall()
    return ",".join(f"{model}:{key}:{int(last)}" for model, key, last in rows)


def stored_lookup_hashes(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, bool]]:
    """Per table (and "seeds"), its hash as the last successful build read it, and whether
    its tests had passed on those rows."""
    if not _has_scope_table(conn, HASHES_TABLE):
        return {}
    rows = conn.execute(
        f"SELECT table_name, content_hash, tested FROM {HASHES_SCHEMA}.{HASHES_TABLE}"
    ).fetchall()
    return {table: (digest, bool(tested)) for table, digest, tested in rows}


def record_lookup_hashes(
    conn: duckdb.DuckDBPyConnection, hashes: dict[str, str], tested: set[str]
) -> None:
    """After a successful build: the inputs as that build read them, and which of them had
    their tests pass (in that build, or unchanged since one that ran them)."""
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {HASHES_SCHEMA}")
    conn.execute(
        f"CREATE OR REPLACE TABLE {HASHES_SCHEMA}.{HASHES_TABLE} "
        "(table_name VARCHAR PRIMARY KEY, content_hash VARCHAR, tested BOOLEAN)"
    )
    rows = [(table, digest, table in tested) for table, digest in hashes.items()]
    conn.executemany(f"INSERT INTO {HASHES_SCHEMA}.{HASHES_TABLE} VALUES (?, ?, ?)", rows)


def forget_lookup_hashes(conn: duckdb.DuckDBPyConnection) -> None:
    """At the start of every build: the record stands for a build that ran to the end."""
    conn.execute(f"DROP TABLE IF EXISTS {HASHES_SCHEMA}.{HASHES_TABLE}")
