"""``publish``: copy the marts and the normalised tables into the serving file, atomically.

The copy is built in a temporary file beside the serving file, made durable (fsync of the file,
then of the directory after the rename) and put in place with ``os.replace``. A reader that has
the old file open keeps reading it (the old inode lives on until it closes); a new connection
opens the new one; a publish killed at any moment leaves the previous file as it was. The
warehouse is held (read only, so a load waits at most that long) only while the tables are
copied, set-based, with ``CREATE TABLE ... AS SELECT`` into the attached temporary file.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from loaders.db import WarehouseBusy, open_duckdb, wait_seconds, warehouse_exists
from loaders.serving.origin import Origin, refusal, serving_origin, warehouse_id
from loaders.serving.paths import (
    MARTS_SCHEMA,
    NORMALISED_TABLES,
    PUBLISHED_TABLE,
    serving_path,
)
from loaders.serving.paths import (
    parquet_dir as default_parquet_dir,
)

MART = "mart"
NORMALISED = "normalised"


class PublishError(RuntimeError):
    """Nothing could be published (no warehouse, or no table in it)."""


@dataclass(frozen=True)
class PublishedTable:
    schema: str
    name: str
    kind: str  # MART (dbt marts schema) or NORMALISED (the loader's tables)
    rows: int

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


@dataclass(frozen=True)
class PublishResult:
    warehouse: Path
    serving: Path
    parquet_dir: Path
    tables: tuple[PublishedTable, ...]
    parquet_files: tuple[Path, ...]
    run_ids: tuple[int, ...]
    published_at: dt.datetime
    warehouse_seconds: float  # how long the warehouse was held
    seconds: float
    leftovers_removed: tuple[Path, ...] = field(default=())

    @property
    def marts(self) -> tuple[PublishedTable, ...]:
        return tuple(t for t in self.tables if t.kind == MART)

    @property
    def marts_missing(self) -> bool:
        return not self.marts

    def warnings(self) -> list[str]:
        if self.marts_missing:
            return [
                f"the warehouse has no marts yet (schema {MARTS_SCHEMA!r} is empty or absent): "
                "published the normalised tables only; run `wirehouse build` to add them"
            ]
        return []


def publish(
    warehouse: Path,
    serving: Path | None = None,
    parquet_dir: Path | None = None,
    force: bool = False,
) -> PublishResult:
    """Publish ``warehouse`` to ``serving`` (default: serving.duckdb beside it) and its marts to
    Parquet files in ``parquet_dir`` (default: parquet/ beside it). Unless ``force``, refuse to
    replace a serving file of another warehouse, or one with data by a copy without any."""
    started = time.monotonic()
    warehouse = Path(warehouse).expanduser().absolute()
    target = serving_path(warehouse, serving)
    out_dir = default_parquet_dir(warehouse, parquet_dir)
    if not warehouse_exists(warehouse):
        raise PublishError(f"no warehouse at {warehouse}: run `wirehouse load` first")
    if target == warehouse:
        raise PublishError(f"the serving file cannot be the warehouse itself ({warehouse})")
    target.parent.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)

    with _publish_lock(target):
        # Under the lock no other publish is running, so any temporary file is a dead one's.
        removed = _remove_leftovers(target, out_dir)
        suffix = f".tmp-{os.getpid()}"
        staging = target.with_name(f".{target.name}{suffix}")
        parquet_staged: list[tuple[Path, Path]] = []
        try:
            tables, run_ids, held, identity = _copy_warehouse(warehouse, staging)
            if not force:
                _refuse_to_destroy(target, warehouse, identity, tables)
            published_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            with duckdb.connect(str(staging)) as conn:
                _record(conn, tables, published_at, warehouse, run_ids, identity)
                for table in tables:
                    if table.kind != MART:
                        continue
                    final = out_dir / f"{table.name}.parquet"
                    temp = out_dir / f".{final.name}{suffix}"
                    parquet_staged.append((temp, final))
                    conn.execute(
                        f"COPY {_ident(table.schema)}.{_ident(table.name)} TO {_literal(temp)} "
                        "(FORMAT parquet)"
                    )
            _durable_replace(staging, target)
            for temp, final in parquet_staged:
                _durable_replace(temp, final)
        except BaseException:
            # A failed publish leaves the previous files as they were and no debris.
            for path in (staging, staging.with_name(staging.name + ".wal")):
                path.unlink(missing_ok=True)
            for temp, _ in parquet_staged:
                temp.unlink(missing_ok=True)
            raise

    return PublishResult(
        warehouse=warehouse,
        serving=target,
        parquet_dir=out_dir,
        tables=tuple(tables),
        parquet_files=tuple(final for _, final in parquet_staged),
        run_ids=run_ids,
        published_at=published_at,
        warehouse_seconds=held,
        seconds=time.monotonic() - started,
        leftovers_removed=tuple(removed),
    )


def _refuse_to_destroy(
    target: Path, warehouse: Path, identity: str | None, tables: list[PublishedTable]
) -> None:
    articles = sum(t.rows for t in tables if (t.schema, t.name) == ("main", "articles"))
    try:
        existing = serving_origin(target)
    except ValueError as exc:
        raise PublishError(f"refusing to replace it: {exc}; use --force to replace it") from exc
    reason = refusal(target, existing, Origin(identity, str(warehouse), articles))
    if reason is not None:
        raise PublishError(reason)


def _copy_warehouse(
    warehouse: Path, staging: Path
) -> tuple[list[PublishedTable], tuple[int, ...], float, str | None]:
    """Copy every mart and normalised table into a fresh ``staging`` file, in one transaction
    over a read-only connection to the warehouse (so the copy is one consistent snapshot).
    Returns the tables, the load run ids the copy contains, the seconds the warehouse was
    held and the warehouse's id."""
    for stale in (staging, staging.with_name(staging.name + ".wal")):
        stale.unlink(missing_ok=True)
    conn = _open_warehouse(warehouse)
    held_from = time.monotonic()
    try:
        conn.execute(f"ATTACH {_literal(staging)} AS serving (READ_WRITE)")
        marts = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM duckdb_tables() "
                "WHERE database_name = current_database() AND schema_name = $schema "
                "UNION SELECT view_name FROM duckdb_views() "
                "WHERE database_name = current_database() AND schema_name = $schema "
                "AND NOT internal ORDER BY 1",
                {"schema": MARTS_SCHEMA},
            ).fetchall()
        ]
        present = {
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM duckdb_tables() "
                "WHERE database_name = current_database() AND schema_name = 'main'"
            ).fetchall()
        }
        normalised = [name for name in NORMALISED_TABLES if name in present]
        if not marts and not normalised:
            raise PublishError(
                f"{warehouse} holds no table to publish: run `wirehouse load` (and "
                "`wirehouse build`) first"
            )
        plan = [(MARTS_SCHEMA, name, MART) for name in marts]
        plan += [("main", name, NORMALISED) for name in normalised]
        conn.execute("BEGIN TRANSACTION")
        if marts:
            conn.execute(f"CREATE SCHEMA serving.{_ident(MARTS_SCHEMA)}")
        for schema, name, _ in plan:
            qualified = f"{_ident(schema)}.{_ident(name)}"
            conn.execute(f"CREATE TABLE serving.{qualified} AS SELECT * FROM {qualified}")
        _copy_comments(conn, [(schema, name) for schema, name, _ in plan])
        conn.execute("COMMIT")
        run_ids: tuple[int, ...] = ()
        if "load_runs" in present:
            run_ids = tuple(
                int(r[0])
                for r in conn.execute("SELECT run_id FROM load_runs ORDER BY 1").fetchall()
            )
        counts = conn.execute(
            " UNION ALL ".join(
                f"SELECT {i} AS i, count(*) FROM serving.{_ident(s)}.{_ident(n)}"
                for i, (s, n, _) in enumerate(plan)
            )
        ).fetchall()
        rows = dict(counts)
        identity = warehouse_id(conn)
        conn.execute("DETACH serving")  # checkpoints the staging file: no WAL left beside it
    finally:
        conn.close()
    held = time.monotonic() - held_from
    tables = [
        PublishedTable(schema=s, name=n, kind=k, rows=int(rows[i]))
        for i, (s, n, k) in enumerate(plan)
    ]
    return tables, run_ids, held, identity


def _open_warehouse(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """Read only, waiting politely while another process holds the file. When this process
    already has it open read-write (dbt-duckdb keeps its database open after an in-process
    `wirehouse build`), DuckDB refuses a second configuration of the same file: share the
    open one instead. The copy only reads it either way."""
    try:
        return open_duckdb(warehouse, read_only=True)
    except duckdb.ConnectionException as exc:
        if "different configuration" not in str(exc):
            raise
        return duckdb.connect(str(warehouse))


def _copy_comments(conn: duckdb.DuckDBPyConnection, tables: list[tuple[str, str]]) -> None:
    """Carry table and column descriptions over, so BI tools show them."""
    wanted = set(tables)
    for schema, name, comment in conn.execute(
        "SELECT schema_name, table_name, comment FROM duckdb_tables() "
        "WHERE database_name = current_database() AND comment IS NOT NULL AND comment <> ''"
    ).fetchall():
        if (schema, name) in wanted:
            conn.execute(
                f"COMMENT ON TABLE serving.{_ident(schema)}.{_ident(name)} IS {_literal(comment)}"
            )
    for schema, name, column, comment in conn.execute(
        "SELECT schema_name, table_name, column_name, comment FROM duckdb_columns() "
        "WHERE database_name = current_database() AND comment IS NOT NULL AND comment <> ''"
    ).fetchall():
        if (schema, name) in wanted:
            conn.execute(
                f"COMMENT ON COLUMN serving.{_ident(schema)}.{_ident(name)}.{_ident(column)} "
                f"IS {_literal(comment)}"
            )


def _record(
    conn: duckdb.DuckDBPyConnection,
    tables: list[PublishedTable],
    published_at: dt.datetime,
    warehouse: Path,
    run_ids: tuple[int, ...],
    identity: str | None,
) -> None:
    """What this file holds and where it came from, for anyone who opens it."""
    conn.execute(
        f"CREATE TABLE main.{PUBLISHED_TABLE} (table_schema VARCHAR, table_name VARCHAR, "
        "kind VARCHAR, row_count BIGINT, published_at TIMESTAMP, warehouse_path VARCHAR, "
        "source_run_ids BIGINT[], warehouse_id VARCHAR)"
    )
    conn.executemany(
        f"INSERT INTO main.{PUBLISHED_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                t.schema,
                t.name,
                t.kind,
                t.rows,
                published_at,
                str(warehouse),
                list(run_ids),
                identity,
            ]
            for t in tables
        ],  # fmt: skip
    )
    conn.execute(
        f"COMMENT ON TABLE main.{PUBLISHED_TABLE} IS "
        "'What wirehouse publish copied into this file, when, and from which load runs'"
    )


@contextmanager
def _publish_lock(target: Path) -> Iterator[None]:
    """One publish at a time per serving file. flock is released by the kernel when the holder
    dies, so a killed publish never leaves a lock behind."""
    lock_path = target.with_name(f".{target.name}.publish-lock")
    deadline = time.monotonic() + wait_seconds()
    with open(lock_path, "a+") as handle:
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"{target} is being published by process {holder}; gave up waiting "
                        "(set --wait / WIREHOUSE_WAIT)"
                    ) from None
                if not announced:
                    print(
                        f"waiting for a publish of {target} by process {holder}",
                        file=sys.stderr,
                        flush=True,
                    )
                    announced = True
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_leftovers(target: Path, out_dir: Path) -> list[Path]:
    """Temporary files of a publish that was killed before its rename."""
    stale = list(target.parent.glob(f".{target.name}.tmp-*"))
    stale += list(out_dir.glob(".*.parquet.tmp-*"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def _durable_replace(temp: Path, final: Path) -> None:
    """Rename ``temp`` over ``final`` so that after a crash one of the two whole files is there."""
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, final)
    dir_fd = os.open(final.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"
