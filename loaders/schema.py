"""Creating and upgrading the warehouse schema, all or nothing on disk.

A migration is run on a copy beside the warehouse, checkpointed, and moved over the warehouse
with one rename. This matters with DuckDB 1.5: a SIGKILL between a migration's commit and the
next checkpoint leaves a write-ahead log that DuckDB cannot replay ("Failure while replaying
WAL file ... GetDefaultDatabase": COMMENT ON COLUMN of a table whose key defaults to
``nextval``), and the file no longer opens. With the copy, a kill leaves the old file or the
new one, never a half-migrated one (tests/test_load_crash.py kills loads that create their
warehouse).

Only ``init`` and ``load`` create a warehouse; every other command calls ``require_warehouse``,
which refuses a path that is not one (a mistyped ``--db``) without creating anything.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import duckdb

import migrations
from loaders.db import alembic_config, connect, lake_for


class NotAWarehouse(RuntimeError):
    """The path holds no initialised wirehouse warehouse."""


# `revision: str = "0003"` and `down_revision: str | None = "0002"` in a migration file
_REVISION_LINE = re.compile(r'^(revision|down_revision)\b[^=]*=\s*["\']([^"\']+)["\']', re.M)


def head_revision() -> str:
    """The newest revision: the one no migration names as its parent, read from the files'
    two assignments (importing Alembic to ask it took 0.4-1.5 s of every command that checks
    the schema; tests/test_migrations.py checks both readings agree)."""
    revisions, parents = set(), set()
    for path in (Path(migrations.__file__).parent / "versions").glob("*.py"):
        assigned = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        revisions.add(assigned["revision"])
        parents.add(assigned.get("down_revision"))
    heads = revisions - parents
    if len(heads) != 1:
        return alembic_head_revision()  # branches or an unusual file: Alembic decides
    return heads.pop()


def alembic_head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(":memory:")).get_current_head()
    assert head is not None
    return head


def _revision(conn: duckdb.DuckDBPyConnection) -> str | None:
    found = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'alembic_version' "
        "AND schema_name = 'main' AND database_name = current_database()"
    ).fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _revision_of(path: Path) -> str | None:
    """The schema revision of the file, read only (waiting while another process holds it)."""
    try:
        with connect(path, read_only=True) as conn:
            return _revision(conn)
    except duckdb.ConnectionException as exc:
        # This process has the file open read-write already (dbt-duckdb, during `build`):
        # DuckDB then refuses a read-only second configuration; share the open database.
        if "different configuration" not in str(exc):
            raise
        with duckdb.connect(str(path)) as conn:
            return _revision(conn)


def require_warehouse(path: Path) -> None:
    """Raise NotAWarehouse unless ``path`` is a warehouse made by ``wirehouse init`` or
    ``load``. Opens nothing when the file does not exist, so nothing is created."""
    if lake_for(path) is not None:  # a lake: its catalog is checked when it is attached
        return
    if not path.is_file():
        raise NotAWarehouse(
            f"{path} is not a wirehouse warehouse (no such file); create one with "
            f"`wirehouse --db {path} init` or `load`, or check the --db path"
        )
    try:
        revision = _revision_of(path)
    except duckdb.Error as exc:
        raise NotAWarehouse(f"{path} is not a wirehouse warehouse ({exc})") from exc
    if revision is None:
        raise NotAWarehouse(
            f"{path} is a DuckDB file but not a wirehouse warehouse (no schema revision); "
            f"check the --db path or run `wirehouse --db {path} init`"
        )


def upgrade_to_head(path: str | os.PathLike[str]) -> str:
    """Bring the database file to the newest schema revision (creating it if absent); returns
    that revision. A file already at head is left untouched."""
    path = Path(path)
    head = head_revision()
    if (lake := lake_for(path)) is not None:  # the lake's equivalent (loaders/lake/schema.py)
        from loaders.lake.schema import init_lake

        init_lake(lake)
        return head
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        _migrate_copy(None, path)
        return head
    with connect(path) as conn:  # wait here, politely, if another process holds the file
        if _revision(conn) == head:
            return head
        conn.execute("CHECKPOINT")  # the copy must not need the log
        _migrate_copy(path, path)  # the lock is held until the new file is in place
    return head


def _remove_abandoned_copies(target: Path) -> None:
    """Work copies (and their logs) of migrations whose process was killed."""
    for leftover in target.parent.glob(f".{target.name}.migrating-*"):
        pid = leftover.name.rsplit("-", 1)[1].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _migrate_copy(source: Path | None, target: Path) -> None:
    from alembic import command

    _remove_abandoned_copies(target)
    work = target.with_name(f".{target.name}.migrating-{os.getpid()}")
    try:
        if source is not None:
            shutil.copyfile(source, work)
        command.upgrade(alembic_config(work), "head")
        with duckdb.connect(str(work)) as conn:
            conn.execute("CHECKPOINT")
        os.replace(work, target)
    finally:
        for leftover in (work, Path(f"{work}.wal")):
            leftover.unlink(missing_ok=True)
