"""``wirehouse build``: run the dbt project (staging, incidents, marts and their tests)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


@click.command()
@click.option(
    "--select",
    "-s",
    "select",
    multiple=True,
    metavar="SELECTOR",
    help="dbt node selection (repeatable), e.g. -s marts or -s +fct_incidents.",
)
@click.option("--exclude", multiple=True, metavar="SELECTOR", help="dbt nodes to leave out.")
@click.option(
    "--full-refresh",
    is_flag=True,
    help="Rebuild incremental models (fct_event_reports) from scratch.",
)
@click.option(
    "--publish/--no-publish",
    default=True,
    show_default=True,
    help="Publish the serving file after a successful build.",
)
@click.option(
    "--unit-tests/--no-unit-tests",
    default=False,
    show_default=True,
    help="Also run the dbt unit tests (tests of the SQL logic on fixed inputs, not of the data).",
)
@click.option("--quiet", "-q", is_flag=True, help="Only errors from dbt.")
@click.pass_context
def build(
    ctx: click.Context,
    select: tuple[str, ...],
    exclude: tuple[str, ...],
    full_refresh: bool,
    publish: bool,
    unit_tests: bool,
    quiet: bool,
) -> None:
    """Build and test the dbt marts on the warehouse (`dbt build` on dbt_project/).
    Exit code: 0 all passed, 1 a model or test failed (or publish refused), 2 dbt could not
    run or the path is not a warehouse, 3 the warehouse stayed locked."""
    from loaders.commands.options import require_warehouse
    from loaders.dbt_runner import DbtProjectNotFound, run_dbt
    from loaders.schema import upgrade_to_head

    db: Path = ctx.obj.db
    require_warehouse(db)  # a mistyped --db exits 2 here, creating nothing
    # An older schema is upgraded first; a file held by a load makes us wait here.
    revision = upgrade_to_head(db)
    state = _BuildState.read(db, revision, select, exclude, full_refresh)
    args: list[str] = []
    for selector in select:
        args += ["--select", selector]
    for selector in exclude:
        args += ["--exclude", selector]
    if full_refresh:
        args.append("--full-refresh")
    if not unit_tests:
        # They test the models' logic on fixed rows, which no load changes: the test suite
        # and `--unit-tests` run them; every build paid ~1 s for each of them.
        args += ["--exclude-resource-type", "unit_test"]
    # Only the data changed since the last build (loaders/build_state.py): the views and seeds
    # it made are the project's still, and models may skip what only a project change redoes
    # (macros/data_only_build.sql). Their tests still run: with an empty indirect selection,
    # leaving out a model does not leave out its tests.
    os.environ.pop(DATA_ONLY_ENV, None)
    os.environ.pop(RECORD_MARKS_ENV, None)
    os.environ.pop(UNCHANGED_TABLES_ENV, None)
    os.environ.pop(LAST_COMPLETE_ENV, None)
    os.environ.pop(NEW_ROW_MARKS_ENV, None)
    if state.fingerprint is not None:  # every node runs: the staging rows tested are marked
        os.environ[RECORD_MARKS_ENV] = "1"
    manifest = None
    try:
        if state.unchanged_project:
            os.environ[DATA_ONLY_ENV] = "1"
            os.environ[UNCHANGED_TABLES_ENV] = ",".join(state.unchanged_tables)
            if state.last_build_complete:
                os.environ[LAST_COMPLETE_ENV] = "1"
            # read once here, not twice by each test of a staging model (macros/new_rows.sql)
            os.environ[NEW_ROW_MARKS_ENV] = state.new_row_marks
            manifest, left_out = _tests_on_unchanged_inputs(db, state.tested_tables, quiet)
            args += ["--exclude", " ".join(["resource_type:seed config.materialized:view",
                                            *left_out]),
                     "--indirect-selection", "empty"]  # fmt: skip
            if manifest is not None:
                # manifest.json, graph.gpickle and run_results.json of a data-only build:
                # the project is the last build's and the leftovers are read from `manifest`
                args.append("--no-write-json")
        if quiet:
            args = ["--quiet", *args]
        run = run_dbt("build", db, args, manifest=manifest)
    except DbtProjectNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if run.failures:
        click.echo(f"wirehouse build: {len(run.failures)} dbt node(s) failed:", err=True)
        for failure in run.failures:
            click.echo(f"  - {failure}", err=True)
        sys.exit(1)
    if run.error is not None:
        click.echo(f"wirehouse build: dbt could not run: {run.error}", err=True)
        sys.exit(2)
    _drop_leftovers(db, quiet, manifest)
    state.record()
    if publish:
        from loaders.commands.publish import publish as publish_command

        ctx.invoke(publish_command, serving=None, parquet_dir=None, quiet=quiet, force=False)


def _tests_on_unchanged_inputs(db: Path, tables: tuple[str, ...], quiet: bool) -> tuple:
    """The project parsed in process (the build reuses it), and the names of the data tests
    that read only what is unchanged since the last build (loaders/unchanged_tests.py)."""
    from loaders.dbt_runner import run_dbt
    from loaders.unchanged_tests import data_tests_to_leave_out

    parsed = run_dbt("parse", db, ["--quiet", "--no-write-json"])  # the build's own parse
    if parsed.error is not None or parsed.result is None:
        return None, []  # the build parses again and says what is wrong
    left_out = data_tests_to_leave_out(parsed.result, tables)
    if left_out and not quiet:
        inputs = ", ".join(tables)
        click.echo(f"wirehouse build: {len(left_out)} tests left out: they read only what is "
                   f"unchanged since the last build passed them ({inputs})")  # fmt: skip
    return parsed.result, left_out


class _BuildState:
    """Whether this build may leave the views and seeds alone, and whether it may record the
    project it built from (loaders/build_state.py)."""

    def __init__(self, db: Path, fingerprint: str | None, unchanged: bool,
                 hashes: dict[str, str] | None = None,
                 stored: dict[str, tuple[str, bool]] | None = None,
                 tests_excluded: bool = False, new_row_marks: str = "") -> None:  # fmt: skip
        self.db, self.fingerprint, self.unchanged_project = db, fingerprint, unchanged
        # the lookup tables (and seeds) as this build reads them, as the last build read them
        self.hashes, self.tests_excluded = hashes or {}, tests_excluded
        self.new_row_marks = new_row_marks  # the staging rows the last build saw
        stored = stored or {}
        self.unchanged_tables = tuple(
            table for table, digest in self.hashes.items() if stored.get(table, ("",))[0] == digest
        )
        # ... and those unchanged since a build whose tests of them passed
        self.tested_tables = tuple(t for t in self.unchanged_tables if stored[t][1])
        # the last build ran every model to the end (its record was there)
        self.last_build_complete = bool(stored)

    @classmethod
    def read(cls, db: Path, revision: str, select: tuple[str, ...], exclude: tuple[str, ...],
             full_refresh: bool) -> _BuildState:  # fmt: skip
        from loaders.build_state import (
            SEEDS,
            forget_fingerprint,
            forget_lookup_hashes,
            lookup_hashes,
            new_row_marks,
            project_fingerprint,
            stored_fingerprint,
            stored_lookup_hashes,
        )
        from loaders.db import connect, lake_for
        from loaders.dbt_runner import project_dir

        # a build that may leave views or seeds out must not vouch for them
        excluded = {word for selector in exclude for word in selector.split()}
        if lake_for(db) is not None:
            return cls(db, None, False)
        with connect(db) as conn:
            # The record says the last build ran every model to the end: until this one has,
            # it must not (a partial or failed build may leave one model behind another).
            stored = stored_lookup_hashes(conn)
            forget_lookup_hashes(conn)
            if select or excluded - TEST_RESOURCES:
                return cls(db, None, False)
            fingerprint = project_fingerprint(project_dir(), db, revision)
            unchanged = not full_refresh and stored_fingerprint(conn) == fingerprint
            if not unchanged:  # if this build fails half way, its views are not the record's
                forget_fingerprint(conn)
                stored = {}
            hashes = {**lookup_hashes(conn), SEEDS: fingerprint}
            marks = new_row_marks(conn) if unchanged else ""
        return cls(db, fingerprint, unchanged, hashes, stored,
                   "resource_type:test" in excluded, marks)  # fmt: skip

    def record(self) -> None:
        """After a successful build: its views and seeds are the project's, and the lookup
        tables the ones it read."""
        if self.fingerprint is None:
            return
        from loaders.build_state import record_fingerprint, record_lookup_hashes
        from loaders.db import connect

        with connect(self.db) as conn:
            if not self.unchanged_project:
                record_fingerprint(conn, self.fingerprint)
            tested = set(self.tested_tables if self.tests_excluded else self.hashes)
            record_lookup_hashes(conn, self.hashes, tested)


DATA_ONLY_ENV = "WIREHOUSE_DATA_ONLY_BUILD"
RECORD_MARKS_ENV = "WIREHOUSE_RECORD_MARKS"  # macros/new_rows.sql
UNCHANGED_TABLES_ENV = "WIREHOUSE_UNCHANGED_TABLES"  # macros/data_only_build.sql
LAST_COMPLETE_ENV = "WIREHOUSE_LAST_BUILD_COMPLETE"  # macros/data_only_build.sql
NEW_ROW_MARKS_ENV = "WIREHOUSE_NEW_ROW_MARKS"  # macros/new_rows.sql
# user exclusions that leave every model and seed in the build
TEST_RESOURCES = {"resource_type:test", "resource_type:unit_test"}


def _drop_leftovers(db: Path, quiet: bool, parsed: object = None) -> None:
    """Drop relations an older version of the project left in its schemas (a renamed mart
    would otherwise be published with stale numbers). ``parsed``: the Manifest the build ran
    with, when it was parsed in process (else dbt's manifest.json is read)."""
    from loaders.db import connect, lake_for
    from loaders.dbt_orphans import drop_leftovers, parsed_nodes
    from loaders.dbt_runner import project_dir

    # dbt writes the manifest where DBT_TARGET_PATH says (relative to the project), else target/
    target = project_dir() / os.environ.get("DBT_TARGET_PATH", "target")
    manifest = parsed_nodes(parsed) if parsed is not None else target / "manifest.json"
    if lake_for(db) is not None or (
        parsed is None and not target.joinpath("manifest.json").is_file()
    ):
        return  # not done on a lake yet (its catalog is not a file's schemas)
    with connect(db) as conn:
        dropped = drop_leftovers(conn, manifest)
    if dropped and not quiet:
        click.echo(f"wirehouse build: dropped what the project no longer declares: {dropped}")
