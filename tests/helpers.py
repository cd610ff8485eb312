"""Small helpers shared by tests: run the CLI as a user would, count and hash tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
WAREHOUSE_TABLES = (
    "sources", "articles", "entities", "entity_aliases", "locations", "mentions", "claims",
    "events",
)  # fmt: skip


def wirehouse(
    *args: str, db: Path, stdin: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run ``wirehouse --db DB ARGS`` in a subprocess, as a user would."""
    env = {**os.environ, "DO_NOT_TRACK": "1", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
    )


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in WAREHOUSE_TABLES
        }


def query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()
