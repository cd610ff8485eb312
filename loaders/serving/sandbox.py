"""The one way wirehouse opens a database for readers: read only and sandboxed.

`wirehouse query` (serving file and ``--live``), `wirehouse report` and the settings the README
gives BI tools all use :data:`READER_SETTINGS`. With them a query sees the tables of the file it
opened and nothing else: no file, directory or URL (``read_csv``, ``read_text``, ``glob``,
``COPY ... TO``, ``EXPORT DATABASE``, ``ATTACH``), no extension installed or loaded beyond the
ones built into DuckDB (json and parquet are built in, so their functions work on tables), and
no ``SET``/``RESET`` that could switch any of this back. Writers (load, build, publish) never
come through here: publishing writes files, reading must not.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import duckdb

from loaders.db import open_duckdb

# DuckDB settings for every reader connection. They must be given when the database is opened
# (``config=``): once ``lock_configuration`` is on, nothing a query runs can change them.
# ``allowed_paths``/``allowed_directories`` are not used: readers need nothing outside the file,
# DuckDB refuses them before the database starts, and it adds the database file, its WAL files
# and its ``.tmp/`` directory to them by itself (hence the COPY refusal below).
READER_SETTINGS: dict[str, bool] = {
    # No file system or network beyond the database file itself.
    "enable_external_access": False,
    # No extension fetched or loaded behind the query's back (INSTALL/LOAD are refused too).
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    # Secrets are only of use to remote readers; without disk storage CREATE SECRET fails cleanly.
    "allow_persistent_secrets": False,
    # Last: from here on no SET, RESET or PRAGMA can change a setting.
    "lock_configuration": True,
}

# Statement kinds a reader may send. Writes (INSERT, CREATE...) go on to DuckDB, whose read-only
# mode refuses them. Everything else (COPY, EXPORT, ATTACH, INSTALL/LOAD, PREPARE...) is refused
# before it runs: DuckDB 1.5.5 still lets a read-only, sandboxed connection COPY TO its own
# database file and WAL, which would overwrite the serving file or the warehouse.
_T = duckdb.StatementType
READER_STATEMENTS = frozenset(
    {_T.SELECT, _T.EXPLAIN, _T.PRAGMA, _T.CALL, _T.SET, _T.VARIABLE_SET, _T.TRANSACTION}
)
_WRITES = frozenset(
    {_T.INSERT, _T.UPDATE, _T.DELETE, _T.CREATE, _T.ALTER, _T.DROP, _T.MERGE_INTO, _T.CREATE_FUNC}
)
_STATEMENT_WORDS = {_T.LOAD: "INSTALL or LOAD", _T.COPY_DATABASE: "COPY FROM DATABASE"}
_EXPLAIN_PREFIX = re.compile(r"^\s*explain\s+(analy[sz]e\s+)?(\([^)]*\)\s*)?", re.IGNORECASE)

# DuckDB's words for what the settings refuse (first line of its message).
_SANDBOX_REFUSALS = (
    "file system operations are disabled by configuration",
    "Loading external extensions is disabled",
    "the configuration has been locked",
    "but it exists in the",  # a function of an extension, which readers may not load
)
_READ_ONLY_REFUSAL = "read-only mode"


def reader_config() -> dict[str, bool]:
    """A fresh copy of :data:`READER_SETTINGS` for ``duckdb.connect(..., config=...)``."""
    return dict(READER_SETTINGS)


def sqlalchemy_connect_args() -> dict[str, Any]:
    """``connect_args`` for a duckdb-sqlalchemy / duckdb-engine engine on the serving file."""
    return {"read_only": True, "config": reader_config()}


def open_reader_connection(
    path: str | os.PathLike[str], wait: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open ``path`` read only with :data:`READER_SETTINGS`, waiting while a writer holds it."""
    return open_duckdb(Path(path), read_only=True, wait=wait, config=reader_config())


def statement_refusal(conn: duckdb.DuckDBPyConnection, sql: str) -> str | None:
    """Why ``sql`` may not run on a reader connection, or None. Parsed by DuckDB itself on the
    sandboxed connection (``IMPORT DATABASE`` reads files while it is parsed)."""
    statements = conn.extract_statements(sql)
    for statement in statements:
        kind = statement.type
        if kind == _T.EXPLAIN:  # EXPLAIN ANALYZE runs the statement it explains
            inner = _EXPLAIN_PREFIX.sub("", statement.query, count=1)
            if inner.strip() and inner != statement.query:
                problem = statement_refusal(conn, inner)
                if problem is not None:
                    return problem
            continue
        if kind not in READER_STATEMENTS and kind not in _WRITES:
            word = _STATEMENT_WORDS.get(kind, kind.name.replace("_", " "))
            return (
                f"refused: readers may not run {word} statements; they read tables only "
                f"(results go to files with --output)"
            )
    return None


def logging_redirected(conn: duckdb.DuckDBPyConnection) -> str | None:
    """What a query did to DuckDB's log, or None. DuckDB 1.5.5 lets ``enable_logging(storage=
    'file'|'stdout', ...)`` through a locked configuration: the sandbox still refuses the log
    file, but the connection then fails every later statement (and aborts the process when it
    closes), and a stdout log mixes with the results. So readers check after each query."""
    try:
        storage = conn.execute("SELECT current_setting('logging_storage')").fetchone()
    except duckdb.Error as exc:
        return str(exc).strip().splitlines()[0]
    if storage is None or storage[0] != "memory":
        return f"DuckDB's log was redirected to {storage[0] if storage else 'nowhere'}"
    return None


def refusal(exc: duckdb.Error, where: Path) -> str | None:
    """One line saying why the sandbox or read-only mode refused a statement, or None when
    ``exc`` is an ordinary SQL error."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if _READ_ONLY_REFUSAL in first:
        return (
            f"refused: wirehouse query opens {where} read only, so statements that change data "
            f"or schema (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER) cannot run ({first})"
        )
    if any(marker in first for marker in _SANDBOX_REFUSALS):
        return (
            f"refused: readers see only the tables of {where}, no other file, URL, extension "
            f"or setting ({first})"
        )
    return None


# The same settings in each BI tool's own form (README "Connecting BI tools"; `make bi-check`
# feeds these very strings to the real clients).
def initialize_sql() -> str:
    """``SET`` statements for tools that only run SQL after opening (Evidence's initialize.sql):
    ``lock_configuration`` comes last, as in :data:`READER_SETTINGS`."""
    return " ".join(
        f"SET {name} = {str(value).lower()};" for name, value in READER_SETTINGS.items()
    )


def url_options() -> str:
    """``name=value&...`` for connection-string options (Metabase's DuckDB driver)."""
    return "&".join(f"{name}={str(value).lower()}" for name, value in READER_SETTINGS.items())


def node_options() -> dict[str, str]:
    """``DuckDBInstance.create`` options of ``@duckdb/node-api`` (string values)."""
    return {"access_mode": "READ_ONLY"} | {
        name: str(value).lower() for name, value in READER_SETTINGS.items()
    }
