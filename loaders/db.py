"""Where the warehouse lives and how to open it.

Two ways in, each for its job: SQLAlchemy engines (NullPool, so no connection outlives its use)
for schema work, and short-lived native DuckDB connections for bulk Arrow writes and queries.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from loaders.paths import database_path

if TYPE_CHECKING:
    import sqlalchemy as sa

DEFAULT_WAIT_SECONDS = 60.0


class WarehouseBusy(RuntimeError):
    """Another process held the file for longer than we were willing to wait."""


def make_engine(path: str | os.PathLike[str], **kwargs: Any) -> sa.Engine:
    # imported here: commands that never use an engine (build, query) skip its 0.3-0.5 s
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    kwargs.setdefault("poolclass", NullPool)
    return sa.create_engine(f"duckdb:///{Path(path)}", **kwargs)


def wait_seconds() -> float:
    """How long to wait for a file another process holds: $WIREHOUSE_WAIT or 60 s."""
    return float(os.environ.get("WIREHOUSE_WAIT") or DEFAULT_WAIT_SECONDS)


def lake_for(path: str | os.PathLike[str]) -> Any:
    """The lake settings when ``path`` names the warehouse and a catalog is configured
    ($WIREHOUSE_CATALOG): the warehouse is then a DuckLake (loaders/lake), else None."""
    if not os.environ.get("WIREHOUSE_CATALOG"):
        return None
    if Path(path).expanduser().absolute() != database_path():
        return None
    from loaders.lake.settings import lake_settings

    return lake_settings()


def warehouse_exists(path: str | os.PathLike[str]) -> bool:
    return lake_for(path) is not None or Path(path).exists()


_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def open_duckdb(
    path: str | os.PathLike[str],
    read_only: bool = False,
    wait: float | None = None,
    config: dict[str, Any] | None = None,
    row_group_size: int | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, waiting while another process holds its lock.

    DuckDB lets one process write a file, and then no other may open it at all. Rather than
    fail at once, say so on stderr and retry until ``wait`` seconds have passed; then fail with
    a message that names the holding process. ``config`` holds DuckDB settings that must be
    given at open time (readers: ``loaders.serving.sandbox``). The warehouse in lake mode is an
    in-memory DuckDB with the DuckLake attached: many processes may write, nobody waits.
    """
    if (lake := lake_for(path)) is not None:
        from loaders.lake.connection import open_lake
        from loaders.lake.settings import LakeConfigError

        if config:  # a sandboxed reader: a lake needs the extensions and files it forbids
            raise LakeConfigError(
                "a lake cannot be read through the reader sandbox: publish it and query the "
                "serving file (drop --live)"
            )
        return open_lake(lake, read_only=read_only)
    deadline = time.monotonic() + (wait_seconds() if wait is None else wait)
    announced = False
    while True:
        try:
            if row_group_size is not None:
                return attach_file(path, row_group_size)
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            holder = _HOLDER.search(str(exc))
            if holder is None:
                raise
            who = f"process {holder.group('pid')} ({holder.group('program')})"
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{path} is locked by {who}; gave up waiting (set --wait / WIREHOUSE_WAIT)"
                ) from exc
            if not announced:
                print(f"waiting for {path}: locked by {who}", file=sys.stderr, flush=True)
                announced = True
            time.sleep(0.2)


WAREHOUSE_ALIAS = "warehouse"


def attach_file(path: str | os.PathLike[str], row_group_size: int) -> duckdb.DuckDBPyConnection:
    """The file attached (and in use) with row groups of ``row_group_size`` rows for what this
    connection appends. A load appends a few hundred rows per commit, and each checkpoint
    rewrites (compresses again) the last, partly filled row group: with DuckDB's default of
    122,880 rows and article bodies, that rewrite grew to hundreds of MB; small row groups keep
    it flat. The load's 8,192 rows are below a 10k-article load, so larger loads meet no larger
    rewrite (16,384 still let peak memory grow from 10k to 100k articles)."""
    conn = duckdb.connect()
    literal = "'" + str(Path(path)).replace("'", "''") + "'"
    try:
        conn.execute(
            f"ATTACH {literal} AS {WAREHOUSE_ALIAS} (ROW_GROUP_SIZE {int(row_group_size)})"
        )
        conn.execute(f"USE {WAREHOUSE_ALIAS}")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def connect(
    path: str | os.PathLike[str],
    read_only: bool = False,
    wait: float | None = None,
    row_group_size: int | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A native DuckDB connection, closed on exit so the file is free for the next command."""
    conn = open_duckdb(path, read_only=read_only, wait=wait, row_group_size=row_group_size)
    try:
        yield conn
    finally:
        conn.close()


def alembic_config(path: str | os.PathLike[str]) -> Any:
    from alembic.config import Config

    import migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.attributes["db_path"] = str(path)
    return cfg
