"""Escape attempts against a reader connection, shared by tests/test_sandbox.py and
`make bi-check` (scripts/bi_check): each must be refused, create no file and fetch no URL."""

from __future__ import annotations

from pathlib import Path

import duckdb

# (name, SQL). {outside}: a directory beside the warehouse holding another application's files;
# {port}: a local HTTP server that records every request.
ESCAPES: list[tuple[str, str]] = [
    ("read_csv /etc/passwd", "SELECT * FROM read_csv('/etc/passwd')"),
    ("read_text /etc/passwd", "SELECT content FROM read_text('/etc/passwd')"),
    ("read_blob another app's database", "SELECT content FROM read_blob('{outside}/superset.db')"),
    ("read_csv /proc/self/environ", "SELECT * FROM read_csv('/proc/self/environ')"),
    ("read_csv a file outside", "SELECT * FROM read_csv('{outside}/secret.csv')"),
    ("read_json a file outside", "SELECT * FROM read_json('{outside}/secret.json')"),
    ("read_parquet a file outside", "SELECT * FROM read_parquet('{outside}/secret.parquet')"),
    ("parquet_metadata", "SELECT * FROM parquet_metadata('{outside}/secret.parquet')"),
    ("sniff_csv", "SELECT * FROM sniff_csv('{outside}/secret.csv')"),
    ("glob", "SELECT * FROM glob('{outside}/*')"),
    ("replacement scan FROM 'file.csv'", "SELECT * FROM '{outside}/secret.csv'"),
    ("file:// URL", "SELECT * FROM read_csv('file://{outside}/secret.csv')"),
    ("http://127.0.0.1", "SELECT * FROM read_csv('http://127.0.0.1:{port}/secret.csv')"),
    ("query() around read_text", "SELECT * FROM query('SELECT * FROM read_text(''/etc/passwd'')')"),
    ("temp table from a file", "CREATE TEMP TABLE t AS SELECT * FROM read_text('/etc/passwd')"),
    ("COPY TO a file", "COPY (SELECT 1 AS x) TO '{outside}/copied.csv'"),
    (
        "COPY mart TO parquet",
        "COPY marts.dim_sources TO '{outside}/copied.parquet' (FORMAT parquet)",
    ),
    ("EXPORT DATABASE", "EXPORT DATABASE '{outside}/exported'"),
    ("IMPORT DATABASE", "IMPORT DATABASE '{outside}'"),
    ("ATTACH a new file", "ATTACH '{outside}/new.duckdb' AS other"),
    ("ATTACH another database", "ATTACH '{outside}/other.duckdb' AS other (READ_ONLY)"),
    ("INSTALL httpfs", "INSTALL httpfs"),
    ("LOAD httpfs", "LOAD httpfs"),
    ("LOAD a file", "LOAD '{outside}/evil.duckdb_extension'"),
    ("SET enable_external_access", "SET enable_external_access = true"),
    ("RESET enable_external_access", "RESET enable_external_access"),
    ("SET lock_configuration", "SET lock_configuration = false"),
    ("SET allowed_directories", "SET allowed_directories = ['/']"),
    ("SET temp_directory", "SET temp_directory = '{outside}/spill'"),
    ("SET log_query_path", "SET log_query_path = '{outside}/queries.log'"),
    ("PRAGMA profiling_output", "PRAGMA profiling_output = '{outside}/profile.json'"),
    ("PRAGMA threads", "PRAGMA threads = 1"),
    ("CREATE SECRET", "CREATE SECRET (TYPE s3, KEY_ID 'k', SECRET 's')"),
]
# DuckDB 1.5.5 lets a read-only, sandboxed connection COPY TO its own database file and WAL
# (and EXPLAIN ANALYZE runs the COPY): `wirehouse query` refuses these statements before they
# run. A BI tool cannot: the README says to keep the file read only for the BI tool's user.
OWN_FILE_ESCAPES: list[tuple[str, str]] = [
    ("COPY over the opened file", "COPY (SELECT 1) TO '{target}' (USE_TMP_FILE false)"),
    ("COPY to the opened file's WAL", "COPY (SELECT 1) TO '{target}.wal'"),
    ("EXPLAIN ANALYZE COPY", "EXPLAIN ANALYZE COPY (SELECT 1) TO '{outside}/explained.csv'"),
]
# Refused, but DuckDB 1.5.5 lets enable_logging() through a locked configuration and then aborts
# the process when the connection closes: `wirehouse query` exits without closing it.
LOGGING_ESCAPE = (
    "log to a file",
    "CALL enable_logging(storage='file', storage_path='{outside}/log')",
)

# DuckDB's words when the sandbox refuses (any client, any version from 1.1 on).
SANDBOX_WORDS = (
    "disabled by configuration",
    "configuration has been locked",
    "Loading external extensions is disabled",
    "but it exists in the",
)


def make_outside(directory: Path) -> Path:
    """Another application's files, which a reader must not see: a database of credentials,
    CSV, JSON and Parquet secrets, another DuckDB file."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "superset.db").write_bytes(b"SQLite format 3\x00 admin password hash")
    (directory / "secret.csv").write_text("user,password\nadmin,hunter2\n")
    (directory / "secret.json").write_text('{"token": "abc"}\n')
    with duckdb.connect() as conn:
        conn.execute(f"COPY (SELECT 'abc' AS token) TO '{directory}/secret.parquet'")
    with duckdb.connect(str(directory / "other.duckdb")) as conn:
        conn.execute("CREATE TABLE users AS SELECT 'admin' AS name")
    return directory


def file_state(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root``: size and modification time, to show nothing was written."""
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and "dbt-" not in str(p.relative_to(root))
    }
