"""Small helpers shared by tests: run the CLI as a user would, count and hash tables."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

import models

REPO = Path(__file__).resolve().parent.parent
# Every table a load fills; load_runs and rejected_inputs differ from run to run by design.
WAREHOUSE_TABLES = tuple(
    t for t in models.metadata.tables if t not in ("load_runs", "rejected_inputs")
)


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


def commits_seen(db: Path) -> tuple[float, int]:
    """What a commit changes on disk (file times and WAL size), read without opening the file."""
    wal = Path(f"{db}.wal")
    return (db.stat().st_mtime if db.exists() else 0.0, wal.stat().st_size if wal.exists() else 0)


def start_wirehouse(db: Path, *args: str) -> subprocess.Popen[bytes]:
    """Start ``wirehouse --db DB ARGS`` in the background (to be killed by a test)."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "DO_NOT_TRACK": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), *args],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def kill_after_commits(
    process: subprocess.Popen[bytes], db: Path, commits: int, jitter: float
) -> bool:
    """SIGKILL once ``commits`` changes of the file were seen, plus ``jitter`` seconds.
    Returns False when the process ended first."""
    seen, last = 0, commits_seen(db)
    deadline = time.monotonic() + 600
    while seen < commits and time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        now = commits_seen(db)
        if now != last:
            seen, last = seen + 1, now
        time.sleep(0.01)
    time.sleep(jitter)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True
