"""Run the dbt project (dbt_project/ in the repository) in process, on one warehouse file.

dbt reads the warehouse path from WIREHOUSE_DB (dbt_project/profiles.yml), so the same project
runs as ``wirehouse build`` and as plain ``dbt build --project-dir dbt_project --profiles-dir
dbt_project``. dbt is imported inside the functions: ``wirehouse --help`` stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.db import lake_for

PROJECT_ENV = "WIREHOUSE_DBT_PROJECT"
FAILED_STATUSES = {"error", "fail", "runtime error"}


class DbtProjectNotFound(RuntimeError):
    """The dbt project directory could not be located."""


@dataclass
class NodeFailure:
    name: str
    resource_type: str
    status: str
    message: str

    def __str__(self) -> str:
        first_line = (self.message or "").strip().splitlines()[:1]
        detail = f": {first_line[0]}" if first_line else ""
        return f"{self.resource_type} {self.name} ({self.status}){detail}"


@dataclass
class DbtRun:
    success: bool
    failures: list[NodeFailure] = field(default_factory=list)
    error: str | None = None  # set when dbt could not run at all (parse error, bad profile...)
    nodes: int = 0
    result: Any = None  # what dbt returned (a Manifest for `parse`)


def project_dir() -> Path:
    """dbt_project/ of the repository this package lives in (installed editable), or the
    directory $WIREHOUSE_DBT_PROJECT names."""
    given = os.environ.get(PROJECT_ENV)
    candidates = (
        [Path(given)] if given else [Path(__file__).resolve().parent.parent / "dbt_project"]
    )
    for candidate in candidates:
        if (candidate / "dbt_project.yml").is_file():
            return candidate.resolve()
    looked = ", ".join(str(c) for c in candidates)
    raise DbtProjectNotFound(
        f"dbt project not found (looked in {looked}). `wirehouse build` needs the repository "
        f"checkout (pip install -e .) or {PROJECT_ENV} set to the dbt_project directory."
    )


def run_dbt(
    command: str | Sequence[str], db: Path, args: Sequence[str] = (), manifest: Any = None
) -> DbtRun:
    """Invoke ``dbt <command>`` ('build', or ['docs', 'generate']) on the warehouse ``db``
    and collect the nodes that failed. ``manifest``: the project as a ``parse`` in this
    process returned it (``DbtRun.result``), so that dbt does not parse it again."""
    from dbt.cli.main import dbtRunner

    project = project_dir()
    os.environ["WIREHOUSE_DB"] = str(db)
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    # logs/dbt.log at debug level formatted every event of every node (~10% of a build's CPU);
    # warnings and errors still go there (DBT_LOG_LEVEL_FILE=debug brings the rest back)
    os.environ.setdefault("DBT_LOG_LEVEL_FILE", "warn")
    words = [command] if isinstance(command, str) else list(command)
    invocation = [*words, "--project-dir", str(project), "--profiles-dir", str(project), *args]
    if lake_for(db) is not None:  # the same models on the DuckLake (profiles.yml, target lake)
        from loaders.lake.extensions import EXTENSIONS_ENV, ensure_extensions
        from loaders.lake.settings import lake_settings

        settings = lake_settings()
        assert settings is not None
        os.environ[EXTENSIONS_ENV] = str(ensure_extensions())
        os.environ["WIREHOUSE_DATA_PATH"] = settings.data_path
        invocation += ["--target", "lake"]
    outcome = dbtRunner(manifest=manifest).invoke(invocation)
    failures: list[NodeFailure] = []
    nodes = 0
    for result in getattr(outcome.result, "results", None) or []:
        nodes += 1
        status = str(getattr(result.status, "value", result.status)).lower()
        if status in FAILED_STATUSES:
            node = result.node
            failures.append(
                NodeFailure(
                    name=getattr(node, "name", "?"),
                    resource_type=str(getattr(node.resource_type, "value", node.resource_type)),
                    status=status,
                    message=str(result.message or "") + failing_checks(db, node, status),
                )
            )
    error = None
    if outcome.exception is not None:
        error = f"{type(outcome.exception).__name__}: {outcome.exception}"
    elif not outcome.success and not failures:
        error = "dbt reported a failure without a failing node (see its output above)"
    return DbtRun(success=outcome.success and not failures, failures=failures, error=error,
                  nodes=nodes, result=outcome.result)  # fmt: skip


# The singular test of the six reconciliations (dbt_project/tests/singular): one row per
# discrepancy, its `reconciliation` column naming the check.
RECONCILIATIONS = "assert_marts_reconcile"


def failing_checks(db: Path, node: Any, status: str) -> str:
    """For a failed row_checks test (one node for all the checks of a model:
    dbt_project/tests/generic/row_checks.sql) or the reconciliations' test, the checks that
    failed and their counts, read by running its compiled query again; dbt itself reports only
    the sum."""
    metadata = getattr(node, "test_metadata", None)
    sql = getattr(node, "compiled_code", None)
    if status != "fail" or not sql:
        return ""
    if getattr(node, "name", None) == RECONCILIATIONS:
        sql = f"select reconciliation, count(*) from ({sql}) group by 1 order by 1"
    elif getattr(metadata, "name", None) != "row_checks":
        return ""
    if lake_for(db) is not None:
        return ""
    import duckdb

    try:  # the file's configuration as dbt-duckdb opened it (an instance may still be open)
        with duckdb.connect(str(db)) as conn:
            rows = conn.execute(sql).fetchall()
    except duckdb.Error as error:
        return f" (its checks could not be read again: {type(error).__name__})"
    return " (" + "; ".join(f"{check}: {count}" for check, count in rows) + ")"
