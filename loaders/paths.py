"""Where the warehouse file is, without importing the database stack (the CLI's start-up)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "warehouse.duckdb"


def database_path(given: str | os.PathLike[str] | None = None) -> Path:
    """The warehouse file: the argument, else $WIREHOUSE_DB, else ./warehouse.duckdb."""
    return Path(given or os.environ.get("WIREHOUSE_DB") or DEFAULT_DB).expanduser().absolute()
