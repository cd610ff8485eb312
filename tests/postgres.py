"""A throwaway PostgreSQL cluster for the lake tests: initdb + pg_ctl in a temporary directory,
listening on a Unix socket only (no TCP port), removed afterwards.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` system user
that Debian's package creates (``runuser``); as anyone else it runs as that user. Without the
server binaries (``.ci/ensure-postgres`` installs them) or the lake extra, tests skip and say why.
"""

from __future__ import annotations

import glob
import itertools
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class PostgresServer:
    socket_dir: Path
    port: int
    user: str = "wirehouse"
    _names: Iterator[int] = itertools.count(1)

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def create_database(self, prefix: str = "lake") -> str:
        import psycopg

        name = f"{prefix}_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name


def lake_requirements_missing() -> str | None:
    for module in ("duckdb_extension_ducklake", "duckdb_extension_postgres", "psycopg"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install -e '.[scale]'; make test does)"
    for name in ("initdb", "pg_ctl"):
        if _binary(name) is None:
            return f"PostgreSQL's {name} is not installed (bash .ci/ensure-postgres)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


def start_server() -> Iterator[PostgresServer]:
    missing = lake_requirements_missing()
    if missing:
        pytest.skip(missing)
    root = Path(tempfile.mkdtemp(prefix="wh-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data, log = root / "data", root / "server.log"
    port = random.randint(20000, 60000)
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    assert initdb and pg_ctl
    init = subprocess.run(
        _as_server_user([initdb, "-D", str(data), "-U", "wirehouse", "--auth=trust", "-E", "UTF8",
                         "--no-sync"]),
        capture_output=True, text=True,
    )  # fmt: skip
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"initdb failed here: {init.stderr.strip()[-300:]}")
    options = f"-k {root} -c listen_addresses='' -p {port} -c fsync=off -c max_connections=60"
    started = subprocess.run(
        _as_server_user([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]),
        capture_output=True, text=True,
    )  # fmt: skip
    if started.returncode != 0:
        detail = log.read_text(errors="replace")[-500:] if log.exists() else started.stderr
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL would not start here: {detail.strip()}")
    try:
        yield PostgresServer(socket_dir=root, port=port)
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
