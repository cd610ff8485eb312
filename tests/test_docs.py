"""`wirehouse docs` waits for the warehouse like every command (issue 11, item 5): a real
process holds the DuckDB lock; docs says so, then generates once it is free, or exits 3."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import REPO, wirehouse

HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
HOLD += "time.sleep(float(sys.argv[2]))"


def hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that opens the warehouse read-write (as a load does) for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


@pytest.fixture
def dbt_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """dbt's target and logs in the test's directory (wirehouse() passes os.environ on)."""
    target = tmp_path / "dbt-target"
    monkeypatch.setenv("DBT_TARGET_PATH", str(target))
    monkeypatch.setenv("DBT_LOG_PATH", str(tmp_path / "dbt-logs"))
    return target


def test_docs_gives_up_after_wait_with_exit_3(tmp_path: Path, dbt_dirs: Path) -> None:
    db = tmp_path / "wh.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    holder = hold_lock(db, 120)
    try:
        done = wirehouse("--wait", "1", "docs", db=db)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 3, done.stderr
    assert f"waiting for {db}: locked by process {holder.pid}" in done.stderr
    assert "gave up waiting" in done.stderr and "Traceback" not in done.stderr
    assert not (dbt_dirs / "catalog.json").exists()


def test_docs_waits_for_the_lock_then_generates_and_serves(tmp_path: Path, dbt_dirs: Path) -> None:
    db = tmp_path / "wh.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    holder = hold_lock(db, 120)
    docs = subprocess.Popen(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), "docs"],
        cwd=REPO, env={**os.environ, "DO_NOT_TRACK": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:  # the lock is released once docs says it waits, however slow its start on a busy machine
        assert docs.stderr is not None
        first = ""
        while "waiting for" not in first and (line := docs.stderr.readline()):
            first += line
        assert f"waiting for {db}: locked by process {holder.pid}" in first, first
    finally:
        holder.kill()
        holder.wait()
    stdout, stderr = docs.communicate(timeout=600)
    assert docs.returncode == 0, stdout[-2000:] + stderr[-2000:]
    assert "Could not set lock" not in first + stderr + stdout
    assert (dbt_dirs / "catalog.json").is_file() and (dbt_dirs / "index.html").is_file()

    port = random.Random(os.getpid()).randint(20000, 60000)
    # started as a script's `&` job is: with SIGINT ignored (Ctrl-C must still stop it)
    server = subprocess.Popen(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), "docs", "--serve",
         "--no-generate", "--port", str(port)],
        cwd=REPO, env={**os.environ}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )  # fmt: skip
    try:
        page = _get(f"http://127.0.0.1:{port}/index.html")
        catalog = _get(f"http://127.0.0.1:{port}/catalog.json")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert b"<html" in page.lower() and b'"nodes"' in catalog
    assert server.returncode == 0


def _get(url: str, timeout: float = 30) -> bytes:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.2)
