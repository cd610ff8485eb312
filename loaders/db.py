"""Where the warehouse lives and how to open it.

Two ways in, each for its job: SQLAlchemy engines (NullPool, so no connection outlives its use)
for schema work, and short-lived native DuckDB connections for bulk Arrow writes and queries.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

DEFAULT_DB = "warehouse.duckdb"


def database_path(given: str | os.PathLike[str] | None = None) -> Path:
    """The warehouse file: the argument, else $WIREHOUSE_DB, else ./warehouse.duckdb."""
    return Path(given or os.environ.get("WIREHOUSE_DB") or DEFAULT_DB).expanduser().absolute()


def make_engine(path: str | os.PathLike[str], **kwargs: Any) -> sa.Engine:
    kwargs.setdefault("poolclass", NullPool)
    return sa.create_engine(f"duckdb:///{Path(path)}", **kwargs)


@contextmanager
def connect(
    path: str | os.PathLike[str], read_only: bool = False
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A native DuckDB connection that is closed on exit, so the file is free between batches."""
    conn = duckdb.connect(str(path), read_only=read_only)
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


def upgrade_to_head(path: str | os.PathLike[str]) -> str:
    """Bring the database file to the newest schema revision; returns that revision."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(cfg, "head")
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head
