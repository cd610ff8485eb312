"""Where the published files live: beside the warehouse unless told otherwise."""

from __future__ import annotations

from pathlib import Path

import models

SERVING_NAME = "serving.duckdb"
PARQUET_DIR_NAME = "parquet"
REPORT_NAME = "report.html"
# The dbt project writes its marts and dimensions here (dbt_project.yml, generate_schema_name).
MARTS_SCHEMA = "marts"
# The loader's normalised tables, in `main` of the warehouse and of the serving file.
NORMALISED_TABLES = tuple(models.metadata.tables)
PUBLISHED_TABLE = "_published"


def serving_path(warehouse: Path, given: Path | None = None) -> Path:
    return (given or warehouse.parent / SERVING_NAME).expanduser().absolute()


def parquet_dir(warehouse: Path, given: Path | None = None) -> Path:
    return (given or warehouse.parent / PARQUET_DIR_NAME).expanduser().absolute()


def report_path(warehouse: Path, given: Path | None = None) -> Path:
    return (given or warehouse.parent / REPORT_NAME).expanduser().absolute()
