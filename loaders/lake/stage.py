"""Staged commits: the file-mode writer runs unchanged on an in-memory copy, then one lake
transaction appends what it wrote.

DuckLake has no sequences, unique constraints or ``ON CONFLICT``, and a transaction may write
to one attached database only. So, under the catalog's commit lock (``loaders.lake.locks``):

1. read each table's largest id in the lake;
2. attach an empty in-memory ``stage`` with the file schema (keys, unique constraints,
   sequences starting after those ids), and copy into it the lookup tables the writer
   resolves natural keys against (sources, entities, aliases, locations) and the rows it
   updates (the run's ``load_runs`` row...);
3. run the writer on the stage, exactly as on a warehouse file;
4. in one lake transaction: apply the caller's deletes, append every staged row with an id
   above the lake's, update the copied rows the writer changed; commit.

Ids are therefore the lake's largest plus one, drawn while no other writer can commit, so they
are unique without a sequence. A conflict with a non-writer (compaction, a build) surfaces as a
transaction error: the whole batch is staged again and retried.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence

import duckdb
import sqlalchemy as sa

from loaders.lake.connection import STAGE, WRITER_SEARCH_PATH
from loaders.lake.schema import primary_key, stage_ddl, tables
from loaders.lake.settings import LAKE_ALIAS

LOOKUP_TABLES = ("sources", "entities", "entity_aliases", "locations")
MAX_ATTEMPTS = 8


def largest_ids(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    parts = [
        f"SELECT '{t.name}', coalesce(max(\"{primary_key(t)}\"), 0) "
        f'FROM {LAKE_ALIAS}.main."{t.name}"'
        for t in tables()
    ]
    return {name: int(top) for name, top in conn.execute(" UNION ALL ".join(parts)).fetchall()}


def _columns(name: str) -> str:
    table = next(t for t in tables() if t.name == name)
    return ", ".join(f'"{c.name}"' for c in table.columns)


def _open_stage(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int],
                copies: Mapping[str, str]) -> None:  # fmt: skip
    conn.execute(f"DETACH DATABASE IF EXISTS {STAGE}")
    conn.execute(f"ATTACH ':memory:' AS {STAGE}")
    conn.execute(f"SET search_path = '{STAGE}.main'")
    for statement in stage_ddl({name: top + 1 for name, top in tops.items()}):
        conn.execute(statement)
    wanted = {name: "TRUE" for name in LOOKUP_TABLES} | dict(copies)
    for name, where in wanted.items():
        cols = _columns(name)
        conn.execute(
            f'INSERT INTO {STAGE}.main."{name}" ({cols}) '
            f'SELECT {cols} FROM {LAKE_ALIAS}.main."{name}" WHERE {where}'
        )


def _with_new_rows(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int]) -> list[sa.Table]:
    """The tables the writer added rows to (an empty append still costs a catalog write)."""
    parts = [
        f"SELECT '{t.name}' WHERE EXISTS (SELECT 1 FROM {STAGE}.main.\"{t.name}\" "
        f'WHERE "{primary_key(t)}" > {tops[t.name]})'
        for t in tables()
    ]
    names = {r[0] for r in conn.execute(" UNION ALL ".join(parts)).fetchall()}
    return [t for t in tables() if t.name in names]


def _append_staged(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int],
                   updated: Sequence[str], statements: Sequence[str]) -> None:  # fmt: skip
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement in statements:
            conn.execute(statement)
        for table in _with_new_rows(conn, tops):
            key, cols = primary_key(table), _columns(table.name)
            conn.execute(
                f'INSERT INTO {LAKE_ALIAS}.main."{table.name}" ({cols}) SELECT {cols} '
                f'FROM {STAGE}.main."{table.name}" WHERE "{key}" > {tops[table.name]} '
                f'ORDER BY "{key}"'
            )
        for name in updated:
            table = next(t for t in tables() if t.name == name)
            key = primary_key(table)
            sets = ", ".join(f'"{c.name}" = s."{c.name}"' for c in table.columns if c.name != key)
            conn.execute(
                f'UPDATE {LAKE_ALIAS}.main."{name}" AS l SET {sets} FROM {STAGE}.main."{name}" '
                f's WHERE l."{key}" = s."{key}" AND s."{key}" <= {tops[name]}'
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def commit_staged(
    conn: duckdb.DuckDBPyConnection,
    write: Callable[[], None],
    copies: Mapping[str, str] | None = None,
    updated: Sequence[str] = (),
    statements: Sequence[str] = (),
) -> int:
    """Run ``write`` (file-mode writer code on ``conn``) against a fresh stage and append its
    rows to the lake in one transaction. Call under the commit lock. ``copies`` maps more
    tables to the rows (a SQL condition) to copy into the stage; ``updated`` names the copied
    tables whose rows the writer changes; ``statements`` run first in the lake transaction
    (deletes of rows being replaced). Returns the number of attempts it took."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            tops = largest_ids(conn)
            _open_stage(conn, tops, copies or {})
            write()
            conn.execute(f"SET search_path = '{WRITER_SEARCH_PATH}'")
            _append_staged(conn, tops, updated, statements)
            return attempt
        except duckdb.TransactionException:
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
        finally:
            conn.execute(f"SET search_path = '{WRITER_SEARCH_PATH}'")
            conn.execute(f"DETACH DATABASE IF EXISTS {STAGE}")
    raise AssertionError("unreachable")
