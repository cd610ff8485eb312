"""``wirehouse query "SQL"``: ad hoc SQL over the published serving file, read only."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from loaders.commands.options import require_warehouse, serving_option

FORMATS = ("table", "csv", "json", "parquet")


@click.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the result to FILE instead of standard output (required for parquet).",
)
@click.option(
    "--live",
    is_flag=True,
    help="Read the warehouse itself (read only; waits while a load holds it) instead of the "
    "published serving file.",
)
@serving_option("read")
@click.pass_obj
def query(
    obj: object, sql: str, fmt: str, output: Path | None, live: bool, serving: Path | None
) -> None:
    """Run SQL (or '-' to read it from standard input) read only, against the serving file by
    default. Exit code: 0 done, 1 the SQL failed or was refused, 3 the warehouse stayed locked."""
    from loaders.serving.paths import serving_path
    from loaders.serving.query import QueryError, check_sandbox, open_reader, relation

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give --output FILE")
    if sql == "-":
        sql = sys.stdin.read()
    db: Path = obj.db  # type: ignore[attr-defined]
    if live:
        require_warehouse(db)
    target = db if live else serving_path(db, serving)
    try:
        conn = open_reader(target, live=live)
    except QueryError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    try:
        rel = relation(conn, sql, target)
        if rel is not None:
            _emit(rel, fmt, output, target)
        check_sandbox(conn, target)
    except QueryError as exc:
        click.echo(str(exc), err=True)
        _leave_without_closing(conn, 1)
    _leave_without_closing(conn, 0)


def _leave_without_closing(conn: object, code: int) -> NoReturn:
    """End the process without closing the DuckDB connection. DuckDB 1.5.5 lets
    ``CALL enable_logging(storage='file', ...)`` through a locked configuration; the sandbox
    refuses the log file, and DuckDB then aborts the process when the connection closes. The
    connection is read only, so leaving it open loses nothing; the result is already written."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # a closed pipe (`| head`): nothing more to say
            stream.flush()
    os._exit(code)


def _emit(rel: object, fmt: str, output: Path | None, where: Path) -> None:
    from loaders.serving.query import MAX_TABLE_ROWS, fetch, render, rich_table, write_file

    if output is not None:
        write_file(rel, fmt, output, where)  # type: ignore[arg-type]
        return
    if fmt == "table" and sys.stdout.isatty():
        from rich.console import Console

        Console().print(rich_table(fetch(rel, where, limit=MAX_TABLE_ROWS)))  # type: ignore[arg-type]
        return
    limit = MAX_TABLE_ROWS if fmt == "table" else None
    render(fetch(rel, where, limit=limit), fmt, sys.stdout)  # type: ignore[arg-type]
