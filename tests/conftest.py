"""Shared fixtures: a real DuckDB file per test, the shared corpus when it is present."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from loaders.schema import upgrade_to_head

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIREHOUSE_SHARED", REPO.parent / "shared"))

os.environ.setdefault("DO_NOT_TRACK", "1")

# The suite writes a few hundred MB of warehouses, dbt targets and lakes at its peak; below this
# a full disk, not the code, would fail tests (as a CI run once did), so the run says so, even
# under -q, at its start and in its summary
LOW_DISK_BYTES = 2 * 1024**3


def low_disk_warnings() -> list[str]:
    """A line for each place the tests write to that has under LOW_DISK_BYTES free."""
    lines = []
    for label, where in (("temp", Path(tempfile.gettempdir())), ("repository", REPO)):
        free = shutil.disk_usage(where).free
        if free < LOW_DISK_BYTES:
            lines.append(
                f"WARNING: {free / 1024**3:.1f} GB free on the {label} disk ({where}): "
                "tests may fail for lack of space, not for a fault in the code"
            )
    return lines


def pytest_sessionstart(session: pytest.Session) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    for line in low_disk_warnings():
        if reporter is not None:
            reporter.write_line(line, yellow=True)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    for line in low_disk_warnings():
        terminalreporter.write_line(line, yellow=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """An empty warehouse file at schema head, in a temp directory."""
    path = tmp_path / "warehouse.duckdb"
    upgrade_to_head(path)
    return path


def shared_file(relative: str) -> Path:
    """A file of ../shared, or a skip that says why the test cannot run."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared material absent: {path} (see DEVELOPERS.md, 'Shared material')")
    return path


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL cluster on a Unix socket (tests/postgres.py), or a skip."""
    from tests.postgres import start_server

    yield from start_server()


@pytest.fixture
def lake_env(postgres_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A fresh, empty lake: its own catalog database and data directory, set in the
    environment as WIREHOUSE_CATALOG / WIREHOUSE_DATA_PATH for the CLI and the code."""
    env = {
        "WIREHOUSE_CATALOG": postgres_server.url(postgres_server.create_database()),
        "WIREHOUSE_DATA_PATH": str(tmp_path / "lake-data"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env
