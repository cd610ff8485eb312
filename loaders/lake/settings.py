"""Where the lake is: its PostgreSQL catalog and the directory (or object store) of its data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CATALOG_ENV = "WIREHOUSE_CATALOG"
DATA_PATH_ENV = "WIREHOUSE_DATA_PATH"
LAKE_ALIAS = "lake"  # the name the lake is attached under in every DuckDB connection


class LakeConfigError(RuntimeError):
    """The catalog or data path is missing or malformed."""


@dataclass(frozen=True)
class LakeSettings:
    catalog: str  # libpq connection string or postgresql:// URL
    data_path: str  # directory or object-store URL of the Parquet files

    def attach_sql(self, read_only: bool = False) -> str:
        options = [f"DATA_PATH {_literal(self.data_path)}"]
        if read_only:
            options.append("READ_ONLY")
        return (
            f"ATTACH {_literal('ducklake:postgres:' + self.catalog)} AS {LAKE_ALIAS} "
            f"({', '.join(options)})"
        )


def lake_settings() -> LakeSettings | None:
    """The lake named by $WIREHOUSE_CATALOG and $WIREHOUSE_DATA_PATH, or None (file mode)."""
    catalog = os.environ.get(CATALOG_ENV, "").strip()
    if not catalog:
        return None
    data_path = os.environ.get(DATA_PATH_ENV, "").strip()
    if not data_path:
        raise LakeConfigError(
            f"{CATALOG_ENV} is set but {DATA_PATH_ENV} is not: give the directory or object-store "
            "URL where the lake keeps its Parquet files (or --data-path)"
        )
    if "://" not in data_path:
        data_path = str(Path(data_path).expanduser().absolute())
        Path(data_path).mkdir(parents=True, exist_ok=True)
    if not data_path.endswith("/"):
        data_path += "/"
    return LakeSettings(catalog=catalog, data_path=data_path)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
