"""A SIGKILL while `wirehouse init` upgrades a warehouse leaves a file that opens: the old
revision with its rows, or the new one with the same rows, never a half-migrated file or a
write-ahead log DuckDB cannot replay (see loaders/schema.py)."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import duckdb
from alembic import command

from loaders.db import alembic_config
from loaders.schema import head_revision
from tests.helpers import start_wirehouse, wirehouse

ROWS = 200
HEAD = head_revision()


def warehouse_at_0001(db: Path) -> None:
    command.upgrade(alembic_config(db), "0001")
    with duckdb.connect(str(db)) as conn:
        conn.execute(
            "INSERT INTO load_runs (command, started_at, status, loader_version) "
            "VALUES ('load', now(), 'interrupted', 'x')"
        )
        conn.execute(
            "INSERT INTO articles (body, content_hash, run_id) "
            "SELECT 'body ' || i, 'hash' || i, 1 FROM range(?) t(i)",
            [ROWS],
        )


def revision_and_rows(db: Path) -> tuple[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        [(revision,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        [(rows,)] = conn.execute("SELECT count(*) FROM articles").fetchall()
    return revision, rows


def test_sigkill_during_an_upgrade_leaves_a_file_that_opens(tmp_path: Path) -> None:
    rng = random.Random(11)
    for attempt in range(4):
        db = tmp_path / f"wh{attempt}.duckdb"
        warehouse_at_0001(db)
        process = start_wirehouse(db, "init")
        # Kill once the migration's work copy is on disk (not on a clock), at a seeded point.
        while process.poll() is None and not list(tmp_path.glob(f".{db.name}.migrating-*")):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        revision, rows = revision_and_rows(db)  # opens: no unreplayable log
        assert (revision, rows) in {("0001", ROWS), (HEAD, ROWS)}
        again = wirehouse("init", db=db)
        assert again.returncode == 0, again.stderr
        assert revision_and_rows(db) == (HEAD, ROWS)
        # The killed migration's work copy is removed by the next one.
        assert list(tmp_path.glob(f".wh{attempt}.duckdb.migrating-*")) == []
