"""``wirehouse publish``: the read-only serving file and Parquet exports BI tools read."""

from __future__ import annotations

from pathlib import Path

import click

from loaders.commands.options import require_warehouse, serving_option


@click.command()
@serving_option("write")
@click.option(
    "--parquet-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for one Parquet file per mart (default: parquet/ beside the warehouse).",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary table.")
@click.option(
    "--force",
    is_flag=True,
    help="Replace the serving file even if it came from another warehouse, or if it has data "
    "and this warehouse has no articles.",
)
@click.pass_obj
def publish(
    obj: object, serving: Path | None, parquet_dir: Path | None, quiet: bool, force: bool
) -> None:
    """Copy the marts, dimensions and normalised tables into a read-only serving file (replaced
    atomically: readers of the old file are never disturbed) and export each mart to Parquet.
    Exit code: 0 published, 1 refused or failed, 2 not a warehouse, 3 locked."""
    from loaders.serving.publish import PublishError
    from loaders.serving.publish import publish as run_publish

    db: Path = obj.db  # type: ignore[attr-defined]
    require_warehouse(db)
    try:
        result = run_publish(db, serving, parquet_dir, force=force)
    except PublishError as exc:
        raise click.ClickException(str(exc)) from exc
    for warning in result.warnings():
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        print_summary(result)


def print_summary(result: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from loaders.serving.publish import PublishResult

    assert isinstance(result, PublishResult)
    table = Table(title=f"published {result.serving}", title_justify="left")
    for column in ("table", "kind", "rows"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for item in result.tables:
        table.add_row(item.qualified, item.kind, f"{item.rows:,}")
    console = Console(width=120)
    console.print(table)
    console.print(
        f"{len(result.tables)} tables in {result.seconds:.2f} s (warehouse held "
        f"{result.warehouse_seconds:.2f} s); {len(result.parquet_files)} Parquet files in "
        f"{result.parquet_dir}",
        highlight=False,
    )
