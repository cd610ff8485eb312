"""Staged commits: the file-mode writer runs unchanged on an in-memory copy, then one lake
transaction appends what it wrote.

DuckLake has no sequences, unique constraints or ``ON CONFLICT``, and a transaction may write
to one attached database only. So, under the catalog's commit lock (``loaders.lake.locks``):

1. read the last id used per table from the catalog's id ledger;
2. attach an empty in-memory ``stage`` with the file schema (keys, unique constraints,
   sequences starting after those ids), and copy into it the lookup tables the writer
   resolves natural keys against (sources, entities, aliases, locations; cached per
   connection, only new rows are read) and the rows it updates (the run's ``load_runs``
   row...);
3. run the writer on the stage, exactly as on a warehouse file;
4. advance the ledger past the ids the stage used (before the commit: a crash then leaves a
   gap, never a reused id);
5. in one lake transaction: apply the caller's deletes, append every staged row with an id
   above the ledger's, update the copied rows the writer changed; commit.

Ids are drawn while no other writer can commit, so they are unique without a sequence and, for
one load, the same as a file's. A conflict with a non-writer (compaction, a build) surfaces as a
transaction error: the whole batch is staged again and retried.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence

import duckdb

from loaders.lake.connection import STAGE, WRITER_SEARCH_PATH
from loaders.lake.locks import CatalogSession
from loaders.lake.schema import id_key, id_tables, stage_ddl, tables
from loaders.lake.settings import LAKE_ALIAS

LOOKUP_TABLES = ("sources", "entities", "entity_aliases", "locations")
LOOKUPS = "lookups"  # this connection's cached copy of the lookup tables
_SEEN: dict[int, dict[str, int]] = {}  # per connection: ids up to which LOOKUPS is current
MAX_ATTEMPTS = 8


def largest_ids(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """The largest id of each lake table, by scanning them (once, when the ledger is made)."""
    parts = [
        f'SELECT \'{t.name}\', coalesce(max("{id_key(t)}"), 0) FROM {LAKE_ALIAS}.main."{t.name}"'
        for t in id_tables()
    ]
    return {name: int(top) for name, top in conn.execute(" UNION ALL ".join(parts)).fetchall()}


def _columns(name: str) -> str:
    table = next(t for t in tables() if t.name == name)
    return ", ".join(f'"{c.name}"' for c in table.columns)


def _refresh_lookups(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int]) -> None:
    """Keep this connection's copy of the lookup tables current: only rows added since the
    last batch are read from the lake (lookup rows are only ever appended, under the lock)."""
    attached = conn.execute(
        "SELECT count(*) FROM duckdb_databases() WHERE database_name = ?", [LOOKUPS]
    ).fetchone()
    if not (attached and attached[0]):
        conn.execute(f"ATTACH ':memory:' AS {LOOKUPS}")
        for name in LOOKUP_TABLES:
            conn.execute(
                f'CREATE TABLE {LOOKUPS}.main."{name}" AS '
                f'SELECT {_columns(name)} FROM {LAKE_ALIAS}.main."{name}" LIMIT 0'
            )
        _SEEN[id(conn)] = dict.fromkeys(LOOKUP_TABLES, 0)
    seen = _SEEN[id(conn)]
    for name in LOOKUP_TABLES:
        if tops.get(name, 0) <= seen[name]:
            continue
        table = next(t for t in tables() if t.name == name)
        key, cols = id_key(table), _columns(name)
        conn.execute(
            f'INSERT INTO {LOOKUPS}.main."{name}" ({cols}) SELECT {cols} FROM '
            f'{LAKE_ALIAS}.main."{name}" WHERE "{key}" > {seen[name]} AND "{key}" <= {tops[name]}'
        )
        seen[name] = tops[name]


def _open_stage(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int],
                copies: Mapping[str, str]) -> None:  # fmt: skip
    conn.execute(f"DETACH DATABASE IF EXISTS {STAGE}")
    conn.execute(f"ATTACH ':memory:' AS {STAGE}")
    conn.execute(f"SET search_path = '{STAGE}.main'")
    for statement in stage_ddl({name: top + 1 for name, top in tops.items()}):
        conn.execute(statement)
    for name in LOOKUP_TABLES:
        cols = _columns(name)
        conn.execute(
            f'INSERT INTO {STAGE}.main."{name}" ({cols}) SELECT {cols} FROM {LOOKUPS}.main."{name}"'
        )
    for name, where in copies.items():
        cols = _columns(name)
        conn.execute(
            f'INSERT INTO {STAGE}.main."{name}" ({cols}) '
            f'SELECT {cols} FROM {LAKE_ALIAS}.main."{name}" WHERE {where}'
        )


def _staged_tops(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    parts = [
        f'SELECT \'{t.name}\', coalesce(max("{id_key(t)}"), 0) FROM {STAGE}.main."{t.name}"'
        for t in id_tables()
    ]
    return {name: int(top) for name, top in conn.execute(" UNION ALL ".join(parts)).fetchall()}


def _append_staged(conn: duckdb.DuckDBPyConnection, tops: Mapping[str, int],
                   staged: Mapping[str, int], updated: Sequence[str],
                   statements: Sequence[str]) -> None:  # fmt: skip
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement in statements:
            conn.execute(statement)
        for table in (t for t in id_tables() if staged[t.name] > tops.get(t.name, 0)):
            key, cols = id_key(table), _columns(table.name)
            conn.execute(
                f'INSERT INTO {LAKE_ALIAS}.main."{table.name}" ({cols}) SELECT {cols} '
                f'FROM {STAGE}.main."{table.name}" WHERE "{key}" > {tops[table.name]} '
                f'ORDER BY "{key}"'
            )
        for name in updated:
            table = next(t for t in tables() if t.name == name)
            key = id_key(table)
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
    catalog: CatalogSession,
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
            tops = catalog.last_ids()
            _refresh_lookups(conn, tops)
            _open_stage(conn, tops, copies or {})
            write()
            staged = _staged_tops(conn)
            conn.execute(f"SET search_path = '{WRITER_SEARCH_PATH}'")
            catalog.reserve_ids({t: top for t, top in staged.items() if top > tops[t]})
            _append_staged(conn, tops, staged, updated, statements)
            return attempt
        except duckdb.TransactionException:
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
        finally:
            conn.execute(f"SET search_path = '{WRITER_SEARCH_PATH}'")
            conn.execute(f"DETACH DATABASE IF EXISTS {STAGE}")
    raise AssertionError("unreachable")
