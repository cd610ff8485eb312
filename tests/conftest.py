"""Shared fixtures: a real DuckDB file per test, the shared corpus when it is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders.schema import upgrade_to_head

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIREHOUSE_SHARED", REPO.parent / "shared"))

os.environ.setdefault("DO_NOT_TRACK", "1")


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
